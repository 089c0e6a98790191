"""Writing finished covers: PNG or JPEG (or WebP), sRGB, with no metadata from the source.

Which formats exist, and the error for any other, is ``studio.core.imageio``'s
(``save_clean``); this module only turns its errors into ``CoverError``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from studio.core.cover.errors import CoverError
from studio.core.i18n import tr
from studio.core.imageio import ExportFormatError, save_clean


def export(image: Image.Image, path: str | Path, fmt: str | None = None, quality: int = 92) -> Path:
    """Save pixels only (no EXIF/GPS/XMP), tagged sRGB; the format follows ``fmt`` or the suffix."""
    if not 1 <= int(quality) <= 100:
        raise CoverError(tr("JPEG quality must be 1–100", "JPEG 质量须在 1–100 之间"))
    try:
        return save_clean(image.convert("RGB"), path, fmt=fmt, quality=int(quality))
    except ExportFormatError as exc:
        raise CoverError(str(exc)) from None
    except OSError as exc:
        raise CoverError(tr(f"{path}: cannot write ({exc.strerror or exc})",
                            f"{path}：无法写入（{exc.strerror or exc}）")) from None


# Suffixes that name an image format; any other suffix is part of the name ("v1.2", "Mr.Li").
_IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}


def export_target(path: str | Path, fmt: str) -> tuple[Path, str]:
    """The file and format to write for a name typed in a save dialog.

    Save dialogs do not always add the suffix: "my cover" would be written without one (and
    open in no image viewer). A name that ends in an image suffix keeps it and is written in
    that format (typing "cover.png" in the JPEG dialog gives a real PNG, not JPEG bytes in a
    .png); any other name gets ``fmt``'s suffix added.
    """
    path = Path(path)
    known = _IMAGE_SUFFIXES.get(path.suffix.lower())
    if known is not None:
        return path, known
    fmt = _IMAGE_SUFFIXES.get(f".{fmt.lower()}", fmt.lower())
    return path.with_name(f"{path.name}.{fmt}"), fmt
