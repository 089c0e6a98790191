"""Over-editing detector: a measured, explained verdict on a photo before it is posted.

    from studio.core.photo import analyze, compare, PhotoReport
    report = analyze("photo.jpg")                       # single image
    report = analyze("edited.jpg", original="raw.jpg")  # plus before/after retouching

No Qt here; safe to call from worker threads. Signals live in ``signals/`` (one module per
family, each documenting its statistic and source); thresholds come from
``assets/photo/calibration.toml`` fitted by ``bench/photo_eval.py``.
"""

from studio.core.photo.analyze import analyze, build_report, compare
from studio.core.photo.calibration import Calibration, CalibrationError
from studio.core.photo.report import VERDICTS, PhotoReport, RetouchResult, SignalResult

__all__ = [
    "VERDICTS",
    "Calibration",
    "CalibrationError",
    "PhotoReport",
    "RetouchResult",
    "SignalResult",
    "analyze",
    "build_report",
    "compare",
]
