"""The chart's place in the window: a dock along the bottom that folds to a strip (its
title bar) so that on a laptop the document and the claims get the height, and opens
again from the strip, View → Chart or Ctrl+Shift+C."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

#: The chart's height when opened, unless the curator has set another.
OPEN_HEIGHT = 300
_UNBOUNDED = 16_777_215  # QWIDGETSIZE_MAX


class ChartDock(QDockWidget):
    def __init__(self, action: QAction, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("chartDock")
        self.setWindowTitle(self.tr("Chart"))
        self.setAccessibleName(self.tr("Chart of figures over time"))
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.action = action
        self.folded = False
        self._height = OPEN_HEIGHT

        bar = QWidget(self)
        bar.setObjectName("chartStrip")
        self.toggle = QToolButton(bar)
        self.toggle.setObjectName("chartToggle")
        self.toggle.setDefaultAction(action)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.summary = QLabel(bar)
        self.summary.setProperty("role", "hint")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.summary, 1)
        self.setTitleBarWidget(bar)
        action.toggled.connect(lambda shown: self.fold(not shown))

    def fold(self, folded: bool) -> None:
        """Fold to the strip, or open to the height it had."""
        window = self.parentWidget()
        if folded and not self.folded and self.widget() is not None and self.widget().isVisible():
            self._height = max(self.height(), 120)
        self.folded = folded
        self.action.blockSignals(True)
        self.action.setChecked(not folded)
        self.action.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        self.summary.setText(self.tr("folded: Ctrl+Shift+C opens it") if folded else "")
        if self.widget() is not None:
            self.widget().setVisible(not folded)
        strip = self.titleBarWidget().sizeHint().height()
        self.setMaximumHeight(strip if folded else _UNBOUNDED)
        if not folded and isinstance(window, QMainWindow):
            window.resizeDocks([self], [self._height], Qt.Orientation.Vertical)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.setVisible(not self.folded)
