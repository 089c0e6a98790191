"""The live compliance sidebar: a summary, then findings grouped by severity and category."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.compliance.model import Finding, Severity
from studio.core.library import finding_key
from studio.gui.sidebar.card import FindingCard
from studio.gui.sidebar.labels import category_label, severity_label, summary_text
from studio.gui.theme import OK_COLOR, SEVERITY_COLORS

# A pasted article can hold thousands of findings; building a card for each would freeze the
# UI thread for seconds. Every finding is still underlined and counted in the summary.
MAX_CARDS_PER_CATEGORY = 12

class ComplianceSidebar(QWidget):
    activated = Signal(object)
    fixRequested = Signal(object, str)
    ignoreRequested = Signal(object)
    allowRequested = Signal(object)
    resetIgnoredRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._state = "loading"  # loading | failed | ready | empty
        self._error = ""
        self._findings: list[Finding] = []
        self._ignored = 0
        self._cards: list[FindingCard] = []
        self._widgets: dict[tuple, QWidget] = {}
        self._layout_key: list[tuple] | None = None
        self._icon_color: str | None = None

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.status_icon = QLabel()
        self.status_icon.setFixedWidth(30)
        self.status = QLabel()
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.3)
        font.setBold(True)
        self.status.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        summary_box = QFrame()
        summary_box.setObjectName("card")
        head = QHBoxLayout(summary_box)
        head.setContentsMargins(14, 12, 14, 12)
        head.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.status)
        texts.addWidget(self.detail)
        head.addLayout(texts, 1)

        self.ignored_label = QLabel()
        self.ignored_label.setObjectName("muted")
        self.reset_ignored = QPushButton()
        self.reset_ignored.setObjectName("link")
        self.reset_ignored.clicked.connect(self.resetIgnoredRequested)
        ignored_row = QHBoxLayout()
        ignored_row.addWidget(self.ignored_label)
        ignored_row.addStretch(1)
        ignored_row.addWidget(self.reset_ignored)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(summary_box)
        layout.addLayout(ignored_row)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(300)
        self.retranslate()

    # ------------------------------------------------------------------ api
    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def cards(self) -> list[FindingCard]:
        return list(self._cards)

    def set_loading(self) -> None:
        self._state = "loading"
        self._render_summary()

    def set_failed(self, error: str) -> None:
        self._state, self._error = "failed", error
        self._set_findings([])
        self._render_summary()

    def set_no_draft(self) -> None:
        self._state = "empty"
        self._set_findings([])
        self._render_summary()

    def set_findings(self, findings: list[Finding], ignored: int = 0) -> None:
        self._state = "ready"
        self._ignored = ignored
        self._set_findings(findings)
        self._render_summary()

    # ------------------------------------------------------------- internals
    def _set_findings(self, findings: list[Finding]) -> None:
        ordered = sorted(
            findings,
            key=lambda f: (f.severity.rank, f.category, f.field != "title", f.start, f.rule_id),
        )
        self._findings = ordered
        key = [(finding_key(f), f.severity, f.message, f.suggestions) for f in ordered]
        if key == self._layout_key:
            # Same problems, maybe at new offsets: keep the widgets (no flicker, no cost).
            for card, f in zip(self._cards, ordered, strict=True):
                card.update_finding(f)
            return
        self._layout_key = key
        self._rebuild(ordered)

    def _rebuild(self, findings: list[Finding]) -> None:
        """Lay out headers and cards, reusing the widgets of problems already shown.

        While typing, one or two findings come or go per check; creating only those
        widgets keeps each update to a couple of milliseconds instead of rebuilding
        dozens of cards on the UI thread.
        """
        groups: dict[Severity, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
        for f in findings:
            groups[f.severity][f.category].append(f)
        old_widgets = dict(self._widgets)
        widgets: dict[tuple, QWidget] = {}
        order: list[QWidget] = []
        cards: list[FindingCard] = []
        for severity in sorted(groups, key=lambda s: s.rank):
            key = ("severity", severity)
            header = old_widgets.pop(key, None) or self._severity_header(severity)
            widgets[key] = header
            order.append(header)
            for category, items in groups[severity].items():
                key = ("category", severity, category)
                sub = old_widgets.pop(key, None) or self._category_header()
                sub.setText(f"{category_label(category)}  ·  {len(items)}")
                widgets[key] = sub
                order.append(sub)
                seen: dict[str, int] = defaultdict(int)
                for f in items[:MAX_CARDS_PER_CATEGORY]:
                    identity = (finding_key(f), f.message, f.suggestions)
                    seen[identity[0]] += 1
                    key = ("card", *identity, seen[identity[0]])
                    card = old_widgets.pop(key, None)
                    if card is None:
                        card = self._card(f)
                    else:
                        card.update_finding(f)
                    widgets[key] = card
                    order.append(card)
                    cards.append(card)
                hidden = len(items) - MAX_CARDS_PER_CATEGORY
                if hidden > 0:
                    key = ("more", severity, category)
                    more = old_widgets.pop(key, None) or self._category_header()
                    more.setText(self.tr("+%1 more, underlined in the editor").replace("%1", str(hidden)))
                    widgets[key] = more
                    order.append(more)
        for widget in old_widgets.values():
            widget.hide()
            widget.deleteLater()
        # Re-insert in display order (cheap: no widget is created or destroyed here).
        for index, widget in enumerate(order):
            if self._list_layout.indexOf(widget) != index:
                self._list_layout.removeWidget(widget)
                self._list_layout.insertWidget(index, widget)
            widget.show()
        self._widgets = widgets
        self._cards = cards

    def _severity_header(self, severity: Severity) -> QLabel:
        header = QLabel(severity_label(severity).upper())
        header.setObjectName("sectionTitle")
        header.setStyleSheet(f"color: {SEVERITY_COLORS[severity.value]}; margin-top: 6px;")
        return header

    @staticmethod
    def _category_header() -> QLabel:
        sub = QLabel()
        sub.setObjectName("fieldLabel")
        return sub

    def _card(self, f: Finding) -> FindingCard:
        card = FindingCard(f)
        card.activated.connect(self.activated)
        card.fixRequested.connect(self.fixRequested)
        card.ignoreRequested.connect(self.ignoreRequested)
        card.allowRequested.connect(self.allowRequested)
        return card

    def _render_summary(self) -> None:
        counts = {s: 0 for s in Severity}
        for f in self._findings:
            counts[f.severity] += 1
        if self._state == "loading":
            self._set_icon("…", "#888")
            self.status.setText(self.tr("Checker loading…"))
            self.detail.setText(self.tr("You can keep writing; the check starts in a moment."))
        elif self._state == "failed":
            self._set_icon("!", SEVERITY_COLORS["block"])
            self.status.setText(self.tr("The checker could not start"))
            self.detail.setText(self._error)
        elif self._state == "empty":
            self._set_icon("", None)
            self.status.setText(self.tr("No draft open"))
            self.detail.setText(self.tr("Create a draft with Ctrl+N."))
        elif counts[Severity.BLOCK]:
            self._set_icon("✕", SEVERITY_COLORS["block"])
            self.status.setText(
                summary_text(counts[Severity.BLOCK], counts[Severity.WARN], counts[Severity.INFO])
            )
            self.detail.setText(self.tr("Not ready to post: fix the blocking items first."))
        else:
            self._set_icon("✓", OK_COLOR)
            self.status.setText(self.tr("Ready to post"))
            rest = summary_text(0, counts[Severity.WARN], counts[Severity.INFO])
            self.detail.setText(
                self.tr("Nothing blocks this note.") + (f" {rest}." if rest else "")
            )
        self.ignored_label.setText(
            self.tr("%1 ignored in this draft").replace("%1", str(self._ignored))
        )
        self.ignored_label.setVisible(self._ignored > 0)
        self.reset_ignored.setVisible(self._ignored > 0)

    def _set_icon(self, text: str, color: str | None) -> None:
        """The summary's ✓/✕ mark; restyled only when its colour changes (a restyle costs a
        re-polish, and the summary is redrawn after every check while typing)."""
        self.status_icon.setText(text)
        if color is not None and color != self._icon_color:
            self._icon_color = color
            self.status_icon.setStyleSheet(f"font-size: 22px; font-weight: 700; color: {color};")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("COMPLIANCE CHECK"))
        self.reset_ignored.setText(self.tr("Show again"))
        for key, widget in self._widgets.items():  # texts of reused headers follow too
            if key[0] == "severity":
                widget.setText(severity_label(key[1]).upper())
        self._layout_key = None
        self._set_findings(self._findings)
        for card in self._cards:
            card.retranslate()
        self._render_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
