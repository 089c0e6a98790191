"""Version diff: runs of kept / inserted / deleted text that rebuild both versions."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from studio.core.text.diff import MAX_CHAR_DIFF, Segment, counts, diff


def _rebuild(segments, skip):
    return "".join(s.text for s in segments if s.kind != skip)


def test_chinese_edit_is_character_level():
    old = "今天去了吉隆坡的茨厂街，豆腐花很好吃。"
    new = "今天和朋友去了吉隆坡，豆腐花很好吃！"
    segments = diff(old, new)
    assert Segment("insert", "和朋友") in segments
    assert Segment("delete", "的茨厂街") in segments
    assert counts(segments) == (4, 5)  # 和朋友 + ！ inserted; 的茨厂街 + 。 deleted


def test_changes_stay_inside_their_paragraph():
    old = "第一段没有变。\n第二段写的是茨厂街。\n第三段也没有变。"
    new = "第一段没有变。\n第二段写的是吉隆坡。\n第三段也没有变。"
    segments = diff(old, new)
    assert [s for s in segments if s.kind != "equal"] == [
        Segment("delete", "茨厂街"),
        Segment("insert", "吉隆坡"),
    ]


def test_identical_and_empty():
    assert diff("同样", "同样") == [Segment("equal", "同样")]
    assert diff("", "") == []
    assert diff("", "新") == [Segment("insert", "新")]
    assert diff("旧", "") == [Segment("delete", "旧")]


@given(st.text(alphabet="ab的了\n 吉", max_size=60), st.text(alphabet="ab的了\n 吉", max_size=60))
def test_segments_rebuild_both_versions(old, new):
    segments = diff(old, new)
    assert _rebuild(segments, "insert") == old
    assert _rebuild(segments, "delete") == new
    assert all(s.text for s in segments)
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))


def test_a_long_single_line_keeps_its_unchanged_start_and_end(monkeypatch):
    # Character matching is quadratic; a 100,000-character draft (the editor's paste limit)
    # edited in one place must come out as equal / delete / insert / equal without ever
    # matching characters over more than MAX_CHAR_DIFF of text.
    import studio.core.text.diff as diff_module

    sizes = []
    real = diff_module.SequenceMatcher

    def recording(junk, a, b, autojunk=True):
        if isinstance(a, str):
            sizes.append(max(len(a), len(b)))
        return real(junk, a, b, autojunk=autojunk)

    monkeypatch.setattr(diff_module, "SequenceMatcher", recording)
    body = "今天去了茨厂街。" * 12_500
    edited = body[:50_000] + "和朋友" + body[50_010:]
    segments = diff(body, edited)
    assert [s.kind for s in segments] == ["equal", "delete", "insert", "equal"]
    assert segments[1].text == body[50_000:50_010] and segments[2].text == "和朋友"
    assert max(sizes, default=0) <= MAX_CHAR_DIFF


def test_a_huge_rewrite_is_shown_as_removed_then_added():
    # Paired character by character this would be thousands of one-character runs.
    old, new = "甲乙" * (MAX_CHAR_DIFF // 2 + 1), "乙甲" * (MAX_CHAR_DIFF // 2 + 1)
    assert [(s.kind, s.text) for s in diff(old, new)] == [("delete", old), ("insert", new)]


def test_repeated_lines_are_matched_exactly_only_in_a_small_changed_middle(monkeypatch):
    # 3,000 copies of one paragraph took 1.7 s to diff: exact line matching is quadratic in
    # repeated lines. The common first and last lines are set aside, and past
    # MAX_EXACT_LINES the line matcher may use its popular-line heuristic.
    import studio.core.text.diff as diff_module

    calls = []
    real = diff_module.SequenceMatcher

    def recording(junk, a, b, autojunk=True):
        if isinstance(a, list):
            calls.append((max(len(a), len(b)), autojunk))
        return real(junk, a, b, autojunk=autojunk)

    monkeypatch.setattr(diff_module, "SequenceMatcher", recording)
    body = "\n\n".join(["同一段文字重复出现。"] * 3000)
    edited = body[:100] + "插入" + body[100:]
    segments = diff(body, edited)
    assert _rebuild(segments, "insert") == body and _rebuild(segments, "delete") == edited
    assert Segment("insert", "插入") in segments
    assert all(n <= diff_module.MAX_EXACT_LINES or autojunk for n, autojunk in calls)
    assert max(n for n, _ in calls) <= 1  # only the edited line was left to match
