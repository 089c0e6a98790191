"""Property tests: whatever the input, the engine never crashes and every finding's offsets
point inside the text with ``text == original[start:end]``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.compliance import Engine
from tests.core.compliance._engine_packs import unit_engine

_ENGINE: Engine | None = None


def engine() -> Engine:
    global _ENGINE
    if _ENGINE is None:
        import tempfile
        from pathlib import Path

        _ENGINE = unit_engine(Path(tempfile.mkdtemp(prefix="props")))
    return _ENGINE


TERMS = ["最好用", "加微信", "vx", "第一", "13812345678", "abc@qq.com", "史上最强", "开光", "ig"]
SPACERS = [" ", "*", "\u200b", "\u200d", "\ufe0f", "😀", "·", "\u0301", "\u202e", "\ud800", ""]
HOSTILE = st.sampled_from(
    [
        "\ud800",
        "\udfff",
        "\u0301",
        "\u200d",
        "\u202e",
        "\u200f",
        "👨‍👩‍👧‍👦",
        "🇲🇾",
        "\ufffd",
        "\x00",
        "\n",
        "\r\n",
        "ا",
        "שלום",
        "е",
        "①",
        "壹",
        "ﬁ",
        "İ",
        "ß",
        "\U0010ffff",
    ]
)


def check_invariants(text: str) -> None:
    for field in ("body", "title", "bio"):
        for finding in engine().check(text, field):
            assert 0 <= finding.start < finding.end <= len(text)
            assert finding.text == text[finding.start : finding.end]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_arbitrary_unicode(text):
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TERMS), HOSTILE, st.text(max_size=5)), max_size=30))
def test_terms_among_hostile_characters(parts):
    check_invariants("".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TERMS), st.lists(st.sampled_from(SPACERS), min_size=1, max_size=12))
def test_spaced_out_terms_still_map_back(term, spacers):
    text = "".join(c + spacers[i % len(spacers)] for i, c in enumerate(term))
    check_invariants("前" + text + "后")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.lists(st.text(max_size=12), max_size=14))
def test_check_note_invariants(title, body, tags):
    texts = {"title": title, "body": body}
    for finding in engine().check_note(title=title, body=body, hashtags=tags):
        if finding.field in texts:
            text = texts[finding.field]
            assert finding.text == text[finding.start : finding.end]
        assert finding.start <= finding.end


def test_empty_text():
    assert engine().check("") == []
    assert engine().check_note() == []


def test_ten_megabytes():
    chunk = "今天天气不错，我们去公园散步吧。" * 20 + "最好用的加微信\n"
    text = chunk * (10_000_000 // len(chunk) + 1)
    findings = engine().check(text)
    assert len(findings) == 2 * text.count("最好用的加微信")
    last = findings[-1]
    assert last.text == text[last.start : last.end] == "加微信"


@pytest.mark.parametrize(
    "text",
    [
        "\ud800最好用\udfff",
        "最\u0301好\u0308用",
        "\u202e最好用\u202c",
        "👨‍👩‍👧‍👦加微信👨‍👩‍👧‍👦",
        "مرحبا 最好用 שלום",
        "\ud83d\ude00 surrogate pair written as two lone halves 加微信",
    ],
)
def test_hostile_inputs_find_the_term(text):
    findings = engine().check(text)
    assert findings
    check_invariants(text)


EVASION_SPACERS = [" ", "*", "\u200b", "\u200d", "\ufe0f", "😀", "🔥", "·", "\u0301", "\u202e", "-",
                   "_", ".", "/", "|", "~", "•", "\u3000"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["最好用", "加微信", "开光", "水光针", "vx", "the best"]),
    st.lists(st.lists(st.sampled_from(EVASION_SPACERS), max_size=3), min_size=8, max_size=8),
)
def test_any_spacing_between_characters_is_seen_through(term, gaps):
    spaced = "".join(char + "".join(gaps[i % len(gaps)]) for i, char in enumerate(term))
    spaced = spaced.rstrip("".join(EVASION_SPACERS))
    text = "前" + spaced + "后"
    found = [f for f in engine().check(text) if f.text.startswith(term[0])]
    assert found, text
    assert text.index(term[0]) == found[0].start
