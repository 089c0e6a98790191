"""What changed between two versions of a note, as runs of kept, inserted and deleted text.

Chinese has no spaces to split words on, so the comparison is by character (``difflib``'s
``SequenceMatcher``). Two passes keep it fast and readable on long notes: lines first, then
characters inside each block of changed lines, so an edit in one paragraph never pairs up
with a coincidental character in another. ``autojunk`` is off: its "popular element"
heuristic drops frequent characters (的, 了, spaces) from matching in texts over 200
characters, which makes diffs of ordinary Chinese prose needlessly ragged.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True, slots=True)
class Segment:
    kind: Kind
    text: str


def _append(out: list[Segment], kind: Kind, text: str) -> None:
    if not text:
        return
    if out and out[-1].kind == kind:
        out[-1] = Segment(kind, out[-1].text + text)
    else:
        out.append(Segment(kind, text))


# Character matching is quadratic (a 30,000-character changed block took 2.5 s, and a draft
# may hold 100,000): beyond this many characters a side, after the common start and end are
# set aside, the middle is shown as removed and added without pairing characters inside it.
MAX_CHAR_DIFF = 4000


def _common_prefix(a: str | list[str], b: str | list[str]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _chars(old: str, new: str, out: list[Segment]) -> None:
    head = _common_prefix(old, new)
    tail = _common_prefix(old[head:][::-1], new[head:][::-1])
    _append(out, "equal", old[:head])
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    if max(len(old_mid), len(new_mid)) > MAX_CHAR_DIFF:
        _append(out, "delete", old_mid)
        _append(out, "insert", new_mid)
    else:
        _pair_chars(old_mid, new_mid, out)
    _append(out, "equal", old[len(old) - tail :])


def _pair_chars(old: str, new: str, out: list[Segment]) -> None:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(out, "equal", old[i1:i2])
            continue
        # Deletion first, then insertion: reads as "this was replaced by that".
        _append(out, "delete", old[i1:i2])
        _append(out, "insert", new[j1:j2])


# Line matching without autojunk is quadratic in repeated lines (3,000 copies of one
# paragraph took 1.7 s); past this many lines in the changed middle, repeated lines stop
# anchoring matches, which only makes such a diff coarser.
MAX_EXACT_LINES = 1000


def diff(old: str, new: str) -> list[Segment]:
    """Segments that spell ``old`` when "insert" runs are skipped, and ``new`` when "delete"
    runs are skipped; adjacent runs of one kind are merged."""
    out: list[Segment] = []
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    head = _common_prefix(old_lines, new_lines)
    tail = _common_prefix(old_lines[head:][::-1], new_lines[head:][::-1])
    _append(out, "equal", "".join(old_lines[:head]))
    old_mid, new_mid = old_lines[head : len(old_lines) - tail], new_lines[head : len(new_lines) - tail]
    exact = max(len(old_mid), len(new_mid)) <= MAX_EXACT_LINES
    matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=not exact)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old_mid[i1:i2]), "".join(new_mid[j1:j2])
        if op == "equal":
            _append(out, "equal", before)
        else:
            _chars(before, after, out)
    _append(out, "equal", "".join(old_lines[len(old_lines) - tail :]))
    return out


def counts(segments: list[Segment]) -> tuple[int, int]:
    """Characters inserted and deleted."""
    inserted = sum(len(s.text) for s in segments if s.kind == "insert")
    deleted = sum(len(s.text) for s in segments if s.kind == "delete")
    return inserted, deleted
