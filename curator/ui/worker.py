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
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from curator.errors import CuratorError

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
    """Collect garbage here, on the UI thread, then pause the cyclic collector while a
    job runs: otherwise it may run inside the worker thread (the job allocates a lot)
    and destroy Qt objects there, which Qt forbids. Reference counting still frees
    everything that is not in a cycle."""
    global _paused
    if _paused == 0:
        gc.collect()
        gc.disable()
    _paused += 1


def _resume_collector() -> None:
    global _paused
    _paused -= 1
    if _paused == 0:
        gc.enable()


class Job(QObject):
    """One piece of background work and its progress dialog."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, fn: Callable[..., Any]) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.thread = _WorkThread(fn, self.cancel, self)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._finished)
        self.thread.errored.connect(self._failed)
        self.running = False

    def start(self) -> Job:
        self.running = True
        _pause_collector()
        self.thread.start()
        return self

    def wait(self, milliseconds: int = 60_000) -> bool:
        return self.thread.wait(milliseconds)

    def _progressed(self, done: int, total: int, what: str) -> None:
        dialog = self.dialog
        if dialog is None:  # a report that arrived after the job finished
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        if what:
            dialog.setLabelText(what)

    def _close(self) -> None:
        """Once, when the job ends: the dialog goes, late progress reports are ignored."""
        self.running = False
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        _resume_collector()
        self.thread.progressed.disconnect(self._progressed)
        dialog.canceled.disconnect(self.cancel.set)
        dialog.close()
        dialog.deleteLater()

    def _finished(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)


def refusal(session, job: Job | None, busy: str) -> str | None:
    """Why a new job cannot start now (no project, or one still running), or None."""
    if session.project is None:
        return QCoreApplication.translate("worker", "Open or create a project first.")
    if job is not None and job.running:
        return busy
    return None


def notice(parent: QWidget, title: str, text: str, problem: bool = False, details: list[str] | None = None,
           name: str = "notice") -> QMessageBox:
    """A message box that does not block: the end of a job, or why it failed."""
    box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if details:
        box.setInformativeText("\n".join(details[:12]) + ("\n…" if len(details) > 12 else ""))
        box.setDetailedText("\n".join(details))
    box.open()
    return box
