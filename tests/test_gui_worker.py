"""Background jobs and their progress dialog (curator/ui/worker.py)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from curator.ui.worker import Job

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_job_that_ends_while_its_dialog_processes_events_ends_once(qtbot, parent):
    """A window-modal QProgressDialog.setValue runs processEvents() once the dialog is
    shown, so the job's end can be delivered inside the progress slot, and whatever the
    end does (here: its receiver flushes deferred deletions, as any nested event loop
    may) must not pull the dialog from under that slot."""

    def work(progress, cancelled):
        for done in range(3):
            progress(done, 3, f"step {done}")
        return "result"

    job = Job(parent, "work", work)
    job.dialog.setMinimumDuration(0)  # shown at the second report, as after 300 ms of work
    results = []

    def receive(result):
        results.append(result)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    job.done.connect(receive)
    job.start()
    assert job.wait(10_000)  # the reports and the result are all queued now
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    qtbot.wait(50)
    assert results == ["result"]
    assert job.dialog is None and gc.isenabled()


def test_a_progress_report_after_the_end_of_a_job_is_ignored(qtbot, parent):
    job = Job(parent, "work", lambda progress, cancelled: 42)
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    job.wait()
    job._progressed(1, 2, "late")  # as a report queued behind the end would arrive
    assert job.dialog is None and not job.running


def test_the_garbage_collector_is_paused_only_while_a_job_runs(qtbot, parent):
    def fail(progress, cancelled):
        assert not gc.isenabled()  # no collection may run in this thread
        raise ValueError("broken input")

    job = Job(parent, "work", fail)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start()
    assert blocker.args == ["ValueError: broken input"]
    assert gc.isenabled()


def test_starting_a_job_collects_only_the_young_generations(qtbot, parent, monkeypatch):
    """A full collection walks everything the window holds (half a second at 100,000
    claims), and jobs start as the curator works (a document's figures, on first open)."""
    generations = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: (generations.append(generation), collect(0))[1])
    job = Job(parent, "work", lambda progress, cancelled: 1, quiet=True)
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert generations and max(generations) < 2


def test_closing_the_window_cancels_what_may_be_cancelled_and_waits_for_the_rest(qtbot, tmp_path):
    """A daily backup of a large project, an import: still running when the window
    closes, they are cancelled and waited for; work that must finish (an undo, a
    merge) is waited for. No thread outlives its object (Qt would abort the process)."""
    import threading
    import time

    from curator.ui import open_window

    window = open_window(tmp_path / "closing.curator")
    qtbot.addWidget(window)
    started = threading.Event()

    def until_cancelled(_progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)

    def must_finish(_progress, _cancelled):
        time.sleep(0.3)
        return "done"

    endless = Job(window, "", until_cancelled, quiet=True).start()
    finishing = Job(window, "", must_finish, quiet=True, cancellable=False).start()
    started.wait(5)
    window.close()
    assert not endless.thread.isRunning() and endless.cancel.is_set()
    assert not finishing.thread.isRunning() and not finishing.cancel.is_set()
