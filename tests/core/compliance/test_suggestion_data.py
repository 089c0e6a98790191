"""The bundled packs offer each term replacements in its own language, and the English ones
are compliant where they land.

A quick fix is pasted over the matched term: an English note's "lowest price" must not become
"活动价", and "message me here" must not itself be a redirect. Run through the loader and the
engine, as the app does (rules/README.md: "Which suggestions are offered").
"""

from __future__ import annotations

import re

import pytest

from studio.core.compliance import Engine
from studio.core.compliance.loader import load_dir
from studio.core.compliance.rules import term_language
from studio.core.i18n import set_language

from .test_rule_packs import RULES_DIR

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
RULES = load_dir(RULES_DIR)
LATIN_TERMS = [(r, t) for r in RULES for t in r.terms if term_language(t) == "en"]
OTHER_TERMS = [(r, t) for r in RULES for t in r.terms if term_language(t) == "zh"]

# Han (or symbol) terms whose data offers a Latin-only replacement on purpose: (rule, term) ->
# reason. None today; a new entry must say why an English fix suits a Chinese term.
HAN_TERMS_WITH_LATIN_FIXES: dict[tuple[str, str], str] = {}

# A short English sentence the term (then its replacement) is put into, per field.
SENTENCES = {
    "body": "Honestly, {} — I tried it last week.",
    "title": "My review: {}",
    "hashtags": "#{}",
    "username": "Lina {}",
    "bio": "Skincare diary. {}",
    "cover_text": "{}",
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_dir(RULES_DIR)


@pytest.fixture(params=["en", "zh"])
def ui(request):
    # A term's replacements must not depend on the UI language.
    set_language(request.param)
    yield request.param
    set_language("en")


def test_the_packs_have_latin_terms_with_replacements():
    # Guards the tests below against vacuously passing on an empty selection.
    assert len(LATIN_TERMS) >= 300
    assert sum(1 for r, t in LATIN_TERMS if r.suggestions_for(t)) >= 150


def test_latin_terms_are_never_offered_chinese(ui):
    offenders = [
        (r.id, t, s) for r, t in LATIN_TERMS for s in r.suggestions_for(t) if _HAN.search(s)
    ]
    assert not offenders, offenders


def test_chinese_terms_are_not_offered_latin_only_fixes(ui):
    offenders = [
        (r.id, t, s)
        for r, t in OTHER_TERMS
        for s in r.suggestions_for(t)
        if _LATIN.search(s) and not _HAN.search(s) and (r.id, t) not in HAN_TERMS_WITH_LATIN_FIXES
    ]
    assert not offenders, offenders


def test_rules_with_chinese_fixes_have_english_ones_too():
    """Every rule that offers Chinese replacements and has Latin terms also has English ones
    (a rule left without any stays without, in both languages)."""
    missing = sorted(
        {
            r.id
            for r, _ in LATIN_TERMS
            if r.suggestions_by_language.get("zh") and not r.suggestions_by_language.get("en")
        }
    )
    assert not missing, missing


def _field(rule) -> str:
    return "body" if rule.applies_to("body") else sorted(rule.fields)[0]


def test_english_fixes_do_not_repeat_the_finding(engine):
    """Put each English replacement where its term was: the sentence with the term is
    reported in the rule's category, the sentence with the replacement is not."""
    not_caught, offenders = [], []
    checked: set[tuple[str, str, str]] = set()
    for rule, term in LATIN_TERMS:
        fixes = rule.suggestions_for(term)
        if not fixes:
            continue
        field = _field(rule)
        sentence = SENTENCES[field]
        before = {f.category for f in engine.check(sentence.format(term), field)}
        if rule.category not in before:
            not_caught.append((rule.id, term, field))
        for fix in fixes:
            if (rule.category, field, fix) in checked:
                continue
            checked.add((rule.category, field, fix))
            after = [
                f.rule_id
                for f in engine.check(sentence.format(fix), field)
                if f.category == rule.category
            ]
            if after:
                offenders.append((rule.id, term, fix, after))
    assert not not_caught, not_caught
    assert not offenders, offenders
    assert len(checked) >= 50
