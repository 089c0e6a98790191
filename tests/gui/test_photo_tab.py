"""The Photos tab inside the real main window: bound to the open draft."""

from __future__ import annotations


def test_photos_tab_follows_the_open_draft(qtbot, studio_window, tmp_path):
    from PIL import Image

    ctx, window = studio_window
    photos = window.panels["photos"].panel
    path = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(path)
    photos.add_photos([path])
    first = ctx.draft.draft.id
    assert photos.photo_count() == 1
    ctx.new_draft("空草稿")
    assert photos.photo_count() == 0
    ctx.open_draft(first)
    assert photos.photo_count() == 1
