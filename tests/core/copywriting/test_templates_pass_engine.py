"""Every template, hook and CTA, in both languages, passes the engine with nothing blocking."""

from __future__ import annotations

import pytest

from studio.core.compliance import Engine, Severity
from studio.core.copywriting import load_ctas, load_hooks, load_templates
from studio.core.library import Library
from studio.core.library.demo import seed_demo


@pytest.fixture(scope="module")
def engine():
    return Engine.default()


def _blocking(findings):
    return [(f.rule_id, f.text) for f in findings if f.severity is Severity.BLOCK]


@pytest.mark.parametrize("template", load_templates(), ids=lambda t: t.id)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_template_has_no_blocking_finding(engine, template, lang):
    text = template.text(lang)
    findings = engine.check_note(
        title=text.title, body=text.body, hashtags=[t.tag for t in text.hashtags]
    )
    assert _blocking(findings) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hooks_and_ctas_have_no_blocking_finding(engine, lang):
    for phrase in (*load_hooks(), *load_ctas()):
        assert _blocking(engine.check(phrase.text(lang), field="body")) == [], phrase.id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_drafts_show_the_point(engine, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("REDNOTE_LANG", lang)
    from studio.core import i18n

    i18n.set_language(lang)
    library = Library.open(tmp_path / "lib.sqlite3")
    ws = seed_demo(library)
    results = {}
    for draft in library.list_drafts(ws.id):
        findings = engine.check_note(draft.title, draft.body, [t.tag for t in draft.hashtags])
        results[draft.note_type or draft.title] = findings
    library.close()
    risky, clean, template = (list(results.values())[i] for i in range(3))
    assert len({f.category for f in _blocking_f(risky)}) >= 3  # several kinds of finding
    assert _blocking(clean) == [] and _blocking(template) == []


def _blocking_f(findings):
    return [f for f in findings if f.severity is Severity.BLOCK]
