"""A disabled primary (red) button looked exactly like an enabled one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from studio.gui import theme


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_disabled_primary_button_is_not_painted_in_the_accent(qtbot, scheme):
    button = QPushButton("Copy ready-to-post text")
    button.setObjectName("primary")
    # the app's style sheet on this widget only: applying it app-wide would restyle later tests
    button.setStyleSheet(theme._stylesheet(scheme == "dark"))
    qtbot.addWidget(button)
    button.resize(220, 36)

    def centre_colour() -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(10, image.height() // 2)

    accent = QColor(theme.ACCENT)
    assert centre_colour() == accent  # enabled: the platform red
    button.setEnabled(False)
    assert centre_colour() != accent
