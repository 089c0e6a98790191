"""One guided bio sentence: a short editor with a counter, examples and underlined findings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio.core.profile.bio import SentenceFinding
from studio.gui.theme import severity_color


def set_counter(label: QLabel, count: int, limit: int) -> None:
    """Show ``count/limit``; the style sheet colours the label when over (the "over" property)."""
    label.setText(f"{count}/{limit}")
    over = count > limit
    if label.property("over") != over:  # a re-polish per keystroke (five counters) adds up
        label.setProperty("over", over)
        label.style().unpolish(label)  # re-evaluate the property selector
        label.style().polish(label)


class LineEditor(QPlainTextEdit):
    """A plain-text editor that stays on one paragraph (Enter is refused) and wraps visually."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 18)
        self._spans: list[tuple[int, int, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        # Pasted line breaks would split the sentence: join them with a space.
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split("\n")))
        else:
            super().insertFromMimeData(source)

    def mark(self, findings: list[SentenceFinding]) -> None:
        """Wavy underline in the severity colour; hovering shows the explanation."""
        selections, self._spans = [], []
        length = len(self.toPlainText())
        for item in findings:
            if item.end <= item.start or item.end > length:
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(severity_color(item.finding.severity))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(item.start)
            cursor.setPosition(item.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
            self._spans.append((item.start, item.end, item.finding.message))
        self.setExtraSelections(selections)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position()
            for start, end, message in self._spans:
                if start <= pos <= end:
                    QToolTip.showText(event.globalPos(), message, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


class SentenceField(QWidget):
    """Label + hint, the editor, an "Examples" menu for the current niche, and a counter."""

    changed = Signal()

    def __init__(self, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("fieldTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        head.addWidget(self.counter)
        self.examples = QToolButton(self)
        # The style's menu arrow overlapped the last letters ("Example⌄"); a plain "▾" in the
        # text gets its room from the button's size hint instead.
        self.examples.setText(self.tr("Examples") + " ▾")
        self.examples.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.examples.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.examples.setMenu(QMenu(self.examples))
        head.addWidget(self.examples)
        layout.addLayout(head)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.editor = LineEditor(self)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.editor.setPlainText(text)

    def set_examples(self, examples: list[str]) -> None:
        menu = self.examples.menu()
        menu.clear()
        for example in examples:
            action = menu.addAction(example)
            action.triggered.connect(lambda _=False, t=example: self._use_example(t))

    def _use_example(self, text: str) -> None:
        # Through the cursor so Ctrl+Z brings the creator's own words back.
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def set_count(self, count: int, soft_max: int) -> None:
        set_counter(self.counter, count, soft_max)
