"""Every benchmark, one after another, each in a fresh process (``make benchmarks``).

    python benchmarks/run_all.py [--only NAME ...]

Each prints its own figures; they go into docs/performance.md with the machine line
they print. Exits 1 when any of them failed. The benchmarks are the scripts of this
folder, but for the helpers they share (NOT_BENCHMARKS).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Modules of this folder that help the benchmarks and are none themselves.
NOT_BENCHMARKS = {"__init__", "machine", "make_corpus", "run_all"}


def benchmarks() -> list[Path]:
    return sorted(p for p in HERE.glob("*.py") if p.stem not in NOT_BENCHMARKS)


def main(argv: list[str]) -> int:
    only = set(argv[argv.index("--only") + 1:]) if "--only" in argv else None
    failed = []
    for script in benchmarks():
        if only is not None and script.stem not in only:
            continue
        print(f"== {script.stem}", flush=True)
        began = time.perf_counter()
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(script.stem)
        print(f"== {script.stem}: {time.perf_counter() - began:.0f} s", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
