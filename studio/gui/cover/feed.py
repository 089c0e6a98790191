"""Feed mock-up: the cover at thumbnail size in the two-column feed, next to other covers.

The neighbours are rendered once from other templates with sample titles, so the creator sees
whether their cover stands out in a realistic, busy feed rather than alone on a white page.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.cover import CoverSpec, render
from studio.core.i18n import tr as core_tr
from studio.gui.common.images import to_pixmap
from studio.gui.workers import LatestRequestWorker

# (template, English title, Chinese title, background colour) for the neighbouring notes.
_NEIGHBOURS = (
    ("top-band", "Weekend camping spots near the city", "城郊露营地合集｜周末就出发", "#8FB9A8"),
    ("marker", "5 breakfasts in 10 minutes", "10分钟搞定5种早餐", None),
    ("memo-card", "What I learned in my first year", "工作第一年学到的事", None),
)


def _render_neighbours(language: str) -> list[Image.Image]:
    images = []
    for template, en, zh, colour in _NEIGHBOURS:
        spec = CoverSpec(title=zh if language == "zh" else en, template=template, size=(270, 360))
        if colour:
            spec.background = colour
        try:
            images.append(render(spec))
        except Exception:
            continue
    return images


class FeedPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedPreview")
        self._mine: QPixmap | None = None
        self._title = ""
        self._neighbours: list[QPixmap] = []
        self.setMinimumSize(280, 240)  # the feed scrolls on a phone: a shorter view just shows less of it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._job = LatestRequestWorker("cover-feed", self)
        self._job.finished.connect(self._set_neighbours)

    def sizeHint(self) -> QSize:
        return QSize(330, 560)  # two ~160 px columns, as on a phone, when the window has room

    def load_neighbours(self, language: str) -> None:
        self._job.submit(lambda: _render_neighbours(language))

    def _set_neighbours(self, images: list) -> None:
        self._neighbours = [self._thumbnail(to_pixmap(i)) for i in images]
        self.update()

    def set_cover(self, pixmap: QPixmap, title: str) -> None:
        self._mine, self._title = self._thumbnail(pixmap), title
        self.update()

    def _thumbnail(self, pixmap: QPixmap) -> QPixmap:
        """Scale once to about feed size so painting never resamples a full preview."""
        width = round(200 * self.devicePixelRatioF())
        small = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        small.setDevicePixelRatio(self.devicePixelRatioF())
        return small

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        phone = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        painter.setPen(QColor(0, 0, 0, 30))
        painter.setBrush(QColor("#F4F4F6"))
        painter.drawRoundedRect(phone, 18, 18)
        painter.setClipRect(phone.adjusted(1, 1, -1, -1))
        gap = 8
        column_w = (phone.width() - 3 * gap) / 2
        tops = [phone.top() + gap, phone.top() + gap]
        captions = [core_tr(t[1], t[2]) for t in _NEIGHBOURS]
        cards = [(self._mine, self._title or self.tr("Your note"), True)]
        cards += [(p, c, False) for p, c in zip(self._neighbours, captions, strict=False)]
        # The classic staggered feed: yours top-left, neighbours fill the shorter column.
        for pixmap, caption, mine in cards:
            column = 0 if tops[0] <= tops[1] else 1
            x = phone.left() + gap + column * (column_w + gap)
            tops[column] += self._card(painter, QRectF(x, tops[column], column_w, 0), pixmap, caption, mine) + gap
        painter.end()

    def _card(self, painter: QPainter, rect: QRectF, pixmap: QPixmap | None, caption: str, mine: bool) -> float:
        aspect = (pixmap.height() / pixmap.width()) if pixmap else 4 / 3
        image_h = rect.width() * aspect
        caption_font = QFont(self.font())
        caption_font.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
        caption_font.setBold(True)
        line = QFontMetricsF(caption_font).lineSpacing()
        height = image_h + 2 * line + 36
        card = QRectF(rect.left(), rect.top(), rect.width(), height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(card, 8, 8)
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(card.left(), card.top(), card.width(), image_h + 8), 8, 8)
        painter.save()
        painter.setClipPath(clip)
        image_rect = QRectF(card.left(), card.top(), card.width(), image_h)
        if pixmap is not None:
            painter.drawPixmap(image_rect, pixmap, QRectF(pixmap.rect()))
        else:
            painter.fillRect(image_rect, QColor("#E6E6EA"))
        painter.restore()
        font = caption_font
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        text_rect = QRectF(card.left() + 8, card.top() + image_h + 6, card.width() - 16, 2 * line + 1)
        caption = _elide_lines(caption, QFontMetricsF(font), text_rect)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, caption)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#8A8A8F"))
        meta = QRectF(card.left() + 8, card.bottom() - 20, card.width() - 16, 16)
        painter.setBrush(QColor("#FFB3C0") if mine else QColor("#C9D6E8"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(meta.left(), meta.top() + 1, 13, 13))
        painter.setPen(QColor("#8A8A8F"))
        likes = "♡ 1.2k" if not mine else "♡ —"
        metrics = QFontMetricsF(font)
        # Narrow columns: shorten the name rather than print it over the like count.
        room = meta.width() - 18 - metrics.horizontalAdvance(likes) - 4
        name = metrics.elidedText(self.tr("You") if mine else self.tr("Creator"), Qt.TextElideMode.ElideRight, max(0.0, room))
        painter.drawText(meta.adjusted(18, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
        painter.drawText(meta, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, likes)
        if mine:
            painter.setPen(QColor("#FF2442"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), 10, 10)
        return height


def _elide_lines(text: str, metrics: QFontMetricsF, rect: QRectF) -> str:
    """Shorten ``text`` with "…" so it wraps within ``rect`` (two lines on a feed card, as
    in the platform's feed); without this a third line was silently cut off."""
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)

    def fits(candidate: str) -> bool:
        return metrics.boundingRect(rect, flags, candidate).height() <= rect.height()

    if fits(text):
        return text
    low, high = 0, len(text)  # the longest prefix that still fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if fits(text[:mid].rstrip() + "…"):
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
