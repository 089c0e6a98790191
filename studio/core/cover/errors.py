"""Errors raised by the cover engine for problems in what the user supplied."""

from __future__ import annotations


class CoverError(ValueError):
    """A user-facing problem with a cover spec or template; the message is bilingual-picked."""
