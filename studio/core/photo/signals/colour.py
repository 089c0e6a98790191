"""Oversaturation.

saturation — Hasler & Süsstrunk (2003), "Measuring colourfulness in natural images"
(SPIE 5007): with rg = R − G and yb = (R + G)/2 − B on a 0–255 scale,
    M = sqrt(σ_rg² + σ_yb²) + 0.3 · sqrt(μ_rg² + μ_yb²).
M ≈ 15 is "slightly colourful", 59 "highly", above ~110 "extremely colourful". Boosted
saturation also pushes pixels onto the edge of the sRGB gamut (one channel at 0 or 255 while
the others are not): the 99th percentile of CIELab chroma C*ab = sqrt(a² + b²) measures
how far the most colourful parts are pushed. The value is
    M/100 + C*ab(99 %)/100.
(HSV saturation percentiles and the share of pixels at the gamut edge are reported as
details; on the calibration set they separated edited from unedited photos less well.)
"""

from __future__ import annotations

import numpy as np

from studio.core.i18n import tr
from studio.core.photo.signals.base import (
    Measurement,
    Signal,
    level,
    normalise_map,
    percentile,
)
from studio.core.photo.working import Frame


def measure_saturation(frame: Frame) -> Measurement:
    rgb = frame.rgb[::2, ::2] * 255.0  # global statistics: every second pixel is plenty
    rg = rgb[..., 0] - rgb[..., 1]
    yb = 0.5 * (rgb[..., 0] + rgb[..., 1]) - rgb[..., 2]
    m = float(np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean()))
    s, v = frame.hsv[..., 1], frame.hsv[..., 2]
    edge = (s >= 0.9) & (v >= 0.25)
    lit = v >= 0.1
    s95 = percentile(s[lit], 95) if lit.any() else 0.0
    edge_fraction = float(edge.mean())
    lab = frame.lab
    chroma = np.hypot(lab[..., 1], lab[..., 2])
    c99 = percentile(chroma, 99)
    extreme = float((chroma > 80).mean())
    details = {
            "colourfulness": m,
            "gamut_edge_fraction": edge_fraction,
            "saturation_p95": s95,
            "chroma_p99": c99,
            "chroma_over_80": extreme,
    }
    return Measurement(
        value=_saturation_value(details),
        details=details,
        evidence=normalise_map(np.maximum(s - 0.75, 0) * edge, 0.1),
    )


def _saturation_value(d: dict[str, float]) -> float:
    return d["colourfulness"] / 100.0 + d["chroma_p99"] / 100.0


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
