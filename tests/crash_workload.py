"""The child of tests/test_crashes.py: works on a project until it is killed, printing
"ack KIND ID VALUE" (flushed) after each write returns, so the parent knows exactly
what was acknowledged. Usage: python -m tests.crash_workload PROJECT SEEDS VOLUNTEER OUT SEED"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

from curator import operations as ops
from curator import queries
from curator.exports import ExportOptions, export
from curator.importers import import_paths
from curator.merge import merge
from curator.storage import Project


def ack(*parts: object) -> None:
    print("ack", *parts, flush=True)


def main(project_path: str, seeds: str, volunteer: str, out: str, seed: str) -> None:
    rng = random.Random(int(seed))
    articles = sorted(Path(seeds).glob("*.txt"))
    inbox = Path(out) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    project = Project.open(project_path, create=True, author="crash", lock=True)
    counter = 0
    for step in range(10_000):
        action = rng.choice(["import", "claim", "edit", "edit", "edit", "export", "merge"])
        documents = queries.documents(project)
        claims = queries.claims(project)
        if action == "import" or not documents:
            # A fresh copy with a line of its own: a new document each time.
            copy = inbox / f"{step}-{rng.choice(articles).name}"
            copy.write_text(rng.choice(articles).read_text(encoding="utf-8") + f"\nStep {step}.\n", encoding="utf-8")
            report = import_paths(project, [copy])
            for result in report.imported:
                ack("document", result.document_id, step)
        elif action == "claim" or not claims:
            document = rng.choice(documents)
            changes = ops.create_claim(project, {"value": step, "note": "0"},
                                       [ops.Selection(document.id, 0, 12)])
            ack("claim", changes.result, 0)
        elif action == "edit":
            counter += 1
            claim = rng.choice(claims)
            ops.update_claim(project, claim.id, {"note": str(counter)})
            ack("note", claim.id, counter)
        elif action == "export":
            target = Path(out) / "export.json"
            export(project, "json", target, ExportOptions())
            ack("export", len(json.loads(target.read_text(encoding="utf-8"))["claims"]), 0)
        elif action == "merge":
            merge(project, volunteer, report_folder=Path(out))
            ack("merge", Path(volunteer).name, 0)
    shutil.rmtree(inbox, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
