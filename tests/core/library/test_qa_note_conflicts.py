"""Two windows (two app instances) saving one draft: the text saved first is not lost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studio.core.library import Library


@pytest.fixture
def two_windows(tmp_path):
    path = tmp_path / "lib.sqlite3"
    first = Library.open(path)
    second = Library.open(path)
    yield first, second
    first.close()
    second.close()


def test_overwriting_text_saved_elsewhere_keeps_it_as_a_version(two_windows):
    first, second = two_windows
    ws = first.create_workspace("A")
    draft = first.create_draft(ws.id, "标题", "原文")
    in_first, in_second = first.get_draft(draft.id), second.get_draft(draft.id)
    in_first, overwritten = first.save_draft_checked(replace(in_first, body="第一个窗口写的"))
    assert not overwritten
    _, overwritten = second.save_draft_checked(replace(in_second, body="第二个窗口写的"))
    # The second save used to replace the first window's text with no trace of it.
    assert overwritten
    assert first.get_draft(draft.id).body == "第二个窗口写的"
    (kept,) = [v for v in first.list_versions(draft.id) if v.reason == "overwritten"]
    assert kept.body == "第一个窗口写的"


def test_saving_ones_own_text_again_is_no_conflict(two_windows):
    first, _ = two_windows
    ws = first.create_workspace("A")
    draft = first.create_draft(ws.id, "t", "one")
    for body in ("two", "three", "four"):
        draft, overwritten = first.save_draft_checked(replace(draft, body=body))
        assert not overwritten
    assert [v.reason for v in first.list_versions(draft.id)] == []
