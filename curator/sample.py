"""The sample project: five news articles about the defenders of Azovstal held in
Russian captivity, with a few example claims, so the chart and a conflict between
sources show at once. Built under a temporary name and renamed into place."""

from __future__ import annotations

from pathlib import Path

from curator import operations, queries
from curator.files import built_beside
from curator.i18n import translate
from curator.importers import import_paths
from curator.jobs import CancelCheck, Progress, check, never_cancelled, no_progress
from curator.partialdate import parse_partial_date
from curator.paths import sample_articles
from curator.storage import Project

#: (document title starts with, quote, fields): figures a curator would record.
CLAIMS = [
    ("Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
     {"subject": "Mariupol defenders", "measure": "in captivity", "attributed_to": "Denys Prokopenko",
      "status": "checked", "tags": "azov"}),
    ("Over 1,900 defenders", "Over 1,900 soldiers from Azovstal are still in captivity",
     {"subject": "Mariupol defenders", "measure": "in captivity", "attributed_to": "Mayor of Mariupol",
      "reported_by": "Mariupol City Council", "status": "checked"}),
    ("Over 1,900 defenders", "only every fifth of almost 2,500 captured defenders of Mariupol",
     {"subject": "Mariupol defenders", "measure": "captured", "as_of": "2023", "reported_by": "Mariupol City Council",
      "status": "draft"}),
    ("Russian GRU General", "more than 2,500 Mariupol defenders were in Russian captivity",
     {"subject": "Mariupol defenders", "measure": "in captivity", "attributed_to": "Volodymyr Zelenskyy",
      "as_of": "2022-06-06", "status": "checked"}),
    ("Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
     {"subject": "Azovstal garrison", "measure": "returned", "attributed_to": "Andriy Yusov", "status": "checked"}),
    ("Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers from the Azovstal plant",
     {"subject": "Azovstal garrison", "measure": "left Azovstal", "as_of": "2022-05-16",
      "reported_by": "Mariupol City Council", "status": "checked"}),
    ("Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
     {"subject": "Azovstal garrison", "measure": "left Azovstal", "as_of": "2022-05-20", "status": "disputed",
      "note": "Another source says 2,500 were evacuated from 16 May 2022."}),
    ("Over 1,200 Azovstal", "around 2,500 defenders from various units were withdrawn or evacuated",
     {"subject": "Azovstal garrison", "measure": "left Azovstal", "as_of": "2022-05-20", "attributed_to": "Andriy Yusov",
      "status": "checked"}),
]


def add_claims(project: Project) -> int:
    """The example claims, each citing its words in the sample articles."""
    documents = queries.documents(project, characters=False)
    made = 0
    for title, quote, fields in CLAIMS:
        document = next(d for d in documents if d.title.startswith(title))
        start = queries.document_text(project, document.id).index(quote)
        selection = operations.Selection(document.id, start, start + len(quote))
        claim_id = operations.claim_from_selection(project, selection).result
        values = dict(fields)
        if "as_of" in values:
            values["as_of"], values["as_of_precision"] = parse_partial_date(values["as_of"])
        operations.update_claim(project, claim_id, values)
        made += 1
    return made


def build(path: Path, author: str = "", progress: Progress = no_progress,
          cancelled: CancelCheck = never_cancelled) -> Path:
    """A fresh sample project at ``path`` (whole, or not there at all)."""
    with built_beside(path) as temporary:
        project = Project.open(temporary, create=True, author=author or "Curator sample")
        try:
            progress(0, 3, translate("sample", "Importing the sample articles"))
            import_paths(project, sample_articles(), cancelled=cancelled)
            check(cancelled)
            progress(2, 3, translate("sample", "Adding example claims"))
            add_claims(project)
        finally:
            project.close()
    progress(3, 3, "")
    return path
