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
