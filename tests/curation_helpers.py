"""Core-level helpers: claims on the sample articles, copies of projects."""

from __future__ import annotations

from pathlib import Path

from curator import operations as ops
from curator import queries
from curator.storage import Project
from curator.storage.migrate import backup


def document_titled(project: Project, prefix: str):
    return next(d for d in queries.documents(project) if d.title.startswith(prefix))


def claim_on(project: Project, title: str, quote: str, **values):
    """A claim citing ``quote`` in the document whose title starts with ``title``."""
    document = document_titled(project, title)
    text = queries.document_text(project, document.id)
    start = text.index(quote)
    changes = ops.claim_from_selection(project, ops.Selection(document.id, start, start + len(quote)))
    if values:
        ops.update_claim(project, changes.result, values)
    return changes.result


def copy_project(project: Project, path: Path, author: str) -> Project:
    backup(project.path, path)
    return Project.open(path, author=author)
