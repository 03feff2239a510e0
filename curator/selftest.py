"""``curator --self-test``: proves an installation works, step by step, headless.

Creates a project in a temporary folder, imports a bundled sample article, makes a
claim with evidence, exports it, reopens the project, then (in ``curator.ui``)
checks fonts and renders the main window offscreen. Exit code 0 only if every step
worked. Makes no network connection.
"""

from __future__ import annotations

import json
import os
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

SAMPLE_QUOTE = "More than 900 defenders of Mariupol remain in Russian captivity"


class Steps:
    def __init__(self, out) -> None:
        self.out = out
        self.failed = 0

    def run(self, name: str, step: Callable[[], str | None]) -> None:
        try:
            detail = step()
        except Exception as error:  # a self-test reports every failure and goes on
            self.failed += 1
            self.out(f"FAILED  {name}: {type(error).__name__}: {error}")
            for line in traceback.format_exc().splitlines()[-4:]:
                self.out(f"        {line}")
            return
        self.out(f"ok      {name}" + (f" ({detail})" if detail else ""))


def core_steps(steps: Steps, folder: Path) -> Path:
    """The Qt-free part; returns the project's path for the window steps."""
    from curator import operations, queries
    from curator.exports import export
    from curator.importers import import_paths
    from curator.paths import migrations_dir, resources_dir, sample_articles
    from curator.storage import Project

    path = folder / "self-test.curator"
    state: dict = {}

    def files() -> str:
        samples = sample_articles()
        assert samples, f"no sample articles in {resources_dir()}"
        assert any(migrations_dir().joinpath("versions").glob("*.py")), f"no migrations in {migrations_dir()}"
        return f"{len(samples)} sample articles, migrations in {migrations_dir()}"

    def create() -> str:
        state["project"] = Project.open(path, create=True, author="self-test")
        return f"schema {state['project'].schema_version}"

    def import_sample() -> str:
        sample = next(p for p in sample_articles() if SAMPLE_QUOTE in p.read_text(encoding="utf-8"))
        report = import_paths(state["project"], [sample])
        assert len(report.imported) == 1, report.summary()
        return report.imported[0].title

    def claim() -> str:
        project = state["project"]
        document = queries.documents(project)[0]
        text = queries.document_text(project, document.id)
        start = text.index(SAMPLE_QUOTE)
        changes = operations.claim_from_selection(
            project, operations.Selection(document.id, start, start + len(SAMPLE_QUOTE)))
        found = queries.claim(project, changes.result)
        assert (found.value, found.qualifier) == (900, "more than"), (found.value, found.qualifier)
        state["claim"] = changes.result
        return "more than 900, with its evidence"

    def search_forms() -> str:
        from curator import wordforms

        (hit,) = queries.search(state["project"], "defender Mariupol")  # the text says "defenders of Mariupol"
        assert hit.start is not None, hit
        found = {language: wordforms.lemma(word, language)
                 for language, word in (("uk", "полонених"), ("ru", "пленных"), ("en", "defenders"))}
        assert found == {"uk": "полонений", "ru": "пленный", "en": "defender"}, found
        return "Ukrainian, Russian and English dictionaries"

    def export_it() -> str:
        report = export(state["project"], "json", folder / "export.json")
        data = json.loads(report.files[0].read_text(encoding="utf-8"))
        assert len(data["claims"]) == 1 and len(data["evidence"]) == 1
        export(state["project"], "sqlite", folder / "export.sqlite")
        return "JSON and SQLite"

    def reopen() -> str:
        state["project"].close()
        with Project.open(path) as again:
            evidence = queries.evidence(again, state["claim"])
            assert len(evidence) == 1 and evidence[0].quote == SAMPLE_QUOTE
        with Project.open(folder / "export.sqlite") as exported:
            assert queries.counts(exported).claims == 1
        return "claim and evidence are there"

    for name, step in (("files shipped with Curator", files), ("create a project", create),
                       ("import a sample article", import_sample), ("claim with evidence", claim),
                       ("search words in any form", search_forms), ("export", export_it), ("reopen", reopen)):
        steps.run(name, step)
    return path


def _say(line: str) -> None:
    print(line, flush=True)  # each step on screen at once, even if a later one crashes


def run(out=_say, window_steps: Callable[[Steps, Path, Path], None] | None = None) -> int:
    """The core steps, then ``window_steps`` (``curator.ui.selftest.window_steps``,
    passed in by the launcher so that this core module never imports the UI)."""
    import faulthandler

    from curator import __version__

    faulthandler.enable()  # a crash in native code still says where it happened

    out(f"Curator {__version__} self-test")
    steps = Steps(out)
    with tempfile.TemporaryDirectory(prefix="curator-self-test-") as folder:
        # Nothing of the self-test in the user's settings or recent projects.
        os.environ["CURATOR_CONFIG_DIR"] = str(Path(folder) / "config")
        path = core_steps(steps, Path(folder))
        if window_steps is not None:
            window_steps(steps, path, Path(folder))
    out("self-test passed" if not steps.failed else f"self-test FAILED: {steps.failed} step(s)")
    return 0 if not steps.failed else 1
