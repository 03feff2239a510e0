"""Build Curator's installer for the operating system this runs on.

    python packaging/build.py            # Linux: bundle, .tar.gz and .deb; Windows: setup.exe; macOS: .dmg

The translations' .qm files are built first from their .ts (pyside6-lrelease), then
everything comes from packaging/curator.spec (PyInstaller). The build fails when
PyInstaller could not resolve a library (it only warns, and the bundle then breaks on
a user's machine), and, on Linux, when a library of the bundle is not found on this
machine. The .deb depends on the Debian packages that provide the system libraries the
bundle links to, found with ldd and dpkg -S.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations  # packaging/translations.py: the .ts → .qm step

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
VERSION = re.search(r'__version__ = "([^"]+)"', (ROOT / "curator" / "__init__.py").read_text()).group(1)
#: Needed at run time but not linked: fonts with Cyrillic glyphs, keyboard layouts, the
#: xcb platform's own libraries (a plugin loaded by name, so ldd of the program misses it).
ALWAYS_DEPENDS = ["fonts-dejavu-core", "xkb-data"]
#: Plugins the spec leaves out of the bundle: what they could not resolve does not matter.
LEFT_OUT = ("platformthemes/libqgtk3.so",)
UNRESOLVED = re.compile(r"(Library not found|could not resolve|Cannot find .*library)", re.IGNORECASE)


def run(command: list[str], **options) -> subprocess.CompletedProcess:
    print("$", " ".join(str(c) for c in command), flush=True)
    return subprocess.run(command, check=True, **options)


def pyinstaller() -> Path:
    """Run PyInstaller; fail on any library it could not resolve."""
    log = BUILD / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", str(PACKAGING / "curator.spec"), "--noconfirm", "--clean",
               "--distpath", str(DIST / "pyinstaller"), "--workpath", str(BUILD / "pyinstaller")]
    print("$", " ".join(command), flush=True)
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    text = log.read_text(encoding="utf-8", errors="replace")
    problems = [line for line in text.splitlines()
                if UNRESOLVED.search(line) and not any(plugin in line.replace("\\", "/") for plugin in LEFT_OUT)]
    if result.returncode != 0 or problems:
        print("\n".join(problems or text.splitlines()[-30:]))
        raise SystemExit(f"PyInstaller failed or could not resolve libraries; see {log}")
    bundle = DIST / "pyinstaller" / ("Curator.app" if sys.platform == "darwin" else "curator")
    strays = [p for p in bundle.rglob("*") if any(p.as_posix().endswith(plugin) for plugin in LEFT_OUT)]
    if strays:
        raise SystemExit(f"left-out plugins are in the bundle: {strays}")
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
    return bundle


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


# -- Linux -----------------------------------------------------------------------------------------
def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[str]:
    """The libraries outside the bundle that its programs and plugins link to; fails
    when one is not found on this machine."""
    outside: set[str] = set()
    missing: dict[str, set[str]] = {}
    environment = {**os.environ, "LD_LIBRARY_PATH": f"{bundle / '_internal'}:{bundle / '_internal' / 'PySide6' / 'Qt' / 'lib'}"}
    for path in elf_files(bundle):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=environment)
        for line in result.stdout.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
            elif "=>" in line:
                target = line.split("=>")[1].split("(")[0].strip()
                if target and not Path(target).resolve().is_relative_to(bundle.resolve()):
                    outside.add(target)
    if missing:
        for library, users in sorted(missing.items()):
            print(f"not found on this machine: {library} (needed by {', '.join(sorted(users)[:3])})")
        raise SystemExit("Install the missing libraries before building: the bundle would fail without them.")
    return outside


def debian_packages(libraries: set[str]) -> list[str]:
    packages = set(ALWAYS_DEPENDS)
    for library in sorted(libraries):
        candidates = [library, str(Path(library).resolve())]
        if library.startswith("/lib"):
            candidates.append("/usr" + library)
        elif library.startswith("/usr/lib"):
            candidates.append(library[4:])
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].split(",")[0].strip())
                break
        else:
            raise SystemExit(f"no Debian package provides {library}")
    return sorted(packages)


def linux(bundle: Path) -> list[Path]:
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    run([str(bundle / "curator"), "--version"])
    depends = debian_packages(system_libraries(bundle))
    outputs = []

    archive = DIST / f"curator-{VERSION}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"curator-{VERSION}")
    outputs.append(archive)

    stage = BUILD / "deb" / f"curator_{VERSION}_{architecture}"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "curator", symlinks=True)
    launcher = stage / "usr" / "bin" / "curator"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/curator/curator "$@"\n')
    launcher.chmod(0o755)
    share = stage / "usr" / "share"
    for source, target in (("curator.desktop", "applications/curator.desktop"),
                           ("curator-mime.xml", "mime/packages/curator.xml"),
                           ("org.curatorproject.Curator.metainfo.xml", "metainfo/org.curatorproject.Curator.metainfo.xml")):
        (share / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PACKAGING / "linux" / source, share / target)
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("curator-*.png"):
        size = png.stem.split("-")[1]
        (share / "icons" / "hicolor" / f"{size}x{size}" / "apps").mkdir(parents=True, exist_ok=True)
        shutil.copy(png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "curator.png")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(icons / "curator.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "curator.svg")
    (share / "doc" / "curator").mkdir(parents=True)
    (share / "doc" / "curator" / "copyright").write_text(
        "Curator\nLicense: GPL-3.0-or-later\nOn Debian systems, see /usr/share/common-licenses/GPL-3.\n")
    installed_kb = int(sum(f.stat().st_size for f in stage.rglob("*") if f.is_file()) / 1024)
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"Package: curator\nVersion: {VERSION}\nArchitecture: {architecture}\n"
        f"Maintainer: Curator developers <curator@localhost>\nInstalled-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\nSection: science\nPriority: optional\n"
        "Description: verified database of facts and figures from news articles\n"
        " Curator helps archivists and volunteers record the figures that news articles and\n"
        " reports state, each with the words that state it as evidence; it charts how they\n"
        " change over time and where sources disagree. Works offline; one file per project.\n")
    deb = DIST / f"curator_{VERSION}_{architecture}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(stage), str(deb)])
    outputs.append(deb)
    print(f"Depends: {', '.join(depends)}")
    return outputs


# -- Windows and macOS -------------------------------------------------------------------------------
def windows(bundle: Path) -> list[Path]:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run([iscc, f"/DAppVersion={VERSION}", f"/DBundle={bundle}", f"/O{DIST}", str(PACKAGING / "windows" / "curator.iss")])
    return [DIST / f"curator-{VERSION}-setup.exe"]


def macos(bundle: Path) -> list[Path]:
    dmg = DIST / f"Curator-{VERSION}.dmg"
    dmg.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", "Curator", "-srcfolder", str(bundle), "-ov", "-format", "UDZO", str(dmg)])
    return [dmg]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    for catalogue in translations.release():
        print(f"built {catalogue.relative_to(ROOT)}")
    bundle = pyinstaller()
    outputs = {"linux": linux, "win32": windows, "darwin": macos}[sys.platform](bundle)
    for output in outputs:
        print(f"built {output} ({output.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
