"""One Aho-Corasick automaton over the compact view for all terms, exceptions and allow-words.

Each automaton key is a term as it appears in the compact view (folded, separators
removed), so 最 好 / 最*好 / 最好 all meet the key 最好 in one pass. A key carries the entries
that share it: (rule index, the rule's own spelling of the term, kind).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import ahocorasick
import numpy as np

from studio.core.text.normalize import Normalized, Normalizer

HIT, EXCEPTION, ALLOW = 0, 1, 2
ALLOW_RULE = -1  # rule index of workspace allow-words (they apply to every rule)


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(slots=True)
class Scan:
    """Raw results of one pass, still in compact coordinates."""

    hits: list[tuple[int, int, int, str, bool, bool]] = field(default_factory=list)
    # (compact start, compact end, rule index, term, latin start, latin end)
    guards: list[tuple[int, int, int]] = field(default_factory=list)
    # exceptions and allow-words: (compact start, compact end, rule index or ALLOW_RULE)


class TermMatcher:
    def __init__(self, normalizer: Normalizer, items: Iterable[tuple[int, str, str, int]]) -> None:
        """``items``: (rule index, text to match, term to report, kind)."""
        self.normalizer = normalizer
        grouped: dict[str, list[tuple[int, str, int]]] = {}
        for rule_index, text, term, kind in items:
            key = normalizer.key(text)
            if not key:
                continue
            entries = grouped.setdefault(key, [])
            if (rule_index, term, kind) not in entries:
                entries.append((rule_index, term, kind))
        self.size = len(grouped)
        self._automaton: ahocorasick.Automaton | None = None
        if grouped:
            automaton = ahocorasick.Automaton()
            for key, entries in grouped.items():
                hits = tuple((rule, term) for rule, term, kind in entries if kind == HIT)
                guards = tuple(rule for rule, _, kind in entries if kind != HIT)
                latin = (_is_latin(key[0]), _is_latin(key[-1]))
                automaton.add_word(key, (len(key) - 1, *latin, hits, guards))
            automaton.make_automaton()
            self._automaton = automaton

    def scan(self, norm: Normalized, active: Sequence[bool], into: Scan) -> None:
        if self._automaton is None or not norm.compact:
            return
        hits, guards = into.hits, into.guards
        for end, (length, latin_start, latin_end, key_hits, key_guards) in self._automaton.iter(
            norm.compact
        ):
            start = end - length
            for rule_index, term in key_hits:
                if active[rule_index]:
                    hits.append((start, end + 1, rule_index, term, latin_start, latin_end))
            for rule_index in key_guards:
                if rule_index == ALLOW_RULE or active[rule_index]:
                    guards.append((start, end + 1, rule_index))


def to_original(
    norm: Normalized, starts: list[int], ends: list[int]
) -> tuple[list[int], list[int]]:
    """Map compact [start, end) spans to original offsets, vectorised."""
    if not starts:
        return [], []
    index = norm.index
    return (
        index[np.asarray(starts, dtype=np.int64)].tolist(),
        (index[np.asarray(ends, dtype=np.int64) - 1] + 1).tolist(),
    )


def latin_boundary_ok(
    folded: str, start: int, end: int, latin_start: bool, latin_end: bool
) -> bool:
    """A term starting/ending with a Latin letter or digit must not continue a Latin word
    (``ig`` never inside ``big``); CJK neighbours are boundaries (加vx, vx号)."""
    if latin_start and start > 0 and _is_latin(folded[start - 1]):
        return False
    return not (latin_end and end < len(folded) and _is_latin(folded[end]))
