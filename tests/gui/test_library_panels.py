"""Drafts list, trash with undo, version history, workspace settings, templates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.core.copywriting import get_template
from studio.gui.library.history_dialog import HistoryDialog
from studio.gui.library.workspace_dialog import WorkspaceDialog
from studio.gui.templates.dialog import TemplatesDialog


def _titles(panel):
    return [panel.list.item(i).text().split("\n")[0] for i in range(panel.list.count())]


def test_search_duplicate_trash_and_undo(qtbot, studio_window):
    ctx, window = studio_window
    drafts = window.note.drafts
    assert drafts.list.count() == 3
    first = ctx.draft.draft
    drafts.search.setText("tofu")  # in the body of the clean demo draft only
    assert _titles(drafts) == ["Where to spend a weekend in Kuala Lumpur"]
    drafts.search.clear()
    copy = ctx.duplicate_draft(first.id, " (copy)")
    assert drafts.list.count() == 4 and ctx.draft.draft.id == copy.id
    drafts.trash(copy.id)
    assert drafts.list.count() == 3 and drafts.undo_bar.isVisibleTo(drafts)
    qtbot.mouseClick(drafts.undo_button, Qt.MouseButton.LeftButton)
    assert drafts.list.count() == 4
    drafts.trash(copy.id)
    drafts.trash_button.setChecked(True)
    assert _titles(drafts) == [copy.title]
    drafts.trash_button.setChecked(False)


def test_version_history_restore(qtbot, studio_window):
    ctx, window = studio_window
    ctx.new_draft("v1", "first text")
    ctx.save_now()
    window.note.composer.body.set_text("")
    ctx.draft.update(body="second text")
    ctx.save_now()
    dialog = HistoryDialog(ctx, ctx.draft.draft.id)
    qtbot.addWidget(dialog)
    assert dialog.versions.count() >= 2
    dialog.versions.setCurrentRow(dialog.versions.count() - 1)  # the oldest
    assert "first text" in dialog.preview.toPlainText()
    dialog.restore()
    assert ctx.draft.draft.body == "first text"
    assert window.note.composer.body.toPlainText() == "first text"
    # the text that was replaced is kept as a version too
    assert any(v.body == "second text" for v in ctx.library.list_versions(ctx.draft.draft.id))


def _runs(view, predicate):
    """Text of the diff view's fragments whose character format matches ``predicate``."""
    runs = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if predicate(fragment.charFormat()):
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_version_history_shows_changes_since_a_version(qtbot, studio_window):
    ctx, _window = studio_window
    ctx.new_draft("周末", "今天去了吉隆坡的茨厂街，豆腐花很好吃。")
    ctx.save_now()
    ctx.draft.update(body="今天和朋友去了吉隆坡，豆腐花很好吃。")
    ctx.save_now()
    dialog = HistoryDialog(ctx, ctx.draft.draft.id)
    qtbot.addWidget(dialog)
    dialog.versions.setCurrentRow(dialog.versions.count() - 1)  # the oldest
    dialog.tabs.setCurrentIndex(1)
    inserted = _runs(dialog.diff_view, lambda f: f.fontUnderline() and not f.fontStrikeOut())
    deleted = _runs(dialog.diff_view, lambda f: f.fontStrikeOut())
    assert inserted == ["和朋友"] and deleted == ["的茨厂街"]
    plain = dialog.diff_view.toPlainText()
    assert plain.startswith("周末\n\n今天") and "豆腐花很好吃。" in plain
    assert "3" in dialog.diff_summary.text() and "4" in dialog.diff_summary.text()
    assert "Added since this version" in dialog.legend.text()
    assert "Removed since this version" in dialog.legend.text()
    # the newest version is the current text: nothing to mark
    dialog.versions.setCurrentRow(0)
    assert not _runs(dialog.diff_view, lambda f: f.fontUnderline() or f.fontStrikeOut())
    assert dialog.diff_summary.text().startswith("No changes")
    # restoring stays undoable: the replaced text is still a version to go back to
    dialog.versions.setCurrentRow(dialog.versions.count() - 1)
    dialog.restore()
    assert ctx.draft.draft.body == "今天去了吉隆坡的茨厂街，豆腐花很好吃。"
    assert any(v.body == "今天和朋友去了吉隆坡，豆腐花很好吃。"
               for v in ctx.library.list_versions(ctx.draft.draft.id))


def test_workspace_dialog_saves_rules(qtbot, studio_window):
    ctx, _window = studio_window
    dialog = WorkspaceDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.rules.count() > 10  # the engine's rules, to switch off
    dialog.banned.setPlainText("竞品甲\n\n竞品乙 ")
    dialog.allowed.setPlainText("第一名")
    first = dialog.rules.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    ws = ctx.library.get_workspace(ctx.workspace.id)
    assert ws.custom_terms == ("竞品甲", "竞品乙") and ws.allow_words == ("第一名",)
    assert first.data(Qt.ItemDataRole.UserRole) in ws.disabled_rules


def test_templates_dialog_creates_a_draft_and_inserts_phrases(qtbot, studio_window):
    ctx, window = studio_window
    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    dialog.newDraftRequested.connect(window.note._new_from_template)
    dialog.insertRequested.connect(window.note.insert_phrase)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    aisas = next(i for i in range(dialog.templates.count())
             if dialog.templates.item(i).data(Qt.ItemDataRole.UserRole).id == "aisas")
    dialog.templates.setCurrentRow(aisas)
    dialog._use_template()
    expected = get_template("aisas").text("zh")
    assert ctx.draft.draft.title == expected.title
    assert window.note.composer.body.toPlainText() == expected.body
    dialog.ctas.setCurrentRow(0)
    dialog._insert(dialog.ctas.currentItem(), "cta")
    body = window.note.composer.body
    assert body.toPlainText().endswith("\n\n" + dialog.ctas.item(0).data(Qt.ItemDataRole.UserRole))
    hook = dialog.hooks.item(0).data(Qt.ItemDataRole.UserRole)
    dialog._insert(dialog.hooks.item(0), "hook")
    assert body.toPlainText().startswith(hook + "\n\n")
    body.undo()
    assert not body.toPlainText().startswith(hook)
