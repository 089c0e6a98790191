"""Thresholds and weights as data: ``assets/photo/calibration.toml``, written by
``bench/photo_eval.py --fit`` (never by hand), read once and shared read-only.

Per signal, a logistic on its statistic v: z = (v − center) / width, score s = σ(z) in (0, 1),
0.5 at the fitted decision point of that signal.

The photo's evidence is the noisy-OR of the signal scores taken in the log domain,
E = −ln Π(1 − sᵢ) = Σ softplus(zᵢ): one strong signal or several moderate ones raise it,
and it never saturates numerically. The displayed score is a monotone map of E,
    score = 100 · σ(a + b · ln E),
whose two anchors are fitted: E at the ``caution`` anchor shows as 40 and E at the ``over``
anchor as 70 (the verdict thresholds on the 0–100 scale). The retouch magnitude (with an
original) works the same way on its own statistics, measured from a floor: the evidence of
an unchanged copy (every statistic 0) shows as 0, not as the ≈ 19 the bare map gives it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio.core.i18n import tr
from studio.core.paths import assets_dir
from studio.core.tomlfile import read_toml

CAUTION_SCORE = 40.0
OVER_SCORE = 70.0


class CalibrationError(RuntimeError):
    pass


def _softplus(z: float) -> float:
    return z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))


@dataclass(frozen=True)
class Logistic:
    center: float
    width: float

    def z(self, value: float) -> float:
        if not math.isfinite(value):
            return -60.0
        return max(-60.0, min(60.0, (value - self.center) / max(self.width, 1e-9)))

    def __call__(self, value: float) -> float:
        return 1.0 / (1.0 + math.exp(-self.z(value)))

    def evidence(self, value: float) -> float:
        """−ln(1 − score), computed without rounding to infinity."""
        return _softplus(self.z(value))


@dataclass(frozen=True)
class Scale:
    """Evidence → 0–100, with E = ``caution`` at 40, E = ``over`` at 70 and E ≤ ``floor`` at 0."""

    caution: float
    over: float
    floor: float = 0.0

    def __call__(self, evidence: float) -> float:
        above = evidence - self.floor
        if above <= 0.0:
            return 0.0
        lo = math.log(max(self.caution - self.floor, 1e-12))
        hi = max(math.log(max(self.over - self.floor, 1e-12)), lo + 1e-3)
        x_lo = math.log(CAUTION_SCORE / (100 - CAUTION_SCORE))
        x_hi = math.log(OVER_SCORE / (100 - OVER_SCORE))
        b = (x_hi - x_lo) / (hi - lo)
        x = x_lo + b * (math.log(max(above, 1e-12)) - lo)
        return 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


@dataclass(frozen=True)
class Calibration:
    signals: dict[str, Logistic]
    retouch: dict[str, Logistic]
    score_scale: Scale
    retouch_scale: Scale

    def signal_score(self, signal_id: str, value: float) -> float:
        curve = self.signals.get(signal_id)
        return curve(value) if curve else 0.0

    def photo_evidence(self, values: dict[str, float]) -> float:
        return sum(curve.evidence(values[k]) for k, curve in self.signals.items() if k in values)

    def retouch_evidence(self, values: dict[str, float]) -> float:
        return sum(curve.evidence(values[k]) for k, curve in self.retouch.items() if k in values)

    def photo_score(self, values: dict[str, float]) -> float:
        return self.score_scale(self.photo_evidence(values))

    def retouch_magnitude(self, values: dict[str, float]) -> float:
        return self.retouch_scale(self.retouch_evidence(values))

    @staticmethod
    def verdict(score: float) -> str:
        if score >= OVER_SCORE:
            return "over"
        if score >= CAUTION_SCORE:
            return "caution"
        return "ok"


def default_path() -> Path:
    return assets_dir() / "photo" / "calibration.toml"


def parse(data: dict) -> Calibration:
    try:
        signals = {k: Logistic(float(v["center"]), float(v["width"])) for k, v in data["signals"].items()}
        retouch = {k: Logistic(float(v["center"]), float(v["width"])) for k, v in data["retouch"].items()}
        anchors = data["evidence"]
        unchanged = sum(curve.evidence(0.0) for curve in retouch.values())  # every statistic 0
        return Calibration(
            signals=signals,
            retouch=retouch,
            score_scale=Scale(float(anchors["caution"]), float(anchors["over"])),
            retouch_scale=Scale(float(anchors["retouch_caution"]), float(anchors["retouch_over"]), unchanged),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CalibrationError(tr(f"the photo calibration is incomplete: {exc}",
                                  f"照片校准文件不完整：{exc}")) from None


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> Calibration:
    path = path or default_path()
    data = read_toml(path, CalibrationError)
    try:
        return parse(data)
    except CalibrationError as exc:
        raise CalibrationError(f"{path}: {exc}") from None
