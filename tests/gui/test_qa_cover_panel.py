"""Cover composer as a user drives it: editing the title field, pasting a page, photo-only covers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.gui.cover.panel import CoverPanel


def wait_render(qtbot, panel, check, timeout=15000):
    def done():
        assert panel._last is not None, panel.status.text()
        assert not panel._job.busy and check(panel._last)

    qtbot.waitUntil(done, timeout=timeout)
    return panel._last


def test_clearing_the_title_field_lets_a_new_title_be_typed(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.set_note_title("Note title")
    panel.show()
    field = panel.controls.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == ""  # used to snap back to the note's title at once
    assert panel.controls.use_note_title.isVisible()
    wait_render(qtbot, panel, lambda r: r.title == "")  # a photo-only cover is allowed
    qtbot.keyClicks(field, "Brand new")
    assert field.text() == "Brand new"
    assert wait_render(qtbot, panel, lambda r: r.title == "Brand new")
    panel.controls.use_note_title.click()
    assert field.text() == "Note title" and panel.spec().title == "Note title"


def test_a_page_pasted_as_the_title_still_gets_a_preview(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    page = "周末去哪儿玩，吉隆坡一日游攻略 Weekend in KL! " * 60  # ~2,000 characters
    QGuiApplication.clipboard().setText(page)
    panel.controls.title.setFocus()
    panel.controls.title.paste()
    # The line-break search took minutes on this; the preview must arrive like any other.
    rendered = wait_render(qtbot, panel, lambda r: r.title == page, timeout=30000)
    assert not rendered.result.legibility.ok  # and it says the text is far too small


def test_a_chinese_name_gets_chinese_tags_in_the_list_as_in_the_suggestions(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    from studio.gui.profile.panel import ProfilePanel

    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    box = panel.username_box
    box.name.setText("Emily")
    assert box.tag.itemText(0).isascii()  # English UI, Latin name: English tags
    box.name.clear()
    box.name.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("林小佳")
    QCoreApplication.sendEvent(box.name, event)
    tags = [box.tag.itemText(i) for i in range(box.tag.count())]
    assert tags and not any(t.isascii() for t in tags), tags
    assert "【" in box.suggestions.item(0).text()


def test_add_scrim_is_offered_only_when_there_is_no_scrim(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    add_scrim = panel.legibility.buttons["scrim"]
    panel._edit("template", "bold-center")  # has its own scrim: the button would change nothing
    assert panel.controls.scrim.isChecked() and not add_scrim.isEnabled()
    panel.controls.scrim.click()  # scrim off
    assert not panel.spec().scrim and add_scrim.isEnabled()
    add_scrim.click()
    assert panel.spec().scrim and panel.controls.scrim.isChecked() and not add_scrim.isEnabled()


def test_enlarge_title_enlarges_a_short_title_and_explains_when_it_cannot(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.set_note_title("早餐吃什么")
    before = wait_render(qtbot, panel, lambda r: r.title == "早餐吃什么")
    # A short title sits at the template's largest size: one more line used to change nothing.
    panel.legibility.buttons["enlarge"].click()
    after = wait_render(qtbot, panel, lambda r: r is not before)
    assert after.result.font_size > before.result.font_size * 1.1
    assert "fills the room" not in panel.status.text()
    panel._edit("template", "sticker")  # its title box is full with this title at 3 lines
    panel.set_note_title("一周减脂餐｜打工人也能坚持的早餐")
    before = wait_render(qtbot, panel, lambda r: r.title.startswith("一周"))
    panel.legibility.buttons["enlarge"].click()
    after = wait_render(qtbot, panel, lambda r: r is not before)
    assert after.result.font_size <= before.result.font_size  # nothing to gain here ...
    assert "fills the room" in panel.status.text()  # ... and the user is told why


def test_a_cover_without_a_title_does_not_report_a_zero_pixel_title(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    wait_render(qtbot, panel, lambda r: r.title == "")
    assert panel.status.text() == "1080 × 1440 px"  # not "… · title set at 0 px"
    panel.set_note_title("早餐")
    wait_render(qtbot, panel, lambda r: r.title == "早餐")
    assert "title set at" in panel.status.text()


def test_the_background_cropper_frames_the_shape_the_header_shows(qtbot, monkeypatch):
    from studio.core.profile import header
    from studio.gui.profile.panel import ProfilePanel

    filled = []
    real_fill = header.fill
    monkeypatch.setattr(header, "fill", lambda image, size, focus: filled.append(size) or real_fill(image, size, focus))
    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    aspects = []
    for bio in ("一句话", "很长的一句话，" * 30):
        panel.bio_fields["who"].set_text(bio)
        panel._changed()
        profile = panel.profile()
        from PIL import Image

        header.render_header(profile, background=Image.new("RGB", (1200, 900), "green"), width=1080)
        w, h = filled[-1]
        # The frame drawn on the photo has the shape of the area the header fills (it was a
        # fixed 1.3 while the area runs from ~1.45 for one bio line to ~1.04 for six).
        assert abs(panel.background_cropper._aspect - w / h) < 0.01, (bio[:5], w / h)
        aspects.append(w / h)
    assert aspects[0] > aspects[1] + 0.2


def test_the_templates_sticker_can_be_removed_and_replaced(qtbot):
    panel = CoverPanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.set_note_title("Five things I pack for every trip")
    panel.show()
    panel._edit("template", "checklist")
    field = panel.controls.label
    assert field.text() == "清单"  # the template's sticker, shown where it can be edited
    with_sticker = wait_render(qtbot, panel, lambda r: r.result.label_bbox is not None)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "" and panel.spec().label == ""  # used to fall back to 清单
    wait_render(qtbot, panel, lambda r: r is not with_sticker and r.result.label_bbox is None)
    qtbot.keyClicks(field, "Tips")
    assert panel.spec().label == "Tips"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    panel._edit("template", "sticker")  # another design: its own sticker choice again
    assert panel.spec().label is None
