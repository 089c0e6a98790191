"""Length counting for profile fields; the method is configurable (see limits.toml).

The counting itself is ``studio.core.text.length``'s; limits.toml names its methods
"weighted" (the title's platform weighting) and "chars" (code points).
"""

from __future__ import annotations

from studio.core.text.length import count_length

_METHODS = {"weighted": "platform", "chars": "characters"}


def weighted_length(text: str) -> int:
    """The platform's title method: UTF-16 code units, non-ASCII weigh 2, ASCII 1; halve, round up."""
    return count_length(text, "platform")


def text_length(text: str, method: str) -> int:
    if method not in _METHODS:
        raise ValueError(f"unknown count method {method!r}")
    return count_length(text, _METHODS[method])
