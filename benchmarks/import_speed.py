"""Import speed: 1,000 HTML articles (with page furniture) into a new project.

Goal: at least 50 documents per second on 2 cores.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import article
from curator.importers import import_paths
from curator.storage import Project

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Desk {i}">
<meta property="article:published_time" content="{day}T10:00:00+00:00">
<script>window.tracking = true;</script></head><body>
<header><nav><a href="/">Home</a><a href="/war">War</a><a href="/politics">Politics</a><a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Most popular</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul></aside></main>
<footer><p>Enter your email to subscribe</p><p>© 2025 Example News. All rights reserved.</p></footer></body></html>"""


def write_pages(folder: Path, count: int) -> None:
    rng = random.Random(7)
    for i in range(count):
        language, title, text, day = article(rng, i)
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:-1])
        page = PAGE.format(lang=language, title=title, paragraphs=paragraphs, day=day.isoformat(), i=i)
        (folder / f"article-{i:04d}.html").write_text(page, encoding="utf-8")


def main(count: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        write_pages(folder, count)
        project = Project.open(Path(tmp) / "bench.curator", create=True)
        started = time.perf_counter()
        report = import_paths(project, [folder])
        elapsed = time.perf_counter() - started
        project.close()
    assert len(report.imported) == count, report.summary()
    print(f"machine: {describe()}")
    print(f"import_speed: {count} HTML articles in {elapsed:.2f} s = {count / elapsed:.0f} documents/s (goal >= 50/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
