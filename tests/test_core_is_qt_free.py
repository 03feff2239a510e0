"""Nothing outside curator/ui imports Qt or pyqtgraph, statically or at run time."""

import ast
import subprocess
import sys
from pathlib import Path

import curator

PACKAGE = Path(curator.__file__).parent
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def qt_imports(path: Path, root: Path = PACKAGE) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [f"{path.relative_to(root)}:{node.lineno} {n}" for n in names if n.split(".")[0] in QT]
    return found


def test_no_core_module_mentions_qt():
    assert len(core_modules()) > 15
    offenders = [hit for path in core_modules() for hit in qt_imports(path)]
    assert offenders == []


def test_the_check_catches_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert qt_imports(sample, root=tmp_path) == ["bad.py:2 PySide6.QtCore"]


def test_core_runs_with_qt_made_unimportable(tmp_path, seeds):
    """Import every core module and run an import and a claim with Qt blocked."""
    script = f"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {QT!r}:
            raise ImportError('Qt imported by the core: ' + name)
sys.meta_path.insert(0, Block())
import curator
for info in pkgutil.walk_packages(curator.__path__, 'curator.'):
    if not info.name.startswith('curator.ui'):
        importlib.import_module(info.name)
from curator.storage import Project
from curator.importers import import_paths
from curator import operations, queries
p = Project.open({str(tmp_path / 'p.curator')!r}, create=True)
import_paths(p, [{str(seeds)!r}])
doc = queries.documents(p)[0]
operations.create_claim(p, {{'value': 1}}, [operations.Selection(doc.id, 0, 5)])
assert queries.counts(p).claims == 1
print('ok')
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
