"""Shared helpers for cover tests: small canvases keep the suite fast."""

import numpy as np
import pytest
from PIL import Image

SMALL = (360, 480)


def photo(size=(600, 450), seed=3) -> Image.Image:
    """A busy, photo-like image (noise over a gradient) with a bright subject on the right."""
    rng = np.random.default_rng(seed)
    w, h = size
    base = np.linspace(40, 160, h)[:, None, None] * np.ones((h, w, 3))
    base += rng.normal(0, 25, (h, w, 3))
    yy, xx = np.mgrid[0:h, 0:w]
    blob = np.hypot(xx - 0.8 * w, yy - 0.5 * h) < 0.12 * w
    base[blob] = (250, 60, 40)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")


@pytest.fixture
def busy_photo():
    return photo()


def drawn_face(size=(800, 600), centre=(620, 250), r=90) -> Image.Image:
    """A simple drawn face (skin oval, dark eyes and brows, lit nose, mouth, hair) that
    OpenCV's frontal-face Haar cascade detects: lets tests exercise the face path offline."""
    from PIL import ImageDraw, ImageFilter

    img = Image.new("RGB", size, (120, 140, 160))
    d = ImageDraw.Draw(img)
    cx, cy = centre
    d.ellipse((cx - r * 0.8, cy - r, cx + r * 0.8, cy + r * 1.05), fill=(205, 160, 130))
    for side in (-1, 1):
        ex, ey = cx + side * r * 0.33, cy - r * 0.15
        d.ellipse((ex - r * 0.2, ey - r * 0.08, ex + r * 0.2, ey + r * 0.08), fill=(50, 35, 30))
        d.rectangle((ex - r * 0.25, ey - r * 0.3, ex + r * 0.22, ey - r * 0.22), fill=(70, 50, 40))
    d.polygon([(cx - r * 0.06, cy - r * 0.05), (cx + r * 0.06, cy - r * 0.05),
               (cx + r * 0.12, cy + r * 0.3), (cx - r * 0.12, cy + r * 0.3)], fill=(225, 185, 155))
    d.ellipse((cx - r * 0.13, cy + r * 0.28, cx + r * 0.13, cy + r * 0.36), fill=(150, 100, 80))
    d.ellipse((cx - r * 0.3, cy + r * 0.5, cx + r * 0.3, cy + r * 0.62), fill=(150, 60, 60))
    d.ellipse((cx - r * 0.85, cy - r * 1.15, cx + r * 0.85, cy - r * 0.55), fill=(40, 30, 25))
    return img.filter(ImageFilter.GaussianBlur(2))
