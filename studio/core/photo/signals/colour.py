"""Oversaturation.

saturation — how far the photo's colours are pushed towards the limit of the sRGB gamut:
    value = C*ab(99 %)/100 + S,
with C*ab(99 %) the 99th percentile of CIELab chroma (how far the most colourful parts are
pushed) and S the gamut-surface share: of the colourful pixels (max − min channel ≥ 40/255),
the share with a channel on the floor or ceiling (≤ 3.5/255 of 0 or 1). A saturation slider
scales chroma at constant hue and lightness and clips every colour it pushes past the gamut
onto that surface; a prior of 0.3 % of the photo in the share's denominator keeps a few
colourful pixels from scoring 0 or 1 by chance. Hasler & Süsstrunk's colourfulness M
("Measuring colourfulness in natural images", SPIE 5007, 2003) is reported as a detail
(own-signal AUC 0.68 on the calibration set, against 0.75 for the value).

Tried and not kept (calibration set, 43 photos, strength 2 = HSL saturation × 1.5, the 2
greyscale photos excluded): the 95th percentile over light colourful pixels of chroma
relative to the gamut's maximum at that lightness and hue (0.77), and the share of
colourful surface pixels on the edge of the RGB cube, one channel at the floor and another
at the ceiling (0.71; together 0.79). The cube-edge share jumps on the few vivid flower
photos that have such pixels naturally: cross-validated, the photo verdict then called 9 %
of unedited and 11 % of benign photos "over" (against 0 % and 1.6 %); the relative chroma
alone lowered the combined score's AUC for most other edit kinds by about 0.02. A
single-image statistic still cannot tell a vivid scene from a boosted dull one; most of the
remaining error is that. Also tried, all weaker (AUC at strength 2): chroma-to-luma contrast
at strong edges 0.68; chroma-to-luma high-pass energy 0.66; chroma of memory colours
(foliage, skin) 0.58–0.63; periodic gaps in the histograms of max − min, R − G/B − G and HSV
S, looking for the quantisation a saturation scale leaves (0.51–0.60: ImageMagick works in
16 bits and the JPEG encode fills the gaps).
"""

from __future__ import annotations

import numpy as np

from studio.core.i18n import tr
from studio.core.photo.signals.base import (
    Measurement,
    Signal,
    channel_max,
    channel_min,
    level,
    normalise_map,
    percentile,
)
from studio.core.photo.working import Frame

_COLOURFUL = 40 / 255  # max − min channel: clearly a colour, not a tinted grey
_SURFACE = 3.5 / 255  # within this of 0 or 1 a channel sits on the gamut surface
_SURFACE_PRIOR = 0.003  # fraction of the photo: a handful of colourful pixels prove nothing


def measure_saturation(frame: Frame) -> Measurement:
    rgb = frame.rgb[::2, ::2]  # global statistics: every second pixel is plenty
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    rg = (r - g) * 255.0
    yb = (0.5 * (r + g) - b) * 255.0
    m = float(np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean()))
    hi = channel_max(rgb)
    lo = channel_min(rgb)
    colourful = (hi - lo) >= _COLOURFUL
    surface = colourful & ((lo <= _SURFACE) | (hi >= 1.0 - _SURFACE))
    lab = frame.lab
    chroma = np.hypot(lab[..., 1], lab[..., 2])
    details = {
        "colourfulness": m,
        "chroma_p99": percentile(chroma, 99),
        "colourful_fraction": float(colourful.mean()),
        "gamut_surface_fraction": float(surface.mean()),
    }
    return Measurement(
        value=_saturation_value(details),
        details=details,
        evidence=normalise_map(surface.astype(np.float32), 0.5),
    )


def _saturation_value(d: dict[str, float]) -> float:
    return d["chroma_p99"] / 100.0 + d["gamut_surface_fraction"] / (d["colourful_fraction"] + _SURFACE_PRIOR)


def _saturation_message(score: float, m: Measurement) -> str:
    return (
        tr("Colours look natural.", "色彩自然。"),
        tr(
            "Colours are stronger than most unedited photos; check skin and sky still look real.",
            "色彩比多数未修图的照片更浓，请确认肤色和天空仍然真实。",
        ),
        tr(
            "Colours are pushed to the limit of what a screen can show — typical of a heavy saturation filter.",
            "色彩被推到屏幕能显示的极限——典型的重度饱和度滤镜效果。",
        ),
    )[level(score)]


SATURATION = Signal("saturation", measure_saturation, _saturation_message, _saturation_value)
