"""Heavy vignette: corners darkened on purpose.

A lens darkens corners smoothly and mildly (cos⁴ fall-off, usually corrected in-camera); an
added vignette darkens all four corners together, strongly. Scene content also makes
corners dark (a night sky, a dark floor), so two statistics ask for the darkening to be
radial and everywhere:
- G, the radial-gradient asymmetry of Zheng et al. (2008) (see ``radial_gradient``);
- D = min over the four corners k of 1 − Y(corner_k) / mean(Y(edge midpoints beside it)),
  with medians of luma over square patches (side 12 % of the short side); the minimum
  over corners keeps "dark sky at the top" from counting.
value = G + D. (Corner-vs-centre is reported as a detail.)
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.core.i18n import tr
from studio.core.photo.signals.base import Measurement, Signal, level
from studio.core.photo.working import Frame


def _patch(y: np.ndarray, cx: float, cy: float, side: int) -> float:
    h, w = y.shape
    x0 = int(np.clip(cx - side / 2, 0, w - side))
    y0 = int(np.clip(cy - side / 2, 0, h - side))
    return float(np.median(y[y0 : y0 + side, x0 : x0 + side])) + 0.02  # floor: black is not a ratio


def radial_gradient(y: np.ndarray) -> float:
    """Mean inward log-luminance gradient in the outer half of the frame (smooth areas only).

    Zheng et al. (2008), "Single-image vignetting correction using radial gradient
    symmetry": without vignetting, radial gradients of log intensity are symmetric about 0
    (scene gradients point every which way); vignetting skews them inward.
    """
    h, w = y.shape
    f = 256 / max(h, w)
    small = cv2.resize(y, (max(8, round(w * f)), max(8, round(h * f))), interpolation=cv2.INTER_AREA)
    log_y = np.log(cv2.GaussianBlur(small, (0, 0), 1.5) + 0.03)
    gx = cv2.Sobel(log_y, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(log_y, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    hh, ww = log_y.shape
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    dx, dy = (xx - ww / 2) / (ww / 2), (yy - hh / 2) / (hh / 2)
    r = np.hypot(dx, dy) + 1e-6
    radial = (gx * dx + gy * dy) / r
    mag = np.hypot(gx, gy)
    use = (r > 0.5) & (mag < np.percentile(mag, 70))  # edges are scene, not lens
    if not use.any():
        return 0.0
    return float(-np.clip(radial[use], -0.05, 0.05).mean() * 20.0)


def measure_vignette(frame: Frame) -> Measurement:
    y = frame.y
    h, w = y.shape
    side = max(2, int(0.12 * min(h, w)))
    centre = _patch(y, w / 2, h / 2, 2 * side)
    edge_d, centre_d = [], []
    for cx, cy in ((0, 0), (w, 0), (0, h), (w, h)):
        corner = _patch(y, cx, cy, side)
        mids = (_patch(y, w / 2, cy, side) + _patch(y, cx, h / 2, side)) / 2
        edge_d.append(1.0 - corner / mids)
        centre_d.append(1.0 - corner / centre)
    details = {
        "corner_vs_edges": float(min(edge_d)),
        "corner_vs_centre": float(min(centre_d)),
        "radial_gradient": radial_gradient(y),
    }
    value = _vignette_value(details)
    evidence = None
    if value > 0:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
        evidence = np.clip((r2 - 1.0) / 1.0, 0, 1).astype(np.float32)
    return Measurement(value=float(value), details=details, evidence=evidence)


def _vignette_value(d: dict[str, float]) -> float:
    return d["radial_gradient"] + d["corner_vs_edges"]


def _vignette_message(score: float, m: Measurement) -> str:
    return (
        tr("Corners are not artificially darkened.", "四角没有被人为压暗。"),
        tr("All four corners are darkened — a vignette has been added.", "四个角都被压暗——加了暗角。"),
        tr(
            "A heavy vignette darkens every corner; it reads as a filter rather than a photo.",
            "重度暗角压暗了每个角落，看起来像滤镜而不是照片。",
        ),
    )[level(score)]


VIGNETTE = Signal("vignette", measure_vignette, _vignette_message, _vignette_value)
