"""The Cover tab fits a laptop screen and shows its texts whole, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from studio.gui import i18n
from studio.gui.cover.panel import CoverPanel

# A 1366×768 laptop leaves about 1300×650 for the tab once the window frame, menu bar, tab
# bar and taskbar are taken: the cover tab must not force the whole window to be larger.
MAX_MIN_SIZE = (1000, 600)


@pytest.fixture(params=["en", "zh"])
def language(request, qapp):
    i18n.apply_language(request.param)
    yield request.param
    i18n.apply_language("en")


def clipped_texts(panel: CoverPanel) -> list[str]:
    """Visible buttons and one-line labels narrower than their text (the text is cut off)."""
    cut = []
    for widget in panel.findChildren(QAbstractButton) + panel.findChildren(QLabel):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if not widget.text() or widget.width() + 1 >= widget.minimumSizeHint().width():
            continue
        cut.append(f"{widget.text()!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
    return cut


def test_cover_tab_fits_a_laptop_screen_with_nothing_cut_off(qtbot, language):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.set_note_title("The best cream ever — lowest price online! 全网最低价")
    panel.show()
    qtbot.waitUntil(lambda: panel._last is not None and not panel._job.busy, timeout=15000)
    hint = panel.minimumSizeHint()
    assert hint.width() <= MAX_MIN_SIZE[0] and hint.height() <= MAX_MIN_SIZE[1], hint
    # At its smallest, and at a common laptop size, every text is shown whole.
    for size in ((hint.width(), hint.height()), (1300, 650)):
        panel.resize(*size)
        qtbot.wait(50)
        assert clipped_texts(panel) == [], size


def test_profile_tab_fits_without_sideways_scrolling(qtbot, language):
    from PySide6.QtWidgets import QScrollArea

    from studio.gui.profile.panel import ProfilePanel

    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    hint = panel.minimumSizeHint()
    assert hint.width() <= MAX_MIN_SIZE[0], hint
    for width in (hint.width(), 1000, 1300):
        panel.resize(width, 600)
        qtbot.wait(50)
        for column in panel.findChildren(QScrollArea):
            if column.widget() is not None and column.isVisible():
                # The content is as wide as the column: nothing hides behind a sideways scroll.
                assert column.widget().width() <= column.viewport().width(), (width, column.widget().width())
        assert clipped_texts(panel) == [], width
