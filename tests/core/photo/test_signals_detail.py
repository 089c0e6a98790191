"""Edge-profile signals (halos, local_contrast): the fingerprints behave as documented."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from studio.core.photo.signals.detail import (
    HALOS,
    LOCAL_CONTRAST,
    edge_points,
    flat_edge_overshoot,
    local_extreme_clipping,
)
from studio.core.photo.working import load_frame

from . import synth


def _steps(width: int = 400, height: int = 300, seed: int = 0) -> np.ndarray:
    """Float luma with soft vertical steps between flat bands (a lens-blurred edge chart)."""
    rng = np.random.default_rng(seed)
    levels = np.repeat(rng.uniform(0.15, 0.85, 8).astype(np.float32), width // 8)
    img = np.tile(levels[None, :], (height, 1))
    return cv2.GaussianBlur(img, (0, 0), 1.0)


def _usm(y: np.ndarray, sigma: float, amount: float) -> np.ndarray:
    return y + amount * (y - cv2.GaussianBlur(y, (0, 0), sigma))


def _overshoot(y: np.ndarray) -> tuple[float, int]:
    over, n, _, _ = flat_edge_overshoot(y, edge_points(y, 0.02), rim=4, plateau=(5, 8))
    return over, n


def test_a_lens_blurred_step_has_no_overshoot():
    over, n = _overshoot(_steps())
    assert n >= 50
    assert over < 0.02


def test_unsharp_masking_draws_an_overshoot_that_grows_with_the_amount():
    y = _steps()
    mild, _ = _overshoot(_usm(y, 1.5, 0.8))
    strong, _ = _overshoot(_usm(y, 1.5, 2.0))
    assert 0.05 < mild < strong


def test_overshoot_is_a_ratio_so_global_contrast_does_not_change_it():
    y = _usm(_steps(), 1.5, 1.5)
    over, n = _overshoot(y)
    flatter, n_flatter = _overshoot(0.5 + 0.8 * (y - 0.5))
    assert n_flatter == n  # the same edges pass the contrast test
    assert flatter == pytest.approx(over, abs=0.01)


def test_textured_sides_do_not_count_as_clean_edges():
    rng = np.random.default_rng(3)
    y = _steps() + rng.normal(0, 0.08, (300, 400)).astype(np.float32)
    _, n_noisy = _overshoot(y)
    _, n_clean = _overshoot(_steps())
    assert n_noisy < n_clean / 4


@pytest.fixture(scope="module")
def base() -> np.ndarray:
    return synth.photo()


def test_halos_rise_on_sharpening_after_jpeg(base):
    before = HALOS.measure(load_frame(synth.jpeg(base))).value
    after = HALOS.measure(load_frame(synth.jpeg(synth.unsharp(base, 1.5, 2.0)))).value
    assert after > before + 0.1


def test_halos_do_not_rise_on_benign_downscale_and_recompression(base):
    before = HALOS.measure(load_frame(synth.jpeg(base))).value
    small = cv2.resize(base, (288, 216), interpolation=cv2.INTER_AREA)
    after = HALOS.measure(load_frame(synth.jpeg(small, 70))).value
    assert after < before + 0.1


def test_halos_value_is_the_documented_formula(base):
    m = HALOS.measure(load_frame(base))
    assert HALOS.value_from(m.details) == pytest.approx(m.value)


def _clarity(img: np.ndarray, amount: float) -> np.ndarray:
    """A "clarity"/HDR slider: a wide unsharp mask, saturated to 8 bits like any app's output."""
    return synth.unsharp(img, 25, amount)


def test_local_contrast_push_clips_the_local_extremes(base):
    before, none = local_extreme_clipping(load_frame(synth.jpeg(base)))
    mild, _ = local_extreme_clipping(load_frame(synth.jpeg(_clarity(base, 0.8))))
    strong, where = local_extreme_clipping(load_frame(synth.jpeg(_clarity(base, 2.0))))
    assert before < mild < strong
    assert strong > before + 0.5
    assert none.sum() == 0 and where.sum() > 0  # the evidence map shows the clipped extremes


def test_local_contrast_rises_on_clarity_not_on_benign_changes(base):
    ref = LOCAL_CONTRAST.measure(load_frame(synth.jpeg(base))).value
    edited = LOCAL_CONTRAST.measure(load_frame(synth.jpeg(_clarity(base, 1.0)))).value
    recompressed = LOCAL_CONTRAST.measure(load_frame(synth.jpeg(base, 70))).value
    assert edited > ref + 0.3
    assert abs(recompressed - ref) < 0.15


def test_local_contrast_value_is_the_documented_formula(base):
    m = LOCAL_CONTRAST.measure(load_frame(base))
    assert LOCAL_CONTRAST.value_from(m.details) == pytest.approx(m.value)
    assert set(m.details) == {"band_energy", "wide_halo", "extreme_clipping"}
