"""Skin smoothing / airbrushing: texture that has been wiped away.

Beauty filters are edge-preserving blurs (bilateral / "surface blur"): edges stay sharp,
fine texture and sensor noise in low-contrast areas vanish. Two measurements:

1. Noise level, Immerkær (1996), "Fast noise variance estimation" (CVIU 64(2)): with
   N = [[1, −2, 1], [−2, 4, −2], [1, −2, 1]],
       σ = sqrt(π/2) · mean |Y * N| / 6,
   taken over pixels away from edges. The mask is a second difference, so it ignores the
   smooth shading that survives an edge-preserving blur, and JPEG recompression at usual
   qualities lowers it only a little (the 8×8 block grid adds its own second differences).

2. If faces are found (or, failing that, skin-coloured areas), the same statistic inside
   the skin versus the rest of the image: a retouched face is much smoother than the
   background it was photographed with. value = log2(σ_rest / σ_skin).

Without skin, the whole-image value is the "plastic" fraction: the share of low-contrast
areas (local contrast below the image's median) whose fine texture is below 0.3/255 —
areas real camera noise never leaves that clean — plus a term that grows as the global
noise level falls: whole = plastic + max(0, 1 − σ)/2 (σ on a 0–255 scale).
value = max(whole, log2(σ_rest / σ_skin) / 2).
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.core.i18n import tr
from studio.core.photo.faces import find_people
from studio.core.photo.signals.base import Measurement, Signal, box_mean, level, percentile
from studio.core.photo.working import Frame

_KERNEL = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
_SQRT_HALF_PI = float(np.sqrt(np.pi / 2.0))
MIN_SKIN_PIXELS = 800


def noise_map(y255: np.ndarray) -> np.ndarray:
    return np.abs(cv2.filter2D(y255, cv2.CV_32F, _KERNEL, borderType=cv2.BORDER_REFLECT))


def _sigma(residual: np.ndarray, mask: np.ndarray) -> float:
    if mask.sum() < 50:
        return float("nan")
    return _SQRT_HALF_PI * float(residual[mask].mean()) / 6.0


def measure_smoothing(frame: Frame) -> Measurement:
    y255 = frame.y * 255.0
    residual = noise_map(y255)
    gx = cv2.Sobel(y255, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(y255, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    grad = box_mean(np.hypot(gx, gy), 5)
    unclipped = (frame.y > 0.04) & (frame.y < 0.96)
    flat = unclipped & (grad < percentile(grad[unclipped], 60) if unclipped.any() else grad < 0)
    sigma = _sigma(residual, flat)
    local_texture = box_mean(residual, 9) * (_SQRT_HALF_PI / 6.0)
    low_contrast = unclipped & (grad < percentile(grad, 50))
    plastic_map = (local_texture < 0.3) & low_contrast
    plastic = float(plastic_map.sum() / max(1, low_contrast.sum()))
    details = {"noise_sigma": 0.0 if np.isnan(sigma) else sigma, "plastic": plastic}

    people = find_people(frame.rgb, frame.y)
    skin = people.skin & flat
    evidence = cv2.GaussianBlur(plastic_map.astype(np.float32), (0, 0), 4.0)
    details["faces"] = float(len(people.faces))
    if skin.sum() >= MIN_SKIN_PIXELS:
        rest = flat & ~cv2.dilate(people.skin.astype(np.uint8), np.ones((15, 15), np.uint8)).astype(bool)
        s_skin, s_rest = _sigma(residual, skin), _sigma(residual, rest)
        if np.isfinite(s_skin) and np.isfinite(s_rest):
            ratio = float(np.log2((s_rest + 0.1) / (s_skin + 0.1)))
            details.update(skin_sigma=s_skin, rest_sigma=s_rest, skin_ratio=ratio)
            skin_smooth = people.skin.astype(np.float32) * np.clip(1.0 - local_texture / max(s_rest, 0.3), 0, 1)
            evidence = np.maximum(evidence, cv2.GaussianBlur(skin_smooth, (0, 0), 4.0))
    whole = plastic + max(0.0, 1.0 - details["noise_sigma"]) / 2.0
    details["whole"] = whole
    return Measurement(value=_smoothing_value(details), details=details, evidence=np.clip(evidence, 0, 1))


def _smoothing_value(d: dict[str, float]) -> float:
    return max(d["whole"], d.get("skin_ratio", -2.0) / 2.0)


def _smoothing_message(score: float, m: Measurement) -> str:
    on_skin = m.details.get("skin_ratio", -9.0) / 2.0 >= m.details.get("whole", 0.0)
    if on_skin:
        return (
            tr("Skin keeps its natural texture.", "皮肤保留了自然纹理。"),
            tr(
                "Skin is smoother than the rest of the photo — a beauty filter is likely on.",
                "皮肤比照片其他部分更光滑——很可能开了美颜。",
            ),
            tr(
                "Skin texture is much smoother than the rest of the photo — typical of beauty filters.",
                "皮肤纹理比照片其他部分光滑得多——典型的美颜滤镜效果。",
            ),
        )[level(score)]
    return (
        tr("Fine texture and grain look natural.", "细节纹理和颗粒感自然。"),
        tr(
            "Parts of the photo are unusually smooth, as if noise reduction or smoothing was applied.",
            "部分画面异常光滑，像是做了降噪或磨皮。",
        ),
        tr(
            "Large areas have no texture at all — a plastic, airbrushed look.",
            "大片区域完全没有纹理——塑料感、喷枪修图的效果。",
        ),
    )[level(score)]


SMOOTHING = Signal("smoothing", measure_smoothing, _smoothing_message, _smoothing_value)
