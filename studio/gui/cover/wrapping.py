"""A row of button groups that stacks the groups when the row is too narrow for them side by side.

Why: a one-line row of buttons makes its whole width the minimum width of the column, and the
columns' minimums together set the smallest window. Stacking the groups (each group keeps its
buttons on one line) lets the Cover tab fit a laptop screen without cutting any text off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QWidget


class WrappingRow(QWidget):
    def __init__(self, groups: list[list[QWidget]], align_last_right: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._groups: list[QHBoxLayout] = []
        for index, widgets in enumerate(groups):
            group = QHBoxLayout()
            last = index == len(groups) - 1
            if last and align_last_right:
                group.addStretch(1)
            for widget in widgets:
                widget.setParent(self)
                group.addWidget(widget)
            if not (last and align_last_right):
                group.addStretch(1)
            self._box.addLayout(group)
            self._groups.append(group)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _one_line_width(self) -> int:
        spacing = self._box.spacing() * (len(self._groups) - 1)
        return sum(group.sizeHint().width() for group in self._groups) + spacing

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest group: the groups stack below that.
        width = max(group.minimumSize().width() for group in self._groups)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        one_line = self.width() >= self._one_line_width()
        direction = QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self.updateGeometry()  # the row's height changes with its direction
        super().resizeEvent(event)
