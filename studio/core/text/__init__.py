"""Text helpers shared by the engines: platform length counting, normalisation with offset
maps, and (lazy) word segmentation."""

from studio.core.text.length import (
    BODY_LIMIT,
    METHODS,
    TITLE_LIMIT,
    count_length,
    overflow_start,
)
from studio.core.text.normalize import Normalized, Normalizer, fold

__all__ = [
    "BODY_LIMIT",
    "METHODS",
    "TITLE_LIMIT",
    "Normalized",
    "Normalizer",
    "count_length",
    "fold",
    "overflow_start",
]
