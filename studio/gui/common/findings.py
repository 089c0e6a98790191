"""Compact findings list and severity colours (shared by the profile and cover panels)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.core.compliance.model import Finding, Severity

COLOURS = {Severity.BLOCK: "#E5484D", Severity.WARN: "#E58A00", Severity.INFO: "#3E7BFA"}


def colour(severity: Severity) -> QColor:
    return QColor(COLOURS[severity])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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

    def set_placeholder(self, text: str) -> None:
        self._empty.setText(text)

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
            parts = [f'<span style="color:{COLOURS[finding.severity]}; font-size:15px">●</span> ']
            if finding.text:
                parts.append(f"<b>{_escape(finding.text)}</b> — ")
            parts.append(_escape(finding.message))
            if finding.suggestions:
                tip = self.tr("Try: {}").format("、".join(finding.suggestions[:4]))
                parts.append(f'<br><span style="color:#6b6b76">{_escape(tip)}</span>')
            row.setText("".join(parts))
            self._layout.addWidget(row)
            self._rows.append(row)

    def texts(self) -> list[str]:
        return [row.text() for row in self._rows]
