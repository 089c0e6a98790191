"""The smoothing signal: edge-sharpness coupling (whole image) and skin versus the rest.

Whole-image smoothing is tested on a "dead leaves" image (Lee, Mumford & Huang 2001, the
standard occlusion model of natural-image statistics): discs of power-law sizes whose tone
steps are mostly small, so — as in a photograph — there are weak and strong edges, all
equally sharp through the same lens. ``synth.photo`` is not used for this: its texture is
pre-blurred noise, so its weak detail is already softer than its strong edges.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from studio.core.photo.signals.texture import SMOOTHING, edge_coupling, gradient_magnitude
from studio.core.photo.working import load_frame

from . import synth


def dead_leaves(width: int = 480, height: int = 360, seed: int = 0, discs: int = 4000) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = np.full((height, width, 3), 0.5, np.float32)
    for _ in range(discs):
        radius = int(1.5 + 50 * rng.random() ** 4)  # many small leaves, few large ones
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        step = rng.exponential(0.06) * rng.choice([-1.0, 1.0])  # mostly faint tone steps
        colour = np.clip(img[y, x] + step * rng.uniform(0.8, 1.2, 3), 0.05, 0.95)
        cv2.circle(img, (x, y), radius, tuple(float(c) for c in colour), -1, lineType=cv2.LINE_AA)
    img = cv2.GaussianBlur(img, (0, 0), 0.7)  # one lens for every edge
    img += rng.normal(0, 2.0 / 255, img.shape).astype(np.float32)  # sensor noise
    return np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality)
    return np.asarray(Image.open(buf).convert("RGB"))


def _details(img: np.ndarray) -> dict[str, float]:
    return SMOOTHING.measure(load_frame(img)).details


def _resize(img: np.ndarray, factor: float) -> np.ndarray:
    h, w = img.shape[:2]
    return cv2.resize(img, (int(w * factor), int(h * factor)), interpolation=cv2.INTER_AREA)


@pytest.fixture(scope="module", params=[0, 1])
def leaves(request) -> tuple[np.ndarray, float]:
    img = dead_leaves(seed=request.param)
    return img, _details(img)["edge_coupling"]


@pytest.mark.parametrize(
    "smooth",
    [
        lambda im: cv2.bilateralFilter(im, 9, 40, 3),  # "surface blur" / beauty-filter style
        lambda im: cv2.medianBlur(im, 3),  # another edge-preserving denoiser
    ],
    ids=["bilateral", "median"],
)
def test_edge_preserving_smoothing_raises_the_coupling(leaves, smooth):
    img, natural = leaves
    smoothed = _details(smooth(img))["edge_coupling"]
    assert smoothed > natural + 0.15, (natural, smoothed)


def test_stronger_smoothing_gives_a_larger_value(leaves):
    img, _ = leaves
    mild = SMOOTHING.measure(load_frame(cv2.bilateralFilter(img, 9, 20, 3))).value
    strong = SMOOTHING.measure(load_frame(cv2.bilateralFilter(img, 9, 40, 3))).value
    assert strong > mild + 0.1, (mild, strong)


@pytest.mark.parametrize(
    "benign",
    [
        lambda im: _resize(im, 0.6),
        lambda im: _jpeg(im, 70),
        lambda im: cv2.GaussianBlur(im, (0, 0), 1.0),  # optical blur softens every edge alike
    ],
    ids=["resize", "jpeg70", "gaussian"],
)
def test_benign_changes_do_not_look_smoothed(leaves, benign):
    img, natural = leaves
    changed = _details(benign(img))["edge_coupling"]
    smoothed = _details(cv2.bilateralFilter(img, 9, 40, 3))["edge_coupling"]
    assert changed < natural + 0.15, (natural, changed)
    assert changed < smoothed - 0.2, (changed, smoothed)


def test_value_is_the_larger_of_edge_coupling_and_half_the_skin_ratio(leaves):
    img, _ = leaves
    grey = np.repeat(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)  # no skin tones
    m = SMOOTHING.measure(load_frame(grey))
    assert "skin_ratio" not in m.details
    assert m.value == pytest.approx(m.details["edge_coupling"])
    m = SMOOTHING.measure(load_frame(synth.smooth_skin(synth.photo())))
    d = m.details
    assert m.value == pytest.approx(max(d["edge_coupling"], d["skin_ratio"] / 2))  # module docstring


def test_skin_only_smoothing_is_still_caught_by_the_skin_comparison():
    base = synth.photo()
    natural, beauty = _details(base), _details(synth.smooth_skin(base))
    assert beauty["skin_ratio"] > natural["skin_ratio"] + 0.5
    m = SMOOTHING.measure(load_frame(synth.smooth_skin(base)))
    assert m.value == pytest.approx(beauty["skin_ratio"] / 2)  # the skin term decides
    assert "skin" in SMOOTHING.message(0.9, m).lower() or "皮肤" in SMOOTHING.message(0.9, m)


def test_a_featureless_image_has_no_edge_evidence():
    flat = np.full((200, 300), 128.0, np.float32)
    assert edge_coupling(flat, gradient_magnitude(flat)) == (0.0, 0)
    assert np.isfinite(SMOOTHING.measure(load_frame(np.full((200, 300, 3), 90, np.uint8))).value)
