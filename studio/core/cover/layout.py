"""Auto-fit: the largest font size at which a text fits its box in at most N balanced lines.

``fit_text`` binary-searches integer pixel sizes (feasibility is monotone in the size), then
breaks the text with ``balanced_breaks`` at the chosen size and returns a ``Block``: lines with
their runs, x offsets for the alignment and baselines measured from the block's top edge.
Explicit newlines always break, and when the author broke the lines each is kept whole if it
still fits at the minimum size. A unit too wide for the line even at the minimum size is
split per character, and a text too long for the box keeps shrinking below the template
minimum (to ``FLOOR_PX``, on a tiny canvas further) rather than leaving the safe area; that
is reported as a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from studio.core.cover.breaking import (
    NO_END,
    Unit,
    balanced_breaks,
    break_plan,
    min_lines,
    split_unit,
    tokenize,
)
from studio.core.cover.fonts import (
    Run,
    clusters,
    emoji_image,
    get_font,
    ink_box,
    run_width,
    split_runs,
    text_width,
)
from studio.core.i18n import tr

FLOOR_PX = 12  # below this the text is unreadable in the feed (the legibility report says so)
ABSOLUTE_MIN_PX = 4  # ...but it must still stay inside its box on a tiny canvas


@dataclass(frozen=True)
class Line:
    text: str
    runs: tuple[Run, ...]
    width: float
    x: float  # left edge relative to the block's left edge
    baseline: float  # relative to the block's top (the ink top of the first line)


@dataclass(frozen=True)
class Block:
    size: int
    font: str
    lines: tuple[Line, ...]
    height: float  # ink top of first line to ink bottom of last line
    ink_top: float  # top of a CJK glyph relative to its baseline (negative)
    line_height: float
    missing: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class _Para:
    units: list[Unit]
    runs: list[list[Run]]


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return [p.strip() for p in text.split("\n") if p.strip()]


def _prepare(text: str, font: str) -> tuple[list[_Para], list[str]]:
    paras, missing = [], []
    for paragraph in _normalise(text):
        units, runs = [], []
        for unit in tokenize(paragraph):
            unit_runs, lost = split_runs(unit.text, font)
            missing.extend(lost)
            if unit_runs:
                units.append(unit)
                runs.append(unit_runs)
        if units:
            paras.append(_Para(units, runs))
    return paras, missing


def _measure(para: _Para, font: str, size: int) -> tuple[list[float], list[float]]:
    space = text_width(font, size, " ")
    widths = [sum(run_width(r, size) for r in runs) for runs in para.runs]
    spaces = [space if u.space_before else 0.0 for u in para.units]
    return widths, spaces


def _block_height(lines: int, size: int, font: str, spacing: float) -> float:
    top, bottom = ink_box(font, size)
    return (bottom - top) + (lines - 1) * size * spacing


def _split_wide(paras: list[_Para], font: str, size: int, width: float) -> list[_Para]:
    out = []
    for para in paras:
        widths, _ = _measure(para, font, size)
        units, runs = [], []
        for unit, unit_runs, w in zip(para.units, para.runs, widths, strict=True):
            pieces = split_unit(unit) if w > width else [unit]
            for piece in pieces:
                piece_runs, _ = split_runs(piece.text, font)
                if piece_runs:
                    units.append(piece)
                    runs.append(piece_runs if len(pieces) > 1 else unit_runs)
        out.append(_Para(units, runs))
    return out


def fit_text(
    text: str,
    font: str,
    max_width: float,
    max_height: float,
    *,
    min_px: int,
    max_px: int,
    max_lines: int,
    spacing: float = 1.15,
    align: str = "center",
    edge: Callable[[int], float] = lambda size: 0.0,
) -> Block | None:
    """Lay ``text`` out as large as possible inside max_width × max_height; None if empty.

    ``edge(size)`` is the horizontal room that effects (stroke, highlight overhang) need on
    each side of a line at that size; it is subtracted from the available width.
    """
    paras, missing = _prepare(text, font)
    if not paras:
        return None
    limit = max(max_lines, len(paras))
    warnings: list[str] = []
    min_px = max(FLOOR_PX, min(min_px, max_px))

    def fits(ps: list[_Para], size: int, allowed: int) -> bool:
        return _plan_cost(ps, font, size, max_width, max_height, spacing, edge, allowed,
                          with_cost=False) is not None

    def largest(ps: list[_Para], lo: int, hi: int, allowed: int) -> int | None:
        if not fits(ps, lo, allowed):
            return None
        while lo < hi:  # invariant: lo fits
            mid = (lo + hi + 1) // 2
            if fits(ps, mid, allowed):
                lo = mid
            else:
                hi = mid - 1
        return lo

    size = None
    if len(paras) > 1:  # the author broke the lines: keep each one whole if that is readable
        size = largest(paras, min_px, max_px, len(paras))
    if size is None:
        size = largest(paras, min_px, max_px, limit)
    else:
        limit = len(paras)
    if size is None:
        paras = _split_wide(paras, font, min_px, max_width - 2 * edge(min_px))
        size = largest(paras, min_px, max_px, limit)
    if size is None:
        # Too long for the template's line count: allow more lines and smaller type.
        paras = _split_wide(paras, font, ABSOLUTE_MIN_PX, max_width - 2 * edge(ABSOLUTE_MIN_PX))
        size = largest(paras, ABSOLUTE_MIN_PX, min_px, 10_000) or ABSOLUTE_MIN_PX
        warnings.append(tr(
            "the title is too long for this template and was set smaller than its minimum size",
            "标题对该模板来说过长，已缩小到低于模板最小字号",
        ))
    size = _best_looking(paras, font, size, min_px, max_width, max_height, spacing, edge, limit)
    while True:
        block = _compose(paras, font, size, max_width, max_height, spacing, align, edge, limit)
        if block is not None or size <= ABSOLUTE_MIN_PX:
            break
        size -= 1  # kerning made a line wider than the sum of its words: one px smaller
    if block is None:
        block = _compose(paras, font, size, max_width, max_height, spacing, align, edge, 10_000,
                         force=True)
    assert block is not None
    return Block(
        size=block.size, font=font, lines=block.lines, height=block.height,
        ink_top=block.ink_top, line_height=block.line_height,
        missing=tuple(missing), warnings=tuple(warnings),
    )


# Giving up this much size (as a fraction) costs as much as one unit of break cost: a few
# percent smaller type is worth it for a break at ｜ or ， instead of mid-phrase.
SIZE_WEIGHT = 2.0
SIZE_SEARCH = 0.85  # look no lower than this fraction of the largest size that fits


def _plan_cost(paras: list[_Para], font: str, size: int, max_width: float, max_height: float,
               spacing: float, edge: Callable[[int], float], limit: int,
               with_cost: bool = True) -> float | None:
    """None if the text does not fit at ``size`` in ``limit`` lines, else the breaks' cost
    (0 without ``with_cost``: the size search only needs the yes/no, not the line-break DP)."""
    avail = max_width - 2 * edge(size)
    total_cost, total_lines = 0.0, 0
    for para in paras:
        widths, spaces = _measure(para, font, size)
        k = min_lines(widths, spaces, avail)
        if k is None:
            return None
        if with_cost:
            total_cost += break_plan(para.units, widths, spaces, avail, k)[1]
        total_lines += k
    if total_lines > limit or _block_height(total_lines, size, font, spacing) > max_height:
        return None
    return total_cost


def _best_looking(paras: list[_Para], font: str, largest: int, min_px: int, max_width: float,
                  max_height: float, spacing: float, edge: Callable[[int], float], limit: int) -> int:
    """Trade a little size for better breaks: score a few sizes below the largest that fits."""
    floor = max(min_px, int(largest * SIZE_SEARCH))
    if floor >= largest:
        return largest
    best_size, best_score = largest, None
    steps = 6
    for i in range(steps + 1):
        size = round(largest - (largest - floor) * i / steps)
        cost = _plan_cost(paras, font, size, max_width, max_height, spacing, edge, limit)
        if cost is None:
            continue
        score = cost + SIZE_WEIGHT * (1 - size / largest)
        if best_score is None or score < best_score - 1e-9:
            best_size, best_score = size, score
    return best_size


def _extent(runs: list[Run], font: str, size: int) -> tuple[float, float]:
    """Ink top/bottom of a line relative to its baseline: at least a CJK glyph's, plus Latin
    descenders, quotes and emoji that reach further."""
    top, bottom = ink_box(font, size)
    mid = (top + bottom) / 2
    for run in runs:
        if run.kind == "emoji":
            half = max(emoji_image(c, size).height for c in clusters(run.text)) / 2
            top, bottom = min(top, mid - half), max(bottom, mid + half)
        elif run.text.strip():
            _, t, _, b = get_font(run.font, size).getbbox(run.text, anchor="ls")
            top, bottom = min(top, t), max(bottom, b)
    return top, bottom


def _compose(
    paras: list[_Para], font: str, size: int, max_width: float, max_height: float,
    spacing: float, align: str, edge: Callable[[int], float], limit: int, force: bool = False,
) -> Block | None:
    avail = max_width - 2 * edge(size)
    rows: list[tuple[str, list[Run], float]] = []
    for para in paras:
        widths, spaces = _measure(para, font, size)
        k = min_lines(widths, spaces, avail) or len(para.units)
        starts = [*balanced_breaks(para.units, widths, spaces, avail, k), len(para.units)]
        for a, b in pairwise(starts):
            runs = _merge_runs(para, a, b, font)
            if b < len(para.units):
                runs = _drop_trailing_separator(runs)
            width = sum(run_width(r, size) for r in runs)
            if width > avail + 0.5 and not force:
                return None
            rows.append(("".join(r.text for r in runs), runs, width))
    if len(rows) > limit and not force:
        return None
    top = _extent(rows[0][1], font, size)[0]
    bottom = _extent(rows[-1][1], font, size)[1]
    line_height = size * spacing
    height = (bottom - top) + (len(rows) - 1) * line_height
    if height > max_height + 0.5 and not force:
        return None
    lines = []
    for i, (text, runs, width) in enumerate(rows):
        if align == "left":
            x = edge(size)
        elif align == "right":
            x = max_width - edge(size) - width
        else:
            x = (max_width - width) / 2
        lines.append(Line(text, tuple(runs), width, x, -top + i * line_height))
    return Block(size, font, tuple(lines), height, ink_box(font, size)[0], line_height)


SEPARATORS = ("｜", "|", "·", "・")


def _drop_trailing_separator(runs: list[Run]) -> list[Run]:
    """吉隆坡探店｜这家… broken after ｜: the line break already separates, drop the bar."""
    last = runs[-1]
    if last.kind == "text" and last.text.rstrip().endswith(SEPARATORS) and len(last.text.strip()) > 1:
        kept = last.text.rstrip()[:-1].rstrip()
        if kept and kept[-1] not in NO_END:  # never leave an opening bracket at the line end
            return [*runs[:-1], Run("text", last.font, kept)]
    return runs


def _merge_runs(para: _Para, start: int, end: int, primary: str) -> list[Run]:
    merged: list[Run] = []
    for index in range(start, end):
        pieces = list(para.runs[index])
        if index > start and para.units[index].space_before:
            if merged and merged[-1].kind == "text":
                merged[-1] = Run("text", merged[-1].font, merged[-1].text + " ")
            else:
                merged.append(Run("text", primary, " "))
        for run in pieces:
            if merged and run.kind == "text" and merged[-1].kind == "text" and merged[-1].font == run.font:
                merged[-1] = Run("text", run.font, merged[-1].text + run.text)
            else:
                merged.append(run)
    return merged
