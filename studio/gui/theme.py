"""Colours and the application style: light/dark follow the system colour scheme.

Severity colours are chosen to read on both backgrounds and to be told apart by people
with the common red-green colour deficiency (red vs amber vs blue, never green vs red).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#FF2442"  # the platform's red: used sparingly (primary button, focus)
SEVERITY_COLORS = {"block": "#E5484D", "warn": "#D98E04", "info": "#3B82F6"}
OK_COLOR = "#1F9D55"
# Version diffs: (background, text). Blue vs red, with underline vs strike-through, for the
# same reason as the severities: never told apart by green vs red alone.
DIFF_COLORS = {"insert": ("#D7E9FF", "#0A3A7A"), "delete": ("#FFDCDF", "#8C1D26")}


def severity_color(severity) -> QColor:
    return QColor(SEVERITY_COLORS.get(getattr(severity, "value", severity), "#888888"))


def is_dark() -> bool:
    forced = os.environ.get("REDNOTE_THEME", "").lower()  # "dark"/"light" override the system
    if forced in ("dark", "light"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        window, base, text, alt, button = "#1E1F22", "#26272B", "#E6E6E9", "#2C2D31", "#2F3035"
        mid, disabled = "#3A3B40", "#7A7B80"
    else:
        window, base, text, alt, button = "#F6F6F8", "#FFFFFF", "#1F2328", "#F0F0F3", "#FFFFFF"
        mid, disabled = "#D9D9DE", "#9A9AA0"
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, alt),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Button, button),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Mid, mid),
        (QPalette.ColorRole.Highlight, "#FF5C73" if dark else "#FFD3DA"),
        (QPalette.ColorRole.HighlightedText, "#FFFFFF" if dark else "#1F2328"),
        (QPalette.ColorRole.PlaceholderText, disabled),
        (QPalette.ColorRole.Link, "#FF6B81" if dark else ACCENT),
    ):
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(disabled))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(disabled))
    return p


def _stylesheet(dark: bool) -> str:
    border = "#3A3B40" if dark else "#E1E1E6"
    card = "#26272B" if dark else "#FFFFFF"
    muted = "#A0A1A8" if dark else "#6B6F76"
    soft = "#2C2D31" if dark else "#F0F0F3"
    return f"""
    QMainWindow, QDialog {{ background: palette(window); }}
    QToolTip {{ padding: 6px; border: 1px solid {border}; }}
    QPlainTextEdit, QLineEdit, QListWidget, QComboBox {{
        border: 1px solid {border}; border-radius: 8px; padding: 4px 6px;
        background: palette(base);
    }}
    QPlainTextEdit:focus, QLineEdit:focus {{ border: 1px solid {ACCENT}; }}
    QPushButton {{
        border: 1px solid {border}; border-radius: 8px; padding: 5px 12px; background: {card};
    }}
    QPushButton:hover {{ border-color: {ACCENT}; }}
    QPushButton#primary {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
    QPushButton#primary:hover {{ background: #E81E3A; }}
    QPushButton:disabled {{ color: {muted}; border-color: {border}; }}
    QPushButton#primary:disabled {{ background: {soft}; color: {muted}; }}
    QPushButton#link {{ border: none; background: transparent; color: palette(link); padding: 2px 4px; }}
    QPushButton#link:hover {{ text-decoration: underline; }}
    QPushButton#suggestion {{ border-radius: 12px; padding: 3px 10px; background: {soft}; }}
    QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
    QFrame#card:hover {{ border-color: {muted}; }}
    QFrame#chip {{ background: {soft}; border: 1px solid {border}; border-radius: 13px; }}
    QFrame#chip[flagged="true"] {{ border: 1px solid {SEVERITY_COLORS["block"]}; }}
    QLabel#muted {{ color: {muted}; }}
    QLabel#sectionTitle {{ font-weight: 600; color: {muted}; letter-spacing: 0.5px; }}
    QLabel#fieldLabel {{ font-weight: 600; }}
    QTabWidget::pane {{ border: none; }}
    QTabBar::tab {{ padding: 7px 18px; border: none; }}
    QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
    QListWidget::item {{ padding: 6px; border-radius: 6px; }}
    QListWidget::item:selected {{ background: {soft}; color: palette(text); }}
    QScrollArea {{ border: none; background: transparent; }}
    QSplitter::handle {{ background: {border}; }}
    """


def apply(app: QApplication) -> None:
    """Style the app for the current system colour scheme and follow later changes."""
    app.setStyle("Fusion")

    def refresh(*_args) -> None:
        dark = is_dark()
        app.setPalette(_palette(dark))
        app.setStyleSheet(_stylesheet(dark))

    refresh()
    QGuiApplication.styleHints().colorSchemeChanged.connect(refresh)
