"""A page of text pasted as the title: laid out with bounded work, the same plans as before.

The line-break search once summed every candidate line's width again for every state and every
earlier break (lines × units³): a 2,300-character title kept the preview busy for minutes.
"""

from __future__ import annotations

import itertools

from studio.core.cover import CoverSpec, render_with_report
from studio.core.cover.breaking import Unit, break_plan, min_lines


class CountingList(list):
    """A list that counts how often it is read (one count per index or slice read)."""

    reads = 0

    def __getitem__(self, index):
        CountingList.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        CountingList.reads += len(self)
        return super().__iter__()


def brute_force(units, widths, spaces, max_width, lines):
    """Every way to cut the units into ``lines`` lines, scored as break_plan documents."""
    n, best = len(units), None
    for cuts in itertools.combinations(range(1, n), lines - 1):
        starts = [0, *cuts]
        cost = 0.0
        for k, (i, j) in enumerate(itertools.pairwise([*starts, n])):
            w = sum(widths[i:j]) + sum(spaces[i + 1 : j])
            if w > max_width:
                break
            cost += ((max_width - w) / max_width) ** 2 + (units[i].penalty if i else 0.0)
            if k == lines - 1 and sum(len(u.text) for u in units[i:j]) <= 2:
                cost += 1.0
        else:
            if best is None or cost < best[1] - 1e-12:
                best = (starts, cost)
    return best


def test_break_plan_reads_each_width_a_bounded_number_of_times():
    n = 400
    units = [Unit("字字", space_before=i % 3 == 0, penalty=0.2 * (i % 5 == 0)) for i in range(n)]
    widths = CountingList(20.0 + (i * 7) % 13 for i in range(n))
    spaces = CountingList(6.0 if u.space_before else 0.0 for u in units)
    lines = min_lines(widths, spaces, 300.0)
    CountingList.reads = 0
    starts, cost = break_plan(units, widths, spaces, 300.0, lines)
    assert len(starts) == lines and cost < float("inf")
    # Linear in the number of units (a few passes), not units² × lines.
    assert CountingList.reads < 40 * n, CountingList.reads


def test_break_plan_still_finds_the_best_plan():
    for seed in range(60):
        n = 4 + seed % 7
        units = [Unit("字" * (1 + (seed + i) % 3), space_before=(seed * i) % 4 == 1,
                      penalty=(-0.3, 0.0, 0.2, 0.5)[(seed + 2 * i) % 4]) for i in range(n)]
        widths = [10.0 + ((seed * 31 + i * 17) % 29) for i in range(n)]
        spaces = [4.0 if u.space_before else 0.0 for u in units]
        max_width = 40.0 + seed % 50
        fewest = min_lines(widths, spaces, max_width)
        for lines in {fewest, fewest + 1, 3}:
            if not lines or lines > n or lines < 2:
                continue
            expected = brute_force(units, widths, spaces, max_width, lines)
            starts, cost = break_plan(units, widths, spaces, max_width, lines)
            if expected is None:
                assert cost == float("inf")
            else:
                assert starts == expected[0] and abs(cost - expected[1]) < 1e-9, (seed, lines)


def test_a_pasted_page_renders_with_every_character_and_a_warning():
    title = "周末去哪儿玩，吉隆坡一日游攻略 Weekend in KL! " * 60  # ~2,000 characters
    image, result = render_with_report(CoverSpec(title=title, size=(270, 360)))
    assert image.size == (270, 360)
    assert "".join(result.lines).replace(" ", "") == title.replace(" ", "")
    assert result.warnings  # "too long for this template" — the preview says so
