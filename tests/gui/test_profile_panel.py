"""Profile composer tab (offscreen): engine flags in the bio, username patterns, storage."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from studio.core.compliance import Engine
from studio.core.library import Library
from studio.gui.profile.panel import ProfilePanel


@pytest.fixture(scope="module")
def engine():
    return Engine.default()


def commit_text(widget, text: str) -> None:
    """Type like an input method does (keyClicks with non-ASCII aborts the process)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_evaluated(qtbot, panel, check):
    def done():
        assert panel._last is not None and check(panel._last)

    qtbot.waitUntil(done, timeout=10000)


def test_bio_reach_sentence_flags_a_phone_number(qtbot, engine):
    panel = ProfilePanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    reach = panel.bio_fields["reach"].editor
    commit_text(reach, "有问题打我电话13812345678")
    assert reach.toPlainText() == "有问题打我电话13812345678"
    wait_evaluated(qtbot, panel, lambda r: r.bio.blocking > 0)
    located = panel._last.bio.for_sentence("reach")
    phone = [f for f in located if f.finding.category == "redirect"]
    assert phone, located
    assert "13812345678" in reach.toPlainText()[phone[0].start:phone[0].end]
    # The editor underlines it, and the findings list explains it.
    assert any(s.cursor.selectedText() for s in reach.extraSelections())
    assert any("13812345678" in t for t in panel.bio_findings.texts())
    # An in-platform channel instead clears the block.
    reach.selectAll()
    commit_text(reach, "有问题欢迎私信我")
    wait_evaluated(qtbot, panel, lambda r: r.bio.blocking == 0 and "私信" in r.bio.text)


def test_username_patterns_and_suggestions(qtbot, engine):
    panel = ProfilePanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    panel.niche.setCurrentIndex(panel.niche.findData("knowledge"))
    commit_text(panel.username_box.name, "林小佳")
    panel.username_box.tag.setCurrentText("律师")
    assert panel.username_box.username.text() == "林小佳【律师】"
    # Pattern two: what you do, from the niche's list.
    panel.username_box.pattern_activity.setChecked(True)
    items = [panel.username_box.suggestions.item(i).text() for i in range(panel.username_box.suggestions.count())]
    assert any(t.startswith("林小佳【讲职场法律】") for t in items)
    panel.username_box.suggestions.itemClicked.emit(panel.username_box.suggestions.item(0))
    assert panel.username_box.username.text().startswith("林小佳【") and panel.username_box.username.text() != "林小佳【律师】"
    # An English name gets English tags and square brackets.
    panel.username_box.name.setText("Emily Zhang")
    panel.niche.setCurrentIndex(panel.niche.findData("travel"))
    panel.username_box.pattern_identity.setChecked(True)
    panel.username_box.tag.setCurrentText("Travel Blogger")
    assert panel.username_box.username.text() == "Emily Zhang [Travel Blogger]"
    # The username is checked by the engine too (field "username").
    panel.username_box.username.setText("Emily 加V: emily_kl")
    wait_evaluated(qtbot, panel, lambda r: any(f.category == "redirect" for f in r.username.findings))


def test_profiles_are_stored_per_workspace(qtbot, engine, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    one, two = library.create_workspace("A"), library.create_workspace("B")
    panel = ProfilePanel(engine_source=lambda: engine, library=library, workspace_id=one.id)
    qtbot.addWidget(panel)
    panel.username_box.name.setText("阿May")
    panel.bio_fields["who"].set_text("在吉隆坡吃了十年的广东胃")
    panel.save()
    panel.set_workspace(library, two.id)
    assert panel.username_box.name.text() == "" and panel.bio_fields["who"].text() == ""
    panel.set_workspace(library, one.id)
    assert panel.username_box.name.text() == "阿May"
    assert panel.bio_fields["who"].text() == "在吉隆坡吃了十年的广东胃"
    library.close()


def test_header_export_is_a_clean_png(qtbot, tmp_path):
    from PIL import Image

    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    panel.username_box.name.setText("Mike Chen")
    out = panel.export_to(tmp_path / "header.png")
    with Image.open(out) as image:
        assert image.format == "PNG" and image.width == 1080 and not image.getexif()


def test_copy_bio_puts_one_sentence_per_line_on_the_clipboard(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    panel = ProfilePanel(engine_source=lambda: None)
    qtbot.addWidget(panel)
    for key, text in (("who", "健身教练"), ("offer", "居家训练"), ("reach", "欢迎私信")):
        panel.bio_fields[key].set_text(text)
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Copy bio")
    button.click()
    assert QGuiApplication.clipboard().text() == "健身教练\n居家训练\n欢迎私信"


def test_avatar_is_checked_for_heavy_editing_and_text_on_the_background_is_checked(qtbot, engine, tmp_path):
    from PIL import Image

    panel = ProfilePanel(engine_source=lambda: engine)
    qtbot.addWidget(panel)
    avatar = tmp_path / "me.jpg"
    Image.effect_noise((400, 400), 30).convert("RGB").save(avatar)
    panel.set_image("avatar", str(avatar))
    qtbot.waitUntil(lambda: panel.avatar_check.last_report is not None, timeout=30000)
    assert panel.avatar_check.last_report.verdict in ("ok", "caution", "over")
    assert "/100" in panel._avatar_status.text()
    panel.background_text.setText("加V: shop_kl 下单")
    wait_evaluated(qtbot, panel, lambda r: any(f.category == "redirect" for f in r.background_text))
    assert {f.field for f in panel._last.background_text} == {"cover_text"}
