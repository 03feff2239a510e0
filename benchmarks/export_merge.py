"""Export and merge at scale.

- 100,000 claims exported to CSV and to JSON (goal: each within 2 s);
- two 10,000-claim projects merged (goal: within 5 s): unrelated projects (everything
  is new), and two copies of one project that diverged (2,000 claims edited on one
  side, 1,000 on the other, 500 of them on both, 1,000 added).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import make_project
from curator.exports import ExportOptions, export
from curator.merge import merge, redo_merge, undo_merge
from curator.storage import Project
from curator.storage.migrate import backup
from curator.storage.writer import table_of


def timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    return elapsed, result


def edit_claims(project: Project, ids, field: str, value: str) -> None:
    from sqlalchemy import select

    from curator.models import utcnow

    t = table_of("claim")
    with project.write("benchmark edits") as writer:
        rows = [dict(r._mapping) for r in writer.connection.execute(select(t).where(t.c.id.in_(ids)))]
        now = utcnow()
        writer.update_rows("claim", [(row, {**row, field: value, "updated_at": now, "author": project.author})
                                     for row in rows])


def main() -> None:
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        big = make_project(tmp / "big.curator", 10_000, claims_per_document=10)
        for fmt, out in (("csv", tmp / "claims.csv"), ("json", tmp / "claims.json")):
            elapsed, report = timed(fmt, lambda f=fmt, o=out: export(big, f, o, ExportOptions()))
            size = sum(f.stat().st_size for f in report.files) / 1e6
            print(f"export {fmt}: {report.claims:,} claims in {elapsed:.2f} s ({size:.0f} MB) (goal <= 2 s)")
        big.close()

        a = make_project(tmp / "a.curator", 1_000, claims_per_document=10)
        make_project(tmp / "b.curator", 1_000, claims_per_document=10, seed=2).close()
        elapsed, report = timed("merge", lambda: merge(a, tmp / "b.curator"))
        print(f"merge, unrelated 10,000-claim projects: {elapsed:.2f} s; {report.summary()} (goal <= 5 s)")
        elapsed, _ = timed("undo", lambda: undo_merge(a, report))
        print(f"undo of that merge: {elapsed:.2f} s (goal <= 5 s)")
        elapsed, _ = timed("redo", lambda: redo_merge(a, report))
        print(f"redo of that merge: {elapsed:.2f} s")
        a.close()

        base = make_project(tmp / "base.curator", 1_000, claims_per_document=10, seed=3)
        base.close()
        backup(tmp / "base.curator", tmp / "mine.curator")
        backup(tmp / "base.curator", tmp / "theirs.curator")
        mine = Project.open(tmp / "mine.curator", author="coordinator")
        theirs = Project.open(tmp / "theirs.curator", author="volunteer")
        from curator import queries

        ids = [c.id for c in queries.claims(mine)]
        random.Random(4).shuffle(ids)
        edit_claims(mine, ids[:2000], "note", "checked by the coordinator")
        edit_claims(theirs, ids[1500:2500], "note", "checked by the volunteer")
        make_project(tmp / "extra.curator", 100, claims_per_document=10, seed=5).close()
        merge(theirs, tmp / "extra.curator")
        theirs.close()
        elapsed, preview = timed("preview", lambda: merge(mine, tmp / "theirs.curator", dry_run=True))
        print(f"preview of that merge (dry run): {elapsed:.2f} s; {len(preview.preview()):,} lines (goal <= 2 s)")
        elapsed, report = timed("merge", lambda: merge(mine, tmp / "theirs.curator", report_folder=tmp))
        print(f"merge, diverged copies of a 10,000-claim project: {elapsed:.2f} s; {report.summary()} (goal <= 5 s)")
        elapsed, again = timed("merge", lambda: merge(mine, tmp / "theirs.curator", report_folder=tmp))
        print(f"merge, the same again: {elapsed:.2f} s; {again.summary()}")
        mine.close()


if __name__ == "__main__":
    main()
