"""Start-up: process start to the first painted window, and to the project shown,
with a 10,000-document project or the sample. Goals: a window on screen within 0.5 s,
the project shown within 1.5 s at 10,000 documents.

Runs the real ``curator`` entry point in a fresh process with CURATOR_STARTUP_PROBE=1
(the app prints the time of its first paint and of the project being loaded, then
quits): offscreen, or with ``--x11`` on the X server of $DISPLAY (Xvfb), as a
volunteer's desktop would show it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import make_project


def measure(command: list[str], env: dict[str, str], runs: int = 5) -> tuple[list[float], list[float]]:
    paints, loads = [], []
    for _ in range(runs):
        started = time.time()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        times = dict(line.split() for line in result.stdout.splitlines() if line.startswith(("first-paint", "project")))
        if "first-paint" not in times:
            raise SystemExit(f"no probe output: {result.stdout}\n{result.stderr}")
        paints.append((float(times["first-paint"]) - started) * 1000)
        loads.append((float(times["project-loaded"]) - started) * 1000)
    return paints, loads


def main(documents: int = 10_000, command: list[str] | None = None, label: str = "source", x11: bool = False,
         sample: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "startup.curator"
        if sample:
            from curator.sample import build

            build(path)
            label += ", the sample project"
        else:
            make_project(path, documents).close()
            label += f", {documents:,} documents"
        platform = "xcb" if x11 else "offscreen"
        label += f", {'X server ' + os.environ.get('DISPLAY', '?') if x11 else 'offscreen'}"
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "CURATOR_STARTUP_PROBE": "1",
               "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "XDG_DATA_HOME": str(Path(tmp) / "data")}
        command = (command or [sys.executable, "-m", "curator"]) + [str(path)]
        measure(command, env, runs=1)  # warm the file cache
        paints, loads = measure(command, env)
    print(f"machine: {describe()}")
    print(f"startup ({label}), 5 runs: first paint median {statistics.median(paints):.0f} ms "
          f"(min {min(paints):.0f}), project shown median {statistics.median(loads):.0f} ms "
          f"(min {min(loads):.0f}) (goals: window <= 500 ms, project <= 1,500 ms)")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="process start to first painted window")
    parser.add_argument("documents", nargs="?", type=int, default=10_000)
    parser.add_argument("--frozen", metavar="PROGRAM",
                        help="time this program (e.g. dist/pyinstaller/curator/curator) instead of the source")
    parser.add_argument("--x11", action="store_true", help="on the X server of $DISPLAY (e.g. Xvfb), not offscreen")
    parser.add_argument("--sample", action="store_true", help="the sample project instead of a generated one")
    args = parser.parse_args()
    main(args.documents, [args.frozen] if args.frozen else None, "frozen" if args.frozen else "source", args.x11,
         args.sample)
