"""`photo-check` as a user runs it: defects found in QA."""

from __future__ import annotations

import io
import sys

import pytest
from PIL import Image

from studio.cli import main
from studio.commands.photo import format_text
from studio.core.photo.report import PhotoReport, RetouchResult
from tests.core.photo import synth


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    path = tmp_path_factory.mktemp("photos") / "照片 1.jpg"
    Image.fromarray(synth.photo()).save(path, quality=92)
    return path


def test_verdict_from_the_comparison_is_not_contradicted():
    """'over-edited' was followed by '• No strong sign of editing.' when only the
    comparison with the original found the retouching (a liquified waist)."""
    retouch = RetouchResult(80.0, 1.2, 0.1, 0.0, None, "Heavily retouched: shapes were reshaped.")
    report = PhotoReport(80.0, "over", [], (100, 100), (100, 100), 0, retouch, "waist.jpg")
    text = format_text(report)
    assert "No strong sign" not in text
    assert "shapes were reshaped" in text
    natural = PhotoReport(5.0, "ok", [], (100, 100), (100, 100), 0, None, "a.jpg")
    assert "No strong sign of editing." in format_text(natural)


def test_output_the_console_cannot_encode_does_not_crash(photo, monkeypatch):
    """`photo-check *.jpg > report.txt` on Chinese Windows (GBK, no '•') ended in a traceback."""
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="gbk")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["photo-check", str(photo)]) == 0
    out.flush()
    text = buffer.getvalue().decode("gbk")
    assert "照片 1.jpg" in text and "/100" in text


def test_a_folder_is_named_as_a_folder(photo, capsys):
    code = main(["photo-check", str(photo.parent)])
    err = capsys.readouterr().err
    assert code == 2
    assert "folder" in err and "not found" not in err
    code = main(["photo-check", "--original", str(photo.parent), str(photo)])
    err = capsys.readouterr().err
    assert code == 2 and "folder" in err and "not found" not in err


class _ClosedPipe(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_leaves_early_is_not_a_traceback(photo, monkeypatch):
    """`rednote-studio check drafts/ | head` ended in a BrokenPipeError traceback."""
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["photo-check", str(photo)]) == 141
