"""A page pasted into the bio or the name: the header preview keeps up (bounded work)."""

from __future__ import annotations

import itertools

from studio.core.profile import Bio, Profile, render_header, textdraw

PAGE = "我在吉隆坡吃了十年，每周三家小店🍜 Eating around KL. " * 600  # ~22,000 characters


def test_wrap_stops_measuring_once_the_text_overflows(monkeypatch):
    calls = []
    measure = textdraw.measure
    monkeypatch.setattr(textdraw, "measure", lambda *a: calls.append(1) or measure(*a))
    font = textdraw.text_font()
    lines = textdraw.wrap(PAGE, font, 40, 1000, max_lines=6)
    assert len(lines) == 6 and lines[-1].endswith("…")
    # Six lines of ~25 characters (plus the ellipsis search), not the 22,000-character page.
    assert len(calls) < 600, len(calls)


def test_wrap_keeps_short_texts_whole():
    font = textdraw.text_font()
    assert textdraw.wrap("早餐吃什么", font, 40, 1000, max_lines=6) == ["早餐吃什么"]
    lines = textdraw.wrap("一二三四五六七八九十" * 3, font, 40, 400, max_lines=3)
    assert "".join(lines) == "一二三四五六七八九十" * 3 and not lines[-1].endswith("…")


def test_header_with_a_pasted_page_in_bio_and_name_renders():
    profile = Profile(name="May", username=PAGE[:3000], bio=Bio(who=PAGE, offer=PAGE, reach=PAGE))
    image = render_header(profile, width=540)
    assert image.width == 540 and image.height < 1000  # six bio lines, two name lines


def test_a_word_longer_than_the_line_is_broken_instead_of_running_off_the_header():
    font = textdraw.text_font()
    word = "https://averyveryveryverylongwordwithoutanyspaces.example.com/path"
    lines = textdraw.wrap(f"私信我 {word} 谢谢", font, 40, 500, max_lines=6)
    assert all(textdraw.measure(line, font, 40) <= 500 for line in lines), lines
    assert "".join(lines).replace(" ", "") == f"私信我{word}谢谢"


def test_emoji_sequences_are_never_split_across_lines():
    font = textdraw.text_font()
    text = "旅行👩🏽‍💻博主1️⃣去过🇲🇾🇨🇳国家" * 3
    whole = ("👩🏽‍💻", "1️⃣", "🇲🇾", "🇨🇳")
    for width in range(80, 400, 7):
        lines = textdraw.wrap(text, font, 30, width)
        assert "".join(lines) == text
        for a, b in itertools.pairwise(lines):
            seam = a[-3:] + "|" + b[:3]
            assert b[:1] not in "\u200d\ufe0f\u20e3" and not a.endswith("\u200d"), seam
            assert not (0x1F3FB <= ord(b[0]) <= 0x1F3FF), seam
        joined = "\n".join(lines)
        assert all(joined.count(e) == text.count(e) for e in whole), (width, lines)
