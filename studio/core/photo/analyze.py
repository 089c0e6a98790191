"""Run every signal on one photo (and the before/after comparison) and build the report.

Thread safety: each call works on its own arrays; the calibration is an immutable cached
object and the face detector is per-thread, so the GUI may run analyses off the UI thread
(several at once if it likes).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from studio.core.photo.calibration import Calibration, load
from studio.core.photo.compare import (
    MIN_STRUCTURE,
    OriginalMismatchError,
    retouch_from_stats,
    statistics,
)
from studio.core.photo.report import PhotoReport, RetouchResult, SignalResult
from studio.core.photo.scope import not_judged
from studio.core.photo.signals import SIGNALS
from studio.core.photo.signals.base import wording_score
from studio.core.photo.working import Frame, ImageInput, load_frame


def _heatmap(shape: tuple[int, int], weighted: list[tuple[float, np.ndarray]]) -> np.ndarray:
    heat = np.zeros(shape, dtype=np.float32)
    for weight, evidence in weighted:
        if weight < 0.05:
            continue
        if evidence.shape != shape:
            evidence = cv2.resize(evidence, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR)
        np.maximum(heat, weight * evidence, out=heat)
    return np.clip(heat, 0.0, 1.0)


def build_report(
    frame: Frame,
    cal: Calibration,
    retouch: RetouchResult | None = None,
    *,
    file: str | None = None,
    heatmap: bool = True,
) -> PhotoReport:
    measured = [(signal, signal.measure(frame)) for signal in SIGNALS]
    signal_scores = [cal.signal_score(signal.id, m.value) for signal, m in measured]
    note = not_judged(frame)  # a thumbnail, or a text card whose white background is design
    score = 0.0 if note else cal.photo_score({signal.id: m.value for signal, m in measured})
    if retouch is not None:
        # A reshaped body is over-editing even when no single-image statistic can see it.
        score = max(score, retouch.magnitude)
    verdict = cal.verdict(score)
    results: list[SignalResult] = []
    weighted: list[tuple[float, np.ndarray]] = []
    faces = 0
    for (signal, m), s in zip(measured, signal_scores, strict=True):
        message = signal.message(wording_score(s, verdict), m)
        results.append(SignalResult(signal.id, float(m.value), s, message, m.details))
        if m.evidence is not None and note is None:
            weighted.append((s, m.evidence))
        faces = max(faces, int(m.details.get("faces", 0)))
    if retouch is not None and retouch.flow_map is not None:
        weighted.append((retouch.magnitude / 100.0, retouch.flow_map))
    h, w = frame.shape
    return PhotoReport(
        score=float(score),
        verdict=verdict,
        signals=results,
        size=frame.size,
        working_size=(w, h),
        faces=faces,
        retouch=retouch,
        file=file,
        heatmap=_heatmap((h, w), weighted) if heatmap else None,
        note=note,
    )


def analyze(
    image: ImageInput,
    original: ImageInput | None = None,
    *,
    heatmap: bool = True,
    calibration: Calibration | None = None,
) -> PhotoReport:
    """Judge one photo; with ``original`` also measure how far it was retouched from it.

    Raises ``studio.core.imageio.ImageLoadError`` (naming the file) for unreadable input, and
    its subclass ``OriginalMismatchError`` when ``original`` shows another scene.
    """
    cal = calibration or load()
    frame = load_frame(image)
    retouch = None
    if original is not None:
        retouch = compare(original, frame, calibration=cal)
    file = str(image) if isinstance(image, str | Path) else None
    return build_report(frame, cal, retouch, file=file, heatmap=heatmap)


def compare(
    original: ImageInput | Frame, edited: ImageInput | Frame, *, calibration: Calibration | None = None
) -> RetouchResult:
    """Retouching magnitude of ``edited`` relative to ``original`` (Kee & Farid style).

    Raises ``OriginalMismatchError`` (an ``ImageLoadError`` naming the original) when the two
    do not show the same scene.
    """
    cal = calibration or load()
    before = original if isinstance(original, Frame) else load_frame(original)
    after = edited if isinstance(edited, Frame) else load_frame(edited)
    stats = statistics(before, after)
    if stats["structure"] < MIN_STRUCTURE:
        raise OriginalMismatchError(before.name, after.name)
    return retouch_from_stats(stats, cal)
