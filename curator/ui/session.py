"""The open project as the UI sees it: one undo stack and one "changes applied" signal.

Every edit is a core operation (``curator.operations``) run through :meth:`run`: it
becomes an :class:`OperationCommand` on the undo stack, and whatever it changed is
announced once through :attr:`ProjectSession.changesApplied`. Views refresh from that
signal only; no widget writes to the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from curator.errors import CuratorError

if TYPE_CHECKING:
    from curator.storage import Changes, Project


class OperationCommand(QUndoCommand):
    """A core operation on the undo stack. The first redo runs it; undo applies the
    inverse of what it changed; later redos apply the same changes again."""

    def __init__(self, session: ProjectSession, text: str, operation: Callable[[], Changes],
                 initiator: object = None) -> None:
        super().__init__(text)
        self._session = session
        self._operation: Callable[[], Changes] | None = operation
        self._initiator = initiator
        self.changes: Changes | None = None
        self.error: CuratorError | None = None

    def redo(self) -> None:
        try:
            if self._operation is not None:
                self.changes = self._operation()
                self.changes.initiator = self._initiator  # only the first time: undo and redo come from elsewhere
                self._operation = None
                if not self.changes:  # nothing changed: not a step to undo
                    self.setObsolete(True)
                    return
                applied = self.changes
            else:
                applied = self._session.project.apply(self.changes)
        except CuratorError as error:
            self.error = error
            self.setObsolete(True)
            self._session.problem.emit(str(error))
            return
        self._session.changesApplied.emit(applied)

    def undo(self) -> None:
        if self.changes is None:
            return
        try:
            self._session.changesApplied.emit(self._session.project.apply(self.changes.inverse()))
        except CuratorError as error:
            # ProjectSession.undo checked first; another process changed the rows since.
            # Nothing was undone, so this step can be neither undone nor redone: drop it.
            self.setObsolete(True)
            self._session.problem.emit(str(error))


class DoneCommand(OperationCommand):
    """Work already done on a worker thread (a merge), put on the undo stack as one
    step: its first redo only announces the changes. Its undo and redo are the core's
    own functions for it (``undo(project)``, ``redo(project)``, each returning changes):
    long work, which the session runs in the background *before* moving the stack
    (:meth:`ProjectSession.undo`), handing the result over through :attr:`prepared`."""

    def __init__(self, session: ProjectSession, text: str, changes: Changes,
                 undo: Callable[[Project], Changes], redo: Callable[[Project], Changes]) -> None:
        super().__init__(session, text, lambda: changes)
        self.undo_step, self.redo_step = undo, redo
        self.prepared: Changes | None = None
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._done = True
            super().redo()  # announces what was done
            return
        self._finish(self.redo_step)

    def undo(self) -> None:
        self._finish(self.undo_step)

    def _finish(self, step: Callable[[Project], Changes]) -> None:
        changes, self.prepared = self.prepared, None
        if changes is None:  # not prepared in the background (no window): here and now
            try:
                changes = step(self._session.project)
            except CuratorError as error:
                self.setObsolete(True)
                self._session.problem.emit(str(error))
                return
        self._session.changesApplied.emit(changes)


class ProjectSession(QObject):
    #: Emitted with a :class:`~curator.storage.Changes` after every write, undo and redo.
    changesApplied = Signal(object)
    #: A message for the user when an edit could not be made.
    problem = Signal(str)
    #: The project was opened, closed or replaced.
    projectChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)

    def open(self, project: Project) -> None:
        self.close()
        self.project = project
        self.projectChanged.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        if self.project is not None:
            self.project.close()
            self.project = None
            self.projectChanged.emit()

    def run(self, text: str, operation: Callable[[Project], Changes], initiator: object = None) -> Changes | None:
        """Run ``operation(project)`` as an undoable command; None when it failed
        (the reason went out through :attr:`problem`). ``initiator`` is the view that
        asked for it: the changes carry it, so that view need not reload what it shows."""
        if self.project is None:
            self.problem.emit(self.tr("Open or create a project first."))
            return None
        project = self.project
        command = OperationCommand(self, text, lambda: operation(project), initiator)
        self.undo_stack.push(command)
        if command.error is not None:
            return None
        return command.changes

    def undo(self) -> None:
        """Undo the last step, unless the core refuses it (a record changed or cited
        since): then say why and leave the stack where it was."""
        if self._in_background(self.undo_stack.index() - 1, undo=True):
            return
        if self._refused(self.undo_stack.index() - 1, inverse=True):
            return
        self.undo_stack.undo()

    def redo(self) -> None:
        if self._in_background(self.undo_stack.index(), undo=False):
            return
        if self._refused(self.undo_stack.index(), inverse=False):
            return
        self.undo_stack.redo()

    #: Runs ``fn()`` off the UI thread with a progress dialog: ``(title, fn, done, failed)``,
    #: set by the window; without it long steps run in place.
    background: Callable[[str, Callable[[], Changes], Callable[[Changes], None], Callable[[str], None]], None] | None
    background = None

    def _in_background(self, index: int, undo: bool) -> bool:
        """A long step (a merge): its core function runs on a worker, which checks and
        refuses in words itself; the stack moves only once it is done."""
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        if not isinstance(command, DoneCommand) or self.background is None or self.project is None:
            return False
        project, step = self.project, command.undo_step if undo else command.redo_step
        title = (self.tr("Undoing %1…") if undo else self.tr("Redoing %1…")).replace("%1", command.text())

        def done(changes: Changes) -> None:
            command.prepared = changes
            (self.undo_stack.undo if undo else self.undo_stack.redo)()

        self.background(title, lambda: step(project), done, self.problem.emit)
        return True

    def _refused(self, index: int, inverse: bool) -> bool:
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        if not isinstance(command, OperationCommand) or not command.changes or self.project is None:
            return False
        try:
            self.project.check(command.changes.inverse() if inverse else command.changes)
        except CuratorError as error:
            self.problem.emit(str(error))
            return True
        return False

    def push_done(self, text: str, changes: Changes, undo: Callable[[Project], Changes],
                  redo: Callable[[Project], Changes]) -> None:
        """Put work already done (a merge) on the undo stack as one step, keeping the
        steps before it."""
        self.undo_stack.push(DoneCommand(self, text, changes, undo, redo))

    def announce(self, changes: Changes) -> None:
        """Tell the views about changes made outside the undo stack (imports)."""
        if changes:
            self.changesApplied.emit(changes)
