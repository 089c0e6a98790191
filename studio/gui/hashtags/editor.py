"""Hashtag composer: chips grouped by tier (core / derived / trending) with 5-3-2 guidance.

The rules (limit, duplicates, '#' handling) are in ``studio.core.copywriting.hashtags``;
this widget only shows them and reports refusals in words. The limit is the rule pack's,
handed over with ``set_limit`` once the compliance engine has loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.compliance.structure import HASHTAG_LIMIT
from studio.core.copywriting import hashtags as rules
from studio.core.library import TIERS, Hashtag
from studio.gui.hashtags.flow_layout import FlowLayout
from studio.gui.theme import SEVERITY_COLORS


class HashtagChip(QFrame):
    removeRequested = Signal(str)

    def __init__(self, tag: Hashtag, parent=None):
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("chip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(2)
        self.label = QLabel("#" + tag.tag)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(lambda: self.removeRequested.emit(tag.tag))
        self.close_button = close
        layout.addWidget(self.label)
        layout.addWidget(close)

    def set_flag(self, message: str | None) -> None:
        self.setProperty("flagged", "true" if message else "false")
        self.setToolTip(message or "")
        self.style().unpolish(self)
        self.style().polish(self)


class HashtagEditor(QWidget):
    tagsChanged = Signal(tuple)  # tuple[Hashtag, ...]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._tags: tuple[Hashtag, ...] = ()
        self._flags: dict[str, str] = {}
        self._chips: list[HashtagChip] = []
        # The built-in default until the engine (and its rule pack) has loaded.
        self._limit = HASHTAG_LIMIT
        self._in_body = 0  # #tags written in the body: the checker counts them too

        self._undo: list[tuple[Hashtag, ...]] = []
        self._redo: list[tuple[Hashtag, ...]] = []
        self.input = QLineEdit()
        self.input.installEventFilter(self)
        self.input.returnPressed.connect(self._add_from_input)
        self.tier = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_from_input)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.tier)
        row.addWidget(self.add_button)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        # Wrap rather than widen the window: with "(3 in the body)" and a refusal message
        # side by side, an unwrapped line raised the window's minimum width by ~90 px.
        self.count_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {SEVERITY_COLORS['block']};")
        self.message.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=4000)
        self._message_timer.timeout.connect(self.message.hide)

        self._tier_labels: dict[str, QLabel] = {}
        self._tier_flows: dict[str, FlowLayout] = {}
        tiers_box = QVBoxLayout()
        tiers_box.setSpacing(6)
        for tier in TIERS:
            line = QHBoxLayout()
            label = QLabel()
            label.setMinimumWidth(110)
            label.setObjectName("muted")
            holder = QWidget()
            flow = FlowLayout(holder)
            line.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(holder, 1)
            tiers_box.addLayout(line)
            self._tier_labels[tier] = label
            self._tier_flows[tier] = flow

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(tiers_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)  # takes the free width, so it wraps only when narrow
        bottom.addWidget(self.message, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)
        self.retranslate()

    # ----------------------------------------------------------------- api
    @property
    def tags(self) -> tuple[Hashtag, ...]:
        return self._tags

    @property
    def limit(self) -> int:
        return self._limit

    def set_limit(self, limit: int) -> None:
        """The rule pack's hashtag limit (``rules.limit_of(engine)``)."""
        self._limit = limit
        self._update_counts()

    def set_tags_in_body(self, count: int) -> None:
        """How many #tags the body holds. They count towards the limit: with 3 in the body
        the counter said 8/10 and accepted two more while the checker blocked the note."""
        if count != self._in_body:
            self._in_body = count
            self._update_counts()

    def set_tags(self, tags: tuple[Hashtag, ...]) -> None:
        """Show a draft's tags (no tagsChanged; starts a fresh undo history)."""
        self._tags = tuple(tags)
        self._undo.clear()
        self._redo.clear()
        self._rebuild()

    def change_tags(self, tags: tuple[Hashtag, ...]) -> None:
        """A user edit (add, remove, quick fix): undoable, announced with tagsChanged."""
        tags = tuple(tags)
        if tags == self._tags:
            return
        self._undo.append(self._tags)
        self._redo.clear()
        self._apply(tags)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._tags)
        self._apply(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._tags)
        self._apply(self._redo.pop())
        return True

    def _apply(self, tags: tuple[Hashtag, ...]) -> None:
        self._tags = tags
        self._rebuild()
        self.tagsChanged.emit(self._tags)

    def eventFilter(self, watched, event) -> bool:
        # Ctrl+Z / Ctrl+Shift+Z in an empty tag field undo tag edits rather than nothing.
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            if not self.input.text() and event.matches(QKeySequence.StandardKey.Undo):
                return self.undo()
            if not self.input.text() and event.matches(QKeySequence.StandardKey.Redo):
                return self.redo()
        return super().eventFilter(watched, event)

    def add_text(self, text: str, tier: str | None = None) -> list[rules.AddResult]:
        """Add every tag in ``text`` ("#a #b c"); returns one result per tag."""
        tier = tier or self.tier.currentData() or "core"
        results = []
        tags = self._tags
        for raw in rules.split_tags(text) or [text]:
            tags, result = rules.add(tags, raw, tier, limit=max(0, self._limit - self._in_body))
            results.append(result)
        self.change_tags(tags)
        refused = [r for r in results if r is not rules.AddResult.ADDED]
        if refused:
            self._show_message(self._explain(refused[0]))
        return results

    def remove_tag(self, tag: str) -> None:
        self.change_tags(rules.remove(self._tags, tag))

    def tag_spans(self) -> list[tuple[int, int, Hashtag]]:
        """Where each tag sits in the text the engine checks: ``"#a #b"`` (code points)."""
        spans, pos = [], 0
        for tag in self._tags:
            spans.append((pos, pos + 1 + len(tag.tag), tag))
            pos += len(tag.tag) + 2
        return spans

    def set_findings(self, findings) -> None:
        """Mark the chips that a hashtag-field finding's span covers."""
        flags: dict[str, str] = {}
        for f in findings:
            if f.severity.value == "info":
                continue  # structure advice is shown in the sidebar, not as a red chip
            for start, end, tag in self.tag_spans():
                if start < f.end and f.start < end:
                    flags.setdefault(tag.tag, f.message)
        self._flags = flags
        for chip in self._chips:
            chip.set_flag(flags.get(chip.tag.tag))

    # ------------------------------------------------------------ internals
    def _add_from_input(self) -> None:
        text = self.input.text()
        results = self.add_text(text)
        if all(r is rules.AddResult.ADDED for r in results):
            self.input.clear()

    def _explain(self, result: rules.AddResult) -> str:
        return {
            rules.AddResult.EMPTY: self.tr("Type a hashtag first."),
            rules.AddResult.DUPLICATE: self.tr("That hashtag is already in this note."),
            rules.AddResult.LIMIT: self.tr("A note can carry at most %1 hashtags.").replace(
                "%1", str(self._limit)
            ),
            rules.AddResult.TOO_LONG: self.tr("That hashtag is too long."),
        }.get(result, "")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()

    def _rebuild(self) -> None:
        for chip in self._chips:
            chip.setParent(None)
            chip.deleteLater()
        self._chips = []
        for flow in self._tier_flows.values():
            while flow.takeAt(0) is not None:
                pass
        for tag in self._tags:
            chip = HashtagChip(tag)
            chip.removeRequested.connect(self.remove_tag)
            chip.close_button.setToolTip(self.tr("Remove"))
            chip.set_flag(self._flags.get(tag.tag))
            self._tier_flows[tag.tier].addWidget(chip)
            chip.show()
            self._chips.append(chip)
        self._update_counts()
        for flow in self._tier_flows.values():
            flow.invalidate()
        self.updateGeometry()

    def _tier_name(self, tier: str) -> str:
        return {
            "core": self.tr("Core"),
            "derived": self.tr("Derived"),
            "trending": self.tr("Trending"),
        }[tier]

    def _update_counts(self) -> None:
        for status in rules.structure(self._tags):
            label = self._tier_labels[status.tier]
            label.setText(f"{self._tier_name(status.tier)}  {status.count}/{status.target}")
        if self._in_body:
            text = self.tr("%1/%2 hashtags (%3 in the body) · recommended: 5 core, 3 derived, 2 trending")
        else:
            text = self.tr("%1/%2 hashtags · recommended: 5 core, 3 derived, 2 trending")
        self.count_label.setText(
            text.replace("%1", str(len(self._tags) + self._in_body))
            .replace("%2", str(self._limit))
            .replace("%3", str(self._in_body))
        )

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Add hashtags: #吉隆坡美食 #探店 (Enter to add)"))
        self.add_button.setText(self.tr("Add"))
        current = self.tier.currentData()
        self.tier.clear()
        for tier in TIERS:
            self.tier.addItem(self._tier_name(tier), tier)
        if current:
            self.tier.setCurrentIndex(TIERS.index(current))
        self.tier.setToolTip(
            self.tr(
                "Core: your main keywords (5). Derived: broader related words (3). "
                "Trending: current topics (2)."
            )
        )
        self._update_counts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
