"""Is the text readable in the feed? Contrast behind the glyphs and glyph size at thumbnail width.

Contrast is the WCAG 2 ratio between the text colour and each pixel in a thin ring just
outside the glyphs (what the eye separates the letter from: the stroke if there is one, else
the photo). A busy photo can have a good average and still swallow half a stroke, so the
report uses a low percentile of the per-pixel ratios, not the mean.

Size is the height of a CJK ideograph (x-height for all-Latin text) once the cover is shown
at feed width: two covers side by side on a phone are about 360 px wide each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from studio.core.cover.effects import Ink
from studio.core.cover.fonts import get_font
from studio.core.i18n import tr

THUMBNAIL_WIDTH = 360
MIN_CONTRAST = 3.0  # WCAG's floor for large text
PERCENTILE = 10
# Judgement, not a standard: below these heights at feed width, strokes of 汉字 blur together.
MIN_GLYPH_PX = {"title": 12.0, "subtitle": 8.0}


@dataclass(frozen=True)
class ElementReport:
    element: str  # "title" | "subtitle"
    contrast: float
    thumbnail_glyph_px: float
    ok: bool


@dataclass(frozen=True)
class Legibility:
    contrast: float  # the worst element's low-percentile contrast ratio
    thumbnail_glyph_px: float  # the smallest glyph height at feed width
    ok: bool
    advice: tuple[str, ...] = ()
    elements: tuple[ElementReport, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict:
        return {
            "contrast": round(self.contrast, 2),
            "thumbnail_glyph_px": round(self.thumbnail_glyph_px, 1),
            "ok": self.ok,
            "advice": list(self.advice),
        }


_LINEAR = np.array(
    [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in np.arange(256) / 255.0]
)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of uint8 RGB values (any leading shape)."""
    lin = _LINEAR[rgb.astype(np.intp)]
    return lin[..., 0] * 0.2126 + lin[..., 1] * 0.7152 + lin[..., 2] * 0.0722


def contrast_ratio(a: np.ndarray | float, b: np.ndarray | float) -> np.ndarray | float:
    hi, lo = np.maximum(a, b), np.minimum(a, b)
    return (hi + 0.05) / (lo + 0.05)


def ring_contrast(canvas: Image.Image, ink: Ink) -> float:
    """Low-percentile contrast between the text colour and the ring around its glyphs."""
    if ink.mask.getbbox() is None:
        return 21.0
    # Large type: measure at reduced resolution (a percentile does not need every pixel).
    step = max(1, ink.size // 48)
    mask_img, pixels_img = ink.mask, canvas.crop(ink.box)
    if step > 1:
        mask_img, pixels_img = mask_img.reduce(step), pixels_img.reduce(step)
    mask = np.asarray(mask_img) > 127
    if not mask.any():
        return 21.0
    pixels = np.asarray(pixels_img)
    near = max(1, round(ink.size * 0.015 / step))  # skip the anti-aliased edge itself
    far = max(near + 2, round(ink.size * 0.07 / step))
    kernel = lambda r: cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))  # noqa: E731
    m8 = mask.astype(np.uint8)
    ring = (cv2.dilate(m8, kernel(far)) > 0) & ~(cv2.dilate(m8, kernel(near)) > 0)
    pixels = pixels[ring]
    if pixels.size == 0:
        return 21.0
    text_lum = float(luminance(np.array(ink.color)))
    ratios = contrast_ratio(luminance(pixels), text_lum)
    return float(np.percentile(ratios, PERCENTILE))


def glyph_height(font: str, size: int, text: str, canvas_width: int) -> float:
    """Height of a representative glyph at feed width (CJK ideograph, else Latin x-height)."""
    sample = "国" if any(ord(c) >= 0x2E80 for c in text) else "x"
    _, top, _, bottom = get_font(font, size).getbbox(sample, anchor="ls")
    return (bottom - top) * THUMBNAIL_WIDTH / canvas_width


def _best_plain_color(canvas: Image.Image, ink: Ink) -> str:
    """Black or white, whichever contrasts more with the pixels around the text."""
    box = np.asarray(canvas.crop(ink.box)).reshape(-1, 3)
    lum = float(np.median(luminance(box)))
    return "#000000" if contrast_ratio(lum, 0.0) >= contrast_ratio(lum, 1.0) else "#FFFFFF"


def assess(canvas: Image.Image, elements: list[tuple[str, Ink, str, str]]) -> Legibility:
    """elements: (name, ink, font id, text) for each text element drawn."""
    reports, advice = [], []
    width = canvas.width
    for name, ink, font, text in elements:
        contrast = ring_contrast(canvas, ink)
        glyph = glyph_height(font, ink.size, text, width)
        ok = contrast >= MIN_CONTRAST and glyph >= MIN_GLYPH_PX[name]
        reports.append(ElementReport(name, contrast, glyph, ok))
        label = tr("title", "标题") if name == "title" else tr("subtitle", "副标题")
        if contrast < MIN_CONTRAST:
            better = _best_plain_color(canvas, ink)
            advice.append(tr(
                f"{label}: contrast {contrast:.1f}:1 is below 3:1 — add a stroke or a scrim, "
                f"or use a colour such as {better}",
                f"{label}：对比度 {contrast:.1f}:1 低于 3:1——可加描边或渐变遮罩，或改用 {better} 等颜色",
            ))
        if glyph < MIN_GLYPH_PX[name]:
            advice.append(tr(
                f"{label}: glyphs are {glyph:.1f} px tall at feed size (need {MIN_GLYPH_PX[name]:.0f}) — "
                "shorten the text, allow more lines or use a bolder template",
                f"{label}：信息流缩略图中字高仅 {glyph:.1f} 像素（至少需 {MIN_GLYPH_PX[name]:.0f}）——"
                "可缩短文字、允许更多行或换用大字模板",
            ))
    if not reports:
        return Legibility(21.0, 0.0, False, (tr("the cover has no title", "封面没有标题"),))
    return Legibility(
        contrast=min(r.contrast for r in reports),
        thumbnail_glyph_px=min(r.thumbnail_glyph_px for r in reports),
        ok=all(r.ok for r in reports),
        advice=tuple(advice),
        elements=tuple(reports),
    )
