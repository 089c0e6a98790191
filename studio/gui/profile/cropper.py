"""Pick the focal area of an image by dragging: a circle for the avatar, a band for the background.

The crop shown is computed by the same ``crop_box`` the renderer uses, so what the creator
frames here is exactly what the header shows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.profile.imaging import Focus, crop_box


class FocusCropper(QWidget):
    focus_changed = Signal(object)  # Focus

    def __init__(self, circle: bool, aspect: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self._circle, self._aspect = circle, aspect
        self._pixmap: QPixmap | None = None
        self._source_size = (1, 1)
        self._focus = Focus()
        self._drag: tuple[QPointF, Focus] | None = None
        self._placeholder = ""
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self.tr("Drag to choose what stays in view; scroll to zoom."))

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_image(self, pixmap: QPixmap | None, source_size: tuple[int, int] | None = None) -> None:
        self._pixmap = pixmap if pixmap is not None and not pixmap.isNull() else None
        if self._pixmap is not None:
            self._source_size = source_size or (self._pixmap.width(), self._pixmap.height())
        self.update()

    def set_aspect(self, aspect: float) -> None:
        """The shape the image is cropped to (the profile background's changes with the bio)."""
        if abs(aspect - self._aspect) > 1e-3:
            self._aspect = aspect
            self.update()

    def focus(self) -> Focus:
        return self._focus

    def set_focus(self, focus: Focus) -> None:
        self._focus = focus.clamped()
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def _image_rect(self) -> QRectF:
        if self._pixmap is None:
            return QRectF()
        w, h = self._pixmap.width(), self._pixmap.height()
        scale = min((self.width() - 8) / w, (self.height() - 8) / h)
        rect = QRectF(0, 0, w * scale, h * scale)
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def _crop_rect(self) -> QRectF:
        image = self._image_rect()
        sw, sh = self._source_size
        left, top, right, bottom = crop_box((sw, sh), self._aspect, self._focus)
        sx, sy = image.width() / sw, image.height() / sh
        return QRectF(image.left() + left * sx, image.top() + top * sy, (right - left) * sx, (bottom - top) * sy)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        painter.setBrush(self.palette().alternateBase())
        painter.drawRoundedRect(frame, 10, 10)
        if self._pixmap is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
            return
        image = self._image_rect()
        painter.drawPixmap(image.toRect(), self._pixmap)
        crop = self._crop_rect()
        shade = QPainterPath()
        shade.addRect(image)
        hole = QPainterPath()
        if self._circle:
            hole.addEllipse(crop)
        else:
            hole.addRoundedRect(crop, 6, 6)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor(255, 255, 255, 230), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(hole)

    # -- interaction ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._pixmap is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position(), self._focus)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        start, focus = self._drag
        image = self._image_rect()
        crop = self._crop_rect()
        delta = event.position() - start
        # Move the crop centre with the mouse; normalise by the image size on screen.
        centre_x = (crop.center().x() - image.left() + delta.x()) / image.width() if image.width() else 0.5
        centre_y = (crop.center().y() - image.top() + delta.y()) / image.height() if image.height() else 0.5
        self._drag = (event.position(), Focus(centre_x, centre_y, focus.zoom).clamped())
        self._focus = self._drag[1]
        self.update()
        self.focus_changed.emit(self._focus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._pixmap is None:
            return
        step = 1.1 if event.angleDelta().y() > 0 else 1 / 1.1
        crop = self._crop_rect()
        image = self._image_rect()
        centre = ((crop.center().x() - image.left()) / image.width(), (crop.center().y() - image.top()) / image.height())
        self._focus = Focus(centre[0], centre[1], self._focus.zoom * step).clamped()
        self.update()
        self.focus_changed.emit(self._focus)
