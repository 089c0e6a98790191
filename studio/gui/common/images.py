"""PIL ↔ Qt image conversion and the image-file filter (shared by the cover, photos and profile panels)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap


def image_file_filter() -> str:
    """The file-dialog filter for the formats the studio reads (one string to translate)."""
    return QCoreApplication.translate("ImageFiles", "Images (*.jpg *.jpeg *.png *.webp)")


def to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    # .copy() detaches the QImage from the Python buffer, which is freed after return.
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def to_pixmap(image: Image.Image) -> QPixmap:
    return QPixmap.fromImage(to_qimage(image))
