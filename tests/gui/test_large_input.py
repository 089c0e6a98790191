"""Huge pastes and notes with thousands of findings must not freeze or lose the draft."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

from studio.gui.editor.text_edit import MAX_TEXT_LENGTH, MAX_UNDERLINES
from studio.gui.sidebar.panel import MAX_CARDS_PER_CATEGORY
from tests.gui.conftest import commit_text, wait_for_check
from tests.gui.test_note_composer import _open_blank


def test_a_ten_megabyte_paste_is_refused_with_a_message_and_the_draft_is_kept(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    body = note.composer.body
    commit_text(body, "我的草稿")
    data = QMimeData()
    data.setText("x" * 10_000_000)
    with qtbot.waitSignal(body.pasteRefused) as refused:
        body.insertFromMimeData(data)
    assert refused.args == [10_000_000]
    assert body.toPlainText() == "我的草稿"
    boxes = [w for w in body.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "10,000,000" in boxes[0].text()
    boxes[0].close()


def test_a_paste_within_the_limit_is_accepted(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    data = QMimeData()
    data.setText("a" * (MAX_TEXT_LENGTH - 10))
    note.composer.body.insertFromMimeData(data)
    assert len(note.composer.body.toPlainText()) == MAX_TEXT_LENGTH - 10


def test_thousands_of_findings_are_capped_in_cards_and_underlines(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    data = QMimeData()
    data.setText("最好用的面霜，加vx了解。\n" * 2000)
    note.composer.body.insertFromMimeData(data)
    wait_for_check(qtbot, note, lambda fs: len(fs) > MAX_UNDERLINES, timeout=20000)
    by_category: dict[str, int] = {}
    for card in note.sidebar.cards:
        by_category[card.finding.category] = by_category.get(card.finding.category, 0) + 1
    assert by_category and max(by_category.values()) <= MAX_CARDS_PER_CATEGORY
    assert len(note.composer.body.extraSelections()) == MAX_UNDERLINES
    # the summary still counts every finding
    assert str(len([f for f in note.sidebar.findings if f.severity.value == "block"])) in (
        note.sidebar.status.text()
    )
