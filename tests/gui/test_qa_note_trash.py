"""The trash: deleting forever asks first; a trashed draft comes back with a double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio.core.library import NotFoundError
from studio.gui.library import drafts_panel


def _trash_one(ctx, window):
    panel = window.note.drafts
    draft = ctx.draft.draft
    panel.trash(draft.id)
    panel.trash_button.setChecked(True)
    return panel, draft


def _answer(monkeypatch, button):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return button

    monkeypatch.setattr(drafts_panel.QMessageBox, "question", question)
    return asked


def test_delete_forever_asks_and_cancel_keeps_the_draft(qtbot, studio_window, monkeypatch):
    ctx, window = studio_window
    panel, draft = _trash_one(ctx, window)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    # It used to delete the draft and all its versions on one menu click, no question asked.
    assert not panel.purge(draft.id)
    assert asked and draft.title.strip() in asked[0]
    assert ctx.library.get_draft(draft.id).id == draft.id


def test_delete_forever_after_yes(qtbot, studio_window, monkeypatch):
    ctx, window = studio_window
    panel, draft = _trash_one(ctx, window)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.purge(draft.id)
    try:
        ctx.library.get_draft(draft.id)
    except NotFoundError:
        pass
    else:
        raise AssertionError("the draft is still in the library")


def test_double_click_in_the_trash_restores_and_the_trash_says_how(qtbot, studio_window):
    ctx, window = studio_window
    panel, draft = _trash_one(ctx, window)
    assert panel.trash_hint.isVisible() and "restore" in panel.trash_hint.text()
    (item,) = [panel.list.item(r) for r in range(panel.list.count())
               if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == draft.id]
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ctx.draft.draft.id != draft.id  # a single click in the trash opens nothing
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert draft.id in [d.id for d in ctx.library.list_drafts(ctx.workspace.id)]
    assert ctx.draft.draft.id == draft.id
    panel.trash_button.setChecked(False)
    assert not panel.trash_hint.isVisible()


def test_a_new_draft_while_the_trash_is_shown_brings_back_the_drafts(qtbot, studio_window):
    ctx, window = studio_window
    panel, _draft = _trash_one(ctx, window)
    created = ctx.new_draft()  # Ctrl+N
    # The trash stayed on view: the new draft was open but in no list.
    assert not panel.trash_button.isChecked()
    assert panel.list.currentItem().data(Qt.ItemDataRole.UserRole) == created.id


def test_restoring_keeps_the_trash_on_view(qtbot, studio_window):
    ctx, window = studio_window
    panel, draft = _trash_one(ctx, window)
    panel.restore(draft.id)
    assert panel.trash_button.isChecked()
    assert ctx.draft.draft.id == draft.id


def test_the_delete_key_trashes_and_in_the_trash_deletes_after_asking(qtbot, studio_window, monkeypatch):
    ctx, window = studio_window
    panel = window.note.drafts
    draft = ctx.draft.draft
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert draft.id not in [d.id for d in ctx.library.list_drafts(ctx.workspace.id)]
    assert panel.undo_bar.isVisibleTo(panel)
    panel.trash_button.setChecked(True)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    (row,) = [r for r in range(panel.list.count())
              if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == draft.id]
    panel.list.setCurrentRow(row)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert asked
    assert ctx.library.get_draft(draft.id).in_trash


def test_enter_in_the_search_box_opens_the_first_match(qtbot, studio_window):
    ctx, window = studio_window
    panel = window.note.drafts
    target = ctx.library.list_drafts(ctx.workspace.id)[-1]
    ctx.new_draft()  # the current draft is not among the matches
    panel.search.setFocus()
    panel.search.setText(target.title[:12])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert ctx.draft.draft.id == target.id
    # (focus itself is not asserted: it needs an active window, which a full run may not have)


def test_undo_is_withdrawn_once_the_trashed_draft_is_deleted_forever(qtbot, studio_window, monkeypatch):
    ctx, window = studio_window
    panel, draft = _trash_one(ctx, window)
    assert panel.undo_bar.isVisibleTo(panel)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    panel.purge(draft.id)
    # Undo stayed on offer for 10 s and raised an error: the draft no longer existed.
    assert not panel.undo_bar.isVisibleTo(panel)
    panel.undo_button.click()  # nothing to restore, nothing raised


def test_undo_of_a_trash_does_not_follow_into_another_workspace(qtbot, studio_window):
    ctx, window = studio_window
    panel = window.note.drafts
    draft = ctx.draft.draft
    panel.trash(draft.id)
    ctx.create_workspace("客户 B")
    # Undo stayed on offer and opened the other workspace's draft in this one.
    assert not panel.undo_bar.isVisibleTo(panel)
    panel.undo_button.click()
    assert ctx.draft.draft is None or ctx.draft.draft.workspace_id == ctx.workspace.id


def test_the_mac_delete_key_trashes(qtbot, studio_window, monkeypatch):
    """The key labelled "delete" on a Mac keyboard sends Backspace: it did nothing there."""
    ctx, window = studio_window
    panel = window.note.drafts
    draft = ctx.draft.draft
    panel.list.setFocus()
    monkeypatch.setattr(drafts_panel.sys, "platform", "win32")
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)  # elsewhere Backspace is not Delete
    assert draft.id in [d.id for d in ctx.library.list_drafts(ctx.workspace.id)]
    monkeypatch.setattr(drafts_panel.sys, "platform", "darwin")
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert draft.id not in [d.id for d in ctx.library.list_drafts(ctx.workspace.id)]
