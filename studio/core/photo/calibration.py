"""Thresholds and weights as data: ``assets/photo/calibration.toml``, written by
``bench/photo_eval.py --fit`` (never by hand), read once and shared read-only.

Each statistic v becomes a score s = 1 / (1 + exp(−(v − center) / width)) in (0, 1): 0.5
at the fitted decision point of that signal. The photo's score is the noisy-OR of the
signal scores, 100 · (1 − Π(1 − sᵢ)), so one strong signal or several moderate ones raise
it. ``caution`` and ``over`` are score thresholds fitted for a target false-positive rate
on unedited and benignly processed photos. The retouch magnitude (with an original) uses
the same logistic form on its own statistics.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio.core.paths import assets_dir


class CalibrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Logistic:
    center: float
    width: float

    def __call__(self, value: float) -> float:
        if not math.isfinite(value):
            return 0.0
        z = (value - self.center) / max(self.width, 1e-9)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@dataclass(frozen=True)
class Calibration:
    signals: dict[str, Logistic]
    retouch: dict[str, Logistic]
    caution: float
    over: float
    retouch_caution: float
    retouch_over: float

    def signal_score(self, signal_id: str, value: float) -> float:
        curve = self.signals.get(signal_id)
        return curve(value) if curve else 0.0

    @staticmethod
    def combine(scores: list[float]) -> float:
        keep = 1.0
        for s in scores:
            keep *= 1.0 - min(max(s, 0.0), 1.0)
        return 100.0 * (1.0 - keep)

    def verdict(self, score: float, caution: float | None = None, over: float | None = None) -> str:
        if score >= (self.over if over is None else over):
            return "over"
        if score >= (self.caution if caution is None else caution):
            return "caution"
        return "ok"


def default_path() -> Path:
    return assets_dir() / "photo" / "calibration.toml"


def parse(data: dict) -> Calibration:
    try:
        signals = {k: Logistic(float(v["center"]), float(v["width"])) for k, v in data["signals"].items()}
        retouch = {k: Logistic(float(v["center"]), float(v["width"])) for k, v in data["retouch"].items()}
        verdict = data["verdict"]
        return Calibration(
            signals=signals,
            retouch=retouch,
            caution=float(verdict["caution"]),
            over=float(verdict["over"]),
            retouch_caution=float(verdict["retouch_caution"]),
            retouch_over=float(verdict["retouch_over"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CalibrationError(f"calibration file is incomplete: {exc}") from None


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> Calibration:
    path = path or default_path()
    try:
        with open(path, "rb") as fh:
            return parse(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CalibrationError(f"cannot read the photo calibration {path}: {exc}") from None
