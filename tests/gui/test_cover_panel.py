"""Cover composer tab (offscreen): live preview, legibility fixes, cover_text check, export."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from studio.core.compliance import Engine
from studio.core.library import Library
from studio.gui.cover.panel import CoverPanel


@pytest.fixture(scope="module")
def engine():
    return Engine.default()


def wait_render(qtbot, panel, check=lambda r: True):
    def done():
        assert panel._last is not None, panel.status.text()
        assert not panel._job.busy and check(panel._last)

    qtbot.waitUntil(done, timeout=15000)
    return panel._last


def type_title(panel, text: str) -> None:
    field = panel.controls.title
    field.setFocus()
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def test_preview_updates_after_a_title_change(qtbot, engine):
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_note_title("早餐吃什么")
    first = wait_render(qtbot, panel, lambda r: r.title == "早餐吃什么")
    assert panel.controls.title.text() == "早餐吃什么"  # defaults to the note's title
    type_title(panel, "十分钟搞定一周早餐")
    second = wait_render(qtbot, panel, lambda r: r.title == "十分钟搞定一周早餐")
    assert "".join(second.result.lines).replace(" ", "") == "十分钟搞定一周早餐"
    assert not np.array_equal(np.asarray(first.image), np.asarray(second.image))
    assert panel.preview._pixmap is not None and panel.feed._mine is not None
    # The edited title no longer follows the note; "Use note title" links it again.
    panel.set_note_title("午餐吃什么")
    assert panel.spec().title == "十分钟搞定一周早餐"
    panel.controls.use_note_title.click()
    assert wait_render(qtbot, panel, lambda r: r.title == "午餐吃什么")


def test_cover_text_goes_through_the_engine(qtbot, engine):
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_note_title("全网最低价 加V领取")
    rendered = wait_render(qtbot, panel, lambda r: r.findings)
    assert {f.field for f in rendered.findings} == {"cover_text"}
    assert {"absolute_terms", "redirect"} <= {f.category for f in rendered.findings}


def test_one_click_fixes_change_the_design(qtbot, engine):
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_note_title("一个很长很长的标题用来测试放大按钮会不会让字变大一点")
    before = wait_render(qtbot, panel)
    panel.legibility.buttons["enlarge"].click()
    after = wait_render(qtbot, panel, lambda r: r is not before)
    assert after.result.legibility.thumbnail_glyph_px >= before.result.legibility.thumbnail_glyph_px
    assert panel.settings()["max_lines"] > 0
    panel._edit("scrim", False)  # the template's own scrim off: "Add scrim" then adds one
    panel.legibility.buttons["scrim"].click()
    panel.legibility.buttons["stroke"].click()
    assert panel.settings()["scrim"] is True and panel.settings()["stroke"] >= 0.08
    assert panel.spec().scrim is True


def test_background_photo_is_stored_and_drag_moves_the_focal_point(qtbot, engine, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "周末露营")
    photo = tmp_path / "wide.jpg"
    Image.new("RGB", (1600, 900), (30, 120, 200)).save(photo)
    panel = CoverPanel(engine_source=lambda: engine, library=library)
    qtbot.addWidget(panel)
    panel.set_draft(draft)
    panel.set_background(photo)
    stored = library.list_draft_media(draft.id, role="cover")
    assert len(stored) == 1 and library.media_path(stored[0]).exists()
    panel.show()
    wait_render(qtbot, panel)
    # Drag right on the preview: the photo follows the mouse, so the focal point moves left.
    from PySide6.QtCore import QPoint, Qt

    centre = panel.preview.image_rect().center().toPoint()
    qtbot.mousePress(panel.preview, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(panel.preview, centre + QPoint(60, 0))
    qtbot.mouseRelease(panel.preview, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert panel.settings()["focal_point"][0] < 0.5
    panel.save()
    panel.set_draft(None)
    panel.set_draft(draft)
    assert panel.settings()["focal_point"][0] < 0.5 and panel._background is not None
    library.close()


def test_export_png_and_jpeg_without_metadata(qtbot, engine, tmp_path):
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_note_title("封面导出")
    for fmt in ("png", "jpg"):
        panel.export_to(tmp_path / f"cover.{fmt}", fmt, wait=True)
        qtbot.waitUntil(lambda f=fmt: (tmp_path / f"cover.{f}").exists(), timeout=10000)
        with Image.open(tmp_path / f"cover.{fmt}") as image:
            assert image.size == (1080, 1440) and not image.getexif()


def test_preview_renders_at_any_on_screen_width(tmp_path):
    from studio.core.cover import CoverSpec
    from studio.gui.cover.panel import render_preview

    photo = tmp_path / "wide.jpg"
    Image.new("RGB", (1600, 900), (30, 120, 200)).save(photo)
    # Widths at which the renderer's crop box once came out at -1e-7 (see render_preview).
    for width in (195, 230, 419, 426, 524, 559):
        rendered = render_preview(CoverSpec(title="周末露营", background=str(photo)), None, width)
        assert rendered.image.width in (width, width + 1, width + 2)


def test_dragging_a_rotated_photo_pans_in_its_upright_pixels(qtbot, engine, tmp_path):
    """A phone photo stored landscape with an EXIF rotation is shown (and panned) upright."""
    photo = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90°: 1600×900 stored, 900×1600 shown
    Image.new("RGB", (1600, 900), (30, 120, 200)).save(photo, exif=exif)
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_background(photo)
    panel._pan_begin()
    # Upright, the photo fills the 3:4 cover's width exactly, so a drag of a tenth of the
    # cover moves the focal point by a tenth of the photo.
    panel._pan(0.1, 0.0)
    assert panel.settings()["focal_point"][0] == pytest.approx(0.4, abs=1e-3)


def test_a_truncated_background_is_refused_with_its_reason(qtbot, engine, tmp_path, monkeypatch):
    import io

    from PySide6.QtWidgets import QMessageBox

    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), (200, 100, 50)).save(buffer, "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(buffer.getvalue()[:300])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    panel = CoverPanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.set_background(cut)
    assert shown and "cut.jpg" in shown[0]
    assert panel._background is None
