"""`rednote-studio check` through a subprocess: output formats, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

PACK = """
[[rule]]
id = "absolute_terms.best"
category = "absolute_terms"
severity = "block"
terms = ["最好", "最好用"]
exceptions = ["最好看"]
message = { zh = "绝对化用语", en = "Absolute claim" }
suggestions = ["很好"]

[[rule]]
id = "finance_investment.words"
category = "finance_investment"
severity = "warn"
terms = ["理财"]
message = { zh = "金融", en = "Finance wording" }
"""


def run_check(*args, stdin: bytes | None = None):
    result = subprocess.run(
        [sys.executable, "-m", "studio", "check", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**__import__("os").environ, "REDNOTE_LANG": "en"},
    )
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


@pytest.fixture
def rules(tmp_path):
    directory = tmp_path / "rules"
    directory.mkdir()
    (directory / "test.toml").write_text(PACK, encoding="utf-8")
    return str(directory)


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    (folder / "client").mkdir(parents=True)
    (folder / "a.txt").write_text("第一行\n这是最好用的面霜", encoding="utf-8")
    (folder / "client" / "b.md").write_text("# 理财笔记\n随便聊聊", encoding="utf-8")
    (folder / "client" / "ignored.docx").write_bytes(b"\xff\xfe")
    (folder / "clean.txt").write_text("今天天气不错", encoding="utf-8")
    return folder


def test_text_report_is_linter_style(rules, drafts):
    code, out, _ = run_check("--rules", rules, str(drafts))
    assert code == 1  # 最好用 blocks
    lines = out.strip().splitlines()
    assert lines[0].startswith(
        f"{drafts / 'a.txt'}:2:3 block absolute_terms 「最好用」 Absolute claim"
    )
    assert lines[0].endswith("→ 很好")
    assert lines[1].startswith(f"{drafts / 'client' / 'b.md'}:1:3 warn finance_investment 「理财」")
    assert len(lines) == 2


def test_json_shape(rules, drafts):
    code, out, _ = run_check("--rules", rules, "--format", "json", str(drafts / "a.txt"))
    assert code == 1
    data = json.loads(out)
    (result,) = data["results"]
    assert result["file"] == str(drafts / "a.txt")
    (finding,) = result["findings"]
    assert set(finding) == {
        "rule_id", "category", "severity", "field", "start", "end", "text", "message",
        "suggestions",
    }  # fmt: skip
    text = (drafts / "a.txt").read_text(encoding="utf-8")
    assert text[finding["start"] : finding["end"]] == finding["text"] == "最好用"
    assert finding["suggestions"] == ["很好"]


def test_warnings_only_exit_zero(rules, drafts):
    code, _, _ = run_check("--rules", rules, str(drafts / "client" / "b.md"))
    assert code == 0


def test_clean_file(rules, drafts):
    code, out, _ = run_check("--rules", rules, "--format", "json", str(drafts / "clean.txt"))
    assert code == 0
    assert json.loads(out) == {"results": [{"file": str(drafts / "clean.txt"), "findings": []}]}


def test_stdin_and_field(rules):
    code, out, _ = run_check("--rules", rules, "--field", "title", "--format", "json", "-",
                             stdin="最好".encode())  # fmt: skip
    assert code == 1
    (result,) = json.loads(out)["results"]
    assert result["file"] == "<stdin>"
    assert result["findings"][0]["field"] == "title"


def test_language_option(rules):
    _, out, _ = run_check("--rules", rules, "--lang", "zh", "-", stdin="理财".encode())
    assert "金融" in out


def test_missing_file_is_exit_2(rules, tmp_path):
    code, out, err = run_check("--rules", rules, str(tmp_path / "nope.txt"))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "nope.txt" in err


def test_non_utf8_file_is_exit_2(rules, tmp_path):
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("最好用".encode("gbk"))
    code, out, err = run_check("--rules", rules, str(bad))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "gbk.txt" in err and "UTF-8" in err


def test_bad_rules_dir_is_exit_2(tmp_path, drafts):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.toml").write_text('[[rule]]\nid = "a"\ncategory = "nope"\n', "utf-8")
    code, _, err = run_check("--rules", str(tmp_path / "bad"), str(drafts))
    assert code == 2
    assert "x.toml:3" in err and "unknown category" in err


def test_rules_folder_without_packs_is_exit_2(tmp_path, drafts):
    # It used to load no rules at all and report every draft clean (exit 0).
    (tmp_path / "empty").mkdir()
    code, out, err = run_check("--rules", str(tmp_path / "empty"), str(drafts))
    assert code == 2
    assert out == ""
    assert "empty" in err and "no rule packs" in err


def test_folder_without_drafts_is_exit_2(rules, tmp_path):
    # A folder of .docx drafts used to pass as "0 finding(s) in 0 file(s)", exit 0.
    folder = tmp_path / "docx_only"
    folder.mkdir()
    (folder / "brief.docx").write_bytes(b"PK")
    code, out, err = run_check("--rules", rules, str(folder))
    assert code == 2
    assert out == ""
    assert "docx_only" in err and ".txt" in err


@pytest.mark.parametrize(
    ("field", "text", "rule_id"),
    [
        ("title", "这是一个非常非常非常非常非常非常非常长的标题超过二十个字了吧\n", "length.title"),
        ("body", "好" * 1200 + "\n", "length.body"),
        ("hashtags", " ".join(f"#tag{i}" for i in range(12)) + "\n", "hashtags.too_many"),
    ],
)
def test_structural_limits_block(field, text, rule_id):
    # Lengths and the hashtag limit were never checked: these all passed with exit 0.
    code, out, _ = run_check("--field", field, "--format", "json", "-", stdin=text.encode())
    assert code == 1
    findings = json.loads(out)["results"][0]["findings"]
    assert rule_id in {f["rule_id"] for f in findings}


def test_a_long_overflow_is_quoted_short_in_text_and_whole_in_json():
    body = ("好" * 1000 + "超出的部分" * 400).encode()
    _, out, _ = run_check("--field", "body", "-", stdin=body)
    (line,) = [x for x in out.splitlines() if " length " in x]
    assert "「超出的部分" in line and "…」" in line and len(line) < 400
    _, out, _ = run_check("--field", "body", "--format", "json", "-", stdin=body)
    (finding,) = [f for f in json.loads(out)["results"][0]["findings"] if f["category"] == "length"]
    assert finding["text"] == "超出的部分" * 400


def test_a_final_line_break_does_not_count_towards_the_limit():
    title = "一" * 20 + "\n"  # exactly 20: fits
    code, out, _ = run_check("--field", "title", "--format", "json", "-", stdin=title.encode())
    assert code == 0, out


def test_usage_errors_exit_2():
    assert run_check()[0] == 2
    assert run_check("--format", "xml", "-")[0] == 2


def test_bundled_rules_by_default(drafts):
    code, out, _ = run_check("--format", "json", str(drafts / "a.txt"))
    assert code == 1
    assert json.loads(out)["results"][0]["findings"][0]["category"] == "absolute_terms"


def test_field_choices_are_the_engine_fields():
    from studio.commands.check import CHECKED_FIELDS
    from studio.core.compliance import FIELDS

    assert sorted(CHECKED_FIELDS) == sorted(FIELDS)


@given(st.text(alphabet="a\n好😀\r", max_size=60), st.data())
def test_line_and_column_of_every_offset(text, data):
    # _Lines replaced a per-finding newline count from the top of the file (quadratic on a
    # 5 MB draft); it must place every offset exactly where that count did.
    from studio.commands.check import _Lines

    offset = data.draw(st.integers(0, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert _Lines(text).line_col(offset) == (line, col)


def test_folder_skips_hidden_files(rules, tmp_path):
    # macOS writes "._note.txt" (AppleDouble, binary) beside each file on a USB drive; it
    # stopped the whole run with "not UTF-8 text".
    folder = tmp_path / "usb"
    (folder / ".git").mkdir(parents=True)
    (folder / "note.txt").write_text("很好用", encoding="utf-8")
    (folder / "._note.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00\xff\xfe")
    (folder / ".git" / "x.txt").write_bytes(b"\xff\xfe")
    code, out, err = run_check("--rules", rules, str(folder))
    assert code == 0, err
    assert "._note" not in out + err


def test_windows_line_ends_do_not_count_towards_the_body_limit(tmp_path):
    # Notepad writes CRLF: 40 lines of 24 characters is 960 + 39 line breaks = 999 characters,
    # but the 39 "\r" made it 1,038 and "too long" (exit 1).
    body = "\r\n".join(["今天去了一家很好吃的早餐店，推荐大家试试看哦！！"] * 40)
    assert len(body.replace("\r\n", "\n")) == 999
    path = tmp_path / "body.txt"
    path.write_bytes(body.encode("utf-8"))
    code, out, err = run_check("--field", "body", "--format", "json", str(path))
    assert code == 0, out + err
    assert json.loads(out)["results"][0]["findings"] == []
