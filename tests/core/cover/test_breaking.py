"""Line breaking: words kept whole, kinsoku rules, balanced lines, emoji sequences intact."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.cover.breaking import NO_END, NO_START, tokenize
from studio.core.cover.fonts import clusters
from studio.core.cover.layout import fit_text

TITLES = [
    "早餐吃什么",
    "一周减脂餐｜打工人也能坚持的早餐🍳",
    "Claude 4.6发布，AI助手又进化了",
    "iPhone15Pro真实测评：续航100%够用吗？",
    "《小王子》里最打动我的一句话",
    "谁懂啊！！这家早餐店我能吃一辈子😭😭",
    "秋冬穿搭｜“老钱风”其实很简单",
    "吉隆坡探店（附地址）这家肉骨茶绝了",
    "Why I stopped buying fast fashion",
    "🍳🥑🥐☕️👩🏽‍💻🇨🇳1️⃣",
    "这是一个非常非常长的标题用来测试四十个字符的情况到底会怎么样呢我们来看看效果如何吧",
    "早",
]


def layout(title, width=600.0, height=700.0, max_lines=3, font="smiley"):
    return fit_text(title, font, width, height, min_px=30, max_px=160, max_lines=max_lines)


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("width", [320.0, 600.0, 900.0])
def test_no_forbidden_line_starts_or_ends(title, width):
    block = layout(title, width)
    for i, line in enumerate(block.lines):
        assert line.text, "empty line"
        if i > 0:
            assert line.text[0] not in NO_START, (title, [ln.text for ln in block.lines])
        if i < len(block.lines) - 1:
            assert line.text[-1] not in NO_END, (title, [ln.text for ln in block.lines])


@pytest.mark.parametrize("title", ["早餐吃什么", "一周减脂餐｜打工人也能坚持的早餐🍳", "健康早餐怎么吃", "我的早餐"])
@pytest.mark.parametrize("width", [200.0, 260.0, 330.0, 420.0, 600.0, 900.0])
def test_zaocan_is_never_split(title, width):
    block = layout(title, width, max_lines=4)
    text = "\n".join(line.text for line in block.lines)
    assert "早餐" in text.replace("\n", "")
    assert "早\n餐" not in text


@pytest.mark.parametrize("title", TITLES)
def test_text_survives_breaking(title):
    block = layout(title, 500.0)
    joined = "".join(line.text for line in block.lines).replace(" ", "")
    expected = title.replace(" ", "").replace("｜", "")
    assert joined.replace("｜", "") == expected


def test_latin_words_and_numbers_stay_whole():
    for width in (300.0, 420.0, 600.0):
        block = layout("iPhone15Pro真实测评：续航100%够用吗？Claude 4.6", width, max_lines=4)
        words = [w for line in block.lines for w in line.text.split()]
        text = " ".join(line.text for line in block.lines)
        for token in ("iPhone15Pro", "100%", "4.6", "Claude"):
            assert token in text, (width, [ln.text for ln in block.lines])
        assert all(w.strip() for w in words)


def test_all_latin_title_breaks_at_spaces():
    block = layout("Why I stopped buying fast fashion", 520.0)
    assert len(block.lines) >= 2
    assert {w for line in block.lines for w in line.text.split()} == set(
        ["Why", "I", "stopped", "buying", "fast", "fashion"]
    )


def test_emoji_sequences_are_never_split():
    title = "🍳🥑🥐☕️👩🏽‍💻🇨🇳1️⃣👨‍👩‍👧"
    for width in (150.0, 250.0, 400.0):
        block = layout(title, width, max_lines=6)
        produced = [c for line in block.lines for c in clusters(line.text)]
        assert produced == clusters(title)


def test_emoji_stays_with_the_word_before_it():
    units = [u.text for u in tokenize("早餐吃什么🍳")]
    assert units[-1].endswith("🍳") and len(units[-1]) > 1


def test_explicit_newline_is_honoured():
    block = layout("一周减脂早餐\n不重样", 900.0)
    assert [line.text for line in block.lines][-1] == "不重样"
    assert len(block.lines) >= 2


def test_balanced_lines_avoid_a_lonely_last_character():
    for width in (300.0, 360.0, 420.0, 480.0):
        block = layout("周末去哪儿玩最开心呢", width)
        if len(block.lines) > 1:
            last = len(clusters(block.lines[-1].text))
            assert last >= 3, [ln.text for ln in block.lines]
            widths = [ln.width for ln in block.lines]
            assert min(widths) >= 0.5 * max(widths), [ln.text for ln in block.lines]


def test_autofit_picks_largest_size_that_fits():
    wide = fit_text("早餐吃什么", "smiley", 900, 700, min_px=30, max_px=400, max_lines=3)
    narrow = fit_text("早餐吃什么", "smiley", 300, 700, min_px=30, max_px=400, max_lines=3)
    assert wide.size > narrow.size
    assert [line.text for line in wide.lines] != ["早餐吃什么"] or wide.size == 400
    # One px larger would not fit in the same box (binary search found the boundary).
    block = fit_text("一周减脂餐打工人也能坚持", "smiley", 500, 400, min_px=20, max_px=300, max_lines=2)
    assert len(block.lines) <= 2
    assert all(line.width <= 500 for line in block.lines)
    bigger = fit_text("一周减脂餐打工人也能坚持", "smiley", 500, 400, min_px=block.size + 1,
                      max_px=block.size + 1, max_lines=2)
    assert len(bigger.lines) > 2 or bigger.size < block.size + 1 or bigger.warnings


def test_very_long_title_shrinks_with_a_warning_instead_of_overflowing():
    title = "标题" * 60
    block = fit_text(title, "smiley", 400, 300, min_px=60, max_px=120, max_lines=2)
    assert block.warnings
    assert block.height <= 300
    assert all(line.width <= 400 + 0.5 for line in block.lines)


ALPHABET = list("早餐吃什么一周减脂打工人了吧的，。！？、：；（）《》「」“”…｜ ") + list("abcXYZ019%.") + [
    "🍳", "👩🏽‍💻", "🇨🇳", "1️⃣", "❤️"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=40), st.sampled_from([180.0, 400.0, 800.0]))
def test_property_breaking_keeps_text_and_rules(pieces, width):
    title = "".join(pieces)
    block = fit_text(title, "smiley", width, 2000, min_px=20, max_px=120, max_lines=4)
    if block is None:
        assert not title.strip()
        return
    lines = [ln.text for ln in block.lines]
    squash = lambda s: s.replace(" ", "").replace("｜", "")  # noqa: E731
    assert squash("".join(lines)) == squash(title)
    for i, line in enumerate(lines):
        if i > 0 and len(clusters(lines[i - 1])) > 1:
            assert line[0] not in NO_START, lines
        if i < len(lines) - 1 and len(clusters(line)) > 1:
            assert line[-1] not in NO_END, lines
    assert all(ln.width <= width + 0.5 for ln in block.lines)
