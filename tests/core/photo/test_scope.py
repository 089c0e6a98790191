"""Images not judged as photos: text cards and plain graphics (they read 77/100 "over-edited"), thumbnails."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from studio.core.paths import assets_dir
from studio.core.photo import analyze
from studio.core.photo.scope import GRAPHIC_SHARE, flat_colour_share

from . import synth


def text_card(background=(255, 255, 255), ink=(0, 0, 0)) -> np.ndarray:
    from PIL import ImageFont

    card = Image.new("RGB", (540, 720), background)
    draw = ImageDraw.Draw(card)
    font = ImageFont.truetype(str(assets_dir() / "fonts" / "LXGWWenKai-Bold.ttf"), 40)
    for row in range(9):
        draw.text((40, 60 + row * 70), "Three tips I wish I had known", font=font, fill=ink)
    return synth.jpeg(np.asarray(card), 90)


@pytest.mark.parametrize(("background", "ink"), [((255, 255, 255), (0, 0, 0)), ((0, 0, 0), (255, 255, 255)),
                                                 ((250, 244, 236), (60, 40, 40))])
def test_a_text_card_is_not_scored_as_a_photo(background, ink):
    report = analyze(text_card(background, ink))
    assert report.note and "not scored" in report.note
    assert report.score == 0.0 and report.verdict == "ok"
    assert report.top_signals() == []
    assert report.to_dict()["note"] == report.note
    assert report.heatmap is not None and report.heatmap.max() == 0.0  # nothing to point at


def test_photos_are_judged_as_photos():
    for img in (synth.photo(), synth.everything_maxed(synth.photo())):
        report = analyze(img)
        assert report.note is None and "note" not in report.to_dict()
        assert flat_colour_share(np.asarray(img)) < GRAPHIC_SHARE
    assert analyze(synth.everything_maxed(synth.photo())).verdict == "over"  # the gate did not hide it


def test_a_plain_black_image_is_not_over_edited():
    assert analyze(np.zeros((400, 300, 3), np.uint8)).verdict == "ok"


def test_a_thumbnail_is_too_small_to_judge():
    small = np.ascontiguousarray(synth.photo()[::9, ::9])  # 54×40
    report = analyze(small)
    assert report.note and "too small" in report.note and "54×40" in report.note
    assert report.score == 0.0 and report.top_signals() == []
    assert analyze(np.ascontiguousarray(synth.photo()[::5, ::5])).note is None  # 96×72 is judged


def test_the_package_report_gives_the_note_as_the_reason():
    from studio.core.export.photos import summarize

    summary = summarize(analyze(text_card()))
    assert summary["signals"] and "not scored" in summary["signals"][0]
