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
