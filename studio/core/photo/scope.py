"""What the detector judges: a photo, big enough to read. Other images get a note instead
of a score (``not_judged``).

Too small: below ``MIN_JUDGED_SIDE`` pixels on the short side (a thumbnail, an emoji-sized
icon) noise, edges and texture are a handful of pixels and the signals report accidents —
a 40×30 thumbnail of an unedited portrait listed "faint detail looks blurred".

Not a photo: text cards, designed graphics and plain backgrounds went through the photo
signals as if they were photographs: a black-on-white text card — one of the platform's
commonest image types — read 77/100 "over-edited", from its pure-white background
(clipping) and its crisp strokes (local contrast). Those measure the design, not an edit.
Statistic: the share of the image within ±2 levels, in every channel, of its most common
colour. A designed background is one exact colour (JPEG reproduces a flat block to ±1); in
a photograph even a blown sky or a studio backdrop spreads over many levels. On the
calibration set (1,333 variants: 43 photos, every edit and benign change) the largest share
is 0.40, a near-monochrome photo after a colour cast; text cards on a plain background
measure 0.83–0.88. From ``GRAPHIC_SHARE`` on, the image is not scored as a photo. A collage
of photos on a plain frame that covers less than that is still judged as a photo, frame
included.
"""

from __future__ import annotations

import numpy as np

from studio.core.i18n import tr
from studio.core.photo.working import Frame

GRAPHIC_SHARE = 0.6
MIN_JUDGED_SIDE = 64
_TOLERANCE = 2  # levels per channel: JPEG keeps a flat colour within ±1


def flat_colour_share(sample8: np.ndarray) -> float:
    """Share of the pixels of ``sample8`` (uint8 RGB) within ±2 levels of its commonest colour."""
    pixels = sample8.reshape(-1, 3)[::3]  # a third of the decimated sample is plenty for a share
    probe = pixels[::5].astype(np.int32)  # the mode from a subsample: np.unique is the slow part
    keys, counts = np.unique((probe[:, 0] << 16) | (probe[:, 1] << 8) | probe[:, 2], return_counts=True)
    top = int(keys[np.argmax(counts)])
    mode = np.array([top >> 16, (top >> 8) & 255, top & 255], np.int16)
    near = (np.abs(pixels.astype(np.int16) - mode) <= _TOLERANCE).all(axis=1)
    return float(near.mean())


def not_judged(frame: Frame) -> str | None:
    """Why ``frame`` is not scored as a photo (one localised sentence), or None to judge it."""
    width, height = frame.size
    if min(width, height) < MIN_JUDGED_SIDE:
        return tr(
            f"This image is only {width}×{height} pixels, too small to judge editing reliably, so it is "
            "not scored.",
            f"这张图只有 {width}×{height} 像素，太小，无法可靠判断修图，因此不打分。",
        )
    share = flat_colour_share(frame.sample8)
    return _graphic_note(share) if share >= GRAPHIC_SHARE else None


def _graphic_note(share: float) -> str:
    return tr(
        f"{share:.0%} of this image is one flat colour: a text card, graphic or plain background rather "
        "than a photo. The over-editing checks are made for photos, so it is not scored.",
        f"这张图 {share:.0%} 的面积是同一种纯色：是文字卡片、设计图或纯色背景，而不是照片。"
        "修图过度检查只针对照片，因此不打分。",
    )
