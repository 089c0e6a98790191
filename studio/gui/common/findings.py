"""Compact findings list (shared by the profile and cover panels), in the theme's severity colours."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.core.compliance.model import Finding
from studio.gui.theme import SEVERITY_COLORS


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def join_suggestions(suggestions) -> str:
    """Chinese replacements take the enumeration comma (、); English ones a comma, since
    quick fixes follow the note's language ("Try: a good price、great value" read wrong)."""
    suggestions = list(suggestions)
    return ("、" if suggestions and all(_is_cjk(s) for s in suggestions) else ", ").join(suggestions)


class FindingsList(QWidget):
    """A short, readable list: dot in the severity colour, matched text, why, what to write."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._empty = QLabel(self)
        self._empty.setObjectName("findingsEmpty")
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self._rows: list[QLabel] = []
        self._shown: tuple | None = None
        self.set_findings([])

    def set_findings(self, findings: Iterable[Finding], empty_text: str | None = None) -> None:
        findings = list(findings)
        key = (tuple((f.rule_id, f.text, f.message, f.suggestions) for f in findings), empty_text)
        if key == self._shown:
            return  # unchanged: rebuilding word-wrapped rich text on every keystroke costs ms
        self._shown = key
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        if empty_text is not None:
            self._empty.setText(empty_text)
        self._empty.setVisible(not findings)
        for finding in findings:
            row = QLabel(self)
            row.setWordWrap(True)
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setObjectName("findingRow")
            parts = [f'<span style="color:{SEVERITY_COLORS[finding.severity.value]}; font-size:15px">●</span> ']
            if finding.text:
                parts.append(f"<b>{html.escape(finding.text, quote=False)}</b> — ")
            parts.append(html.escape(finding.message, quote=False))
            if finding.suggestions:
                tip = self.tr("Try: {}").format(join_suggestions(finding.suggestions[:4]))
                parts.append(f'<br><span style="color:#6b6b76">{html.escape(tip, quote=False)}</span>')
            row.setText("".join(parts))
            self._layout.addWidget(row)
            self._rows.append(row)

    def texts(self) -> list[str]:
        return [row.text() for row in self._rows]
