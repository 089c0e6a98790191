"""Raw measurements for the evaluation set (cached): every signal on every variant, and
the before/after statistics of every variant against its unedited photo."""

from __future__ import annotations

import fcntl
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2

from studio.core.photo.compare import statistics
from studio.core.photo.signals import SIGNALS
from studio.core.photo.working import load_frame


def _one(job: tuple[dict, frozenset[str] | None]) -> dict:
    """Measure one variant: every signal, or only ``only`` (keeping the row's other results)."""
    row, only = job
    cv2.setNumThreads(1)
    frame = load_frame(row["file"])
    out = dict(row)
    out.setdefault("values", {})
    out.setdefault("details", {})
    for s in SIGNALS:
        if only is not None and s.id not in only and s.id in out["details"]:
            continue
        m = s.measure(frame)
        out["values"][s.id] = float(m.value)
        out["details"][s.id] = {k: float(v) for k, v in m.details.items()}
    if row["kind"] != "unedited" and (only is None or "compare" not in out):
        original = load_frame(str(Path(row["file"]).with_name("unedited0.jpg")))
        stats = statistics(original, frame)
        out["compare"] = {k: v for k, v in stats.items() if k != "motion"}
    return out


def compute(
    rows: list[dict], cache: Path, jobs: int = 2, refresh: bool = False, only: frozenset[str] | None = None
) -> list[dict]:
    """Measure all rows; results are cached in ``cache`` keyed by file path and mtime.

    ``only``: re-measure just these signals on every cached row (a changed statistic costs
    minutes, not the full re-measurement); new rows are always measured in full.
    """
    cache.parent.mkdir(parents=True, exist_ok=True)
    with open(cache.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two evaluations at once would overwrite each other's cache
        return _compute_locked(rows, cache, jobs, refresh, only)


def _compute_locked(
    rows: list[dict], cache: Path, jobs: int, refresh: bool, only: frozenset[str] | None
) -> list[dict]:
    known: dict[str, dict] = {}
    if cache.is_file() and not refresh:
        known = {r["key"]: r for r in json.loads(cache.read_text())}
    todo: list[tuple[dict, frozenset[str] | None]] = []
    for row in rows:
        row["key"] = f'{row["file"]}:{os.path.getmtime(row["file"]):.0f}'
        if row["key"] not in known:
            todo.append((row, None))
        elif only:
            todo.append((known[row["key"]], only))
    if todo:
        with ProcessPoolExecutor(jobs) as pool:
            for result in pool.map(_one, todo, chunksize=4):
                known[result["key"]] = result
        cache.write_text(json.dumps(list(known.values())))
    out = [known[r["key"]] for r in rows]
    stale: set[str] = set()
    for row in out:  # values always follow the current formulas (see Signal.value_from)
        for s in SIGNALS:
            try:
                row["values"][s.id] = float(s.value_from(row["details"][s.id]))
            except KeyError:  # the formula needs a statistic the cache predates
                stale.add(s.id)
    if stale:
        print(f"  (stale cache for {', '.join(sorted(stale))}: showing the measured values; "
              f"re-measure with --refresh-signal)", file=sys.stderr)
    return out
