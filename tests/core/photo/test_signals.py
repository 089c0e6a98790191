"""Each signal moves the right way on a synthetic edit of a synthetic photo."""

from __future__ import annotations

import numpy as np
import pytest

from studio.core.photo.signals import SIGNAL_IDS, SIGNALS
from studio.core.photo.signals.tone import combing_index
from studio.core.photo.working import load_frame

from . import synth


def _values(img: np.ndarray) -> dict[str, float]:
    frame = load_frame(img)
    return {s.id: s.measure(frame).value for s in SIGNALS}


@pytest.fixture(scope="module")
def base() -> np.ndarray:
    return synth.photo()


@pytest.fixture(scope="module")
def base_values(base) -> dict[str, float]:
    return _values(base)


@pytest.mark.parametrize(
    ("signal", "edit"),
    [
        ("saturation", lambda im: synth.saturate(im, 1.8)),
        ("clipping", synth.levels),
        ("combing", synth.levels),
        ("halos", lambda im: synth.unsharp(im, 1.5, 2.0)),
        ("smoothing", synth.smooth),
        ("smoothing", synth.smooth_skin),
        ("local_contrast", lambda im: synth.unsharp(im, 20, 1.0)),
        ("vignette", synth.vignette),
        ("colour_cast", synth.cast),
    ],
)
def test_signal_rises_on_its_edit(base, base_values, signal, edit):
    edited = _values(edit(base))
    assert edited[signal] > base_values[signal] + 0.05, (signal, base_values[signal], edited[signal])


@pytest.mark.parametrize(
    ("signal", "edit"),
    [
        ("halos", lambda im: synth.unsharp(im, 1.5, 0.8)),
        ("vignette", lambda im: synth.vignette(im, 0.3)),
        ("saturation", lambda im: synth.saturate(im, 1.3)),
    ],
)
def test_stronger_edit_gives_larger_value(base, signal, edit):
    mild = _values(edit(base))[signal]
    strong = {
        "halos": lambda im: synth.unsharp(im, 1.5, 2.5),
        "vignette": lambda im: synth.vignette(im, 0.7),
        "saturation": lambda im: synth.saturate(im, 2.0),
    }[signal]
    assert _values(strong(base))[signal] > mild


def test_signals_that_should_not_react_stay_put(base, base_values):
    # A vignette is not sharpening, a colour cast is not a vignette.
    assert abs(_values(synth.vignette(base))["halos"] - base_values["halos"]) < 0.05
    assert abs(_values(synth.cast(base))["vignette"] - base_values["vignette"]) < 0.05


def test_combing_index_sees_a_stretched_histogram():
    rng = np.random.default_rng(1)
    smooth = np.clip(rng.normal(128, 40, 200_000), 0, 255).astype(np.uint8)
    stretched = np.clip((smooth.astype(np.float32) - 60) * 1.9, 0, 255).astype(np.uint8)
    assert combing_index(stretched) > 2 * combing_index(smooth)


def test_every_signal_is_registered_once():
    assert len(SIGNAL_IDS) == len(set(SIGNAL_IDS)) == 8
