"""Kills at random moments (seeded, so a failure reproduces with its seed) while a child
imports, makes and edits claims, exports and merges: afterwards the project opens, is
whole, and holds every write the child was told had succeeded.

The long run is `make test-long` (CI runs it too); `make test` runs a few seeds.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from curator import queries
from curator.checkup import check_project
from curator.files import TEMPORARY_PREFIX
from curator.storage import Project
from tests.curation_helpers import claim_on

ROOT = Path(__file__).parent.parent
RUNS = int(os.environ.get("CURATOR_CRASH_RUNS", "3"))


@pytest.fixture(scope="module")
def volunteer(tmp_path_factory, seeds=Path(__file__).parent / "data" / "seeds"):
    from curator.importers import import_paths

    path = tmp_path_factory.mktemp("volunteer") / "volunteer.curator"
    with Project.open(path, create=True, author="Volunteer") as project:
        import_paths(project, [seeds])
        claim_on(project, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
                 subject="Mariupol defenders")
    return path


@pytest.mark.parametrize("seed", range(RUNS))
def test_a_kill_at_a_random_moment_loses_no_acknowledged_write(tmp_path, seeds, volunteer, seed):
    rng = random.Random(seed)
    path = tmp_path / "crash.curator"
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_workload", str(path), str(seeds), str(volunteer),
                              str(out), str(seed)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    time.sleep(0.8 + rng.random() * 3.0)  # past start-up, into the work
    child.kill()
    said, errors = child.communicate(timeout=60)
    assert child.returncode == -9, errors[-2000:]
    acked = [line.split() for line in said.splitlines() if line.startswith("ack ")]
    if not path.exists():
        # Killed before the project was made (a slow start on a busy machine): nothing
        # was acknowledged, and no half-made file takes its name.
        assert acked == [], f"seed {seed}: writes acknowledged without a project"
        Project.open(path, create=True, lock=True).close()  # and the name is free to use
    with Project.open(path, lock=True) as project:
        report = check_project(project)
        assert report.healthy, report.lines()
        documents = {str(d.id) for d in queries.documents(project)}
        claims = {str(c.id): c for c in queries.claims(project)}
        last_note: dict[str, int] = {}
        for _ack, kind, record, value in acked:
            if kind == "document":
                assert record in documents, f"seed {seed}: acknowledged document {record} is missing"
            elif kind == "claim":
                assert record in claims, f"seed {seed}: acknowledged claim {record} is missing"
            elif kind == "note":
                last_note[record] = int(value)
        for record, value in last_note.items():
            # The last acknowledged edit, or one made after it whose ack the kill cut off.
            assert int(claims[record].note) >= value, f"seed {seed}: edit of {record} to {value} lost"
    export = out / "export.json"
    if export.exists():  # whole, or the one before: never cut
        json.loads(export.read_text(encoding="utf-8"))
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(TEMPORARY_PREFIX)]
    assert leftovers == []  # opening the project cleared what the kill left of its own files
    shutil.rmtree(out, ignore_errors=True)


def test_a_kill_before_the_project_is_made_leaves_no_file_and_no_acknowledged_write(tmp_path, seeds, volunteer):
    """The slowest start on a busy machine: killed at once, before anything is written."""
    path = tmp_path / "crash.curator"
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_workload", str(path), str(seeds), str(volunteer),
                              str(out), "0"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.05)
    child.kill()
    said, _errors = child.communicate(timeout=60)
    assert child.returncode == -9
    assert not path.exists() and "ack " not in said
    Project.open(path, create=True, lock=True).close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(TEMPORARY_PREFIX)] == []
