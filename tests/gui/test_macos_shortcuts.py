"""Shortcuts that macOS keeps for itself: ⌘H hides the application (and Qt maps Ctrl to ⌘)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from studio.gui import main_window


def test_history_is_not_cmd_h_on_macos(monkeypatch):
    monkeypatch.setattr(main_window.sys, "platform", "darwin")
    assert QKeySequence(main_window.history_shortcut()) != QKeySequence("Ctrl+H")
    monkeypatch.setattr(main_window.sys, "platform", "win32")
    assert main_window.history_shortcut() == "Ctrl+H"


def test_window_uses_it(studio_window, monkeypatch):
    _ctx, window = studio_window
    assert window.act_history.shortcut() == QKeySequence(main_window.history_shortcut())
