"""Engine behaviour on a small test pack: true positives per category, near misses, evasions,
offsets, suggestions, field filtering and message language."""

from __future__ import annotations

import pytest

from studio.core.compliance import Engine, Severity
from studio.core.i18n import set_language
from tests.core.compliance._engine_packs import unit_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return unit_engine(tmp_path_factory.mktemp("unit"))


def hits(engine: Engine, text: str, field: str = "body") -> list[tuple[str, str]]:
    return [(f.rule_id, f.text) for f in engine.check(text, field)]


@pytest.mark.parametrize(
    ("text", "rule_id", "span"),
    [
        ("这是最好用的面霜", "absolute_terms.superlative", "最好用"),
        ("全网第一", "absolute_terms.superlative", "第一"),
        ("顶级体验", "absolute_terms.superlative", "顶级"),
        ("史上最强！", "absolute_terms.superlative", "史上最强"),
        ("The best cream", "absolute_terms.superlative", "The best"),
        ("100%有效", "absolute_terms.superlative", "100%"),
        ("无效包退哦", "promise_guarantee.promise", "包退"),
        ("假一赔十", "promise_guarantee.promise", "假一赔十"),
        ("这款理财保本", "finance_investment.terms", "保本"),
        ("可以降血压", "health_claim.treat", "降血压"),
        ("大师开光的手串", "superstition.luck", "开光"),
        ("打了水光针", "medical_service.beauty", "水光针"),
        ("考研保过班", "education_training.pass", "保过"),
        ("评论区扣1送福利", "inducement.like", "评论区扣1"),
        ("大神带单", "scam_bait.copy", "带单"),
        ("5000变100万不是梦", "scam_bait.copy", "5000变100万"),
        ("这就是智商税", "disparagement.words", "智商税"),
        ("家用理疗仪", "medical_device.claims", "理疗仪"),
        ("医用级修复", "medical_device.claims", "医用级"),
        ("这款保健品", "health_supplement.claims", "保健品"),
        ("能软化血管", "health_supplement.claims", "软化血管"),
        ("夏天来杯啤酒", "alcohol.promo", "啤酒"),
        ("口感接近母乳", "infant_formula.claims", "接近母乳"),
        ("杀菌率99.9%", "disinfection.claims", "杀菌率99.9%"),
        ("可杀灭病毒", "disinfection.claims", "杀灭病毒"),
        ("买学区房", "real_estate.claims", "学区房"),
        ("投资回报高", "real_estate.claims", "投资回报"),
        ("7天瘦10斤", "exaggeration.effects", "7天瘦10斤"),
        ("一周瘦20斤", "exaggeration.effects", "一周瘦20斤"),
        ("一夜回到十八岁", "exaggeration.effects", "一夜回到十八岁"),
        ("加微信咨询", "redirect.platforms", "加微信"),
        ("我的IG在简介", "redirect.platforms", "IG"),
    ],
)
def test_true_positive(engine, text, rule_id, span):
    assert (rule_id, span) in hits(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "最近天气很好",
        "最后一天",
        "最初的梦想",
        "第一次来吉隆坡",
        "第一天上班",
        "保温杯里泡枸杞",
        "考研复习第三天，今天背单词",
        "a big gift for you",
        "signature look",
        "红包退回来了",  # 包退 straddles 红包 / 退回: not a word of its own
        "交了保证金",  # exception
        "晚饭吃啤酒鸭",  # exception
        "杀菌消毒要注意",  # no rate claimed
        "学区的图书馆",
        "一周瘦了一点点",
        "白开水和温水",
        "",
    ],
)
def test_near_miss_is_not_flagged(engine, text):
    assert hits(engine, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("最 好用", "最 好用"),
        ("最*好*用", "最*好*用"),
        ("最\u200b好用", "最\u200b好用"),
        ("最🔥好用", "最🔥好用"),
        ("ＮＯ．１", "ＮＯ．１"),
        ("No.1", "No.1"),
        ("no 1", "no 1"),
        ("the  best", "the  best"),
        ("THE BEST", "THE BEST"),
    ],
)
def test_evasion_absolute(engine, text, span):
    assert ("absolute_terms.superlative", span) in hits(engine, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("加 v 信", "加 v 信"),
        ("加V信", "加V信"),
        ("薇信聊", "薇信"),
        ("威信", "威信"),
        ("ｖｘ", "ｖｘ"),
        ("VX号", "VX"),
        ("加vx", "加vx"),
        ("𝐯𝐱", "𝐯𝐱"),
        ("🅥🅧", "🅥🅧"),
        ("vх", "vх"),  # Cyrillic х
        ("绿泡泡聊", "绿泡泡"),
        ("私我🛰", "🛰"),
        ("weixin", "weixin"),
        ("➕V", "➕V"),
        ("+v", "+v"),
        ("企鹅联系", "企鹅"),
        ("扣扣", "扣扣"),
        ("❤️居同名", "❤️居"),
        ("号🐎发你", "号🐎"),
        ("某宝搜", "某宝"),
        ("加 微 信", "加 微 信"),
        ("加・微・信", "加・微・信"),
        ("WhatsApp me", "WhatsApp"),
        ("whats app", "whats app"),
    ],
)
def test_evasion_redirect(engine, text, span):
    assert ("redirect.platforms", span) in hits(engine, text)


def test_traditional_characters_are_folded(engine):
    assert ("superstition.luck", "開光") in hits(engine, "大師開光")
    assert ("health_claim.treat", "治療") in hits(engine, "可以治療")


def test_digit_styles(engine):
    assert ("absolute_terms.superlative", "NO.①") in hits(engine, "NO.①")
    assert ("absolute_terms.superlative", "No.壹") in hits(engine, "No.壹")
    assert ("inducement.like", "评论区扣¹") in hits(engine, "评论区扣¹")


def test_latin_terms_are_whole_words(engine):
    assert hits(engine, "big") == []
    assert hits(engine, "igloo") == []
    assert ("redirect.platforms", "ig") in hits(engine, "my ig")
    assert ("redirect.platforms", "ig") in hits(engine, "看ig")
    assert ("redirect.platforms", "qq") in hits(engine, "qq号")
    assert hits(engine, "qqq") == []


def test_sentence_punctuation_is_not_skipped(engine):
    # 最，好 are two clauses: only the single-character term 最 applies, not 最好.
    assert hits(engine, "我最，好吗") == [("absolute_terms.superlative", "最")]
    assert hits(engine, "加\n微信")[0] == ("redirect.platforms", "微信")


def test_offsets_point_at_the_original_span(engine):
    text = "😀👍🏽 e\u0301 加 V 信 ok"
    for finding in engine.check(text):
        assert finding.text == text[finding.start : finding.end]
        assert 0 <= finding.start < finding.end <= len(text)
    assert [f.text for f in engine.check(text)] == ["加 V 信"]


def test_findings_are_sorted_by_start(engine):
    findings = engine.check("加微信，最好用，第一，开光，带单")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert len(findings) == 5


def test_longest_term_wins_within_a_rule(engine):
    (finding,) = engine.check("最好用")
    assert finding.text == "最好用"
    assert finding.suggestions == ("很好用", "个人很喜欢")


def test_generic_suggestions(engine):
    (finding,) = engine.check("第一")
    assert finding.suggestions == ("很好",)


def test_fields_limit_where_a_rule_applies(engine):
    assert hits(engine, "私信我", "bio") == [("redirect.bio_only", "私信")]
    assert hits(engine, "私信我", "body") == []
    with pytest.raises(ValueError):
        engine.check("x", field="nope")


def test_finding_carries_rule_data(engine):
    (finding,) = engine.check("这款理财保本", field="title")
    assert finding.category == "finance_investment"
    assert finding.severity is Severity.WARN
    assert finding.field == "title"
    assert finding.to_dict()["severity"] == "warn"


def test_message_follows_language(engine):
    set_language("zh")
    assert engine.check("保本")[0].message == "金融"
    set_language("en")
    assert engine.check("保本")[0].message == "Finance"


def test_rules_are_listed(engine):
    ids = {rule.id for rule in engine.rules}
    assert "absolute_terms.superlative" in ids
    assert "length.title" in ids  # built-in structural default
    rule = next(r for r in engine.rules if r.id == "redirect.bio_only")
    assert rule.fields == {"bio", "username"}
    assert rule.severity is Severity.INFO
    assert rule.message == "Bio"


@pytest.mark.parametrize("text", ["增加维生素C", "我家好友", "瑜伽好友", "signal app"])
def test_redirect_disguises_do_not_hit_ordinary_words(tmp_path, text):
    from tests.core.compliance._engine_packs import write_pack

    write_pack(
        tmp_path,
        """
[[rule]]
id = "redirect.x"
category = "redirect"
severity = "block"
terms = ["加微", "加好友", "ig号"]
message = { zh = "导流", en = "Redirect" }
""",
    )
    engine = Engine.from_dir(tmp_path)
    assert engine.check(text) == []
    assert [f.text for f in engine.check("+薇")] == ["+薇"]


def test_emoji_spacers_are_skipped_even_when_some_terms_use_emoji(tmp_path):
    from tests.core.compliance._engine_packs import write_pack

    write_pack(
        tmp_path,
        """
[[rule]]
id = "redirect.x"
category = "redirect"
severity = "block"
terms = ["❤居", "最好"]
message = { zh = "导流", en = "Redirect" }
""",
    )
    engine = Engine.from_dir(tmp_path)
    assert [f.text for f in engine.check("最❤好 ❤️居")] == ["最❤好", "❤️居"]
    assert engine.check("居") == []


def test_spans_do_not_split_a_character_from_its_marks(engine):
    (finding,) = engine.check("第一\u0301名")
    assert finding.text == "第一\u0301"
    (finding,) = engine.check("开光\ufe0f")
    assert finding.text == "开光\ufe0f"


def test_a_span_is_reported_once_per_category():
    # A mobile number after a WeChat cue is both a phone number and a contact handle; the
    # creator should read about it once.
    from studio.core.compliance import Engine

    findings = Engine.default().check("加vx 13812345678")
    spans = [(f.start, f.end, f.category) for f in findings]
    assert len(spans) == len(set(spans))
    assert [f.text for f in findings] == ["加vx", "13812345678"]
    assert {f.category for f in findings} == {"redirect"}


def test_structural_advice_follows_the_interface_language():
    from studio.core import i18n
    from studio.core.compliance import Engine

    tags = [f"#话题{i}" for i in range(12)]
    engine = Engine.default()
    i18n.set_language("en")
    english = [f for f in engine.check_note(hashtags=tags) if f.rule_id == "hashtags.too_many"]
    i18n.set_language("zh")
    chinese = [f for f in engine.check_note(hashtags=tags) if f.rule_id == "hashtags.too_many"]
    assert english and chinese
    assert english[0].suggestions == ("Keep the 10 most relevant hashtags",)
    assert chinese[0].suggestions == ("保留最相关的 10 个话题",)
