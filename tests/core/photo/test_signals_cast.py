"""Colour cast: the tinted-clipped-highlights fingerprint (a channel gain applied after the
camera splits its white clips into tinted ones)."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

from studio.core.photo.signals.cast import COLOUR_CAST, _clipped_highlights
from studio.core.photo.working import load_frame

from . import synth


def _with_highlights(seed: int = 0) -> np.ndarray:
    """The synthetic photo plus blown highlights as a camera renders them: white cores (all
    channels at 255) rolling off to near-neutral light grey, and a clipped saturated red."""
    img = synth.photo(seed=seed).astype(np.float32)
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for cx, cy, r in ((0.2 * w, 0.2 * h, 22), (0.45 * w, 0.15 * h, 14), (0.9 * w, 0.75 * h, 18)):
        glow = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / r**2))[..., None]
        img = img * (1 - glow) + 300.0 * glow  # beyond 255: the core clips white
    cv2.circle(img, (int(0.3 * w), int(0.35 * h)), 15, (300.0, 40.0, 30.0), -1)  # red clip
    return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def _gain(img: np.ndarray, r: float, b: float) -> np.ndarray:
    gains = np.array([r, 1.0, b], np.float32)
    return np.clip(img.astype(np.float32) * gains + 0.5, 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray, quality: int = 90) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def _details(img: np.ndarray) -> dict[str, float]:
    return COLOUR_CAST.measure(load_frame(img)).details


def test_white_clips_count_as_white_and_saturated_colour_clips_not_at_all():
    img = np.zeros((40, 40, 3), np.uint8)
    img[:10] = 255  # 400 white clips
    img[10:15] = (255, 250, 200)  # 200 tinted clips
    img[15:25] = (255, 40, 30)  # a clipped red: a colour, not a highlight
    img[25:] = (128, 128, 128)
    assert _clipped_highlights(img) == (200, 400)


def test_warm_and_cool_filters_tint_the_clipped_whites():
    base = _jpeg(_with_highlights())
    before = _details(base)
    assert before["clip_tint"] < 0  # a camera's clips are white
    for r, b in ((1.10, 0.86), (0.88, 1.10)):  # warm, cool
        after = _details(_jpeg(_gain(_with_highlights(), r, b)))
        assert after["clip_tint"] > 0.5, (r, b)
        assert after["tinted_clips"] > before["tinted_clips"]
        assert COLOUR_CAST.value_from(after) > COLOUR_CAST.value_from(before) + 0.15


def test_no_clipped_highlights_no_evidence():
    d = _details(synth.photo())  # nothing reaches 255
    assert d["tinted_clips"] == 0 and d["white_clips"] == 0
    assert d["clip_tint"] == 0.0


def test_benign_changes_keep_whites_white():
    img = _with_highlights(seed=1)
    for variant in (
        _jpeg(img, 70),
        _jpeg(cv2.resize(img, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)),
        _jpeg(img[30:-30, 40:-40]),
    ):
        assert _details(variant)["clip_tint"] <= 0.0
