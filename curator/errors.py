"""Errors whose message is meant for the user: one line, naming the file and the problem."""


def one_line(text: object) -> str:
    """``text`` as one line for a person: control characters (a newline in a file name,
    say) are shown escaped, so they can neither split a line nor hide part of it."""
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in str(text))


class CuratorError(Exception):
    """An expected failure; ``str(error)`` is shown to the user as it is."""


class ProjectError(CuratorError):
    """A project file cannot be opened, created or upgraded."""


class DamagedProject(ProjectError):
    """The project file (or a value in it) is damaged: say so, and what to do."""

    def __init__(self, path: object, what: str) -> None:
        from curator.i18n import translate

        where = f"{path}: " if path else ""
        super().__init__(where + translate("project", "this project file is damaged ({what}). Nothing was changed; "
                                           "open a copy you saved earlier, or a copy in the backups folder beside it")
                         .format(what=what))
        self.path, self.what = path, what


class ImportProblem(CuratorError):
    """One source file cannot be imported."""


class StaleChange(CuratorError):
    """An undo or redo no longer applies because the record changed since."""


class Cancelled(CuratorError):
    """Long work stopped at the user's request."""

    def __init__(self, message: str = "Cancelled") -> None:
        super().__init__(message)
