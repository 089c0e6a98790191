"""Procedural, photograph-like backgrounds for template previews and the benchmark.

No photos are committed: each scene is generated from a seed (gradients, soft low-frequency
light, bokeh discs, a subject blob, film grain), so the previews are ours to publish.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SCENES = {
    # name: (top colour, bottom colour, bokeh colour, subject colour)
    "cafe": ((74, 46, 32), (196, 138, 92), (255, 214, 150), (238, 226, 206)),
    "sky": ((88, 148, 210), (236, 200, 170), (255, 255, 235), (250, 250, 244)),
    "peach": ((250, 196, 182), (252, 232, 214), (255, 255, 255), (233, 112, 92)),
    "forest": ((28, 58, 44), (122, 156, 96), (236, 246, 200), (214, 186, 120)),
    "night": ((16, 20, 48), (92, 60, 110), (255, 190, 120), (240, 120, 160)),
    "mint": ((200, 234, 222), (246, 244, 232), (255, 255, 255), (86, 160, 132)),
}


def _smooth_noise(rng: np.random.Generator, size: tuple[int, int], cells: int) -> np.ndarray:
    w, h = size
    small = rng.random((cells, max(2, round(cells * h / w)))).astype(np.float32)
    img = Image.fromarray((small.T * 255).astype(np.uint8), "L").resize(size, Image.Resampling.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 255.0


def scene(name: str = "cafe", size: tuple[int, int] = (1080, 1440), seed: int = 7,
          subject: tuple[float, float] = (0.62, 0.62), grain: float = 5.0) -> Image.Image:
    """A deterministic photo-like image; ``subject`` places a soft round subject (a plate, a face-sized blob)."""
    top, bottom, bokeh, subject_color = SCENES[name]
    rng = np.random.default_rng(seed)
    w, h = size
    t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    base = np.array(top, np.float32) * (1 - t) + np.array(bottom, np.float32) * t
    base = np.broadcast_to(base, (h, w, 3)).copy()
    light = _smooth_noise(rng, size, 5)[..., None]
    base *= 0.75 + 0.5 * light
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")

    glow = Image.new("RGB", size, (0, 0, 0))
    draw = ImageDraw.Draw(glow)
    for _ in range(38):
        r = rng.uniform(0.015, 0.07) * w
        x, y = rng.uniform(0, w), rng.uniform(0, h * 0.55)
        k = rng.uniform(0.25, 0.8)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(c * k) for c in bokeh))
    glow = glow.filter(ImageFilter.GaussianBlur(w * 0.006))
    image = Image.fromarray(np.clip(np.asarray(image, np.int16) + np.asarray(glow, np.int16) // 2, 0, 255).astype(np.uint8))

    # The subject: a soft-lit disc with a darker rim and a shadow, like a plate or a face in focus.
    sx, sy = subject[0] * w, subject[1] * h
    r = 0.24 * w
    shade = Image.new("L", size, 0)
    ImageDraw.Draw(shade).ellipse((sx - r * 1.05, sy - r * 0.85, sx + r * 1.15, sy + r * 1.15), fill=120)
    shade = shade.filter(ImageFilter.GaussianBlur(w * 0.03))
    image.paste((0, 0, 0), (0, 0, w, h), shade)
    disc = Image.new("L", size, 0)
    ImageDraw.Draw(disc).ellipse((sx - r, sy - r, sx + r, sy + r), fill=255)
    disc = disc.filter(ImageFilter.GaussianBlur(w * 0.004))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    falloff = np.clip(1 - np.hypot(xx - sx + r * 0.3, yy - sy + r * 0.3) / (2.2 * r), 0, 1)[..., None]
    lit = np.array(subject_color, np.float32) * (0.7 + 0.4 * falloff)
    food = _smooth_noise(rng, size, 40)[..., None]
    inner = np.hypot(xx - sx, yy - sy)[..., None] < r * 0.62
    lit = np.where(inner, lit * (0.55 + 0.5 * food) * np.array([1.0, 0.78, 0.55]), lit)
    subject_img = Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8), "RGB")
    image.paste(subject_img, (0, 0), disc)

    noise = rng.normal(0, grain, (h, w, 1)).astype(np.float32)
    vignette = 1 - 0.35 * (np.hypot((xx - w / 2) / w, (yy - h / 2) / h)[..., None] ** 2) * 2
    out = np.asarray(image, np.float32) * vignette + noise
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


if __name__ == "__main__":
    import sys

    for name in SCENES:
        scene(name, (540, 720)).save(f"{sys.argv[1] if len(sys.argv) > 1 else '/tmp'}/scene-{name}.png")
