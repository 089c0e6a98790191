"""The single-image signals, in report order. Each module documents its statistic and source."""

from studio.core.photo.signals.base import Measurement, Signal
from studio.core.photo.signals.cast import COLOUR_CAST
from studio.core.photo.signals.colour import SATURATION
from studio.core.photo.signals.detail import HALOS, LOCAL_CONTRAST
from studio.core.photo.signals.texture import SMOOTHING
from studio.core.photo.signals.tone import CLIPPING, COMBING
from studio.core.photo.signals.vignette import VIGNETTE

SIGNALS: tuple[Signal, ...] = (
    SATURATION,
    CLIPPING,
    COMBING,
    HALOS,
    SMOOTHING,
    LOCAL_CONTRAST,
    VIGNETTE,
    COLOUR_CAST,
)
SIGNAL_IDS = tuple(s.id for s in SIGNALS)

__all__ = ["SIGNALS", "SIGNAL_IDS", "Measurement", "Signal"]
