"""Counting text length the way Xiaohongshu does.

Title (confirmed by publishing-tool authors): encode as UTF-16; every code unit above 127
weighs 2, every ASCII code unit weighs 1; the length is the total weight / 2, rounded up.
So ``Claude 4.6发布，AI助手又进化了`` counts 15.

How the platform counts the body is not documented, so the method is a parameter (the
rule pack's ``body_length`` rule chooses it) and defaults to plain code points.
"""

from __future__ import annotations

import numpy as np

TITLE_LIMIT = 20
BODY_LIMIT = 1000

# "platform": the title weighting above; "characters": code points; "utf16": UTF-16 code units.
METHODS = ("platform", "characters", "utf16")


def _weight(text: str) -> int:
    """Platform weight (2 per non-ASCII UTF-16 unit, 1 per ASCII unit), all in C."""
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    ascii_units = len(text.encode("ascii", "ignore"))
    return 2 * units - ascii_units


def count_length(text: str, method: str = "platform") -> int:
    """Length by ``method`` (one of ``METHODS``); the default is the title count."""
    if method == "platform":
        return (_weight(text) + 1) // 2
    if method == "characters":
        return len(text)
    if method == "utf16":
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    raise ValueError(f"unknown length method {method!r}; expected one of {METHODS}")


def overflow_start(text: str, limit: int, method: str = "platform") -> int | None:
    """Index of the first code point that takes the text past ``limit``, or None if it fits.

    Used to underline exactly the part of a title or body that is too long.
    """
    if count_length(text, method) <= limit:
        return None
    if method == "characters":
        return limit
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if method == "platform":
        # Weight per code point: ASCII 1, BMP 2, astral (a surrogate pair) 4; budget 2*limit.
        weights = np.where(codes < 128, 1, np.where(codes < 0x10000, 2, 4))
        budget = 2 * limit
    else:  # utf16 units
        weights = np.where(codes < 0x10000, 1, 2)
        budget = limit
    cumulative = np.cumsum(weights)
    return int(np.searchsorted(cumulative, budget, side="right"))
