"""PySide6 6.12.0 on Python 3.11 aborts with 'none_dealloc': the pin keeps it away."""

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).parent.parent


def _allowed(python: str, version: str) -> bool:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = {"python_version": python, "python_full_version": python + ".0"}
    pins = [Requirement(d) for d in deps if d.startswith("PySide6")]
    applicable = [r for r in pins if r.marker is None or r.marker.evaluate(env)]
    assert len(applicable) == 1, applicable
    return applicable[0].specifier.contains(version)


def test_the_broken_pair_cannot_be_installed():
    assert not _allowed("3.11", "6.12.0")
    assert _allowed("3.11", "6.11.3")
    assert _allowed("3.12", "6.12.0")
    assert _allowed("3.13", "6.12.0")


def test_many_calls_returning_none_do_not_abort_the_process():
    script = (
        "from PySide6.QtCore import QSize\n"
        "s = QSize()\n"
        "for i in range(300_000):\n"
        "    s.setWidth(i)\n"
        "print('alive')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-500:]
