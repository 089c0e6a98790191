"""One finding as a card: matched text, explanation, one-click fixes, ignore/allow."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from studio.core.compliance.model import Finding
from studio.gui.hashtags.flow_layout import FlowLayout
from studio.gui.sidebar.labels import field_label
from studio.gui.theme import severity_color

MAX_SUGGESTIONS = 4
MAX_MATCHED_CHARS = 18
# Structural findings (too long, hashtag structure) carry advice, not a replacement for the
# matched span: their suggestions are shown as text, never as one-click fixes.
ADVICE_ONLY_CATEGORIES = frozenset({"length", "hashtags"})


class FindingCard(QFrame):
    activated = Signal(object)  # Finding
    fixRequested = Signal(object, str)
    ignoreRequested = Signal(object)
    allowRequested = Signal(object)

    def __init__(self, finding: Finding, parent=None):
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        color = severity_color(finding.severity).name()

        self.matched = QLabel()
        self.matched.setTextFormat(Qt.TextFormat.RichText)
        self.field = QLabel()
        self.field.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.matched, 1)
        top.addWidget(self.field)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fix_buttons: list[QPushButton] = []
        fixes = FlowLayout(spacing=6)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("muted")
        advice_only = finding.category in ADVICE_ONLY_CATEGORIES
        for suggestion in () if advice_only else finding.suggestions[:MAX_SUGGESTIONS]:
            button = QPushButton("→ " + suggestion)
            button.setObjectName("suggestion")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, s=suggestion: self.fixRequested.emit(self.finding, s))
            fixes.addWidget(button)
            self.fix_buttons.append(button)

        self.ignore_button = QPushButton()
        self.allow_button = QPushButton()
        for button in (self.ignore_button, self.allow_button):
            button.setObjectName("link")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ignore_button.clicked.connect(lambda: self.ignoreRequested.emit(self.finding))
        self.allow_button.clicked.connect(lambda: self.allowRequested.emit(self.finding))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.ignore_button)
        actions.addWidget(self.allow_button)
        self.allow_button.setVisible(not advice_only)  # no word to allow in a structure tip

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        if self.fix_buttons:
            layout.addLayout(fixes)
        if advice_only and finding.suggestions:
            self.advice.setText("· " + "\n· ".join(finding.suggestions[:MAX_SUGGESTIONS]))
            layout.addWidget(self.advice)
        layout.addLayout(actions)
        self.setStyleSheet(f"QFrame#card {{ border-left: 4px solid {color}; }}")
        self.retranslate()

    def update_finding(self, finding: Finding) -> None:
        """Same problem, new position (the text before it changed), or for a structural
        finding new text (the part past the limit)."""
        changed = finding.text != self.finding.text
        self.finding = finding
        if changed:
            self._show_matched()

    def _show_matched(self) -> None:
        f = self.finding
        color = severity_color(f.severity).name()
        shown = f.text if len(f.text) <= MAX_MATCHED_CHARS else f.text[: MAX_MATCHED_CHARS - 1] + "…"
        self.matched.setText(
            f'<span style="color:{color}; font-weight:600; font-size:15px;">「{html.escape(shown)}」</span>'
        )
        self.matched.setToolTip(f.text)

    def retranslate(self) -> None:
        f = self.finding
        self._show_matched()
        self.field.setText(field_label(f.field))
        self.message.setText(f.message)
        self.ignore_button.setText(self.tr("Ignore here"))
        self.ignore_button.setToolTip(self.tr("Hide this finding in this draft only"))
        self.allow_button.setText(self.tr("Allow in workspace"))
        self.allow_button.setToolTip(
            self.tr("Add “%1” to this workspace's allow-list").replace("%1", f.text)
        )
        self.setToolTip(self.tr("Click to select it in the editor"))

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.finding)
        super().mouseReleaseEvent(event)
