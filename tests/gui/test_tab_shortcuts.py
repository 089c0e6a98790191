"""Ctrl+1…Ctrl+4 switch between the Note, Profile, Cover and Photos tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.gui import i18n
from studio.gui.panels import PANELS


def test_ctrl_digit_switches_tabs(qtbot, studio_window):
    _ctx, window = studio_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = ["note", "profile", "cover", "photos"]
    assert [spec.id for spec in PANELS][:4] == expected
    assert [a.shortcut().toString() for a in window.tab_actions[:4]] == [
        "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    for digit in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_1):
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        index = digit - Qt.Key.Key_1
        assert window.tabs.currentIndex() == index
        # the tab is really built (not its lazy placeholder)
        assert window.tabs.currentWidget() is window.panels.built[expected[index]]


def test_view_menu_entries_follow_the_language(qtbot, studio_window):
    _ctx, window = studio_window
    assert [a.text() for a in window.tab_actions] == ["Note", "Profile", "Cover", "Photos"]
    i18n.apply_language("zh")
    assert [a.text() for a in window.tab_actions] == [window.tabs.tabText(i) for i in range(4)]
    assert window.tab_actions[1].text() != "Profile"  # really translated
