"""The work done per photo in the background: analysis, thumbnail and heat-map overlay."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from studio.core.imageio import open_image

THUMB_SIDE = 420


@dataclass(frozen=True)
class PhotoResult:
    report: object  # studio.core.photo.PhotoReport
    thumbnail: Image.Image
    overlay: Image.Image | None  # the thumbnail with the heat map laid over it


def heat_overlay(thumbnail: Image.Image, heat: np.ndarray | None) -> Image.Image | None:
    """Tint where the detector found evidence: transparent where none, red where strong."""
    if heat is None or heat.size == 0:
        return None
    values = np.clip(np.asarray(heat, dtype=np.float32), 0.0, 1.0)
    mask = Image.fromarray((values * 255).astype(np.uint8), "L").resize(thumbnail.size, Image.Resampling.BILINEAR)
    alpha = mask.point(lambda v: 0 if v < 26 else min(200, int(v * 0.8)))
    tint = Image.new("RGBA", thumbnail.size, (255, 36, 66, 0))
    tint.putalpha(alpha)
    base = thumbnail.convert("RGBA")
    base.alpha_composite(tint)
    return base.convert("RGB")


def analyse_photo(path: str, original: str | None = None) -> PhotoResult:
    from studio.core.photo import analyze  # OpenCV is imported in the worker, not at startup

    report = analyze(path, original=original)
    thumbnail = open_image(path)
    thumbnail.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return PhotoResult(report, thumbnail, heat_overlay(thumbnail, report.heatmap))
