"""Rule pack loading: every mistake names the file, the line and the reason."""

from __future__ import annotations

import pytest

from studio.core.compliance import Engine, RuleLoadError
from tests.core.compliance._engine_packs import write_pack

GOOD_RULE = """
[[rule]]
id = "absolute_terms.x"
category = "absolute_terms"
severity = "block"
terms = ["最好"]
message = { zh = "绝对化", en = "Absolute" }
"""


def load_error(tmp_path, text: str) -> RuleLoadError:
    write_pack(tmp_path, text, "bad.toml")
    with pytest.raises(RuleLoadError) as info:
        Engine.from_dir(tmp_path)
    error = info.value
    assert "bad.toml" in str(error)
    return error


def test_good_pack_loads(tmp_path):
    write_pack(tmp_path, '[pack]\nid = "x"\n' + GOOD_RULE)
    engine = Engine.from_dir(tmp_path)
    assert [f.text for f in engine.check("最好")] == ["最好"]


def test_invalid_toml_reports_line(tmp_path):
    error = load_error(tmp_path, GOOD_RULE + 'terms = ["a",\n\nid = \n')
    assert error.line is not None and error.line >= 8
    assert "invalid TOML" in str(error)
    assert f":{error.line}:" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "line", "reason"),
    [
        ('category = "absolute_terms"', 'category = "absolut"', 4, "unknown category"),
        ('severity = "block"', 'severity = "fatal"', 5, "severity must be"),
        ('terms = ["最好"]', 'terms = "最好"\nfields = ["titel"]', 7, "unknown field"),
        ('terms = ["最好"]', 'term = ["最好"]', 6, "unknown key 'term'"),
        ('terms = ["最好"]', "terms = [1, 2]", 6, "list of strings"),
        ('terms = ["最好"]', 'terms = [""]', 6, "empty string"),
        ('terms = ["最好"]', 'detector = "phone"', 6, "unknown detector"),
        ('terms = ["最好"]', "patterns = ['(a)\\1']", 6, "rejected by RE2"),
        ('terms = ["最好"]', "patterns = ['(?=最)好']", 6, "rejected by RE2"),
        ('terms = ["最好"]', "patterns = ['a*']", 6, "can match empty text"),
        ('terms = ["最好"]', "suggestions = ['x']", 2, "needs at least one of"),
        (
            'message = { zh = "绝对化", en = "Absolute" }',
            'message = { zh = "绝对化" }',
            7,
            "'message'",
        ),
        ('terms = ["最好"]', 'terms = ["最好"]\nlimit = -1', 7, "'limit'"),
        ('terms = ["最好"]', 'terms = ["最好"]\nmethod = "bytes"', 7, "'method'"),
        ('terms = ["最好"]', 'terms = ["最好"]\nwhole_word = "yes"', 7, "'whole_word'"),
    ],
)
def test_semantic_errors_name_line_and_reason(tmp_path, old, new, line, reason):
    error = load_error(tmp_path, GOOD_RULE.replace(old, new))
    assert reason in error.reason
    assert error.line == line
    assert str(error).startswith(f"{tmp_path / 'bad.toml'}:{line}: ")


def test_second_rule_errors_point_into_the_second_rule(tmp_path):
    text = GOOD_RULE + GOOD_RULE.replace("absolute_terms.x", "absolute_terms.y").replace(
        '"block"', '"blocker"'
    )
    error = load_error(tmp_path, text)
    assert error.line == 12
    assert "absolute_terms.y" in error.reason


def test_duplicate_rule_id_across_files(tmp_path):
    write_pack(tmp_path, GOOD_RULE, "a.toml")
    write_pack(tmp_path, GOOD_RULE, "b.toml")
    with pytest.raises(
        RuleLoadError, match=r"b\.toml:3: duplicate rule id absolute_terms\.x \(also in a\.toml\)"
    ):
        Engine.from_dir(tmp_path)


def test_missing_folder(tmp_path):
    with pytest.raises(RuleLoadError, match="not found"):
        Engine.from_dir(tmp_path / "nope")


def test_folder_without_packs(tmp_path):
    with pytest.raises(RuleLoadError, match=r"no rule packs \(\*\.toml\)"):
        Engine.from_dir(tmp_path)


def test_non_utf8_pack(tmp_path):
    (tmp_path / "bad.toml").write_bytes(b"\xff\xfe[pack]")
    with pytest.raises(RuleLoadError, match="not UTF-8"):
        Engine.from_dir(tmp_path)


def test_unknown_top_level_table(tmp_path):
    error = load_error(tmp_path, "[rules]\nid = 1\n")
    assert "unknown top-level key" in error.reason


def test_term_made_only_of_separators_is_ignored_not_fatal(tmp_path):
    write_pack(tmp_path, GOOD_RULE.replace('["最好"]', '["最好", "***"]'))
    assert Engine.from_dir(tmp_path).check("***") == []


def test_re2_patterns_run_in_linear_time(tmp_path):
    # The classic catastrophic pattern for backtracking engines: RE2 accepts it and stays fast.
    write_pack(tmp_path, GOOD_RULE.replace('terms = ["最好"]', "patterns = ['(a+)+$']"))
    engine = Engine.from_dir(tmp_path)
    assert engine.check("a" * 50_000 + "!") == []


def test_errors_follow_the_language(tmp_path):
    from studio.core.i18n import set_language

    set_language("zh")
    error = load_error(tmp_path, GOOD_RULE.replace('"absolute_terms"', '"nope"', 1))
    assert "未知分类" in error.reason


def test_suggestions_per_language_reject_unknown_languages(tmp_path):
    error = load_error(tmp_path, GOOD_RULE + 'suggestions = { fr = ["très bien"] }\n')
    assert "fr" in str(error)


def test_suggestions_per_language_load(tmp_path):
    write_pack(tmp_path, GOOD_RULE + 'suggestions = { zh = ["很好"], en = ["really good"] }\n')
    (finding,) = Engine.from_dir(tmp_path).check("最好")
    # A replacement follows the term's language (最好 → Chinese), not the UI's (en in tests).
    assert finding.suggestions == ("很好",)


def test_a_pack_saved_with_a_utf8_bom_loads(tmp_path):
    # Windows PowerShell 5 ("Set-Content -Encoding utf8") and older Notepad write a BOM.
    (tmp_path / "bom.toml").write_bytes(b"\xef\xbb\xbf" + ('[pack]\nid = "x"\n' + GOOD_RULE).encode())
    engine = Engine.from_dir(tmp_path)
    assert [f.text for f in engine.check("最好")] == ["最好"]
