"""Tone signals: clipped highlights/shadows and tone-curve combing.

clipping — levels/curves "pop" pushes whole tonal ranges onto 0 or 255: the end bin of the
histogram stands out as a spike against the bins just inside it, whereas a camera's tone curve
rolls off into its ends. A pixel's shadows are crushed when its darkest channel hits 0 and its
highlights blown when its brightest channel hits 255, so the spikes are read from the
histogram n_min of each pixel's smallest channel (low end) and n_max of its largest (high end):
    value = ln⁺((n_min[0..1]/2 + 1) / (mean n_min[2..7] + 1)) + ln⁺((n_max[254..255]/2 + 1) / (mean n_max[248..253] + 1)),
where ln⁺ = max(ln, 0). (On the calibration set this separates levels edits slightly better
than the mean over R, G and B of both ends, which is kept as the detail ``end_spikes``.)
The clipped fractions (max channel ≥ 254, ≤ 2) are reported as details and drive the message.

combing — Stamm & Liu (2010), "Forensic detection of image manipulation using statistical
intrinsic fingerprints" (IEEE TIFS 5(3)): a contrast stretch maps 256 input levels onto
256 output levels unevenly, leaving empty bins and spikes ("combing") in the histogram. The
fingerprint is high-frequency energy in the histogram's spectrum:
    F = Σ_{k ≥ 32} |DFT(h · w)(k)| / Σ_k |DFT(h · w)(k)|,
where h is a channel's 256-bin histogram and w a window that tapers the first and last
16 bins (clipping spikes are the other signal's business), measured on the decoded pixels
before any resampling (resampling fills gaps). F (mean and largest over R, G, B) is kept as a
detail; it is not what is scored:

After JPEG re-encoding the gaps are partly refilled and F drowns in the histogram's own
roughness, but the gaps stay *periodic* (a gain g leaves one empty or doubled bin every
≈ 1/|g − 1| levels). ``histogram_periodicity`` looks for that period directly: the histogram's
residual against its 9-bin running mean, scaled by the Poisson noise √trend, has a spectral
line; the statistic is how far the strongest line over periods of 2–21 bins rises above a
power law fitted to the residual spectrum (ln units). Fitting the trend rather than taking
the spectrum's median keeps the lumpy histograms of flat graphics from counting as combs.
The combing value is the largest periodicity of R, G and B (a curve on one channel counts
too).
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.core.i18n import tr
from studio.core.photo.signals.base import (
    Measurement,
    Signal,
    channel_max,
    channel_min,
    level,
    normalise_map,
)
from studio.core.photo.working import Frame

_CUTOFF = 32
_TAPER = 16


def _window() -> np.ndarray:
    w = np.ones(256)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, _TAPER))
    w[:_TAPER] = ramp
    w[-_TAPER:] = ramp[::-1]
    return w


_WINDOW = _window()


def combing_index(h: np.ndarray) -> float:
    """Stamm & Liu's F of one channel's 256-bin histogram ``h``."""
    spectrum = np.abs(np.fft.rfft(h * _WINDOW))
    total = spectrum.sum()
    return float(spectrum[_CUTOFF:].sum() / total) if total > 0 else 0.0


_BAND = np.arange(12, 129)  # rfft bins of a 256-bin histogram: periods of 2–21 levels
_POWER_LAW = np.vstack([np.ones(_BAND.size), np.log(_BAND)]).T


def histogram_periodicity(h: np.ndarray) -> float:
    """How far the strongest line in the spectrum of histogram ``h``'s noise-scaled residual
    rises above the spectrum's power-law trend, in ln units (0 when too few bins are populated
    to tell). A natural histogram's residual spectrum decays smoothly (lumps from flat areas
    only raise its low end); a comb is a line on top of it."""
    trend = np.convolve(h, np.ones(9) / 9, mode="same")
    use = np.zeros(256, bool)
    use[12:244] = True  # clipping spikes at the ends are the clipping signal's business
    use &= trend > 20  # sparse bins are shot noise
    if use.sum() < 64:
        return 0.0
    residual = np.where(use, (h - trend) / np.sqrt(trend + 1.0), 0.0)
    log_spectrum = np.log(np.abs(np.fft.rfft(residual))[_BAND] + 1e-9)
    coef = np.linalg.lstsq(_POWER_LAW, log_spectrum, rcond=None)[0]
    return float((log_spectrum - _POWER_LAW @ coef).max())


def end_spikes(h: np.ndarray) -> float:
    """ln of how much the two end bins at each side of histogram ``h`` stand out from the six
    bins beside them (an end with no spike counts 0, not negative)."""
    return _low_spike(h) + _high_spike(h)


def _low_spike(h: np.ndarray) -> float:
    return max(float(np.log((h[:2].sum() / 2 + 1) / (h[2:8].mean() + 1))), 0.0)


def _high_spike(h: np.ndarray) -> float:
    return max(float(np.log((h[254:].sum() / 2 + 1) / (h[248:254].mean() + 1))), 0.0)


def measure_clipping(frame: Frame) -> Measurement:
    s8 = frame.sample8
    top = channel_max(s8)
    bottom = channel_min(s8)
    high = float((top >= 254).mean())
    low = float((top <= 2).mean())
    spikes = float(np.mean([end_spikes(h) for h in frame.histograms]))
    crushed = _low_spike(cv2.calcHist([bottom], [0], None, [256], [0, 256]).ravel())
    blown = _high_spike(cv2.calcHist([top], [0], None, [256], [0, 256]).ravel())
    peak = channel_max(frame.rgb)
    clipped = ((peak >= 254 / 255) | (peak <= 2 / 255)).astype(np.float32)
    details = {
        "highlights": high,
        "shadows": low,
        "end_spikes": spikes,
        "crushed_spike": crushed,
        "blown_spike": blown,
    }
    return Measurement(
        value=_clipping_value(details),
        details=details,
        evidence=normalise_map(clipped, 0.5),
    )


def _clipping_value(d: dict[str, float]) -> float:
    return d["crushed_spike"] + d["blown_spike"]


def _clipping_message(score: float, m: Measurement) -> str:
    lvl = level(score)
    if lvl == 0:
        return tr("Highlights and shadows keep their detail.", "高光和暗部细节保留完好。")
    # name the end that scored; the cause is left open because levels/curves, clarity and
    # strong sharpening all pile pixels onto the ends (see the per-signal table in benchmarks.md)
    if m.details["blown_spike"] >= m.details["crushed_spike"]:
        if lvl == 1:
            return tr(
                "Some highlights are burnt to flat white; the contrast has been pushed.",
                "部分高光变成了死白，对比度被拉高了。",
            )
        return tr(
            "Large bright areas are burnt to pure white and lose their detail — contrast pushed hard "
            "(levels/curves, clarity or sharpening).",
            "大片亮部变成纯白，细节丢失——对比度被拉得过猛（色阶/曲线、清晰度或锐化）。",
        )
    if lvl == 1:
        return tr(
            "Some shadows are crushed to flat black; the contrast has been pushed.",
            "部分暗部变成了死黑，对比度被拉高了。",
        )
    return tr(
        "Large dark areas are crushed to pure black and lose their detail — contrast pushed hard "
        "(levels/curves, clarity or sharpening).",
        "大片暗部变成纯黑，细节丢失——对比度被拉得过猛（色阶/曲线、清晰度或锐化）。",
    )


def measure_combing(frame: Frame) -> Measurement:
    hists = frame.histograms
    values = [combing_index(h) for h in hists]
    periodic = [histogram_periodicity(h) for h in hists]
    details = {
        "mean": float(np.mean(values)),
        "max_channel": float(max(values)),
        "periodicity_max": float(max(periodic)),
        "periodicity_r": periodic[0],
        "periodicity_g": periodic[1],
        "periodicity_b": periodic[2],
        "limited_range": float(frame.limited_range),
    }
    return Measurement(value=_combing_value(details), details=details)


def _combing_value(d: dict[str, float]) -> float:
    # A lossy WebP's decoder stretches every channel (see Frame.limited_range): not evidence.
    return 0.0 if d["limited_range"] else d["periodicity_max"]


def _combing_message(score: float, m: Measurement) -> str:
    if m.details["limited_range"]:
        return tr(
            "Histogram gaps are not judged in a WebP file: its own colour conversion leaves them.",
            "WebP 文件不判断直方图断层：它自身的色彩转换就会留下断层。",
        )
    return (
        tr("The tonal range is smooth.", "影调过渡平滑。"),
        tr(
            "The histogram has gaps and spikes, a sign the tone curve was stretched.",
            "直方图出现断层和尖峰，说明曲线被拉伸过。",
        ),
        tr(
            "Tones jump in steps (a combed histogram) — a strong curves/levels edit that can show as banding.",
            "影调呈阶梯式跳变（梳状直方图）——强烈的曲线/色阶调整，可能出现色带。",
        ),
    )[level(score)]


CLIPPING = Signal("clipping", measure_clipping, _clipping_message, _clipping_value)
COMBING = Signal("combing", measure_combing, _combing_message, _combing_value)
