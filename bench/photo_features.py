"""Raw measurements for the evaluation set (cached): every signal on every variant, and
the before/after statistics of every variant against its unedited photo."""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cv2

from studio.core.photo.compare import statistics
from studio.core.photo.signals import SIGNALS
from studio.core.photo.working import load_frame


def _one(row: dict) -> dict:
    cv2.setNumThreads(1)
    frame = load_frame(row["file"])
    out = dict(row)
    out["values"] = {}
    out["details"] = {}
    for s in SIGNALS:
        m = s.measure(frame)
        out["values"][s.id] = float(m.value)
        out["details"][s.id] = {k: float(v) for k, v in m.details.items()}
    if row["kind"] != "unedited":
        original = load_frame(str(Path(row["file"]).with_name("unedited0.jpg")))
        stats = statistics(original, frame)
        out["compare"] = {k: v for k, v in stats.items() if k != "motion"}
    return out


def compute(rows: list[dict], cache: Path, jobs: int = 2, refresh: bool = False) -> list[dict]:
    """Measure all rows; results are cached in ``cache`` keyed by file path and mtime."""
    known: dict[str, dict] = {}
    if cache.is_file() and not refresh:
        known = {r["key"]: r for r in json.loads(cache.read_text())}
    todo = []
    for row in rows:
        row["key"] = f'{row["file"]}:{os.path.getmtime(row["file"]):.0f}'
        if row["key"] not in known:
            todo.append(row)
    if todo:
        with ProcessPoolExecutor(jobs) as pool:
            for result in pool.map(_one, todo, chunksize=4):
                known[result["key"]] = result
        cache.write_text(json.dumps(list(known.values())))
    out = [known[r["key"]] for r in rows]
    for row in out:  # values always follow the current formulas (see Signal.value_from)
        row["values"] = {s.id: float(s.value_from(row["details"][s.id])) for s in SIGNALS}
    return out
