"""Refresh the translation catalogues from the code and build the .qm files (make translations).

- ``curator_uk.ts``: every string of the window (``curator/ui``) and of the core and the
  command line (their ``translate()`` calls, read by ``curator/i18n.py``), for
  translators (Qt Linguist);
- ``curator_en.ts``: only the plural messages, with their English forms filled in here
  ("%Ln document(s)" → "%Ln document" / "%Ln documents"), so English counts read right;
- each ``.ts`` → ``.qm`` with pyside6-lrelease (tests check the shipped .qm are current).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "curator").rglob("*.py"))
#: A plural message not yet given its English forms (lupdate may have guessed some).
_UNFINISHED = re.compile(r'<source>([^<]*)</source>((?:\s*<(?:extra)?comment>.*?</(?:extra)?comment>)*)\s*'
                         r'<translation type="unfinished">.*?</translation>', re.S)


def english_forms(source: str) -> tuple[str, str]:
    text = html.unescape(source)
    if "(s)" in text:
        return text.replace("(s)", ""), text.replace("(s)", "s")
    if text.startswith(("%n ", "%Ln ")) and text.endswith("s"):
        return text[:-1], text
    return text, text


def _fill(match: re.Match) -> str:
    one, many = (html.escape(form, quote=False) for form in english_forms(match.group(1)))
    return (f"<source>{match.group(1)}</source>{match.group(2)}\n        <translation>\n"
            f"            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n"
            f"        </translation>")


def main() -> None:
    lupdate = str(BIN / "pyside6-lupdate")
    subprocess.run([lupdate, *SOURCES, "-no-obsolete", "-ts", str(FOLDER / "curator_uk.ts")], cwd=ROOT, check=True)
    english = FOLDER / "curator_en.ts"
    subprocess.run([lupdate, *SOURCES, "-no-obsolete", "-pluralonly", "-source-language", "en",
                    "-target-language", "en", "-ts", str(english)], cwd=ROOT, check=True)
    english.write_text(_UNFINISHED.sub(_fill, english.read_text(encoding="utf-8")), encoding="utf-8")
    release()


def release() -> list[Path]:
    """Build each catalogue's .qm from its .ts (pyside6-lrelease); the installers' build runs this too."""
    built = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    main()
