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
    """Colour where the detector found evidence (turbo colour map: blue weak → red strong).

    A colour map rather than a red tint: a red tint vanishes on exactly the over-saturated
    photos the map is meant to explain.
    """
    if heat is None or heat.size == 0:
        return None
    import cv2  # the detector already depends on OpenCV

    values = np.clip(np.asarray(heat, dtype=np.float32), 0.0, 1.0)
    values = cv2.resize(values, thumbnail.size, interpolation=cv2.INTER_LINEAR)
    colours = cv2.applyColorMap((values * 255).astype(np.uint8), cv2.COLORMAP_TURBO)[..., ::-1]
    alpha = np.where(values < 0.1, 0.0, 0.25 + 0.45 * values)[..., None]
    base = np.asarray(thumbnail.convert("RGB"), dtype=np.float32)
    mixed = base * (1 - alpha) + colours.astype(np.float32) * alpha
    return Image.fromarray(mixed.clip(0, 255).astype(np.uint8))


def analyse_photo(path: str, original: str | None = None) -> PhotoResult:
    from studio.core.photo import analyze  # OpenCV is imported in the worker, not at startup

    report = analyze(path, original=original)
    thumbnail = open_image(path)
    thumbnail.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return PhotoResult(report, thumbnail, heat_overlay(thumbnail, report.heatmap))
