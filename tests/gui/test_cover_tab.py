"""The Cover tab inside the real main window: bound to the open draft."""

from __future__ import annotations


def test_cover_follows_the_open_draft_and_its_title(qtbot, studio_window):
    ctx, window = studio_window
    tab = window.panels["cover"]
    panel = tab.panel
    assert panel.spec().title == ctx.draft.draft.title
    ctx.draft.update(title="周末去哪儿")
    assert panel.spec().title == "周末去哪儿"
    qtbot.waitUntil(lambda: panel._last is not None and panel._last.title == "周末去哪儿", timeout=15000)
    # Another draft: its own cover design; the first one's is kept in the library.
    panel._edit("subtitle", "城郊露营地合集")
    first = ctx.draft.draft.id
    other = ctx.new_draft("早餐吃什么")
    assert panel.spec().title == "早餐吃什么" and panel.spec().subtitle == ""
    ctx.open_draft(first)
    assert panel.spec().subtitle == "城郊露营地合集"
    assert other.id != first

