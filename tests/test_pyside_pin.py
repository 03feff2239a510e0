"""PySide6 6.12.0 on Python 3.11 aborts with 'none_dealloc': the pin keeps it away (from
pyproject.toml's ranges and from the lock)."""

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


def test_the_lock_installs_no_broken_pair():
    """requirements.lock, which make, CI and the installers install from, pins a
    PySide6 for each Python that the ranges allow."""
    from packaging.markers import Marker

    lines = [line.split(";") for line in (ROOT / "requirements.lock").read_text().splitlines()
             if line.lower().startswith("pyside6-essentials==")]
    for python in ("3.11", "3.12", "3.13"):
        env = {"python_version": python, "python_full_version": python + ".0"}
        (pin,) = [spec for spec, *marker in lines if not marker or Marker(marker[0]).evaluate(env)]
        assert _allowed(python, pin.split("==")[1].strip()), (python, pin)
