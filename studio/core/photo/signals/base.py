"""The shape every signal shares, and small numeric helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from studio.core.photo.working import Frame


@dataclass
class Measurement:
    """A raw statistic (higher = more edited) plus optional side statistics and evidence.

    ``evidence`` is a float32 map in [0, 1] (any size; resized to the working size when the
    heat map is assembled) showing where the statistic found its evidence.
    """

    value: float
    details: dict[str, float] = field(default_factory=dict)
    evidence: np.ndarray | None = None


@dataclass(frozen=True)
class Signal:
    id: str
    measure: Callable[[Frame], Measurement]
    # (score 0–1, measurement) -> one localised sentence
    message: Callable[[float, Measurement], str]
    # the documented formula from the measured statistics to the signal's value; kept
    # separate so the calibration script can try formulas without re-measuring
    value_from: Callable[[dict[str, float]], float]


def level(score: float) -> int:
    """0 = nothing to report, 1 = noticeable, 2 = strong (thresholds shared by all messages)."""
    return 0 if score < 0.3 else (1 if score < 0.6 else 2)


def normalise_map(values: np.ndarray, scale: float) -> np.ndarray:
    """Map non-negative evidence to [0, 1] (``scale`` maps to ~0.63) and soften it."""
    out = 1.0 - np.exp(-np.maximum(values, 0).astype(np.float32) / max(scale, 1e-6))
    return cv2.GaussianBlur(out, (0, 0), 2.0)


def box_mean(x: np.ndarray, size: int) -> np.ndarray:
    return cv2.blur(x, (size, size), borderType=cv2.BORDER_REFLECT)
