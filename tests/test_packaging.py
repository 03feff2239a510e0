"""The wheel carries every module, the resources and the migrations, and they are
found from an installed copy (not from this checkout)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("curator-*.whl")
    return built


def test_wheel_has_every_module_resource_and_migration(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in (ROOT / "curator").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    for resource in (ROOT / "resources").rglob("*"):
        if resource.is_file() and "__pycache__" not in resource.parts:
            assert "curator/resources/" + resource.relative_to(ROOT / "resources").as_posix() in names
    for revision in (ROOT / "db" / "versions").glob("*.py"):
        assert f"curator/migrations/versions/{revision.name}" in names
    assert "curator/migrations/env.py" in names and "curator/migrations/script.py.mako" in names


def test_installed_wheel_finds_its_files(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from curator import paths; from curator.storage import Project;"
        "print(paths.migrations_dir()); print(paths.resources_dir());"
        "p = Project.open(sys.argv[2], create=True); print(p.schema_version)"
    )
    result = subprocess.run([sys.executable, "-c", script, str(target), str(tmp_path / "p.curator")],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    migrations, resources, schema = result.stdout.split()
    assert Path(migrations).is_relative_to(target) and Path(resources).is_relative_to(target), result.stderr
    from curator.storage.migrate import head_revision

    assert schema == head_revision()
