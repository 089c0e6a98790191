"""Exporting from the Cover and Profile tabs: the names, suffixes, folders and errors a user meets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio.core.library import Library
from studio.gui.cover.panel import CoverPanel
from studio.gui.profile.panel import ProfilePanel


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def save_dialog(monkeypatch, answer: str | None):
    """Answer the save dialog with ``answer`` (what the user typed); record what it suggested."""
    asked = []

    def fake(parent, caption, suggested, filters):
        asked.append(suggested)
        return (answer or "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def wait_status(qtbot, panel, text):
    qtbot.waitUntil(lambda: text in panel.status.text(), timeout=15000)


def test_cover_export_suggests_a_plain_file_name_in_a_real_folder(qtbot, tmp_path, monkeypatch):
    library = Library.open(tmp_path / "lib.sqlite")
    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "10/10 必吃: KL*早餐?")
    panel = CoverPanel(engine_source=lambda: None, library=library)
    qtbot.addWidget(panel)
    panel.set_draft(draft)
    monkeypatch.chdir(tmp_path)  # the folder the app was started in is no place to suggest
    asked = save_dialog(monkeypatch, str(tmp_path / "exports" / "my cover"))
    (tmp_path / "exports").mkdir()
    panel.export_dialog("jpg")
    suggested = Path(asked[0])
    assert suggested.parent == Path.home() and suggested.suffix == ".jpg"
    assert not set('/\\:*?"<>|') & set(suggested.name), suggested.name
    assert "10" in suggested.name and "必吃" in suggested.name
    # No suffix typed: the file still gets one, and the next dialog opens where it went.
    wait_status(qtbot, panel, "my cover.jpg")
    with Image.open(tmp_path / "exports" / "my cover.jpg") as image:
        assert image.format == "JPEG" and not image.getexif()
    panel.export_dialog("png")
    assert Path(asked[1]).parent == tmp_path / "exports"
    library.close()


def test_a_png_name_typed_in_the_jpeg_dialog_gives_a_png(qtbot, tmp_path, monkeypatch):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    save_dialog(monkeypatch, str(tmp_path / "cover.png"))
    panel.export_dialog("jpg")
    wait_status(qtbot, panel, "cover.png")
    with Image.open(tmp_path / "cover.png") as image:
        assert image.format == "PNG"
    assert not (tmp_path / "cover.png.jpg").exists()


def test_a_failed_cover_export_does_not_keep_saying_exporting(qtbot, tmp_path, warnings_shown):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel._last is not None and not panel._job.busy, timeout=15000)  # preview first
    panel.export_to(blocker / "cover.png", "png", wait=True)
    qtbot.waitUntil(lambda: bool(warnings_shown), timeout=15000)
    assert "Exporting" not in panel.status.text()
    assert "cover.png" in panel.status.text()


def test_profile_header_export_errors_are_explained_and_success_is_confirmed(
        qtbot, tmp_path, monkeypatch, warnings_shown):
    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.username_box.name.setText("Mike Chen")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    save_dialog(monkeypatch, str(blocker / "header.png"))
    panel.export_png()  # used to raise out of the slot: the app's crash dialog
    assert warnings_shown and "header.png" in warnings_shown[0][1]
    asked = save_dialog(monkeypatch, str(tmp_path / "May Tan v1.2"))
    panel.export_png()
    assert Path(asked[0]).parent == Path.home()
    written = tmp_path / "May Tan v1.2.png"  # "v1.2" is part of the name, not a suffix to replace
    with Image.open(written) as image:
        assert image.format == "PNG" and image.width == 1080
    assert "May Tan v1.2.png" in panel.status.text()


def test_closing_the_package_dialog_mid_export_leaves_no_package(qtbot, tmp_path):
    from studio.gui.export.package_dialog import PackageExportDialog

    library = Library.open(tmp_path / "lib.sqlite")
    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "周末露营", "正文")
    for i in range(3):
        photo = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (1600, 1200), (40 * i, 90, 60)).save(photo)
        library.add_draft_media(draft.id, photo, role="photo")
    out = tmp_path / "out"
    dialog = PackageExportDialog(library, draft, destination=str(out))
    qtbot.addWidget(dialog)
    dialog.as_folder.setChecked(True)
    dialog.start()
    assert dialog.close_button.text() == "Cancel"  # not "Close" while it runs
    dialog.reject()
    dialog.runner.wait()
    qtbot.wait(50)
    assert not out.exists() or list(out.iterdir()) == []  # used to finish writing the package
    library.close()


def test_export_package_cancelled_between_files_removes_the_partial_package(tmp_path):
    from studio.core.export import ExportCancelled, NotePackage, export_package

    photos = []
    for i in range(3):
        photos.append(tmp_path / f"p{i}.png")
        Image.new("RGB", (64, 48), (10, 20 * i, 30)).save(photos[-1])
    asked = []
    package = NotePackage(title="t", body="b", hashtags=[], cover=None, photos=photos)
    with pytest.raises(ExportCancelled):
        export_package(package, tmp_path / "out", cancelled=lambda: asked.append(1) or len(asked) >= 2)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_long_export_error_makes_the_dialog_taller_instead_of_squashing_the_form(qtbot, tmp_path):
    from studio.gui.export.package_dialog import PackageExportDialog

    library = Library.open(tmp_path / "lib.sqlite")
    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "The best cream ever — lowest price online!", "正文")
    dialog = PackageExportDialog(library, draft, destination=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._on_failed("/home/user/客户A/2026年11月/导出/The best cream ever — lowest price online!.zip：导出失败"
                      "（[Errno 13] Permission denied: '/home/user/客户A/2026年11月/导出/.The best cream ever.zip.tmp'）")
    qtbot.wait(50)
    rows = [dialog.destination, dialog.as_zip, dialog.cover_format]
    for upper, lower in zip(rows, [*rows[1:], dialog.message], strict=True):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)  # no overlap
    assert dialog.destination.height() >= dialog.destination.minimumSizeHint().height()
    library.close()
