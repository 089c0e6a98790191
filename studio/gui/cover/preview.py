"""The cover preview: shows the latest render; dragging pans the background photo.

The widget reports how far the mouse moved since the press, as fractions of the cover; the
panel turns that into a new focal point (it knows how much of the photo is visible).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


class CoverPreview(QWidget):
    drag_started = Signal()
    panned = Signal(float, float)  # movement since the press, as fractions of the cover
    drag_finished = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._scaled: QPixmap | None = None  # scaled once per image/size, not per paint
        self._aspect = 3 / 4
        self._press: QPointF | None = None
        self._draggable = False
        self._busy = False
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, pixmap: QPixmap, draggable: bool) -> None:
        self._pixmap = pixmap
        self._scaled = None
        self._aspect = pixmap.width() / max(1, pixmap.height())
        self._draggable = draggable
        self.setCursor(Qt.CursorShape.OpenHandCursor if draggable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tr("Drag to move the photo behind the title") if draggable else "")
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update()

    def display_width(self, size: tuple[int, int]) -> int:
        """How wide a cover of ``size`` is shown in this widget now (0 before the first layout)."""
        if not self.isVisible():
            return 0
        w, h = self.width() - 16, self.height() - 16
        aspect = size[0] / size[1]
        return int(min(w, h * aspect)) if w > 0 and h > 0 else 0

    def image_rect(self) -> QRectF:
        w, h = self.width() - 16, self.height() - 16
        if w / max(1, h) > self._aspect:
            rect = QRectF(0, 0, h * self._aspect, h)
        else:
            rect = QRectF(0, 0, w, w / self._aspect)
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.image_rect()
        if self._pixmap is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Rendering…"))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(rect.adjusted(-1, 1, 3, 5), 10, 10)  # soft drop shadow
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(rect, 8, 8)
        painter.setClipPath(clip)
        ratio = self.devicePixelRatioF()
        target = rect.size().toSize() * ratio
        if self._scaled is None or self._scaled.size() != target:
            self._scaled = self._pixmap.scaled(target, Qt.AspectRatioMode.IgnoreAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation)
            self._scaled.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect.topLeft(), self._scaled)
        painter.restore()
        if self._busy:
            painter.setPen(QColor(255, 255, 255, 220))
            painter.setBrush(QColor(0, 0, 0, 110))
            badge = QRectF(rect.right() - 34, rect.top() + 10, 24, 24)
            painter.drawEllipse(badge)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "…")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._draggable and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.drag_started.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            rect = self.image_rect()
            delta = event.position() - self._press
            self.panned.emit(delta.x() / max(1.0, rect.width()), delta.y() / max(1.0, rect.height()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._press = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.drag_finished.emit()
