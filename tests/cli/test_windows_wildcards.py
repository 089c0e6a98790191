"""On Windows the shell passes "*.jpg" through unexpanded; the CLI expands it itself."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from studio import commands
from studio.cli import main
from tests.core.photo import synth


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(commands.sys, "platform", "win32")


def test_photo_check_star_jpg(windows, tmp_path, capsys):
    for name in ("b.jpg", "A.jpg"):
        Image.fromarray(synth.photo()).save(tmp_path / name)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["photo-check", "--format", "json", str(tmp_path / "*.jpg")]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["file"].replace("\\", "/").rsplit("/", 1)[-1] for r in results] == ["A.jpg", "b.jpg"]


def test_check_star_txt_and_a_pattern_matching_nothing(windows, tmp_path, capsys):
    (tmp_path / "a.txt").write_text("今天天气不错", encoding="utf-8")
    assert main(["check", str(tmp_path / "*.txt")]) == 0
    assert main(["check", str(tmp_path / "*.md")]) == 2  # still "no such file", naming the pattern
    assert "*.md" in capsys.readouterr().err


def test_other_systems_leave_arguments_alone(monkeypatch):
    monkeypatch.setattr(commands.sys, "platform", "linux")
    assert commands.expand_wildcards(["*.jpg"]) == ["*.jpg"]
