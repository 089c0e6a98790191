"""A draft that cannot be written (disk full, library locked) says so, retries, and is kept."""

from __future__ import annotations

import pytest

from studio.gui import draft_model
from tests.gui.conftest import commit_text


@pytest.fixture
def failing_disk(studio_window, monkeypatch):
    ctx, _window = studio_window
    monkeypatch.setattr(draft_model, "AUTOSAVE_DELAY_MS", 10)
    monkeypatch.setattr(draft_model, "SAVE_RETRY_MS", 50)
    real = ctx.library.save_draft_checked
    state = {"fail": True}

    def save_draft_checked(draft):
        state["attempts"] = state.get("attempts", 0) + 1
        if state["fail"]:
            raise OSError(28, "No space left on device")
        return real(draft)

    monkeypatch.setattr(ctx.library, "save_draft_checked", save_draft_checked)
    return state


def test_a_failed_autosave_is_shown_and_retried_until_it_succeeds(qtbot, studio_window, failing_disk):
    ctx, window = studio_window
    ctx.new_draft()
    composer = window.note.composer
    messages: list[str] = []
    ctx.status.connect(messages.append)
    commit_text(composer.body, "磁盘满了也不能丢")
    # It used to keep showing "Editing…" and never try again once typing stopped.
    qtbot.waitUntil(lambda: composer.saved_label.text() == "Not saved", timeout=5000)
    assert "No space left on device" in composer.saved_label.toolTip()
    assert any("Could not save" in m for m in messages)
    assert ctx.draft.dirty
    failing_disk["fail"] = False  # space freed: no further typing needed
    qtbot.waitUntil(lambda: not ctx.draft.dirty, timeout=5000)
    assert composer.saved_label.text() == "Saved"
    assert ctx.library.get_draft(ctx.draft.draft.id).body == "磁盘满了也不能丢"


def test_switching_drafts_while_the_text_cannot_be_saved_keeps_it(qtbot, studio_window, failing_disk):
    ctx, window = studio_window
    draft = ctx.new_draft()
    other = next(d for d in ctx.library.list_drafts(ctx.workspace.id) if d.id != draft.id)
    commit_text(window.note.composer.body, "还没存下的字")
    assert not ctx.draft.load(ctx.library.get_draft(other.id))
    # Switching used to drop the unsaved text for good.
    assert ctx.draft.draft.id == draft.id
    assert window.note.composer.body.toPlainText() == "还没存下的字"
    failing_disk["fail"] = False
    assert ctx.draft.load(ctx.library.get_draft(other.id))
    assert ctx.library.get_draft(draft.id).body == "还没存下的字"


def test_quitting_with_unsavable_text_copies_the_note_and_says_so(qtbot, studio_window, failing_disk, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from studio.gui import note_panel

    ctx, window = studio_window
    ctx.new_draft()
    commit_text(window.note.composer.body, "关窗前最后一句")
    warnings: list[str] = []
    monkeypatch.setattr(note_panel.QMessageBox, "warning", lambda _p, title, _t: warnings.append(title))
    window.note.shutdown()
    # The text used to vanish with the window, silently.
    assert warnings == ["Draft not saved"]
    assert "关窗前最后一句" in QGuiApplication.clipboard().text()


def test_the_saved_mark_follows_a_language_switch(qtbot, studio_window):
    ctx, window = studio_window
    ctx.new_draft()
    composer = window.note.composer
    commit_text(composer.body, "切换语言")
    assert ctx.draft.save()
    assert composer.saved_label.text() == "Saved"
    window.set_language("zh")
    # It stayed "Saved" in English until the next edit.
    assert composer.saved_label.text() == "已保存"


def test_saving_over_another_windows_text_says_where_it_went(qtbot, studio_window):
    from dataclasses import replace

    from studio.core.library import Library

    ctx, window = studio_window
    draft = ctx.new_draft()
    other = Library.open(ctx.library.path)  # a second app instance on the same library
    try:
        other.save_draft(replace(other.get_draft(draft.id), body="另一个窗口的文字"))
    finally:
        other.close()
    messages: list[str] = []
    ctx.status.connect(messages.append)
    commit_text(window.note.composer.body, "这个窗口的文字")
    assert ctx.draft.save()
    assert any("another window" in m for m in messages)
    kept = [v.body for v in ctx.library.list_versions(draft.id) if v.reason == "overwritten"]
    assert kept == ["另一个窗口的文字"]


def test_the_drafts_list_keeps_showing_the_draft_that_stayed_open(qtbot, studio_window, failing_disk):
    from PySide6.QtCore import Qt

    ctx, window = studio_window
    draft = ctx.new_draft()
    commit_text(window.note.composer.body, "还没存下的字")
    panel = window.note.drafts
    other_row = next(r for r in range(panel.list.count())
                     if panel.list.item(r).data(Qt.ItemDataRole.UserRole) != draft.id)
    panel.list.setCurrentRow(other_row)  # the user clicks another draft
    assert ctx.draft.draft.id == draft.id
    assert panel.list.currentItem().data(Qt.ItemDataRole.UserRole) == draft.id
    failing_disk["fail"] = False  # pytest-qt closes the window before monkeypatch is undone
    assert ctx.draft.save()


def test_while_saving_fails_typing_does_not_retry_every_second(qtbot, studio_window, failing_disk, monkeypatch):
    # A locked library makes each attempt wait 5 s on the UI thread: retrying after every
    # keystroke (and every 5 s) froze the window again and again. Attempts back off instead.
    monkeypatch.setattr(draft_model, "SAVE_RETRY_MS", 400)
    ctx, window = studio_window
    ctx.new_draft()
    body = window.note.composer.body
    commit_text(body, "一")
    qtbot.waitUntil(lambda: failing_disk.get("attempts", 0) == 1, timeout=5000)
    for word in "二三四五六":
        commit_text(body, word)
        qtbot.wait(20)
    assert failing_disk["attempts"] == 1  # typing did not bring the next attempt forward
    qtbot.waitUntil(lambda: failing_disk["attempts"] == 2, timeout=5000)
    qtbot.wait(500)
    assert failing_disk["attempts"] == 2  # the next wait is twice as long (800 ms)
    failing_disk["fail"] = False
    qtbot.waitUntil(lambda: not ctx.draft.dirty, timeout=5000)
    assert ctx.library.get_draft(ctx.draft.draft.id).body == "一二三四五六"


def test_restoring_a_version_while_the_text_cannot_be_saved_keeps_it(qtbot, studio_window, failing_disk):
    """The restore replaced the unsaved text, which no version held."""
    ctx, window = studio_window
    draft = ctx.new_draft()
    failing_disk["fail"] = False
    commit_text(window.note.composer.body, "第一版")
    assert ctx.draft.save()
    version = ctx.library.snapshot(draft.id, "manual")
    failing_disk["fail"] = True
    commit_text(window.note.composer.body, "还没存下的第二版")
    unsaved = window.note.composer.body.toPlainText()
    assert unsaved.endswith("还没存下的第二版")
    try:
        ctx.restore_version(version.id)
        assert ctx.draft.dirty
        assert window.note.composer.body.toPlainText() == unsaved
    finally:
        failing_disk["fail"] = False  # else quitting asks about the unsaved text (modal)
    qtbot.waitUntil(lambda: not ctx.draft.dirty, timeout=5000)
    assert ctx.library.get_draft(draft.id).body == unsaved
