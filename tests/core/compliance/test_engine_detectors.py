"""Contact-data detectors: phone numbers, e-mails, URLs, QQ numbers, handles after a cue."""

from __future__ import annotations

import pytest

from studio.core.compliance import Engine, detectors
from studio.core.text.normalize import Normalizer
from tests.core.compliance._engine_packs import DETECTOR_PACK, write_pack


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    directory = tmp_path_factory.mktemp("detectors")
    write_pack(directory, DETECTOR_PACK)
    return Engine.from_dir(directory)


def test_digit_view_reads_plain_chinese_numerals():
    norm = Normalizer().normalize("一三八 两幺")
    assert detectors.Context(norm).digits == "138 21"


def spans(engine: Engine, text: str, detector: str) -> list[str]:
    return [f.text for f in engine.check(text) if f.rule_id == f"redirect.{detector}"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("电话13812345678", "13812345678"),
        ("电话 138-1234-5678 哦", "138-1234-5678"),
        ("138 1234 5678", "138 1234 5678"),
        ("1 3 8 1 2 3 4 5 6 7 8", "1 3 8 1 2 3 4 5 6 7 8"),
        ("１３８１２３４５６７８", "１３８１２３４５６７８"),
        ("①③⑧①②③④⑤⑥⑦⑧", "①③⑧①②③④⑤⑥⑦⑧"),
        ("一三八一二三四五六七八", "一三八一二三四五六七八"),
        ("壹叁捌壹贰叁肆伍陆柒捌", "壹叁捌壹贰叁肆伍陆柒捌"),
        ("幺三八 幺二三四 五六七八", "幺三八 幺二三四 五六七八"),
        ("+86 138.1234.5678", "+86 138.1234.5678"),
        ("138🔥1234🔥5678", "138🔥1234🔥5678"),
    ],
)
def test_cn_mobile(engine, text, number):
    assert spans(engine, text, "cn_mobile") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "订单号 123456789012345",  # too long
        "价格 12345678 元",  # 8 digits
        "12812345678",  # 12x is not a mobile prefix
        "2024年11月23日 14:00",
        "一二三四五六七八九十",
    ],
)
def test_cn_mobile_near_miss(engine, text):
    assert spans(engine, text, "cn_mobile") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call +60 12-345 6789", "+60 12-345 6789"),
        ("WhatsApp 012-3456789", "012-3456789"),
        ("011-1234 5678", "011-1234 5678"),
        ("+6012 3456 789", "+6012 3456 789"),
    ],
)
def test_my_phone(engine, text, number):
    assert spans(engine, text, "my_phone") == [number]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("邮箱 abc.def@gmail.com 联系", "abc.def@gmail.com"),
        ("ABC@QQ.COM", "ABC@QQ.COM"),
        ("abc＠163．com", "abc＠163．com"),
        ("abc艾特qq点com", "abc艾特qq点com"),
        ("abc at gmail dot com", "abc at gmail dot com"),
        ("abc(at)gmail.com", "abc(at)gmail.com"),
        ("abc123#qq.com", "abc123#qq.com"),
    ],
)
def test_email(engine, text, address):
    assert spans(engine, text, "email") == [address]


def test_email_near_miss(engine):
    assert spans(engine, "look at this, 价格@你", "email") == []
    assert spans(engine, "#美食 #探店", "email") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("看 https://example.com/a?b=1 吧", "https://example.com/a?b=1"),
        ("www.shop.my", "www.shop.my"),
        ("xhs.cn", "xhs.cn"),
        ("店铺 taobao.com/item", "taobao.com/item"),
        ("abc点com", "abc点com"),
        ("abc dot com", "abc dot com"),
        ("abc。com", "abc。com"),
        ("ＡＢＣ．ＣＯＭ", "ＡＢＣ．ＣＯＭ"),
    ],
)
def test_url(engine, text, address):
    assert spans(engine, text, "url") == [address]


@pytest.mark.parametrize(
    "text",
    ["版本1.5更新", "photo.png", "node.js", "e.g. this", "3.5折", "a@b.com"],
)
def test_url_near_miss(engine, text):
    assert spans(engine, text, "url") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("QQ：12345678", "12345678"),
        ("qq号 1234 5678", "1234 5678"),
        ("企鹅 987654321", "987654321"),
        ("扣扣是一二三四五六", "一二三四五六"),
        ("q群 123456", "123456"),
    ],
)
def test_qq_number(engine, text, number):
    assert spans(engine, text, "qq_number") == [number]


def test_qq_needs_a_cue(engine):
    assert spans(engine, "编号 12345678", "qq_number") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("vx: abc_123", "abc_123"),
        ("微信号：lily2024", "lily2024"),
        ("V信 Lily_Chen", "Lily_Chen"),
        ("加我 lily2024", "lily2024"),
        ("wx 12345678", "12345678"),
        ("ins: my_cat99", "my_cat99"),
        ("加 V 信：coffee_lover88", "coffee_lover88"),  # a spaced-out cue
        ("微*信*号 abc_1234", "abc_1234"),
    ],
)
def test_contact_handle(engine, text, handle):
    assert spans(engine, text, "contact_handle") == [handle]


@pytest.mark.parametrize(
    "text",
    [
        "No time for the long version?",
        "instantly brighter",
        "follow my instagram",
        "加我 lovely",  # a plain word after a weak cue is not an ID
        "联系 service",
    ],
)
def test_contact_handle_near_miss(engine, text):
    assert spans(engine, text, "contact_handle") == []


def test_detector_offsets_are_original_offsets(engine):
    text = "😀😀 电话 １３８ １２３４ ５６７８ 😀 mail: a@b.cn"
    for finding in engine.check(text):
        assert finding.text == text[finding.start : finding.end]
    assert {f.rule_id for f in engine.check(text)} == {"redirect.cn_mobile", "redirect.email"}
