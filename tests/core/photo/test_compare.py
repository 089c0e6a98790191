"""Before/after: a liquify warp is caught; benign resize/crop/recompression is not."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.core.photo import analyze, compare

from . import synth


@pytest.fixture(scope="module")
def original() -> np.ndarray:
    return synth.jpeg(synth.photo(640, 480, seed=3), 92)


def test_warp_is_geometric_change(original):
    same = compare(original, synth.jpeg(original, 85))
    warped = compare(original, synth.jpeg(synth.warp(original, 0.03), 85))
    assert warped.geometric > 3 * max(same.geometric, 0.05)
    assert warped.magnitude > same.magnitude + 15
    assert warped.magnitude >= 70 > same.magnitude  # the warp is "over", a recompression is not


def test_benign_changes_are_small(original):
    h, w = original.shape[:2]
    resized = np.asarray(Image.fromarray(original).resize((w // 2, h // 2), Image.Resampling.LANCZOS))
    cropped = original[int(0.08 * h) : int(0.92 * h), int(0.08 * w) : int(0.92 * w)]
    warped = compare(original, synth.warp(original, 0.03))
    for img in (resized, cropped):
        r = compare(original, img)
        assert r.magnitude < warped.magnitude
        assert r.geometric < 0.5 * warped.geometric


def test_smoothing_shows_as_negative_sharpness(original):
    r = compare(original, synth.smooth(original))
    assert r.sharpness < -0.3
    assert r.photometric > compare(original, synth.jpeg(original, 85)).photometric


def test_analyze_with_original_reports_retouch(original):
    report = analyze(synth.warp(original, 0.04), original=original)
    assert report.retouch is not None
    assert report.score >= report.retouch.magnitude - 1e-9
    data = report.to_dict()
    assert {"magnitude", "geometric", "photometric", "sharpness"} <= set(data["retouch"])


def test_statistics_converts_each_image_to_greyscale_once(original, monkeypatch):
    """before, after and the aligned after: three RGB→grey conversions, not one per step
    (alignment, crop search, flow and face detection share before's)."""
    import importlib

    import cv2

    from studio.core.photo.working import load_frame

    stats_module = importlib.import_module("studio.core.photo.compare")
    before, after = load_frame(original), load_frame(synth.smooth(original))
    calls = []
    real = cv2.cvtColor

    def counting(src, code, *args, **kwargs):
        if code == cv2.COLOR_RGB2GRAY:
            calls.append(src.shape)
        return real(src, code, *args, **kwargs)

    monkeypatch.setattr(cv2, "cvtColor", counting)
    stats_module.statistics(before, after)
    assert len(calls) == 3


def test_an_unchanged_copy_scores_near_zero_and_does_not_raise_the_photo_score(original):
    alone = analyze(original)
    paired = analyze(original, original=original)
    assert paired.retouch is not None and paired.retouch.magnitude < 10  # was 19: no zero on the scale
    assert paired.score == pytest.approx(alone.score)


def test_another_scene_as_the_original_is_refused_and_named(original):
    from studio.core.photo.compare import OriginalMismatchError

    upside_down = np.ascontiguousarray(original[::-1])  # same colours, a different scene
    with pytest.raises(OriginalMismatchError) as err:
        compare(upside_down, original)
    assert "same scene" in str(err.value)


@pytest.mark.parametrize("edit", [lambda im: synth.warp(im, 0.06), synth.everything_maxed, synth.smooth])
def test_heavy_edits_still_count_as_the_same_scene(original, edit):
    assert compare(original, edit(original)).magnitude > 0  # no OriginalMismatchError
