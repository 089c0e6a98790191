"""The Profile tab inside the real main window: registered, follows language and workspace."""

from __future__ import annotations


def test_profile_tab_is_registered_and_retranslated(qtbot, studio_window):
    ctx, window = studio_window
    tab = window.panels["profile"]
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Profile"
    assert tab.panel.export_button.text() == "Export header as PNG…"
    assert tab.panel._workspace_id == ctx.workspace.id
    tab.panel.username_box.name.setText("阿May")
    window.set_language("zh")
    qtbot.waitUntil(lambda: tab.panel.export_button.text() == "导出头部为 PNG…", timeout=5000)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "主页资料"
    assert tab.panel.username_box.title() == "用户名"  # its own class: its own translation context
    assert tab.panel.username_box.name.text() == "阿May"  # state survives the rebuild (saved in the library)
    assert tab.panel.niche.currentText() == "美食"  # the demo profile's niche follows the language too
    window.set_language("en")
    qtbot.waitUntil(lambda: tab.panel.export_button.text() == "Export header as PNG…", timeout=5000)


def test_profile_follows_the_workspace(qtbot, studio_window):
    ctx, window = studio_window
    tab = window.panels["profile"]
    first = ctx.workspace.id
    tab.panel.username_box.name.setText("Client A")
    ctx.create_workspace("Client B")
    assert tab.panel._workspace_id != first and tab.panel.username_box.name.text() == ""
    ctx.set_workspace(first)
    assert tab.panel.username_box.name.text() == "Client A"


def test_tabs_built_before_the_engine_check_once_it_is_ready(qtbot):
    """The panels don't poll for the engine: their tabs re-request on ``engineReady``."""
    from studio.core.library import Library
    from studio.gui import app as studio_app

    studio_app.create_app()
    library = Library.open()
    ctx, window = studio_app.build(library)
    qtbot.addWidget(window)
    profile, cover = window.panels["profile"].panel, window.panels["cover"].panel
    qtbot.waitUntil(lambda: profile._last is not None and cover._last is not None, timeout=15000)
    assert not profile._last.engine_ready and not cover._last.engine_ready
    ctx.engines.load_now()
    qtbot.waitUntil(lambda: profile._last.engine_ready and cover._last.engine_ready, timeout=15000)
    window.close()  # saves into the library: before closing it
    library.close()
