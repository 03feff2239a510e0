"""Where Curator finds the files it ships: ``resources/`` and the migrations in ``db/``.

Three layouts are supported, tried in this order:

* a frozen bundle (PyInstaller): both folders sit beside the executable's data;
* an installed wheel: they are the sub-packages ``curator.resources`` and
  ``curator.migrations`` (mapped from the top-level folders in ``pyproject.toml``),
  found with :mod:`importlib.resources`;
* a source checkout: the top-level folders next to the ``curator`` package.
"""

from __future__ import annotations

import importlib.resources
import sys
from functools import cache
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _locate(package: str, folder: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / folder
    try:
        found = importlib.resources.files(package)
    except ModuleNotFoundError:
        found = None
    if found is not None and isinstance(found, Path) and found.is_dir():
        return found
    candidate = _SOURCE_ROOT / folder
    if candidate.is_dir():
        return candidate
    raise FileNotFoundError(f"Curator's {folder}/ folder is missing from this installation")


@cache
def resources_dir() -> Path:
    return _locate("curator.resources", "resources")


@cache
def migrations_dir() -> Path:
    return _locate("curator.migrations", "db")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_articles() -> list[Path]:
    """The sample articles shipped for File → Open Sample Project and the self-test."""
    return sorted(resource("samples").glob("*.txt"))
