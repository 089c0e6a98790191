"""Legibility report with one-click fixes: add a scrim, add a stroke, enlarge the title."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.core.cover.legibility import MIN_CONTRAST, MIN_GLYPH_PX

from .wrapping import WrappingRow

OK, BAD = "#1F9D55", "#E5484D"


class LegibilityCard(QFrame):
    fix_requested = Signal(str)  # "scrim" | "stroke" | "enlarge"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.heading = QLabel(self.tr("Legibility in the feed"), self)
        self.heading.setObjectName("sectionTitle")
        layout.addWidget(self.heading)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("legibilityVerdict")
        layout.addWidget(self.verdict)
        self.details = QLabel(self)
        self.details.setWordWrap(True)  # a narrow column wraps the figures instead of cutting them
        layout.addWidget(self.details)
        self.advice = QLabel(self)
        self.advice.setObjectName("muted")
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.buttons = {}
        for key, text in (("scrim", self.tr("Add scrim")), ("stroke", self.tr("Add stroke")),
                          ("enlarge", self.tr("Enlarge title"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, k=key: self.fix_requested.emit(k))
            self.buttons[key] = button
        layout.addWidget(WrappingRow([[self.buttons["scrim"], self.buttons["stroke"]], [self.buttons["enlarge"]]],
                                     parent=self))

    def show_report(self, legibility, has_title: bool) -> None:
        if not has_title:
            self.verdict.setText(self.tr("Add a title to measure legibility."))
            self.details.clear()
            self.advice.clear()
            return
        good = legibility.ok
        colour = OK if good else BAD
        self.verdict.setText(
            f'<span style="color:{colour}; font-weight:600">'
            + (self.tr("Readable at feed size") if good else self.tr("Hard to read at feed size"))
            + "</span>"
        )
        lines = []
        for element in legibility.elements:
            name = self.tr("Title") if element.element == "title" else self.tr("Subtitle")
            need = MIN_GLYPH_PX.get(element.element, MIN_GLYPH_PX["title"])
            lines.append(f"<b>{name}</b>")
            lines.append(self._line(self.tr("Contrast"), f"{element.contrast:.1f}:1",
                                    self.tr("need {}:1").format(f"{MIN_CONTRAST:g}"), element.contrast >= MIN_CONTRAST))
            lines.append(self._line(self.tr("Glyph height at feed size"), f"{element.thumbnail_glyph_px:.1f} px",
                                    self.tr("need {} px").format(f"{need:g}"), element.thumbnail_glyph_px >= need))
        self.details.setText("<br>".join(lines))
        self.advice.setText("\n".join(legibility.advice))
        self.advice.setVisible(bool(legibility.advice))

    @staticmethod
    def _line(label: str, value: str, need: str, ok: bool) -> str:
        mark = f'<span style="color:{OK if ok else BAD}">{"✔" if ok else "✘"}</span>'
        return f"{mark} {label}: <b>{value}</b> <span style='color:#8A8A8F'>({need})</span>"
