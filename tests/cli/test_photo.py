"""`rednote-studio photo-check`: exit codes, text and JSON output."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from studio.cli import main
from tests.core.photo import synth


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("photos")
    base = synth.photo()
    heavy = synth.everything_maxed(base)
    paths = {
        "natural": folder / "natural.jpg",
        "heavy": folder / "heavy.jpg",
        "warped": folder / "warped.jpg",
    }
    Image.fromarray(base).save(paths["natural"], quality=92)
    Image.fromarray(heavy).save(paths["heavy"], quality=92)
    Image.fromarray(synth.warp(base, 0.04)).save(paths["warped"], quality=92)
    return paths


def test_natural_photo_exits_0(photos, capsys):
    assert main(["photo-check", str(photos["natural"])]) == 0
    out = capsys.readouterr().out
    assert "natural.jpg" in out and "/100" in out


def test_over_edited_photo_exits_1(photos, capsys):
    assert main(["photo-check", str(photos["natural"]), str(photos["heavy"])]) == 1
    out = capsys.readouterr().out
    assert "over" in out


def test_json_shape(photos, capsys):
    code = main(["photo-check", "--format", "json", str(photos["natural"]), str(photos["heavy"])])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [r["file"] for r in data["results"]] == [str(photos["natural"]), str(photos["heavy"])]
    for result in data["results"]:
        assert set(result) == {"file", "score", "verdict", "signals"}
        assert 0 <= result["score"] <= 100
        assert result["verdict"] in ("ok", "caution", "over")
        for signal in result["signals"]:
            assert set(signal) == {"id", "value", "score", "message"}


def test_original_adds_retouch(photos, capsys):
    main(["photo-check", "--format", "json", "--original", str(photos["natural"]), str(photos["warped"])])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert 0 <= result["retouch"]["magnitude"] <= 100
    assert result["retouch"]["geometric"] > 0


def test_missing_and_corrupt_files_exit_2(photos, tmp_path, capsys):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"garbage")
    code = main(["photo-check", str(photos["natural"]), str(bad), str(tmp_path / "nope.png")])
    captured = capsys.readouterr()
    assert code == 2
    assert "natural.jpg" in captured.out  # the good photo is still reported
    assert "bad.jpg" in captured.err and "nope.png" in captured.err


def test_unreadable_original_exits_2(photos, tmp_path, capsys):
    code = main(["photo-check", "--original", str(tmp_path / "gone.jpg"), str(photos["natural"])])
    assert code == 2
    assert "gone.jpg" in capsys.readouterr().err


def test_an_original_of_another_scene_is_an_input_error_but_the_photo_is_still_judged(photos, tmp_path, capsys):
    other = tmp_path / "other.jpg"
    Image.fromarray(synth.photo()[::-1].copy()).save(other, quality=92)  # upside down: another scene
    code = main(["photo-check", "--format", "json", "--original", str(other), str(photos["natural"])])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert code == 2
    assert [r["file"] for r in data["results"]] == [str(photos["natural"])]
    assert "retouch" not in data["results"][0]
    assert "other.jpg" in captured.err and "same scene" in captured.err


def test_a_text_card_says_it_is_not_scored(tmp_path, capsys):
    from tests.core.photo.test_scope import text_card

    card = tmp_path / "card.jpg"
    Image.fromarray(text_card()).save(card, quality=90)
    assert main(["photo-check", str(card)]) == 0
    out = capsys.readouterr().out
    assert "not scored" in out and "No strong sign" not in out
