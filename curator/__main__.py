"""``curator``: the application without arguments (or with a project file), else the
command line. This launcher is the one module outside ``curator.ui`` that may import it
(see the import contracts in pyproject.toml). Users never see a traceback: expected problems print one line, anything
else is logged to the log file and summarised."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from curator.errors import CuratorError, one_line

#: The command line's commands. Kept here, not in curator.cli, so that starting the GUI
#: imports nothing of the database layer.
COMMANDS = ("import", "documents", "info", "text", "keep-whole-page", "search", "export", "merge", "conflicts",
            "resolve", "history", "check", "suggest")


def _wants_gui(argv: Sequence[str]) -> bool:
    """The window for no arguments or a project file; the command line for a command,
    an option, or a word that is neither ("curator suggestt …" prints the usage and
    exits 2 instead of opening a window, which on a machine without a display waits)."""
    if not argv:
        return True
    first = argv[0]
    if first.startswith("-") or first in COMMANDS:
        return False
    from pathlib import Path

    return Path(first).suffix != "" or os.sep in first or Path(first).exists()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from curator import logs

    log_path = logs.setup()
    try:
        if argv[:1] == ["--self-test"]:
            from curator.selftest import run as self_test
            from curator.ui.selftest import window_steps

            return self_test(window_steps=window_steps)
        if _wants_gui(argv):
            from curator.ui.app import run_gui

            return run_gui(argv)
        from curator.cli import run

        return run(argv)
    except CuratorError as error:
        print(f"curator: {one_line(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("curator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away ("curator search … | head"): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as error:
        logging.getLogger("curator").exception("unexpected error")
        where = f" (details in {log_path})" if log_path else ""
        print(one_line(f"curator: unexpected error: {type(error).__name__}: {error}{where}"), file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
