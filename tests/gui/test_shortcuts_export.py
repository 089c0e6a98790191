"""Standard shortcuts, export to Markdown/plain text, and complete Chinese translations."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QFileDialog

from studio.core import paths


def test_new_and_save_actions(qtbot, studio_window):
    ctx, window = studio_window
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_save.shortcut().toString() == "Ctrl+S"
    assert window.act_copy.shortcut().toString() == "Ctrl+Shift+C"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    count = len(ctx.library.list_drafts(ctx.workspace.id))
    window.act_new.trigger()
    assert len(ctx.library.list_drafts(ctx.workspace.id)) == count + 1
    ctx.draft.update(body="保存一个版本")
    window.act_save.trigger()
    versions = ctx.library.list_versions(ctx.draft.draft.id)
    assert versions[0].body == "保存一个版本" and versions[0].reason == "manual"


def test_export_markdown_and_text(qtbot, studio_window, tmp_path, monkeypatch):
    ctx, window = studio_window
    ctx.new_draft("标题", "正文")
    window.note.composer.hashtags.add_text("#吉隆坡")
    for name, expected_start in (("note.md", "# 标题\n\n正文"), ("note.txt", "标题\n\n正文")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.act_export.trigger()
        assert target.read_text(encoding="utf-8").startswith(expected_start)


def test_every_composer_string_has_a_chinese_translation():
    ts = paths.assets_dir() / "translations" / "app_zh_CN.ts"
    root = ET.parse(ts).getroot()
    unfinished = [
        m.find("source").text
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.find("translation").text or m.find("translation").find("numerusform") is not None)
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_size > 1000  # the compiled file is committed


def test_translation_file_covers_every_string_in_the_sources(tmp_path):
    """Fails when someone adds a UI string without running packaging/update_translations.py."""
    import importlib.util
    import subprocess

    spec = importlib.util.spec_from_file_location(
        "update_translations", paths.project_root() / "packaging" / "update_translations.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    fresh = tmp_path / "fresh_zh_CN.ts"
    files = tool._python_files(tool.PRESETS["app"])
    subprocess.run(
        [tool._tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True
    )

    def keys(path):
        root = ET.parse(path).getroot()
        return {
            (ctx.find("name").text, m.find("source").text)
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }

    committed = paths.assets_dir() / "translations" / "app_zh_CN.ts"
    assert keys(fresh) <= keys(committed)
