"""Every action of the main window, declared once: id, text, shortcut, object name.

Menus and the toolbar are built from :data:`MENUS` and :data:`TOOLBAR`; handlers are
connected by id in the main window.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(enum.Enum):
    NEW_PROJECT = "newProjectAction"
    OPEN_PROJECT = "openProjectAction"
    OPEN_SAMPLE = "openSampleAction"
    IMPORT = "importAction"
    QUIT = "quitAction"
    UNDO = "undoAction"
    REDO = "redoAction"
    FIND = "findAction"
    SEARCH = "searchAction"
    PREFERENCES = "preferencesAction"
    NEW_CLAIM = "newClaimAction"
    ADD_EVIDENCE = "addEvidenceAction"
    DELETE_CLAIM = "deleteClaimAction"
    THIS_DOCUMENT_ONLY = "thisDocumentOnlyAction"
    ABOUT = "aboutAction"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    tip: str = ""
    shortcut: QKeySequence.StandardKey | str | None = None
    checkable: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def specs() -> dict[ActionId, ActionSpec]:
    K = QKeySequence.StandardKey
    return {
        ActionId.NEW_PROJECT: ActionSpec(_tr("&New Project…"), _tr("Create an empty project file"), K.New),
        ActionId.OPEN_PROJECT: ActionSpec(_tr("&Open Project…"), _tr("Open a project file"), K.Open),
        ActionId.OPEN_SAMPLE: ActionSpec(_tr("Open &Sample Project"),
                                         _tr("A project with five sample articles to try Curator on")),
        ActionId.IMPORT: ActionSpec(_tr("&Import Documents…"),
                                    _tr("Import .txt, .md, .html, .pdf and .docx files (or drop them on the window)"),
                                    "Ctrl+I"),
        ActionId.QUIT: ActionSpec(_tr("&Quit"), shortcut=K.Quit),
        ActionId.UNDO: ActionSpec(_tr("&Undo"), shortcut=K.Undo),
        ActionId.REDO: ActionSpec(_tr("&Redo"), shortcut="Ctrl+Shift+Z"),
        ActionId.FIND: ActionSpec(_tr("&Find in Document…"), _tr("Find words in the document you are reading"), K.Find),
        ActionId.SEARCH: ActionSpec(_tr("&Search All Documents"), _tr("Search the text of every document"),
                                    "Ctrl+Shift+F"),
        ActionId.PREFERENCES: ActionSpec(_tr("&Preferences…"), _tr("Your name, recorded with your edits")),
        ActionId.NEW_CLAIM: ActionSpec(_tr("&New Claim from Selection"),
                                       _tr("Record the selected figure as a new claim, with the selection as its evidence"),
                                       "Ctrl+E"),
        ActionId.ADD_EVIDENCE: ActionSpec(_tr("&Add Selection as Evidence"),
                                          _tr("Cite the selected text as more evidence for the current claim"),
                                          "Ctrl+Shift+E"),
        ActionId.DELETE_CLAIM: ActionSpec(_tr("&Delete Claim"), _tr("Delete the current claim (can be undone)"),
                                          "Ctrl+Delete"),
        ActionId.THIS_DOCUMENT_ONLY: ActionSpec(_tr("Claims of This Document &Only"),
                                                _tr("List only the claims citing the open document"),
                                                checkable=True),
        ActionId.ABOUT: ActionSpec(_tr("&About Curator")),
    }


def _menu(title: str) -> str:
    return QCoreApplication.translate("menus", title)


MENUS: list[tuple[str, list[ActionId | None]]] = [
    ("&File", [ActionId.NEW_PROJECT, ActionId.OPEN_PROJECT, "recent", ActionId.OPEN_SAMPLE, None,
               ActionId.IMPORT, None, ActionId.QUIT]),
    ("&Edit", [ActionId.UNDO, ActionId.REDO, None, ActionId.FIND, ActionId.SEARCH, None, ActionId.PREFERENCES]),
    ("&Claim", [ActionId.NEW_CLAIM, ActionId.ADD_EVIDENCE, ActionId.DELETE_CLAIM, None, ActionId.THIS_DOCUMENT_ONLY]),
    ("&View", ["panes"]),
    ("&Help", [ActionId.ABOUT]),
]
TOOLBAR: list[ActionId | None] = [ActionId.IMPORT, None, ActionId.NEW_CLAIM, ActionId.ADD_EVIDENCE,
                                  ActionId.DELETE_CLAIM, None, ActionId.UNDO, ActionId.REDO]


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, spec in specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.value)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    return actions


def menu_title(title: str) -> str:
    return _menu(title)
