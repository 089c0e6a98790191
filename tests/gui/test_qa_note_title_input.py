"""The single-line title stays one line whatever the input method commits."""

from __future__ import annotations

from tests.gui.conftest import commit_text
from tests.gui.test_note_composer import _open_blank


def test_a_multi_line_ime_commit_joins_into_one_title_line(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    title = note.composer.title
    commit_text(title, "吉隆坡\n周末去哪儿\r\n")
    # It used to keep the line breaks: the title field showed only its last line.
    assert title.toPlainText() == "吉隆坡 周末去哪儿"
    assert ctx.draft.draft.title == "吉隆坡 周末去哪儿"
    assert title.document().blockCount() == 1


def test_the_body_keeps_committed_line_breaks(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    commit_text(note.composer.body, "第一段\n第二段")
    assert note.composer.body.toPlainText() == "第一段\n第二段"


def test_export_suggests_a_file_name_every_system_accepts(qtbot, studio_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    ctx, window = studio_window
    note = _open_blank(ctx, window)
    commit_text(note.composer.title, "周末去哪儿? 3/5 好物")
    suggested: list[str] = []

    def dialog(_parent, _caption, name, _filters):
        suggested.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    note.export_note()
    # '?' made Windows' save dialog refuse the name; it used to be kept.
    assert suggested == ["周末去哪儿_ 3_5 好物.md"]


def test_a_hashtag_quick_fix_leaves_a_tag_without_spaces(qtbot, studio_window):
    from tests.gui.conftest import wait_for_check

    ctx, window = studio_window
    note = _open_blank(ctx, window)
    note.composer.hashtags.add_text("#klfood #lowestprice")
    wait_for_check(qtbot, note, lambda fs: any(f.text == "lowestprice" for f in fs))
    (card,) = [c for c in note.sidebar.cards if c.finding.text == "lowestprice"]
    card.fix_buttons[0].click()
    tags = [t.tag for t in note.composer.hashtags.tags]
    assert tags[0] == "klfood" and len(tags) == 2
    assert " " not in tags[1] and tags[1] != "lowestprice"


def test_pasting_a_long_text_over_a_long_selection_is_accepted(qtbot, studio_window):
    from PySide6.QtCore import QMimeData

    from studio.gui.editor.text_edit import MAX_TEXT_LENGTH

    ctx, window = studio_window
    note = _open_blank(ctx, window)
    body = note.composer.body
    old = QMimeData()
    old.setText("旧" * (MAX_TEXT_LENGTH // 2 + 10))
    body.insertFromMimeData(old)
    body.selectAll()
    new = QMimeData()
    new.setText("新" * (MAX_TEXT_LENGTH // 2 + 10))
    body.insertFromMimeData(new)  # replaces the selection: the result fits
    assert body.toPlainText() == new.text()


def test_hashtags_in_the_body_count_in_the_tag_counter_and_limit(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    commit_text(note.composer.body, "周末去吃了好吃的 #吉隆坡 #美食 #探店")
    tags = note.composer.hashtags
    tags.add_text(" ".join(f"#t{i}" for i in range(9)))
    # The counter said 9/10 and took the tags while the checker blocked 12 of 10.
    assert len(tags.tags) == 7
    assert tags.count_label.text().startswith("10/10 hashtags (3 in the body)")
    note.composer.body.clear()
    assert tags.count_label.text().startswith("7/10 hashtags ·")
