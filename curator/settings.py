"""The curator's settings: a small, versioned JSON model in the user's config folder.

Window geometry and dock state are the UI's business (QSettings); what lives here is
what the core needs too: the curator's name (recorded as author), recent projects.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from curator.files import write_text

VERSION = 1
#: The sample project's file name, in the projects folder.
SAMPLE_NAME = "Sample project.curator"
MAX_RECENT = 10
log = logging.getLogger(__name__)


@dataclass
class Settings:
    version: int = VERSION
    curator_name: str = ""
    recent_projects: list[str] = field(default_factory=list)
    last_project: str = ""
    #: Where new projects (and the sample) go; "" means the default, Documents/Curator.
    projects_folder: str = ""
    #: The folder the curator last chose a file in (file dialogs open there).
    last_folder: str = ""
    #: False until the curator has seen the first-run questions (name, folder).
    welcomed: bool = False
    #: The interface language ("uk", "en"); "" follows the system's.
    language: str = ""

    def folder(self) -> Path:
        """Where new projects go: the curator's choice, or a visible Documents/Curator."""
        return Path(self.projects_folder) if self.projects_folder else default_projects_folder()

    def start_folder(self) -> Path:
        """Where a file dialog opens: the last folder used, if it still exists."""
        last = Path(self.last_folder) if self.last_folder else None
        return last if last is not None and last.is_dir() else self.folder()

    def remember(self, project: Path) -> None:
        path = str(Path(project).absolute())
        self.recent_projects = [path, *[p for p in self.recent_projects if p != path][: MAX_RECENT - 1]]
        self.last_project = path


def config_dir() -> Path:
    """The user's config folder; ``CURATOR_CONFIG_DIR`` overrides it (self-test, portable use)."""
    override = os.environ.get("CURATOR_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("curator", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def default_projects_folder() -> Path:
    """A folder a volunteer can find and send files from: Documents/Curator."""
    return Path(platformdirs.user_documents_dir()) / "Curator"


def _migrate(data: dict) -> dict:
    """Upgrade settings written by older versions (version 1 is the first)."""
    data.setdefault("version", VERSION)
    return data


def load() -> Settings:
    path = settings_file()
    try:
        data = _migrate(json.loads(path.read_text(encoding="utf-8")))
        known = {k: v for k, v in data.items() if k in Settings.__dataclass_fields__}
        settings = Settings(**known)
        settings.version = VERSION
        return settings
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, TypeError) as error:
        log.warning("settings in %s unreadable (%s); using defaults", path, error)
        return Settings()


def save(settings: Settings) -> None:
    path = settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2))
    except OSError as error:
        log.warning("cannot save settings to %s: %s", path, error)
