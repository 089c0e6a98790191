"""Text files dropped on the composer: their text goes in, other files are refused with a reason."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import commit_text
from tests.gui.test_note_composer import _open_blank


def _drop(widget, *paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget.insertFromMimeData(data)


def _warnings(widget) -> list[str]:
    boxes = [w for w in widget.findChildren(QMessageBox) if w.isVisible()]
    texts = [b.text() for b in boxes]
    for box in boxes:
        box.close()
    return texts


def test_a_dropped_text_file_inserts_its_text(qtbot, studio_window, tmp_path):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    draft = tmp_path / "草稿.txt"
    draft.write_bytes("\ufeff周末去了吉隆坡\n第二段".encode())
    _drop(note.composer.body, draft)
    # It used to insert 'file:///…/草稿.txt'.
    assert note.composer.body.toPlainText() == "周末去了吉隆坡\n第二段"
    assert ctx.draft.draft.body == "周末去了吉隆坡\n第二段"


def test_a_markdown_file_dropped_on_the_title_becomes_one_line(qtbot, studio_window, tmp_path):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    title = tmp_path / "title.md"
    title.write_text("吉隆坡\n周末", encoding="utf-8")
    _drop(note.composer.title, title)
    assert note.composer.title.toPlainText() == "吉隆坡 周末"


def test_other_files_are_refused_with_a_reason(qtbot, studio_window, tmp_path):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    body = note.composer.body
    commit_text(body, "原来的文字")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"not really a jpeg")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("国标码文字".encode("gbk"))
    _drop(body, photo)
    (message,) = _warnings(body)
    assert "photo.jpg" in message and ".txt" in message
    _drop(body, gbk)
    (message,) = _warnings(body)
    assert "gbk.txt" in message and "UTF-8" in message
    assert body.toPlainText() == "原来的文字"


def test_an_empty_file_inserts_nothing(qtbot, studio_window, tmp_path):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _drop(note.composer.body, empty)
    assert note.composer.body.toPlainText() == ""
    assert _warnings(note.composer.body) == []
