"""The shape of long work (import, export, merge): plain functions that report
progress and check for cancellation, so they run the same from the command line,
from a worker thread under the GUI, and in tests."""

from __future__ import annotations

from collections.abc import Callable

from curator.errors import Cancelled

#: ``progress(done, total, what)``: ``done`` of ``total`` steps, ``what`` is being worked on.
Progress = Callable[[int, int, str], None]
#: ``cancelled()`` is true once the user asked to stop.
CancelCheck = Callable[[], bool]


def no_progress(done: int, total: int, what: str) -> None:
    """A progress callback that reports nowhere."""


def never_cancelled() -> bool:
    return False


def check(cancelled: CancelCheck) -> None:
    if cancelled():
        raise Cancelled()
