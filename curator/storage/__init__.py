"""The project database: opening, migrating, reading and writing one SQLite file."""

from curator.storage.changes import Changes, RowChange
from curator.storage.project import SUFFIX, Project

__all__ = ["SUFFIX", "Changes", "Project", "RowChange"]
