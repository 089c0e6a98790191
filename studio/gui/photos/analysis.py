"""The work done per photo in the background: analysis, thumbnail and heat-map overlay."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from studio.core.imageio import ImageLoadError, open_image

THUMB_SIDE = 420


@dataclass(frozen=True)
class PhotoResult:
    report: object  # studio.core.photo.PhotoReport
    thumbnail: Image.Image
    overlay: Image.Image | None  # the thumbnail with the heat map laid over it
    original_error: str = ""  # why the chosen original could not be compared ("" if it was)


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


class PhotoCheckError(Exception):
    """An unreadable photo, named as the user knows it."""


def _user_name(path: str, names: Mapping[str, str] | None) -> str:
    return (names or {}).get(path) or Path(path).name


def _named(exc: ImageLoadError, names: Mapping[str, str] | None) -> str:
    return f"{_user_name(exc.path, names)}: {exc.reason}"


def analyse_photo(path: str, original: str | None = None, names: Mapping[str, str] | None = None) -> PhotoResult:
    """Judge one photo (and its retouch against ``original``) and make its thumbnails.

    ``names`` maps the library copies (``<sha256>.jpg``) to the file names the user added,
    so an error names "IMG_0412.jpg" rather than a hash in the data folder. An unreadable
    original does not cost the photo its verdict: the result carries why it was skipped.
    """
    # OpenCV is imported in the worker, not at startup.
    from studio.core.photo.analyze import build_report, compare
    from studio.core.photo.calibration import load
    from studio.core.photo.compare import OriginalMismatchError
    from studio.core.photo.working import load_frame

    try:
        frame = load_frame(path)
        thumbnail = open_image(path, draft_long_side=2 * THUMB_SIDE)
    except ImageLoadError as exc:
        raise PhotoCheckError(_named(exc, names)) from None
    calibration = load()
    retouch, original_error = None, ""
    if original is not None:
        try:
            retouch = compare(original, frame, calibration=calibration)
        except OriginalMismatchError as exc:  # its message names both files: use the user's names
            original_error = str(OriginalMismatchError(_user_name(exc.path, names), _user_name(exc.photo, names)))
        except ImageLoadError as exc:
            original_error = _named(exc, names)
    report = build_report(frame, calibration, retouch, file=path)
    thumbnail.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return PhotoResult(report, thumbnail, heat_overlay(thumbnail, report.heatmap), original_error)
