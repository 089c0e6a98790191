"""Feed-card captions longer than two lines end in "…" instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from studio.gui.cover.feed import _elide_lines


def test_long_caption_is_elided_to_two_lines(qapp):
    metrics = QFontMetricsF(QFont())
    rect = QRectF(0, 0, 120, 2 * metrics.lineSpacing() + 1)
    assert _elide_lines("Short", metrics, rect) == "Short"
    long = "Where to spend a weekend in Kuala Lumpur with friends and family"
    shown = _elide_lines(long, metrics, rect)
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert metrics.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), shown).height() <= rect.height()
