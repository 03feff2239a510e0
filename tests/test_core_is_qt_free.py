"""The core runs with Qt unimportable (the static rule is an import contract:
tests/test_architecture.py)."""

import subprocess
import sys

QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


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
