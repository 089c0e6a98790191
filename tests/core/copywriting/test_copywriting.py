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
            assert text.title and text.body and len(text.hashtags) <= ht.limit_of()


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
    assert len(tags) == ht.limit_of() == 10
    assert [s.count for s in ht.structure(tags)] == [2, 0, 8]
    assert len(ht.remove(tags, "#kl")) == 9


def test_hashtag_limit_follows_the_rule_pack(tmp_path):
    """One source of truth: editing the pack's hashtag_count limit moves both the checker
    and the composer's refusal point."""
    from studio.core.compliance import Engine
    from studio.core.paths import rules_dir

    for pack in rules_dir().glob("*.toml"):
        text = pack.read_text(encoding="utf-8")
        if pack.name == "structure.toml":
            assert 'detector = "hashtag_count"\nlimit = 10\n' in text
            text = text.replace('detector = "hashtag_count"\nlimit = 10\n', 'detector = "hashtag_count"\nlimit = 3\n')
        (tmp_path / pack.name).write_text(text, encoding="utf-8")
    engine = Engine.from_dir(tmp_path)
    assert ht.limit_of(engine) == 3

    tags = ()
    for word in ("吉隆坡", "吉隆坡美食", "吉隆坡探店"):
        tags, result = ht.add(tags, word, limit=ht.limit_of(engine))
        assert result is ht.AddResult.ADDED
    assert ht.add(tags, "citywalk", limit=ht.limit_of(engine))[1] is ht.AddResult.LIMIT
    too_many = [f for f in engine.check_note(hashtags=["a", "b", "c", "d"]) if f.rule_id == "hashtags.too_many"]
    assert len(too_many) == 1 and too_many[0].text == "#d"
    assert not [f for f in engine.check_note(hashtags=["a", "b", "c"]) if f.rule_id == "hashtags.too_many"]


def test_split_tags():
    assert ht.split_tags("#吉隆坡 #吉隆坡美食，探店#  citywalk") == ["吉隆坡", "吉隆坡美食", "探店", "citywalk"]


def test_formats():
    tags = [Hashtag("吉隆坡"), Hashtag("美食", "derived")]
    assert hashtag_line(tags) == "#吉隆坡 #美食"
    assert ready_to_post(" 标题 ", "正文\n第二段", tags) == "标题\n\n正文\n第二段\n\n#吉隆坡 #美食\n"
    md = to_markdown("标题", "正文", tags)
    assert md.startswith("# 标题\n\n正文") and "\\#吉隆坡" in md


def test_an_untitled_markdown_export_is_headed_in_the_ui_language():
    # It was always "(untitled)", also for a Chinese user.
    from studio.core.i18n import set_language

    try:
        set_language("zh")
        assert to_markdown("", "正文", ()).startswith("# （无标题）\n")
        set_language("en")
        assert to_markdown("  ", "body", ()).startswith("# (untitled)\n")
    finally:
        set_language("en")


def test_tags_copied_out_of_the_app_lose_the_topic_marker():
    assert ht.split_tags("#吉隆坡[话题]# #探店[话题]#") == ["吉隆坡", "探店"]
    tags, result = ht.add((), "#吉隆坡美食[话题]#", "core")
    assert result is ht.AddResult.ADDED and tags[0].tag == "吉隆坡美食"
