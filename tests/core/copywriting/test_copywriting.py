from studio.core.copywriting import (
    hashtag_line,
    load_ctas,
    load_hooks,
    load_templates,
    ready_to_post,
    to_markdown,
)
from studio.core.copywriting import hashtags as ht
from studio.core.library import Hashtag


def test_templates_cover_structures_and_note_types_in_both_languages():
    ids = {t.id for t in load_templates()}
    assert {"aida", "aisas", "knowledge", "case_study", "experience", "product_rec",
            "daily_life"} <= ids
    for template in load_templates():
        for lang in ("zh", "en"):
            text = template.text(lang)
            assert text.title and text.body and len(text.hashtags) <= ht.MAX_HASHTAGS


def test_aisas_has_one_section_per_stage():
    (aisas,) = [t for t in load_templates() if t.id == "aisas"]
    for word in ("Attention", "Interest", "Search", "Action", "Share"):
        assert word in aisas.text("zh").body and word in aisas.text("en").body


def test_ctas_are_in_platform_actions_only():
    ctas = load_ctas()
    assert {c.kind for c in ctas} == {"save", "follow", "comment", "message"}
    for cta in ctas:
        for text in cta.texts.values():
            lowered = text.lower()
            for redirect in ("微信", "wechat", "vx", "http", "whatsapp", "抽奖", "扣1"):
                assert redirect not in lowered
    assert len(load_hooks()) >= 8


def test_hashtag_rules():
    tags = ()
    tags, result = ht.add(tags, "#吉隆坡#")
    assert result is ht.AddResult.ADDED and tags[0].tag == "吉隆坡"
    assert ht.add(tags, "＃吉隆坡")[1] is ht.AddResult.DUPLICATE
    assert ht.add(tags, "  #  ")[1] is ht.AddResult.EMPTY
    tags, _ = ht.add(tags, "KL")
    assert ht.add(tags, "kl")[1] is ht.AddResult.DUPLICATE  # case-insensitive
    for i in range(8):
        tags, result = ht.add(tags, f"t{i}", "trending")
        assert result is ht.AddResult.ADDED
    assert ht.add(tags, "eleven")[1] is ht.AddResult.LIMIT
    assert len(tags) == ht.MAX_HASHTAGS
    assert [s.count for s in ht.structure(tags)] == [2, 0, 8]
    assert len(ht.remove(tags, "#kl")) == 9


def test_split_tags():
    assert ht.split_tags("#吉隆坡 #吉隆坡美食，探店#  citywalk") == ["吉隆坡", "吉隆坡美食", "探店", "citywalk"]


def test_formats():
    tags = [Hashtag("吉隆坡"), Hashtag("美食", "derived")]
    assert hashtag_line(tags) == "#吉隆坡 #美食"
    assert ready_to_post(" 标题 ", "正文\n第二段", tags) == "标题\n\n正文\n第二段\n\n#吉隆坡 #美食\n"
    md = to_markdown("标题", "正文", tags)
    assert md.startswith("# 标题\n\n正文") and "\\#吉隆坡" in md
