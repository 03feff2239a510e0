"""Every action of the main window, declared once: id, text, shortcut, object name.

Menus and the toolbar are built from :data:`MENUS` and :data:`TOOLBAR`; handlers are
connected by id in the main window.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from curator.formats import MAIN_SUFFIXES


class ActionId(enum.Enum):
    NEW_PROJECT = "newProjectAction"
    OPEN_PROJECT = "openProjectAction"
    OPEN_SAMPLE = "openSampleAction"
    IMPORT = "importAction"
    EXPORT = "exportAction"
    MERGE = "mergeAction"
    SAVE_COPY = "saveCopyAction"
    RESTORE_BACKUP = "restoreBackupAction"
    SHOW_IN_FOLDER = "showInFolderAction"
    CHECK_PROJECT = "checkProjectAction"
    QUIT = "quitAction"
    UNDO = "undoAction"
    REDO = "redoAction"
    FIND = "findAction"
    SEARCH = "searchAction"
    PREFERENCES = "preferencesAction"
    VOCABULARY = "vocabularyAction"
    CONFLICTS = "conflictsAction"
    HISTORY = "historyAction"
    NEW_CLAIM = "newClaimAction"
    ADD_EVIDENCE = "addEvidenceAction"
    DELETE_CLAIM = "deleteClaimAction"
    THIS_DOCUMENT_ONLY = "thisDocumentOnlyAction"
    SHOW_CHART = "showChartAction"
    ACCEPT_SUGGESTION = "acceptSuggestionAction"
    REJECT_SUGGESTION = "rejectSuggestionAction"
    NEXT_SUGGESTION = "nextSuggestionAction"
    PREVIOUS_SUGGESTION = "previousSuggestionAction"
    SUGGEST_ALL = "suggestAllAction"
    NEXT_CLAIM = "nextClaimAction"
    PREVIOUS_CLAIM = "previousClaimAction"
    FOCUS_DOCUMENTS = "focusDocumentsAction"
    FOCUS_TEXT = "focusTextAction"
    FOCUS_CLAIMS = "focusClaimsAction"
    FOCUS_FORM = "focusFormAction"
    NEXT_PANE = "nextPaneAction"
    PREVIOUS_PANE = "previousPaneAction"
    SHORTCUTS = "shortcutsAction"
    QUICK_START = "quickStartAction"
    ABOUT = "aboutAction"


#: Actions that write to the project: disabled while it is open read-only, or none is
#: open (but Import, which then makes a project first).
WRITES = (ActionId.IMPORT, ActionId.MERGE, ActionId.VOCABULARY, ActionId.CONFLICTS, ActionId.NEW_CLAIM, ActionId.ADD_EVIDENCE,
          ActionId.DELETE_CLAIM, ActionId.ACCEPT_SUGGESTION, ActionId.REJECT_SUGGESTION)
#: Actions that read a project: disabled while none is open.
NEEDS_PROJECT = (ActionId.HISTORY, ActionId.EXPORT, ActionId.SAVE_COPY, ActionId.RESTORE_BACKUP, ActionId.SHOW_IN_FOLDER,
                 ActionId.CHECK_PROJECT, ActionId.FIND, ActionId.SEARCH, ActionId.NEXT_CLAIM,
                 ActionId.PREVIOUS_CLAIM, ActionId.THIS_DOCUMENT_ONLY, ActionId.SHOW_CHART, ActionId.NEXT_SUGGESTION,
                 ActionId.PREVIOUS_SUGGESTION, ActionId.SUGGEST_ALL)


@dataclass(frozen=True)
class ActionSpec:
    text: str
    tip: str = ""
    shortcut: QKeySequence.StandardKey | str | None = None
    checkable: bool = False


def specs() -> dict[ActionId, ActionSpec]:
    K = QKeySequence.StandardKey
    return {
        ActionId.NEW_PROJECT: ActionSpec(QCoreApplication.translate("actions", "&New Project…"), QCoreApplication.translate("actions", "Create an empty project file"), K.New),
        ActionId.OPEN_PROJECT: ActionSpec(QCoreApplication.translate("actions", "&Open Project…"), QCoreApplication.translate("actions", "Open a project file"), K.Open),
        ActionId.OPEN_SAMPLE: ActionSpec(QCoreApplication.translate("actions", "Open &Sample Project"),
                                         QCoreApplication.translate("actions", "A project with five sample articles to try Curator on")),
        ActionId.IMPORT: ActionSpec(QCoreApplication.translate("actions", "&Import Documents…"),
                                    QCoreApplication.translate("actions", "Import documents (%1) or drop them on the window").replace(
                                        "%1", ", ".join(MAIN_SUFFIXES)),
                                    "Ctrl+I"),
        ActionId.EXPORT: ActionSpec(QCoreApplication.translate("actions", "&Export…"),
                                    QCoreApplication.translate("actions", "Export the curated database: SQLite, CSV, JSON, Web Annotations, Data Package"),
                                    "Ctrl+Shift+S"),
        ActionId.MERGE: ActionSpec(QCoreApplication.translate("actions", "&Merge Project…"),
                                   QCoreApplication.translate("actions", "Bring a volunteer's project into this one")),
        ActionId.SAVE_COPY: ActionSpec(QCoreApplication.translate("actions", "Save a &Copy…"),
                                       QCoreApplication.translate("actions", "A complete copy of this project, safe to make while you work: "
                                                                  "the file to send to a coordinator")),
        ActionId.RESTORE_BACKUP: ActionSpec(QCoreApplication.translate("actions", "&Restore From Backup…"),
                                            QCoreApplication.translate("actions", "Open one of the copies Curator keeps automatically, as a new project")),
        ActionId.SHOW_IN_FOLDER: ActionSpec(QCoreApplication.translate("actions", "Show Project in &Folder"),
                                            QCoreApplication.translate("actions", "Open the folder holding this project in your file manager")),
        ActionId.CHECK_PROJECT: ActionSpec(QCoreApplication.translate("actions", "Check and Re&pair Project…"),
                                           QCoreApplication.translate("actions", "Look for damage in this project and repair what can be repaired")),
        ActionId.QUIT: ActionSpec(QCoreApplication.translate("actions", "&Quit"), shortcut=K.Quit),
        ActionId.UNDO: ActionSpec(QCoreApplication.translate("actions", "&Undo"), shortcut=K.Undo),
        ActionId.REDO: ActionSpec(QCoreApplication.translate("actions", "&Redo"), shortcut="Ctrl+Shift+Z"),
        ActionId.FIND: ActionSpec(QCoreApplication.translate("actions", "&Find in Document…"), QCoreApplication.translate("actions", "Find words in the document you are reading"), K.Find),
        ActionId.SEARCH: ActionSpec(QCoreApplication.translate("actions", "&Search All Documents"), QCoreApplication.translate("actions", "Search the text of every document"),
                                    "Ctrl+Shift+F"),
        ActionId.PREFERENCES: ActionSpec(QCoreApplication.translate("actions", "&Preferences…"), QCoreApplication.translate("actions", "Your name, recorded with your edits")),
        ActionId.VOCABULARY: ActionSpec(QCoreApplication.translate("actions", "&Vocabulary…"),
                                        QCoreApplication.translate("actions", "Names and aliases of subjects, measures, people and organisations"),
                                        "Ctrl+Shift+V"),
        ActionId.CONFLICTS: ActionSpec(QCoreApplication.translate("actions", "&Conflicts…"),
                                       QCoreApplication.translate("actions", "Records two volunteers changed differently: "
                                                                  "both versions side by side, to resolve")),
        ActionId.HISTORY: ActionSpec(QCoreApplication.translate("actions", "&History…"),
                                     QCoreApplication.translate("actions", "Every change of the current claim and its "
                                                                "evidence: when, who, what; restore any version")),
        ActionId.NEW_CLAIM: ActionSpec(QCoreApplication.translate("actions", "&New Claim from Selection"),
                                       QCoreApplication.translate("actions", "Record the selected figure as a new claim, with the selection as its evidence"),
                                       "Ctrl+E"),
        ActionId.ADD_EVIDENCE: ActionSpec(QCoreApplication.translate("actions", "&Add Selection as Evidence"),
                                          QCoreApplication.translate("actions", "Cite the selected text as more evidence for the current claim"),
                                          "Ctrl+Shift+E"),
        ActionId.DELETE_CLAIM: ActionSpec(QCoreApplication.translate("actions", "&Delete Claim"), QCoreApplication.translate("actions", "Delete the current claim (can be undone)"),
                                          "Ctrl+Delete"),
        ActionId.THIS_DOCUMENT_ONLY: ActionSpec(QCoreApplication.translate("actions", "Claims of This Document &Only"),
                                                QCoreApplication.translate("actions", "List only the claims citing the open document"),
                                                checkable=True),
        ActionId.SHOW_CHART: ActionSpec(QCoreApplication.translate("actions", "&Chart"),
                                        QCoreApplication.translate("actions", "Open the chart of figures over time, or fold it "
                                                                   "to a strip to give the document more room"),
                                        "Ctrl+Shift+C", checkable=True),
        ActionId.ACCEPT_SUGGESTION: ActionSpec(QCoreApplication.translate("actions", "Acce&pt Suggestion"),
                                               QCoreApplication.translate("actions", "Make a claim of the chosen suggestion, "
                                                                          "its fields filled in (Enter in the list)"),
                                               "Ctrl+Return"),
        ActionId.REJECT_SUGGESTION: ActionSpec(QCoreApplication.translate("actions", "Re&ject Suggestion"),
                                               QCoreApplication.translate("actions", "Set the chosen suggestion aside: it does "
                                                                          "not come back (Delete in the list)"),
                                               "Ctrl+Backspace"),
        ActionId.NEXT_SUGGESTION: ActionSpec(QCoreApplication.translate("actions", "Next Su&ggestion"),
                                             QCoreApplication.translate("actions", "The next figure Curator found in this document"),
                                             "F7"),
        ActionId.PREVIOUS_SUGGESTION: ActionSpec(QCoreApplication.translate("actions", "Previous Suggestion"),
                                                 QCoreApplication.translate("actions", "The previous figure Curator found in this document"),
                                                 "Shift+F7"),
        ActionId.SUGGEST_ALL: ActionSpec(QCoreApplication.translate("actions", "Find Suggestions in All Documents"),
                                         QCoreApplication.translate("actions", "Look for figures in every document and count "
                                                                    "them in the documents list")),
        ActionId.NEXT_CLAIM: ActionSpec(QCoreApplication.translate("actions", "Ne&xt Claim in Document"),
                                        QCoreApplication.translate("actions", "The next claim citing this document, in the order of its words"),
                                        "F8"),
        ActionId.PREVIOUS_CLAIM: ActionSpec(QCoreApplication.translate("actions", "Pre&vious Claim in Document"),
                                            QCoreApplication.translate("actions", "The previous claim citing this document"),
                                            "Shift+F8"),
        ActionId.FOCUS_DOCUMENTS: ActionSpec(QCoreApplication.translate("actions", "&Documents"), shortcut="Alt+1"),
        ActionId.FOCUS_TEXT: ActionSpec(QCoreApplication.translate("actions", "Document &Text"), shortcut="Alt+2"),
        ActionId.FOCUS_CLAIMS: ActionSpec(QCoreApplication.translate("actions", "C&laims"), shortcut="Alt+3"),
        ActionId.FOCUS_FORM: ActionSpec(QCoreApplication.translate("actions", "Claim &Form"), shortcut="Alt+4"),
        ActionId.NEXT_PANE: ActionSpec(QCoreApplication.translate("actions", "Next Pane"), shortcut="F6"),
        ActionId.PREVIOUS_PANE: ActionSpec(QCoreApplication.translate("actions", "Previous Pane"), shortcut="Shift+F6"),
        ActionId.SHORTCUTS: ActionSpec(QCoreApplication.translate("actions", "&Keyboard Shortcuts"),
                                       QCoreApplication.translate("actions", "Every shortcut, in one list"), K.HelpContents),
        ActionId.QUICK_START: ActionSpec(QCoreApplication.translate("actions", "&Quick Start"),
                                         QCoreApplication.translate("actions", "Curator in six steps")),
        ActionId.ABOUT: ActionSpec(QCoreApplication.translate("actions", "&About Curator")),
    }


def _menu(title: str) -> str:
    return QCoreApplication.translate("menus", title)


MENUS: list[tuple[str, list[ActionId | str | None]]] = [
    (QT_TRANSLATE_NOOP("menus", "&File"), [ActionId.NEW_PROJECT, ActionId.OPEN_PROJECT, "recent", ActionId.OPEN_SAMPLE, None,
               ActionId.IMPORT, ActionId.EXPORT, ActionId.MERGE, None, ActionId.SAVE_COPY, ActionId.RESTORE_BACKUP,
               ActionId.SHOW_IN_FOLDER, ActionId.CHECK_PROJECT, None, ActionId.QUIT]),
    (QT_TRANSLATE_NOOP("menus", "&Edit"), [ActionId.UNDO, ActionId.REDO, None, ActionId.FIND, ActionId.SEARCH, None, ActionId.VOCABULARY, ActionId.CONFLICTS,
                                             ActionId.PREFERENCES]),
    (QT_TRANSLATE_NOOP("menus", "&Claim"), [ActionId.NEW_CLAIM, ActionId.ADD_EVIDENCE, ActionId.DELETE_CLAIM,
                                             ActionId.HISTORY, None,
                                             ActionId.NEXT_CLAIM, ActionId.PREVIOUS_CLAIM, None,
                                             ActionId.ACCEPT_SUGGESTION, ActionId.REJECT_SUGGESTION,
                                             ActionId.NEXT_SUGGESTION, ActionId.PREVIOUS_SUGGESTION,
                                             ActionId.SUGGEST_ALL, None,
                                             ActionId.THIS_DOCUMENT_ONLY]),
    (QT_TRANSLATE_NOOP("menus", "&View"), [ActionId.SHOW_CHART, None, ActionId.FOCUS_DOCUMENTS, ActionId.FOCUS_TEXT,
                                            ActionId.FOCUS_CLAIMS, ActionId.FOCUS_FORM, ActionId.NEXT_PANE,
                                            ActionId.PREVIOUS_PANE]),
    (QT_TRANSLATE_NOOP("menus", "&Help"), [ActionId.QUICK_START, ActionId.SHORTCUTS, None, ActionId.ABOUT]),
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
