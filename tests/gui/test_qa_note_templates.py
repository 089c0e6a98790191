"""Templates & phrases dialog from the keyboard: Enter inserts, Insert works unselected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.gui.templates.dialog import TemplatesDialog


def _dialog(qtbot, window):
    dialog = TemplatesDialog(window)
    qtbot.addWidget(dialog)
    inserted: list[tuple[str, str]] = []
    used: list[str] = []
    dialog.insertRequested.connect(lambda text, kind: inserted.append((text, kind)))
    dialog.newDraftRequested.connect(lambda template, _lang: used.append(template.id))
    dialog.show()
    return dialog, inserted, used


def test_enter_on_a_hook_or_cta_inserts_it(qtbot, studio_window):
    _ctx, window = studio_window
    for tab, kind in ((1, "hook"), (2, "cta")):
        dialog, inserted, _used = _dialog(qtbot, window)
        phrases = dialog.hooks if kind == "hook" else dialog.ctas
        dialog.tabs.setCurrentIndex(tab)
        phrases.setFocus()
        phrases.setCurrentRow(2)
        qtbot.keyClick(phrases, Qt.Key.Key_Return)
        assert inserted == [(phrases.item(2).data(Qt.ItemDataRole.UserRole), kind)]
        assert not dialog.isVisible()


def test_enter_on_a_template_uses_it(qtbot, studio_window):
    _ctx, window = studio_window
    dialog, _inserted, used = _dialog(qtbot, window)
    dialog.templates.setFocus()
    dialog.templates.setCurrentRow(1)
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Return)
    assert used == [dialog.templates.item(1).data(Qt.ItemDataRole.UserRole).id]


def test_insert_button_works_before_anything_is_picked(qtbot, studio_window):
    _ctx, window = studio_window
    dialog, inserted, _used = _dialog(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    insert = next(b for b in dialog.tabs.currentWidget().findChildren(type(dialog.use_button))
                  if b.text() == "Insert")
    qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)
    assert inserted == [(dialog.hooks.item(0).data(Qt.ItemDataRole.UserRole), "hook")]


def test_switching_the_copy_language_keeps_the_picked_phrase(qtbot, studio_window):
    _ctx, window = studio_window
    dialog, _inserted, _used = _dialog(qtbot, window)
    dialog.hooks.setCurrentRow(3)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    assert dialog.hooks.currentRow() == 3
