"""Saturation (chroma and gamut-surface share) and vignette (radial-gradient asymmetry) statistics."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from studio.core.photo.signals.colour import SATURATION
from studio.core.photo.signals.vignette import VIGNETTE, radial_falloff
from studio.core.photo.working import load_frame

from . import synth


def _scene(h: int = 360, w: int = 480, seed: int = 3) -> np.ndarray:
    """Luma of a "natural" scene: flat-ish patches with edges between them and mild noise,
    no large-scale trend (gradients in real photos are sparse: mostly near 0, a few large)."""
    rng = np.random.default_rng(seed)
    y = np.full((h, w), 0.55, np.float32)
    for _ in range(40):
        centre = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        axes = (int(rng.integers(10, w // 4)), int(rng.integers(10, h // 4)))
        cv2.ellipse(y, centre, axes, float(rng.uniform(0, 180)), 0, 360, float(rng.uniform(0.25, 0.85)), -1)
    y = cv2.GaussianBlur(y, (0, 0), 1.0)
    return np.clip(y + rng.normal(0, 0.01, y.shape).astype(np.float32), 0.05, 1.0)


def _radius2(h: int, w: int) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2


def test_radial_falloff_reads_the_curvature_of_a_quadratic_falloff():
    y = _scene()
    assert abs(radial_falloff(y)) < 0.06
    fall = np.exp(-0.3 * _radius2(*y.shape) / 2)  # corners darkened by e^-0.3 (26 %)
    assert radial_falloff(y * fall) == pytest.approx(0.3, abs=0.08)


def test_a_top_to_bottom_gradient_is_not_a_vignette():
    # A sky darkening towards the top darkens two corners as much as a vignette would,
    # but its radial gradient points inward at the top corners and outward at the bottom.
    y = _scene()
    h, w = y.shape
    sky = np.linspace(0.55, 1.0, h, dtype=np.float32)[:, None] * np.ones((1, w), np.float32)
    vignette = np.exp(-0.3 * _radius2(h, w) / 2)
    assert radial_falloff(y * sky) < 0.05
    assert radial_falloff(y * vignette) > radial_falloff(y * sky) + 0.2


def test_vignette_survives_recompression_and_benign_changes_leave_it_alone():
    base = synth.photo()
    plain = VIGNETTE.measure(load_frame(base)).value
    edited = VIGNETTE.measure(load_frame(synth.jpeg(synth.vignette(base, 0.45)))).value
    assert edited > plain + 0.15
    small = cv2.resize(base, (288, 216), interpolation=cv2.INTER_AREA)
    assert abs(VIGNETTE.measure(load_frame(small)).value - plain) < 0.1
    assert abs(VIGNETTE.measure(load_frame(synth.jpeg(base, 70))).value - plain) < 0.1


def test_vignette_value_is_the_documented_formula():
    m = VIGNETTE.measure(load_frame(synth.vignette(synth.photo(), 0.5)))
    assert VIGNETTE.value_from(m.details) == pytest.approx(m.value)
    assert {"radial_falloff", "corner_vs_edges", "corner_vs_centre"} <= set(m.details)


def _vivid(h: int = 240, w: int = 320) -> np.ndarray:
    """Smooth, fairly saturated colour patches well inside the gamut."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hue = (xx / w * 180).astype(np.uint8)
    sat = (120 + 60 * yy / h).astype(np.uint8)
    val = np.full((h, w), 200, np.uint8)
    return cv2.cvtColor(np.dstack([hue, sat, val]), cv2.COLOR_HSV2RGB)


def test_a_saturation_boost_pushes_colours_onto_the_gamut_surface():
    img = _vivid()
    before = SATURATION.measure(load_frame(img)).details
    after = SATURATION.measure(load_frame(synth.jpeg(synth.saturate(img, 1.6)))).details
    assert before["gamut_surface_fraction"] < 0.05
    assert after["gamut_surface_fraction"] > before["gamut_surface_fraction"] + 0.2
    assert after["chroma_p99"] > before["chroma_p99"]


def test_saturation_ignores_greys_and_image_size():
    grey = cv2.cvtColor(cv2.cvtColor(synth.photo(), cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    m = SATURATION.measure(load_frame(grey))
    assert m.details["gamut_surface_fraction"] == 0.0
    assert m.value < 0.05
    img = synth.saturate(synth.photo(), 1.8)
    full = SATURATION.measure(load_frame(img)).value
    half = SATURATION.measure(load_frame(cv2.resize(img, (240, 180), interpolation=cv2.INTER_AREA))).value
    assert half == pytest.approx(full, rel=0.15)


def test_saturation_value_is_the_documented_formula():
    m = SATURATION.measure(load_frame(synth.saturate(synth.photo(), 1.8)))
    assert SATURATION.value_from(m.details) == pytest.approx(m.value)
    assert {"chroma_p99", "gamut_surface_fraction", "colourful_fraction"} <= set(m.details)


def _boost_hls(img: np.ndarray, factor: float) -> np.ndarray:
    """A saturation slider that keeps hue and HSL lightness (ImageMagick's -modulate, most
    apps' "saturation"); synth.saturate keeps HSV value instead."""
    hls = cv2.cvtColor(img.astype(np.float32) / 255.0, cv2.COLOR_RGB2HLS)
    hls[..., 2] = np.clip(hls[..., 2] * factor, 0.0, 1.0)
    return np.clip(cv2.cvtColor(hls, cv2.COLOR_HLS2RGB) * 255.0 + 0.5, 0, 255).astype(np.uint8)


def _hue_lightness_sweep(h: int = 240, w: int = 320) -> np.ndarray:
    """Hue across, HSL lightness 0.3-0.7 down, saturation 0.6: inside the gamut."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hls = np.dstack([xx / w * 360.0, 0.3 + 0.4 * yy / h, np.full((h, w), 0.6, np.float32)])
    return np.clip(cv2.cvtColor(hls, cv2.COLOR_HLS2RGB) * 255.0 + 0.5, 0, 255).astype(np.uint8)


def test_a_hue_and_lightness_preserving_boost_raises_the_value():
    img = _hue_lightness_sweep()
    before = SATURATION.measure(load_frame(img))
    after = SATURATION.measure(load_frame(synth.jpeg(_boost_hls(img, 1.8))))
    assert before.details["gamut_surface_fraction"] == 0.0
    assert after.value > before.value + 1.0
