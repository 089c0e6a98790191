"""Quick fixes come in the language of the text they replace: an English note stays English
whatever the interface language (it once offered "→ 活动价" for "lowest price")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from studio.gui import i18n
from tests.gui.conftest import commit_text, wait_for_check

HAN = re.compile(r"[\u3400-\u9fff]")
NOTE = "The best cream ever — lowest price online!"


def _card(note, text):
    cards = [c for c in note.sidebar.cards if c.finding.text.lower() == text]
    assert len(cards) == 1, [c.finding.text for c in note.sidebar.cards]
    return cards[0]


@pytest.mark.parametrize("ui", ["en", "zh"])
def test_english_note_gets_english_fixes(qtbot, studio_window, ui):
    ctx, window = studio_window
    i18n.apply_language(ui)
    ctx.new_draft()
    note = window.note
    body = note.composer.body
    commit_text(body, NOTE)  # the dash is not ASCII: typed as an input method would
    assert body.toPlainText() == NOTE
    wait_for_check(qtbot, note, lambda fs: any(f.text.lower() == "lowest price" for f in fs))

    for text in ("lowest price", "the best"):
        card = _card(note, text)
        labels = [b.text() for b in card.fix_buttons]
        assert labels, f"no quick fix for {text!r}"
        assert not any(HAN.search(label) for label in labels), labels

    card = _card(note, "lowest price")
    fix = card.finding.suggestions[0]
    qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    assert body.toPlainText() == NOTE.replace("lowest price", fix)
    assert not HAN.search(body.toPlainText())
    assert ctx.draft.draft.body == body.toPlainText()
    # The fix is itself compliant: once re-checked, no price claim is left.
    wait_for_check(qtbot, note, lambda fs: not any(f.rule_id == "absolute_terms.price" for f in fs))
    assert any(f.text.lower() == "the best" for f in note.sidebar.findings)
