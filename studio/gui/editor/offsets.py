"""Engine offsets are code points; Qt document positions are UTF-16 code units.

They differ for every emoji or other character outside the Basic Multilingual Plane, which
creators use a lot, so every span crossing the boundary goes through these helpers.
"""

from __future__ import annotations


def cp_to_u16(text: str, cp: int) -> int:
    prefix = text[:cp]
    return cp + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def u16_to_cp(text: str, u16: int) -> int:
    units = 0
    for index, ch in enumerate(text):
        if units >= u16:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class OffsetMap:
    """Code point → UTF-16 for many offsets into one text (one pass, then O(1) each)."""

    def __init__(self, text: str):
        self._units: list[int] | None = None
        if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
            return  # no surrogate pairs: the two offsets agree (the common case)
        units, total = [0], 0
        for ch in text:
            total += 2 if ord(ch) > 0xFFFF else 1
            units.append(total)
        self._units = units

    def u16(self, cp: int) -> int:
        if self._units is None:
            return cp
        return self._units[min(max(cp, 0), len(self._units) - 1)]
