"""Workspace customisation: custom terms, disabled rules, allow-words; cached by value."""

from __future__ import annotations

import pytest

from studio.core.compliance import CUSTOM_RULE_ID, Engine, Severity, WorkspaceRules
from tests.core.compliance._engine_packs import unit_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return unit_engine(tmp_path_factory.mktemp("ws"))


def test_custom_terms_are_category_custom_with_evasion_handling(engine):
    derived = engine.with_workspace(WorkspaceRules(custom_terms=("雅诗兰黛", "Sephora")))
    found = [(f.rule_id, f.category, f.text) for f in derived.check("雅诗 兰黛和ＳＥＰＨＯＲＡ")]
    assert found == [
        (CUSTOM_RULE_ID, "custom", "雅诗 兰黛"),
        (CUSTOM_RULE_ID, "custom", "ＳＥＰＨＯＲＡ"),
    ]
    assert engine.check("雅诗兰黛") == []  # the base engine is unchanged


def test_custom_severity(engine):
    derived = engine.with_workspace(
        WorkspaceRules(custom_terms=("竞品",), custom_severity=Severity.WARN)
    )
    assert derived.check("竞品")[0].severity is Severity.WARN


def test_disabled_rules(engine):
    derived = engine.with_workspace(
        WorkspaceRules(disabled_rules=frozenset({"absolute_terms.superlative"}))
    )
    assert derived.check("最好用") == []
    assert not derived.is_enabled("absolute_terms.superlative")
    assert [f.rule_id for f in derived.check("加微信")] == ["redirect.platforms"]


def test_allow_words_suppress_covered_hits(engine):
    derived = engine.with_workspace(WorkspaceRules(allow_words=("第一视角", "最好用")))
    assert derived.check("第一视角拍摄") == []
    assert derived.check("最 好 用") == []
    assert [f.text for f in derived.check("第一名")] == ["第一"]


def test_allow_words_apply_to_detectors_too(engine):
    derived = engine.with_workspace(WorkspaceRules(allow_words=("hello@brand.com",)))
    assert [f.rule_id for f in derived.check("hello@brand.com")] == []


def test_cached_by_value(engine):
    a = engine.with_workspace(WorkspaceRules(custom_terms=("x1",), allow_words=("y",)))
    b = engine.with_workspace(WorkspaceRules(custom_terms=("x1",), allow_words=("y",)))
    c = engine.with_workspace(WorkspaceRules(custom_terms=("x2",)))
    assert a is b
    assert a is not c


def test_lists_are_accepted(engine):
    derived = engine.with_workspace(
        WorkspaceRules(custom_terms=["竞品"], disabled_rules={"redirect.platforms"})  # type: ignore[arg-type]
    )
    assert [f.text for f in derived.check("竞品 加微信")] == ["竞品"]


def test_custom_rule_is_listed(engine):
    derived = engine.with_workspace(WorkspaceRules(custom_terms=("竞品",)))
    assert CUSTOM_RULE_ID in {rule.id for rule in derived.rules}
    assert CUSTOM_RULE_ID not in {rule.id for rule in engine.rules}


def test_blank_custom_terms_are_ignored(engine):
    derived = engine.with_workspace(WorkspaceRules(custom_terms=("", "  "), allow_words=("",)))
    assert [f.text for f in derived.check("最好")] == ["最好"]
