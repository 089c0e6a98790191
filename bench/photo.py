"""Speed of the over-editing detector, one core: median time of analyze() including decode.

    uv run python bench/photo.py [--repeat 7]

Inputs are made here (no files needed): a 12-megapixel JPEG (4000×3000, quality 92, with
real-photo-like texture so the decoder works as hard as on a camera file) and a 1080×1440
cover-sized JPEG. Also times the before/after comparison at 1080×1440. Target from issue 4:
≤ 400 ms for the 12 MP JPEG. The decode alone is timed as the baseline, measured in the
same run, so the ratio travels between machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from studio.core.imageio import open_image
from studio.core.photo import analyze, compare


def _photo(width: int, height: int, seed: int = 0) -> np.ndarray:
    """Smooth light + texture at three scales + hard-edged shapes + sensor noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    img = np.stack([0.4 + 0.3 * xx / width, 0.45 + 0.2 * yy / height, 0.5 - 0.2 * xx / width], axis=2)
    for cell, amp in ((64, 0.08), (8, 0.05), (1, 0.03)):  # coarse shading .. fine texture
        small = rng.normal(0, 1, (height // cell + 1, width // cell + 1)).astype(np.float32)
        layer = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
        img += amp * layer[..., None]
    for _ in range(30):
        centre = (int(rng.uniform(0, width)), int(rng.uniform(0, height)))
        colour = tuple(float(v) for v in rng.uniform(0.1, 0.9, 3))
        cv2.circle(img, centre, int(rng.uniform(0.01, 0.08) * width), colour, -1)
    img += rng.normal(0, 2.5 / 255, img.shape).astype(np.float32)
    return np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm-up: cascade load, calibration, caches
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "12mp.jpg"
        cover = Path(tmp) / "cover.jpg"
        Image.fromarray(_photo(4000, 3000)).save(big, "JPEG", quality=92)
        Image.fromarray(_photo(1080, 1440, seed=1)).save(cover, "JPEG", quality=92)
        edited = Path(tmp) / "cover_edited.jpg"
        Image.fromarray(_photo(1080, 1440, seed=1)).rotate(0.5).save(edited, "JPEG", quality=90)
        rows = [
            ("12 MP JPEG: full decode only (baseline)", lambda: open_image(big)),
            ("12 MP JPEG: analyze() incl. decode", lambda: analyze(big)),
            ("12 MP JPEG: analyze(heatmap=False)", lambda: analyze(big, heatmap=False)),
            ("1080×1440 JPEG: analyze() incl. decode", lambda: analyze(cover)),
            ("1080×1440: compare(original, edited)", lambda: compare(cover, edited)),
        ]
        results = [(name, _median_ms(fn, args.repeat)) for name, fn in rows]
    base = results[0][1]
    print(f"one core (cv2.setNumThreads(1)), median of {args.repeat}\n")
    print("| case | median ms | × full 12 MP decode |")
    print("|---|---|---|")
    for name, ms in results:
        print(f"| {name} | {ms:.0f} | {ms / base:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
