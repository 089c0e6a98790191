"""Each signal moves the right way on a synthetic edit of a synthetic photo."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from studio.core.photo.signals import SIGNAL_IDS, SIGNALS
from studio.core.photo.signals.tone import combing_index, histogram_periodicity
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
        ("halos", lambda im: synth.unsharp(im, 1.5, 2.0)),
        # whole-image smoothing: test_signals_texture.py (needs weak *and* strong sharp edges,
        # which synth.photo's pre-blurred texture lacks)
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
    assert combing_index(_hist(stretched)) > 2 * combing_index(_hist(smooth))


def test_combing_rises_on_levels_even_after_jpeg():
    # The synthetic photo's flat shapes make a lumpy histogram; combing needs a scene whose
    # histogram is smooth, as real photographs' are: smooth random light in each channel.
    rng = np.random.default_rng(3)
    field = cv2.GaussianBlur(rng.normal(0, 1, (600, 800, 3)).astype(np.float32), (0, 0), 25)
    scene = np.clip(128 + 60 * field / field.std(), 0, 255).astype(np.uint8)
    combing = next(s for s in SIGNALS if s.id == "combing")

    def value(img: np.ndarray) -> float:
        _, jpeg = cv2.imencode(".jpg", img[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 90])
        return combing.measure(load_frame(jpeg.tobytes())).value

    assert value(synth.levels(scene, 0.07, 0.90)) > value(scene) + 0.5


def _hist(values: np.ndarray) -> np.ndarray:
    return np.bincount(values, minlength=256).astype(np.float64)


def test_periodicity_finds_gaps_that_noise_has_partly_refilled():
    # A gain of 1.2 leaves an empty bin every ~6 levels; ±1 level of "JPEG" noise refills
    # them partly, which hides them from the broadband F but not from the period search.
    rng = np.random.default_rng(2)
    smooth = np.clip(rng.normal(128, 40, 400_000), 0, 255)
    plain = np.round(smooth).astype(np.uint8)
    stretched = np.round(np.round(smooth) * 1.2 - 25)
    noisy = np.clip(stretched + rng.normal(0, 0.8, stretched.size), 0, 255).round().astype(np.uint8)
    assert histogram_periodicity(_hist(noisy)) > histogram_periodicity(_hist(plain)) + 1.0


def test_every_signal_is_registered_once():
    assert len(SIGNAL_IDS) == len(set(SIGNAL_IDS)) == 8



@pytest.mark.parametrize(
    ("edit", "words", "other_words"),
    [
        (lambda im: synth.levels(im, lo=0.0, hi=0.6), ("highlight", "bright"), ("shadow", "dark")),
        (lambda im: synth.levels(im, lo=0.35, hi=1.0), ("shadow", "dark"), ("highlight", "bright")),
    ],
    ids=["blown", "crushed"],
)
def test_clipping_message_names_the_end_that_was_clipped(base, edit, words, other_words):
    clipping = SIGNALS[SIGNAL_IDS.index("clipping")]
    m = clipping.measure(load_frame(edit(base)))
    for score in (0.4, 0.9):  # "noticeable" and "strong" wording
        text = clipping.message(score, m).lower()
        assert any(w in text for w in words) and not any(w in text for w in other_words), text


def test_lossy_webp_histogram_gaps_are_not_taken_for_a_levels_edit(tmp_path):
    """A WebP decoder stretches 16–235 to 0–255 (a levels edit in all but name): a natural
    photo saved as WebP read 'noticeably edited' from the comb alone."""
    from PIL import Image

    combing = SIGNALS[SIGNAL_IDS.index("combing")]
    rng = np.random.default_rng(5)
    field = cv2.GaussianBlur(rng.normal(0, 1, (600, 800)).astype(np.float32), (0, 0), 12)
    scene = np.clip(128 + 60 * field / field.std(), 0, 255).astype(np.uint8)
    photo = np.dstack([scene, scene, scene])
    lossy, lossless = tmp_path / "lossy.webp", tmp_path / "lossless.webp"
    Image.fromarray(photo).save(lossy, quality=90)
    Image.fromarray(photo).save(lossless, lossless=True)
    frame = load_frame(lossy)
    assert frame.limited_range and not load_frame(lossless).limited_range
    assert combing.measure(frame).details["periodicity_max"] > 1.7  # the decoder's comb is there
    m = combing.measure(frame)
    assert m.value == 0.0 and "WebP" in combing.message(0.0, m)
    assert combing.measure(load_frame(lossless)).value > 0  # lossless WebP is judged as usual
