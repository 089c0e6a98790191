"""check_note: title/body length the platform's way and hashtag rules."""

from __future__ import annotations

import pytest

from studio.core.compliance import Engine, Severity, WorkspaceRules
from tests.core.compliance._engine_packs import UNIT_PACK, unit_engine, write_pack

CORE = ["吉隆坡", "吉隆坡美食", "吉隆坡探店", "吉隆坡咖啡", "吉隆坡周末"]
GOOD_TAGS = [*CORE, "马来西亚旅行", "东南亚美食", "咖啡店", "周末去哪儿", "城市漫步"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return unit_engine(tmp_path_factory.mktemp("structure"))


def by_rule(findings, rule_id):
    return [f for f in findings if f.rule_id == rule_id]


def test_title_counts_the_platform_way(engine):
    assert by_rule(engine.check_note(title="Claude 4.6发布，AI助手又进化了"), "length.title") == []
    title = "一二三四五六七八九十一二三四五六七八九十超出"
    (finding,) = by_rule(engine.check_note(title=title), "length.title")
    assert (finding.field, finding.text, finding.severity) == ("title", "超出", Severity.BLOCK)
    # 40 ASCII letters are 20 characters; one more is over.
    assert by_rule(engine.check_note(title="a" * 40), "length.title") == []
    assert by_rule(engine.check_note(title="a" * 41), "length.title")[0].text == "a"


def test_body_limit(engine):
    assert by_rule(engine.check_note(body="字" * 1000), "length.body") == []
    (finding,) = by_rule(engine.check_note(body="字" * 1003), "length.body")
    assert (finding.field, finding.start, finding.end) == ("body", 1000, 1003)


def test_more_than_ten_hashtags_blocks(engine):
    tags = [f"标签{i}" for i in range(12)]
    (finding,) = by_rule(engine.check_note(hashtags=tags), "hashtags.too_many")
    assert finding.severity is Severity.BLOCK
    assert finding.field == "hashtags"
    assert finding.text == "#标签10 #标签11"
    assert by_rule(engine.check_note(hashtags=tags[:10]), "hashtags.too_many") == []


def test_hashtags_in_the_body_count(engine):
    body = "今天去吃了好吃的 " + " ".join(f"#标签{i}" for i in range(11))
    (finding,) = by_rule(engine.check_note(body=body), "hashtags.too_many")
    assert finding.field == "body"
    assert finding.text == "#标签10"


@pytest.mark.parametrize("body", ["# 吉隆坡周末\n去了三家店", "价格 ＃ 不贵", "第一名是 # 号选手"])
def test_a_lone_hash_in_the_body_is_not_a_hashtag(engine, body):
    # A Markdown heading or a stray '#' used to count as an 11th tag and block the note.
    findings = engine.check_note(body=body, hashtags=GOOD_TAGS)
    assert by_rule(findings, "hashtags.too_many") == []
    assert [f for f in findings if f.field == "body" and f.category == "hashtags"] == []


def test_hashtag_field_as_text(engine):
    text = " ".join(f"#t{i}#" for i in range(11))
    (finding,) = by_rule(engine.check_note(hashtags=text), "hashtags.too_many")
    assert finding.text == text[finding.start : finding.end] == "#t10#"


def test_532_hint(engine):
    assert by_rule(engine.check_note(hashtags=GOOD_TAGS), "hashtags.structure_532") == []
    (hint,) = by_rule(engine.check_note(hashtags=["美食", "旅行"]), "hashtags.structure_532")
    assert hint.severity is Severity.INFO
    assert by_rule(engine.check_note(hashtags=[]), "hashtags.structure_532") == []


def test_term_checks_run_on_every_field(engine):
    findings = engine.check_note(title="最好用", body="加微信", hashtags=["开光"])
    assert [(f.field, f.text) for f in findings] == [
        ("title", "最好用"),
        ("body", "加微信"),
        ("hashtags", "#开光"),  # the 5-3-2 hint over all tags
        ("hashtags", "开光"),
    ]


def test_structural_rules_from_a_pack_override_defaults(tmp_path):
    pack = (
        UNIT_PACK
        + """
[[rule]]
id = "length.title_strict"
category = "length"
severity = "warn"
detector = "title_length"
limit = 5
message = { zh = "标题太长", en = "Title too long" }

[[rule]]
id = "length.body_utf16"
category = "length"
severity = "block"
detector = "body_length"
limit = 3
method = "utf16"
message = { zh = "正文太长", en = "Body too long" }
"""
    )
    write_pack(tmp_path, pack)
    engine = Engine.from_dir(tmp_path)
    (title,) = by_rule(engine.check_note(title="一二三四五六"), "length.title_strict")
    assert (title.severity, title.text, title.message) == (Severity.WARN, "六", "Title too long")
    (body,) = by_rule(engine.check_note(body="ab😀"), "length.body_utf16")
    assert body.text == "😀"
    assert "length.title" not in {r.id for r in engine.rules}


def test_structural_rules_can_be_disabled(engine):
    derived = engine.with_workspace(WorkspaceRules(disabled_rules=frozenset({"length.title"})))
    assert by_rule(derived.check_note(title="字" * 30), "length.title") == []
