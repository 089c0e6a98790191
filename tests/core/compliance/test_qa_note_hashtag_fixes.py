"""Quick fixes for a word inside a hashtag must themselves fit in a hashtag."""

from __future__ import annotations

from studio.core.compliance import Engine


def _fixes(hashtags: str, text: str) -> tuple[str, ...]:
    findings = Engine.default().check_note(body="Best noodles in town", hashtags=hashtags)
    return next(f.suggestions for f in findings if f.field == "hashtags" and f.text == text)


def test_hashtag_fixes_hold_no_spaces():
    # "a good price" used to be offered: applied, the tag became "#a good price".
    fixes = _fixes("#klfood #lowestprice", "lowestprice")
    assert fixes and all(" " not in fix for fix in fixes)
    assert "greatvalue" in fixes


def test_sentences_are_not_offered_as_tags():
    # "ask in the comments" (four words) is a sentence, not a tag.
    assert _fixes("#klfood #whatsappme", "whatsappme") == ("messagemehere",)


def test_chinese_tag_fixes_are_unchanged():
    findings = Engine.default().check_note(body="好吃", hashtags=["全网最低价面霜"])
    (finding,) = [f for f in findings if f.field == "hashtags" and f.category == "absolute_terms"]
    body = next(f for f in Engine.default().check("全网最低价面霜") if f.category == "absolute_terms")
    assert finding.suggestions == body.suggestions


def test_body_fixes_keep_their_spaces():
    (finding,) = [f for f in Engine.default().check("The lowest price online") if f.category == "absolute_terms"]
    assert "a good price" in finding.suggestions
