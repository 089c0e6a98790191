"""`rednote-studio cover`: exit codes, JSON shape, spec files, template listing."""

import json
import subprocess
import sys

import pytest
from PIL import Image

from studio.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_shape(tmp_path, capsys):
    out_file = tmp_path / "cover.jpg"
    code, out, _ = run(capsys, "cover", "--title", "早餐吃什么🍳", "--template", "sticker",
                       "--size", "360x480", "--output", str(out_file), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert set(report) >= {"output", "width", "height", "template", "font_size", "lines", "legibility"}
    assert report["output"] == str(out_file) and out_file.exists()
    assert (report["width"], report["height"], report["template"]) == (360, 480, "sticker")
    assert isinstance(report["font_size"], int) and report["font_size"] > 0
    assert "".join(report["lines"]) == "早餐吃什么🍳"
    leg = report["legibility"]
    assert set(leg) == {"contrast", "thumbnail_glyph_px", "ok", "advice"}
    assert isinstance(leg["ok"], bool) and isinstance(leg["advice"], list) and leg["contrast"] >= 1
    with Image.open(out_file) as image:
        assert image.format == "JPEG" and image.size == (360, 480)


def test_text_report_and_colour_background(tmp_path, capsys):
    code, out, _ = run(capsys, "cover", "--title", "Why I stopped\\nbuying fast fashion",
                       "--background", "#FFFFFF", "--template", "marker", "--preset", "1:1",
                       "-o", str(tmp_path / "c.png"))
    assert code == 0 and "1080×1080" in out and "Why I stopped /" in out


def test_spec_file_with_relative_photo(tmp_path, capsys):
    Image.new("RGB", (400, 300), (30, 120, 200)).save(tmp_path / "photo.png")
    (tmp_path / "cover.toml").write_text(
        'title = "周末去哪儿"\nsubtitle = "三个小众公园"\ntemplate = "split"\nsize = [300, 400]\n'
        'background = "photo.png"\n', encoding="utf-8")
    code, out, _ = run(capsys, "cover", "--spec", str(tmp_path / "cover.toml"),
                       "--output", str(tmp_path / "o.png"), "--format", "json")
    assert code == 0
    assert json.loads(out)["template"] == "split"


@pytest.mark.parametrize("args, needle", [
    (["--title", "a", "--background", "/no/such/photo.jpg"], "not found"),
    (["--title", "a", "--template", "nope"], "unknown template"),
    (["--title", "a", "--size", "big"], "--size"),
    (["--title", "a", "--focal", "2,2"], "--focal"),
    (["--title", "a", "--background", "#12345"], "colour"),
    (["--subtitle", "only"], "title is required"),
])
def test_bad_input_exits_2_with_one_clear_line(tmp_path, capsys, args, needle):
    code, _out, err = run(capsys, "cover", *args, "--output", str(tmp_path / "x.png"))
    assert code == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_unsupported_output_format_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "cover", "--title", "a", "--output", str(tmp_path / "x.gif"))
    assert code == 2 and "gif" in err


def test_corrupt_photo_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    code, _, err = run(capsys, "cover", "--title", "a", "--background", str(bad),
                       "--output", str(tmp_path / "x.png"))
    assert code == 2 and "bad.jpg" in err


def test_strict_fails_on_illegible_cover(tmp_path, capsys):
    spec = tmp_path / "s.toml"
    spec.write_text('title = "看不清"\ntemplate = "minimal"\ntitle_color = "#F0F0F0"\nsize = [300, 400]\n',
                    encoding="utf-8")
    code, out, _ = run(capsys, "cover", "--spec", str(spec), "--output", str(tmp_path / "x.png"),
                       "--strict", "--format", "json")
    assert code == 1 and json.loads(out)["legibility"]["ok"] is False


def test_list_templates_json(capsys):
    code, out, _ = run(capsys, "cover", "--list-templates", "--format", "json")
    templates = json.loads(out)
    assert code == 0 and len(templates) >= 8
    assert {"id", "name", "description"} <= set(templates[0])


def test_subprocess_entry_point(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "studio", "cover", "--title", "早餐", "--size", "200x260",
         "--output", str(tmp_path / "c.png"), "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["width"] == 200
