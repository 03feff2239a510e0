"""Shared fixtures. Qt runs offscreen; settings, data and logs go to a temporary home."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs reads the environment.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="curator-test-home-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DOCUMENTS_DIR"):
    os.environ[variable] = str(_HOME / variable.lower())

import pytest  # noqa: E402

from curator.importers import import_paths  # noqa: E402
from curator.storage import Project  # noqa: E402

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def project(tmp_path: Path):
    with Project.open(tmp_path / "test.curator", create=True, author="Tester") as opened:
        yield opened


@pytest.fixture
def seeded(project: Project) -> Project:
    report = import_paths(project, [SEEDS])
    assert len(report.imported) == 5, report.summary()
    return project


@pytest.fixture
def empty_window(qtbot, tmp_path):
    """The main window on a new, empty project."""
    from curator.ui import open_window

    win = open_window(tmp_path / "gui.curator")
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture(autouse=True)
def fresh_settings(request):
    """Each window test starts as a first start: no layout, no folded chart, no recent
    files left by the test before (the order of tests must not matter)."""
    if "qtbot" in request.fixturenames:
        from PySide6.QtCore import QSettings

        stored = QSettings("Curator", "Curator")
        stored.clear()
        stored.sync()


@pytest.fixture(autouse=True)
def collect_garbage_here(request):
    """Qt objects left in reference cycles by a GUI test are collected now, on the main
    thread, not later by a collection that happens to run in a worker thread."""
    yield
    if "qtbot" in request.fixturenames:
        import gc

        gc.collect()


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)
