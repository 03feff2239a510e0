"""Full-text search latency on a 10,000-document project: median and p95 of 200 queries.

Goal: p95 at most 30 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import make_project
from curator import queries

QUERIES = ["captivity", "Prokopenko", "полоні", "defenders Mariupol", "returned home exchange", "захисників",
           "Boichenko said", "headquarters missing", "Маріуполя полоні", "marines", "cap", "Yusov told",
           # words whose other forms the documents hold (curator/wordforms.py)
           "полонений захисник", "військовополонений", "defender", "штаб повідомити", "залишатися полон"]


def main(documents: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        project = make_project(Path(tmp) / "search.curator", documents)
        built = time.perf_counter() - started
        rng = random.Random(3)
        timings, hits = [], 0
        for _ in range(200):
            words = rng.choice(QUERIES)
            t0 = time.perf_counter()
            hits += len(queries.search(project, words, limit=50))
            timings.append((time.perf_counter() - t0) * 1000)
        project.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"machine: {describe()}")
    print(f"search_speed: {documents} documents (built in {built:.1f} s), 200 queries of up to 50 hits: "
          f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms (goal p95 <= 30 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
