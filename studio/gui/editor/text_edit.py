"""A plain-text editor that underlines compliance findings and explains them on hover.

Used for both the title (single-line mode) and the body. Underlines are ExtraSelections,
not a QSyntaxHighlighter: findings are spans over the whole text (they may cross
paragraphs), and ExtraSelections never touch the document, so they do not pollute undo.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextEdit, QToolTip

from studio.core.compliance.model import Finding
from studio.gui.editor.dropped import DropRefused, dropped_paths, read_dropped
from studio.gui.editor.offsets import OffsetMap, cp_to_u16
from studio.gui.theme import severity_color

MAX_UNDERLINES = 1500
# 100x the platform's body limit: room to paste a long draft and cut it down, while a
# stray 10 MB clipboard is refused with a message instead of freezing the editor.
MAX_TEXT_LENGTH = 100_000


class NoteTextEdit(QPlainTextEdit):
    textEdited = Signal(str)  # the plain text after a user or programmatic edit
    pasteRefused = Signal(int)  # length of a paste refused for being too long

    def __init__(self, single_line: bool = False, parent=None):
        super().__init__(parent)
        self._single_line = single_line
        self._findings: list[tuple[int, int, Finding]] = []  # UTF-16 spans
        self._describe = lambda f: html.escape(f.message)
        self.setTabChangesFocus(True)
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.document().setDocumentMargin(2)
            height = self.fontMetrics().lineSpacing() + 20
            self.setFixedHeight(height)
        self.textChanged.connect(lambda: self.textEdited.emit(self.toPlainText()))

    # ----------------------------------------------------------- single line
    def keyPressEvent(self, event) -> None:
        if self._single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        # An input method can commit several lines at once (clipboard panels of Chinese
        # IMEs do); in the title that hid all but the last line. Join them like a paste.
        text = event.commitString()
        if self._single_line and any(ch in text for ch in "\n\r\u2028\u2029"):
            joined = QInputMethodEvent(event.preeditString(), event.attributes())
            joined.setCommitString(
                " ".join(text.split()), event.replacementStart(), event.replacementLength()
            )
            event = joined
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:
        paths = dropped_paths(source)
        if paths:
            try:
                text = read_dropped(paths, MAX_TEXT_LENGTH)
            except DropRefused as refused:
                self._warn(self.tr("Cannot insert this file"), str(refused))
                return
            source = QMimeData()
            source.setText(text)
        incoming = len(source.text()) if source.hasText() else 0
        # The selection is replaced: Ctrl+A then paste of a long article used to be refused
        # when old and new text together passed the limit.
        selected = len(self.textCursor().selectedText())
        if len(self.toPlainText()) - selected + incoming > MAX_TEXT_LENGTH:
            self._refuse_paste(incoming)
            return
        if self._single_line and source.hasText():
            text = " ".join(source.text().split())
            self.textCursor().insertText(text)
            return
        super().insertFromMimeData(source)

    def _refuse_paste(self, incoming: int) -> None:
        """Say why instead of freezing on a huge paste; the draft is left as it was."""
        self.pasteRefused.emit(incoming)
        self._warn(
            self.tr("Text too long to paste"),
            self.tr(
                "The clipboard holds %1 characters. A note can hold at most 1,000, so the "
                "editor accepts at most %2 at a time. Your draft was not changed."
            )
            .replace("%1", f"{incoming:,}")
            .replace("%2", f"{MAX_TEXT_LENGTH:,}"),
        )

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_text(self, text: str) -> None:
        """Replace the whole text without emitting edits (loading a draft resets undo)."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._findings = []
        self.setExtraSelections([])

    # -------------------------------------------------------------- findings
    def set_describer(self, describe) -> None:
        """``describe(finding) -> rich text`` for the hover tooltip."""
        self._describe = describe

    def set_findings(self, findings: list[Finding]) -> None:
        """Underline findings whose text still matches the editor (stale ones are skipped)."""
        text = self.toPlainText()
        offsets = OffsetMap(text)
        spans = []
        # Underline the first MAX_UNDERLINES in reading order: a pasted article can carry
        # 100,000 findings, and one ExtraSelection each would stall the UI for seconds.
        for f in sorted(findings, key=lambda f: f.start):
            if len(spans) >= MAX_UNDERLINES:
                break
            if text[f.start : f.end] != f.text or f.end <= f.start:
                continue
            spans.append((offsets.u16(f.start), offsets.u16(f.end), f))
        # Strongest severity drawn last so it wins where spans overlap.
        spans.sort(key=lambda s: -s[2].severity.rank)
        self._findings = spans
        selections = []
        for start, end, f in spans:
            selection = QTextEdit.ExtraSelection()
            color = severity_color(f.severity)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color)
            tint = QColor(color)
            tint.setAlpha(38)
            fmt.setBackground(tint)
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def findings_at(self, position: int) -> list[Finding]:
        return [f for start, end, f in self._findings if start <= position < end]

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            found = self.findings_at(position) or self.findings_at(position - 1)
            if found:
                tips = "<hr>".join(self._describe(f) for f in sorted(found, key=lambda f: f.severity.rank))
                QToolTip.showText(event.globalPos(), tips, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # ---------------------------------------------------------------- spans
    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) and bring them into view."""
        text = self.toPlainText()
        cursor = QTextCursor(self.document())
        cursor.setPosition(cp_to_u16(text, min(start, len(text))))
        cursor.setPosition(cp_to_u16(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_span(self, start: int, end: int, expected: str, replacement: str) -> bool:
        """Replace code points [start, end) if they still read ``expected``.

        Goes through a QTextCursor so the change is one step on the editor's undo stack.
        """
        text = self.toPlainText()
        if text[start:end] != expected:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(cp_to_u16(text, start))
        cursor.setPosition(cp_to_u16(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def insert_paragraph(self, text: str, at_start: bool) -> None:
        """Add ``text`` as its own paragraph at the start or the end, as one undo step."""
        cursor = QTextCursor(self.document())
        existing = self.toPlainText()
        cursor.beginEditBlock()
        if at_start:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertText(text + ("\n\n" if existing.strip() else ""))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(("\n\n" if existing.strip() else "") + text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
