"""Hashtag rules of the platform: a limit per note, structured 5-3-2 by tier.

The composer calls ``add`` and shows its refusal reason; the rules live here, not in
the widget, so the CLI and tests see the same behaviour. The limit is the compliance rule
pack's (``rules/structure.toml``, detector ``hashtag_count``), read with ``limit_of``: a
second constant here would let the composer accept tags the checker then blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from studio.core.library.models import TIERS, Hashtag

TIER_TARGETS = {"core": 5, "derived": 3, "trending": 2}  # the 5-3-2 structure
_SPLIT = re.compile(r"[\s,，、;；#＃]+")
_MAX_TAG_CHARS = 40


class AddResult(Enum):
    ADDED = "added"
    EMPTY = "empty"
    DUPLICATE = "duplicate"
    LIMIT = "limit"
    TOO_LONG = "too_long"


# Text copied out of the app marks topics as "#吉隆坡[话题]#" (the checker knows the marker too).
_TOPIC_MARKER = "[话题]"


def normalize_tag(raw: str) -> str:
    """``#吉隆坡美食#`` / ``＃吉隆坡美食`` / ``#吉隆坡美食[话题]#`` / ``  吉隆坡美食 `` →
    ``吉隆坡美食``. Tags pasted from a copied note kept the marker: the chip read
    #吉隆坡美食[话题], and so did the ready-to-post text."""
    tag = raw.strip().strip("#＃").strip()
    return tag.removesuffix(_TOPIC_MARKER).strip()


def split_tags(text: str) -> list[str]:
    """Split what a creator typed or pasted ("#a #b, c") into tag texts, in order."""
    return [tag for tag in (normalize_tag(part) for part in _SPLIT.split(text)) if tag]


def _key(tag: str) -> str:
    return tag.casefold()


@dataclass(frozen=True, slots=True)
class TierStatus:
    tier: str
    count: int
    target: int

    @property
    def complete(self) -> bool:
        return self.count >= self.target


def limit_of(engine=None) -> int:
    """The most hashtags a note may carry, as the compliance engine's rule pack sets it
    (the bundled packs when ``engine`` is None; compiling them takes about a second)."""
    if engine is None:
        from studio.core.compliance import Engine

        engine = Engine.default()
    return engine.limit("hashtag_count")


def add(
    tags: tuple[Hashtag, ...], raw: str, tier: str = "core", *, limit: int | None = None
) -> tuple[tuple[Hashtag, ...], AddResult]:
    """Return the new tag list and what happened; the list is unchanged unless ADDED.
    ``limit`` defaults to the bundled rule pack's (``limit_of()``)."""
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r}")
    tag = normalize_tag(raw)
    if not tag:
        return tags, AddResult.EMPTY
    if len(tag) > _MAX_TAG_CHARS:
        return tags, AddResult.TOO_LONG
    if any(_key(t.tag) == _key(tag) for t in tags):
        return tags, AddResult.DUPLICATE
    if len(tags) >= (limit if limit is not None else limit_of()):
        return tags, AddResult.LIMIT
    return (*tags, Hashtag(tag, tier)), AddResult.ADDED


def remove(tags: tuple[Hashtag, ...], tag: str) -> tuple[Hashtag, ...]:
    return tuple(t for t in tags if _key(t.tag) != _key(normalize_tag(tag)))


def structure(tags: tuple[Hashtag, ...]) -> list[TierStatus]:
    """How far the tags are from the recommended 5-3-2 structure, tier by tier."""
    return [
        TierStatus(tier, sum(1 for t in tags if t.tier == tier), TIER_TARGETS[tier])
        for tier in TIERS
    ]
