"""Writing finished covers: PNG or JPEG (or WebP), sRGB, with no metadata from the source."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from studio.core.cover.errors import CoverError
from studio.core.i18n import tr
from studio.core.imageio import save_clean

FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP"}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    name = (fmt or Path(path).suffix.lstrip(".") or "png").lower()
    if name not in FORMATS:
        raise CoverError(tr(
            f"cannot export as {name!r}; use png, jpg or webp",
            f"无法导出为 {name!r}；请使用 png、jpg 或 webp",
        ))
    return FORMATS[name]


def export(image: Image.Image, path: str | Path, fmt: str | None = None, quality: int = 92) -> Path:
    """Save pixels only (no EXIF/GPS/XMP), tagged sRGB; the format follows ``fmt`` or the suffix."""
    if not 1 <= int(quality) <= 100:
        raise CoverError(tr("JPEG quality must be 1–100", "JPEG 质量须在 1–100 之间"))
    try:
        return save_clean(image.convert("RGB"), path, fmt=format_for(path, fmt), quality=int(quality))
    except OSError as exc:
        raise CoverError(tr(f"{path}: cannot write ({exc.strerror or exc})",
                            f"{path}：无法写入（{exc.strerror or exc}）")) from None
