"""A tab that hosts one panel and rebuilds it when the UI language changes.

Why rebuild instead of re-setting every label: the panels of part two build their texts once
(dozens of labels, menus and placeholders); their state lives in the library, so saving,
dropping the widget and building it again in the new language is short, complete and cannot
miss a string. Qt sends several LanguageChange events while translators are swapped: one
rebuild runs after they settle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


class RebuildingTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.panel: QWidget | None = None
        self._closed = False
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self._rebuild)

    def build_panel(self) -> QWidget:  # pragma: no cover - abstract
        raise NotImplementedError

    def before_rebuild(self) -> None:
        """Persist what the panel holds (called before it is dropped)."""

    def _rebuild(self) -> None:
        if self._closed:
            return
        if self.panel is not None:
            self.before_rebuild()
            self._layout.removeWidget(self.panel)
            self.panel.hide()
            self.panel.deleteLater()
        self.panel = self.build_panel()
        self._layout.addWidget(self.panel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.panel is not None and not self._closed:
            self._rebuild_timer.start()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Called by the main window on quit: save, and never rebuild after the library closes."""
        if not self._closed:
            self.before_rebuild()
        self._closed = True
        self._rebuild_timer.stop()
