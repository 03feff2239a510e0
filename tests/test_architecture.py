"""The layers of pyproject.toml's import contracts hold, and the contracts can fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import curator

ROOT = Path(__file__).parent.parent
PACKAGE = Path(curator.__file__).parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    executable = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert executable, "import-linter is a test dependency: pip install -e '.[test]'"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([executable, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env=env)


def test_the_import_contracts_are_kept():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_core_module_is_bound_by_the_qt_free_contract():
    (core,) = [c for c in CONFIG["contracts"] if c["type"] == "forbidden"]
    modules = {f"curator.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    modules |= {f"curator.{p.name}" for p in PACKAGE.iterdir() if (p / "__init__.py").exists() and p.name != "ui"}
    assert set(core["source_modules"]) == modules


def test_a_core_module_importing_the_ui_inside_a_function_breaks_the_contract(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "curator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    figures = tmp_path / "curator" / "figures.py"
    figures.write_text(figures.read_text(encoding="utf-8")
                       + "\n\ndef _lazy():\n    from curator.ui import offsets\n\n    return offsets\n",
                       encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "curator.figures -> curator.ui" in result.stdout
