"""Long work off the UI thread, with a progress dialog that can cancel.

The work is a plain core function ``fn(progress, cancelled)``. It runs in a
``QThread``; the thread object lives in the UI thread, so its signals, emitted from
``run()``, arrive there queued: progress, then the result or a one-line error.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from curator.errors import CuratorError, one_line

log = logging.getLogger(__name__)


class _WorkThread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(str)

    def __init__(self, fn: Callable[..., Any], cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self.fn = fn
        self.cancel = cancel

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, what)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel.is_set)
        except CuratorError as error:  # includes Cancelled
            self.errored.emit(str(error))
        except Exception as error:  # never a traceback for users: log it, say it in a line
            log.exception("background work failed")
            self.errored.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)


_paused = 0


def _pause_collector() -> None:
    """Pause the cyclic collector while a job runs: otherwise it may run inside the
    worker thread (the job allocates a lot) and destroy Qt objects there, which Qt
    forbids. Reference counting still frees everything that is not in a cycle; the
    young generations are collected first, here on the UI thread. Not the oldest: a
    full collection walks every object the window holds (80 ms at 20,000 claims, half a
    second at 100,000), and jobs start as the curator works (a document opened for the
    first time has its figures found by one). Cycles that reach the oldest generation
    meanwhile are collected once the collector runs again, on the UI thread."""
    global _paused
    if _paused == 0:
        gc.collect(1)
        gc.disable()
    _paused += 1


def _resume_collector() -> None:
    global _paused
    _paused -= 1
    if _paused == 0:
        gc.enable()


class Job(QObject):
    """One piece of background work and its progress dialog.

    The dialog is window-modal, and ``QProgressDialog.setValue`` on a shown modal
    dialog runs ``processEvents()``: the job's end (and whatever its receivers do, such
    as running another event loop that deletes deferred objects) can arrive while a
    progress update is still on the stack. So the job ends in one place, :meth:`_end`,
    and only when no progress update is running: an end that arrives inside one is kept
    and carried out when the outermost update returns. The dialog lives until then.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, fn: Callable[..., Any], quiet: bool = False,
                 cancellable: bool = True) -> None:
        """``quiet``: no dialog (work the user did not ask for, such as the daily backup);
        ``cancellable``: False for work that must finish once begun (an undo)."""
        super().__init__(parent)
        self.cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setObjectName("progressDialog")
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoReset(False)
            self.dialog.setAutoClose(False)
            self.dialog.canceled.connect(self.cancel.set)
            if not cancellable:
                self.dialog.setCancelButton(None)
        self.cancellable = cancellable
        self.thread = _WorkThread(fn, self.cancel, self)
        self.thread.progressed.connect(self._progressed)
        # Bound methods of this object, which lives in the UI thread: the worker's
        # signals arrive queued, in the order it sent them.
        self.thread.succeeded.connect(self._succeeded)
        self.thread.errored.connect(self._errored)
        self.running = False
        self._over = False
        self._updating = 0  # progress updates on the stack (nested through processEvents)
        self._outcome: tuple[Any, object] | None = None  # the end, once the worker sent it

    def start(self) -> Job:
        self.running = True
        _pause_collector()
        _running.add(self)
        # in the worker thread, as it ends (a deleted job's thread is never touched)
        self.thread.finished.connect(lambda: _running.discard(self), Qt.ConnectionType.DirectConnection)
        self.thread.start()
        return self

    def wait(self, milliseconds: int = 60_000) -> bool:
        return self.thread.wait(milliseconds)

    def _progressed(self, done: int, total: int, what: str) -> None:
        dialog = self.dialog
        if dialog is None or self._outcome is not None:  # a report that arrived after the end
            return
        self._updating += 1
        try:
            dialog.setMaximum(total)
            if what:
                dialog.setLabelText(what)
            dialog.setValue(done)  # last: it may run the event loop
        finally:
            self._updating -= 1
        if self._updating == 0 and self._outcome is not None:
            self._end()

    def _succeeded(self, result: object) -> None:
        self._ended(self.done, result)

    def _errored(self, message: str) -> None:
        self._ended(self.failed, message)

    def _ended(self, signal: Any, payload: object) -> None:
        if self._outcome is not None:
            return
        self._outcome = (signal, payload)
        if self._updating == 0:
            self._end()

    def _end(self) -> None:
        """Once, with no progress update on the stack: close the dialog, then report."""
        if self._over or self._outcome is None:
            return
        self._over = True
        self.running = False
        _resume_collector()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel.set)
            dialog.close()
            dialog.deleteLater()
        signal, payload = self._outcome
        signal.emit(payload)


#: The jobs whose thread has not finished: the window waits for them as it closes.
_running: set[Job] = set()


def stop_all() -> None:
    """Cancel every job that may be cancelled (a backup, an import: what they write is
    whole or absent) and wait for every job's thread to end, those that must finish
    too (an undo, a merge). The window is closing: a thread still running when its
    object goes takes the process down ("QThread: Destroyed while thread is still
    running")."""
    for job in list(_running):
        if job.cancellable:
            job.cancel.set()
        job.thread.wait()


def refusal(session, job: Job | None, busy: str, project_needed: bool = True) -> str | None:
    """Why a new job cannot start now (no project, or one still running), or None."""
    if project_needed and session.project is None:
        return QCoreApplication.translate("worker", "Open or create a project first.")
    if job is not None and job.running:
        return busy
    return None


def show_folder(path: Path) -> None:
    """The system's file manager on the folder holding ``path`` (or on ``path``, a folder)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))


def notice(parent: QWidget, title: str, text: str, problem: bool = False, details: list[str] | None = None,
           name: str = "notice", folder: Path | None = None) -> QMessageBox:
    """A message box that does not block: the end of a job, or why it failed.
    ``folder``: a file written, offered with a "Show in Folder" button."""
    box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if folder is not None:
        show = box.addButton(QCoreApplication.translate("notice", "Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        show.setObjectName("showInFolderButton")
        show.clicked.connect(lambda: show_folder(folder))
    if details:
        details = [one_line(line) for line in details]
        box.setInformativeText("\n".join(details[:12]) + ("\n…" if len(details) > 12 else ""))
        box.setDetailedText("\n".join(details))
    box.open()
    return box
