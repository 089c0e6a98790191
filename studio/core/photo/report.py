"""What the over-editing detector answers: plain dataclasses shared by the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from studio.core.photo.signals.base import NOTICEABLE_SCORE

VERDICTS = ("ok", "caution", "over")


@dataclass(frozen=True)
class SignalResult:
    """One piece of evidence.

    ``value`` is the raw statistic (its unit is documented in the signal's module),
    ``score`` its calibrated strength 0–1 (0.5 = as strong as the fitted decision point),
    ``message`` one localised sentence a creator understands.
    """

    id: str
    value: float
    score: float
    message: str
    details: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "value": round(float(self.value), 5),
            "score": round(float(self.score), 4),
            "message": self.message,
        }


@dataclass(frozen=True)
class RetouchResult:
    """Before/after comparison (only when the original is given).

    ``magnitude`` 0–100, higher = more retouched; ``geometric`` is the largest local
    displacement left after removing any global resize/crop/shift, in percent of the image
    diagonal; ``photometric`` is 1 − mean local SSIM; ``sharpness`` is log2 of the change in
    fine-detail energy (negative = smoothed, positive = sharpened).
    """

    magnitude: float
    geometric: float
    photometric: float
    sharpness: float
    face_photometric: float | None
    message: str
    flow_map: np.ndarray | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "magnitude": round(float(self.magnitude), 1),
            "geometric": round(float(self.geometric), 4),
            "photometric": round(float(self.photometric), 4),
            "sharpness": round(float(self.sharpness), 4),
            "message": self.message,
        }
        if self.face_photometric is not None:
            out["face_photometric"] = round(float(self.face_photometric), 4)
        return out


@dataclass(frozen=True)
class PhotoReport:
    """The verdict on one photo. ``score`` 0–100, higher = more edited."""

    score: float
    verdict: str
    signals: list[SignalResult]
    size: tuple[int, int]  # original width, height
    working_size: tuple[int, int]
    faces: int
    retouch: RetouchResult | None = None
    file: str | None = None
    heatmap: np.ndarray | None = field(default=None, repr=False, compare=False)
    # Set when the image is not judged as a photo (too small, or a text card; see scope.py):
    # one localised sentence saying so. Its signals are still measured but are not reasons.
    note: str | None = None

    def signal(self, signal_id: str) -> SignalResult:
        for s in self.signals:
            if s.id == signal_id:
                return s
        raise KeyError(signal_id)

    def top_signals(self, n: int = 3, min_score: float = NOTICEABLE_SCORE) -> list[SignalResult]:
        """The strongest reasons worth listing. Below ``NOTICEABLE_SCORE`` a signal's sentence
        says all is well ("White balance looks neutral."), which is not a reason; nor is
        anything measured on a graphic (``note``)."""
        if self.note:
            return []
        ranked = sorted(self.signals, key=lambda s: s.score, reverse=True)
        return [s for s in ranked[:n] if s.score >= max(min_score, NOTICEABLE_SCORE)]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "score": round(float(self.score), 1),
            "verdict": self.verdict,
            "signals": [s.to_dict() for s in self.signals],
        }
        if self.retouch is not None:
            out["retouch"] = self.retouch.to_dict()
        if self.note:
            out["note"] = self.note
        return out
