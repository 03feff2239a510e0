"""Logging to a file in the user's log folder: users see one-line messages, the log
keeps the tracebacks for whoever helps them."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

_configured = False


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("curator", appauthor=False)) / "curator.log"


def setup() -> Path | None:
    """Send warnings and errors to the log file (once); returns its path, or None when
    the folder cannot be written (logging then stays quiet rather than fail)."""
    global _configured
    path = log_file()
    if _configured:
        return path
    _configured = True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
