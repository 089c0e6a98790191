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


NOTICEABLE_SCORE = 0.3
STRONG_SCORE = 0.6


def level(score: float) -> int:
    """0 = nothing to report, 1 = noticeable, 2 = strong (thresholds shared by all messages)."""
    return 0 if score < NOTICEABLE_SCORE else (1 if score < STRONG_SCORE else 2)


def wording_score(score: float, verdict: str) -> float:
    """The score a signal's sentence is worded for: under an overall "ok" verdict no sentence
    uses the strong wording ("a plastic, airbrushed look"), which would contradict "looks
    natural"; the signal's own score is reported unchanged."""
    return score if verdict != "ok" else min(score, float(np.nextafter(STRONG_SCORE, 0.0)))


def normalise_map(values: np.ndarray, scale: float) -> np.ndarray:
    """Map non-negative evidence to [0, 1] (``scale`` maps to ~0.63) and soften it."""
    out = 1.0 - np.exp(-np.maximum(values, 0).astype(np.float32) / max(scale, 1e-6))
    return cv2.GaussianBlur(out, (0, 0), 2.0)


def box_mean(x: np.ndarray, size: int) -> np.ndarray:
    return cv2.blur(x, (size, size), borderType=cv2.BORDER_REFLECT)


SAMPLE = 250_000


def percentile(values: np.ndarray, q: float) -> float:
    """np.percentile over a fixed strided sample of at most ~250k values (deterministic).

    Sorting millions of floats dominated analysis time; a quarter-million-value sample moves
    percentiles by far less than the calibration's resolution.
    """
    flat = values.ravel()
    step = max(1, flat.size // SAMPLE)
    return float(np.percentile(flat[::step], q)) if flat.size else 0.0


def histogram_percentile(hist: np.ndarray, q: float) -> float:
    """Exact percentile of 8-bit values from their histogram (no sort)."""
    counts = np.cumsum(hist)
    if counts[-1] == 0:
        return 0.0
    return float(np.searchsorted(counts, q / 100.0 * counts[-1]))


def channel_percentile(channel: np.ndarray, q: float) -> float:
    return histogram_percentile(np.bincount(channel.ravel(), minlength=256), q)


def channel_max(rgb: np.ndarray) -> np.ndarray:
    """Per-pixel max over R, G, B (faster than ``rgb.max(axis=2)``)."""
    return np.maximum(np.maximum(rgb[..., 0], rgb[..., 1]), rgb[..., 2])


def channel_min(rgb: np.ndarray) -> np.ndarray:
    """Per-pixel min over R, G, B (faster than ``rgb.min(axis=2)``)."""
    return np.minimum(np.minimum(rgb[..., 0], rgb[..., 1]), rgb[..., 2])


def blur_large(image: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur with a large sigma, done on a 2^k-times smaller copy (same look, far
    fewer taps) and resized back."""
    h, w = image.shape[:2]
    k = 1
    while sigma / (2 * k) >= 2.0 and min(h, w) // (2 * k) >= 16:
        k *= 2
    if k == 1:
        return cv2.GaussianBlur(image, (0, 0), sigma)
    small = cv2.resize(image, (max(1, w // k), max(1, h // k)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / k)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
