"""Length counting for profile fields; the method is configurable (see limits.toml)."""

from __future__ import annotations

import math


def weighted_length(text: str) -> int:
    """The platform's title method: UTF-16 code units, non-ASCII weigh 2, ASCII 1; halve, round up."""
    data = text.encode("utf-16-le")
    weight = 0
    for i in range(0, len(data), 2):
        unit = data[i] | (data[i + 1] << 8)
        weight += 1 if unit <= 127 else 2
    return math.ceil(weight / 2)


def text_length(text: str, method: str) -> int:
    if method == "weighted":
        return weighted_length(text)
    if method == "chars":
        return len(text)
    raise ValueError(f"unknown count method {method!r}")
