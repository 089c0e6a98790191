"""Note package export and batch cover export dialogs (offscreen), from a real library."""

from __future__ import annotations

import zipfile

import pytest
from PIL import Image

from studio.core.compliance import Engine
from studio.core.export.covers import save_cover_settings
from studio.core.library import Hashtag, Library
from studio.gui.export.batch_dialog import BatchCoverDialog
from studio.gui.export.package_dialog import PackageExportDialog


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _photo_with_exif(path):
    image = Image.new("RGB", (80, 60), (180, 90, 60))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    exif[0x8825] = {1: "N"}  # a GPS block
    image.save(path, exif=exif.tobytes())
    return path


def test_package_export_contains_the_expected_files_with_no_exif(qtbot, library, tmp_path):
    workspace = library.create_workspace("Client A")
    draft = library.create_draft(workspace.id, "吉隆坡最好吃的肉骨茶", "老街第三家，加V了解更多",
                                 (Hashtag("吉隆坡美食"), Hashtag("肉骨茶", "derived")))
    for name in ("a.jpg", "b.jpg"):
        library.add_draft_media(draft.id, _photo_with_exif(tmp_path / name), role="photo",
                                extras={"analysis": {"score": 71.0, "verdict": "over", "signals": ["Colours pushed"]}})
    dialog = PackageExportDialog(library, draft, engine=Engine.default(), workspace=workspace,
                                 destination=str(tmp_path / "out"))
    qtbot.addWidget(dialog)
    dialog.as_zip.setChecked(True)
    dialog.cover_format.setCurrentIndex(dialog.cover_format.findData("jpeg"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20000)
    assert dialog.progress.value() == dialog.progress.maximum()
    with zipfile.ZipFile(dialog.result_path) as archive:
        names = sorted(n.split("/", 1)[1] for n in archive.namelist())
        assert names == ["cover.jpg", "note.txt", "photo-01.jpg", "photo-02.jpg", "report.html"]
        root = archive.namelist()[0].split("/")[0]
        for name in ("cover.jpg", "photo-01.jpg", "photo-02.jpg"):
            with archive.open(f"{root}/{name}") as fh, Image.open(fh) as image:
                assert not image.getexif() and "exif" not in image.info, name
        note = archive.read(f"{root}/note.txt").decode("utf-8")
        report = archive.read(f"{root}/report.html").decode("utf-8")
    assert note == "吉隆坡最好吃的肉骨茶\n\n老街第三家，加V了解更多\n\n#吉隆坡美食 #肉骨茶\n"
    assert "redirect" in report and "absolute_terms" in report  # the engine's findings
    assert "Heavily edited" in report and "Colours pushed" in report  # stored photo verdicts
    assert "Client A" in report


def test_batch_cover_export_with_progress(qtbot, library, tmp_path):
    workspace = library.create_workspace("W")
    drafts = [library.create_draft(workspace.id, title) for title in ("早餐", "午餐", "晚餐")]
    save_cover_settings(library, drafts[1].id, {"template": "marker", "subtitle": "十分钟"})
    dialog = BatchCoverDialog(library, drafts, selected_ids={drafts[0].id, drafts[1].id},
                              destination=str(tmp_path / "covers"))
    qtbot.addWidget(dialog)
    assert [d.id for d in dialog.chosen()] == [drafts[0].id, drafts[1].id]
    dialog.format.setCurrentIndex(dialog.format.findData("jpg"))
    steps = []
    dialog.runner.progress.connect(lambda done, total: steps.append((done, total)))
    dialog.start()
    qtbot.waitUntil(lambda: len(dialog.written) == 2, timeout=20000)
    assert steps == [(1, 2), (2, 2)]
    assert sorted(p.name for p in dialog.written) == ["午餐.jpg", "早餐.jpg"]
    for path in dialog.written:
        with Image.open(path) as image:
            assert image.size == (1080, 1440) and not image.getexif()


def test_the_shared_dialog_frame_is_translated_in_both_dialogs(qtbot, library, tmp_path):
    # The destination row and buttons live in the ExportDialog base class: their strings are
    # found through the subclass's MRO (Qt context "ExportDialog").
    from studio.gui.i18n import apply_language

    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "早餐")
    apply_language("zh")
    try:
        dialogs = [BatchCoverDialog(library, [draft], destination=str(tmp_path)),
                   PackageExportDialog(library, draft, destination=str(tmp_path))]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert dialog.show_button.text() == "在文件夹中显示"
            dialog._on_failed("disk full")
            assert "导出失败：" in dialog.message.text() and "disk full" in dialog.message.text()
            assert dialog.export_button.isEnabled()
    finally:
        apply_language("en")
