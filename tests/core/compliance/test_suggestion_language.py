"""Rule.suggestions_for: a replacement comes in the language of the text it replaces (term,
pattern and detector hits alike); structural advice, which has no text to go into, follows
the UI language."""

from __future__ import annotations

import pytest

from studio.core.compliance.model import Severity
from studio.core.compliance.rules import ALL_FIELDS, Rule, term_language
from studio.core.i18n import set_language


def _rule(by_language=None, suggestions=(), replace=None) -> Rule:
    by_language = {k: tuple(v) for k, v in (by_language or {}).items()}
    return Rule(
        id="absolute_terms.test",
        category="absolute_terms",
        severity=Severity.WARN,
        fields=ALL_FIELDS,
        messages={"en": "m", "zh": "m"},
        terms=("最好", "the best", "vx", "wa我"),
        suggestions=tuple(suggestions) or by_language.get("zh") or by_language.get("en", ()),
        suggestions_by_language=by_language,
        replace={k: tuple(v) for k, v in (replace or {}).items()},
    )


@pytest.fixture
def ui(request):
    set_language(request.param)
    yield request.param
    set_language("en")


TERM_LANGUAGES = [
    ("the best", "en"), ("vx", "en"), ("+v", "en"), ("ＴＨＥ", "zh"), ("最好", "zh"),
    ("wa我", "zh"), ("line号", "zh"), ("1688", "zh"), ("🛰", "zh"),
]  # fmt: skip


@pytest.mark.parametrize("term,language", TERM_LANGUAGES)
def test_term_language(term, language):
    # Full-width letters never reach here: rule terms are stored in plain lower-case form.
    assert term_language(term) == language


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_term_script_decides_not_the_ui(ui):
    rule = _rule({"zh": ["很好用"], "en": ["really good"]})
    assert rule.suggestions_for("the best") == ("really good",)
    assert rule.suggestions_for("vx") == ("really good",)
    assert rule.suggestions_for("最好") == ("很好用",)
    assert rule.suggestions_for("wa我") == ("很好用",)


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_per_term_replacement_wins(ui):
    rule = _rule({"zh": ["很好用"], "en": ["really good"]}, replace={"the best": ["my favourite"]})
    assert rule.suggestions_for("the best") == ("my favourite",)
    assert rule.suggestions_for("vx") == ("really good",)


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_falls_back_to_the_other_language_only_when_empty(ui):
    assert _rule({"zh": ["很好用"]}).suggestions_for("the best") == ("很好用",)
    assert _rule({"zh": ["很好用"], "en": []}).suggestions_for("the best") == ("很好用",)
    assert _rule({"en": ["really good"]}).suggestions_for("最好") == ("really good",)
    assert _rule({"zh": [], "en": []}).suggestions_for("最好") == ()


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_no_term_follows_the_ui_language(ui):
    rule = _rule({"zh": ["保留最相关的话题"], "en": ["Keep the most relevant hashtags"]})
    expected = "保留最相关的话题" if ui == "zh" else "Keep the most relevant hashtags"
    assert rule.suggestions_for(None) == (expected,)
    other = "Keep the most relevant hashtags" if ui == "zh" else "保留最相关的话题"
    only_other = _rule({"zh" if ui == "en" else "en": [other]})
    assert only_other.suggestions_for(None) == (other,)


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_a_single_list_is_offered_as_written(ui):
    rule = _rule(suggestions=["很好用", "really good"])
    assert rule.suggestions_for("the best") == ("很好用", "really good")
    assert rule.suggestions_for(None) == ("很好用", "really good")


# The words around a match decide, because a replacement is pasted into them: Latin
# shorthands such as vx are everyday Chinese, and Chinese-named platforms turn up in English.
@pytest.mark.parametrize(
    ("text", "matched", "language"),
    [
        ("想了解的加vx私聊", "加vx", "zh"),
        ("有事vx我", "vx", "zh"),
        ("Add me on vx for details", "vx", "en"),
        ("my wechat is abc", "wechat", "en"),
        ("加微信聊", "加微信", "zh"),
        ("The best cream ever, lowest price online!", "lowest price", "en"),
        ("今天入手 lowest price 的面霜", "lowest price", "zh"),
    ],
)
def test_fixes_follow_the_language_of_the_surrounding_text(text, matched, language):
    from studio.core.compliance import Engine

    finding = next(f for f in Engine.default().check(text, field="body") if f.text == matched)
    assert finding.suggestions
    assert {term_language(s) for s in finding.suggestions} == {language}, finding.suggestions


def test_text_language_counts_han_characters_against_latin_words():
    from studio.core.compliance.rules import text_language

    assert text_language("今天 the 的") == "zh"  # 2 Han, 1 word
    assert text_language("one two 好") == "en"
    assert text_language("🙂 123 !") is None


# Pattern and detector fixes are one-click replacements too: they used to follow the UI
# language, so the Chinese UI offered 我用了一段时间觉得有改善 for an English note's
# "two shades brighter", and 加我vx before a Latin ID was offered English fixes.
@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
@pytest.mark.parametrize(
    ("text", "matched", "language"),
    [
        ("my skin was two shades brighter after a week", "two shades brighter", "en"),
        ("用了一周皮肤白了两个度", "白了两个度", "zh"),
        ("call me on 012-345 6789 for details", "012-345 6789", "en"),
        ("email me at hello@example.com please", "hello@example.com", "en"),
        ("合作请发邮件到 hello@example.com 哦", "hello@example.com", "zh"),
        ("加我vx abc12345", "加我vx", "zh"),
    ],
)
def test_pattern_and_detector_fixes_follow_the_text_not_the_ui(ui, text, matched, language):
    from studio.core.compliance import Engine

    finding = next(f for f in Engine.default().check(text, field="body") if f.text == matched)
    assert finding.suggestions
    assert {term_language(s) for s in finding.suggestions} == {language}, finding.suggestions


@pytest.mark.parametrize("ui", ["en", "zh"], indirect=True)
def test_a_hit_with_no_words_around_it_follows_the_ui(ui):
    rule = _rule({"zh": ["有问题欢迎私信"], "en": ["message me here"]})
    expected = "有问题欢迎私信" if ui == "zh" else "message me here"
    assert rule.suggestions_for(None, "012-345 6789") == (expected,)
