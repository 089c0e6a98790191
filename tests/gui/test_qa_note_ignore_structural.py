""""Ignore here" on a structural finding lasts through later edits."""

from __future__ import annotations

from studio.core.library import finding_key
from tests.gui.conftest import commit_text, wait_for_check
from tests.gui.test_note_composer import _open_blank


def test_an_ignored_hashtag_hint_stays_ignored_when_tags_change(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    note.composer.hashtags.add_text("#吉隆坡 #美食")
    wait_for_check(qtbot, note, lambda fs: any(f.rule_id == "hashtags.structure_532" for f in fs))
    (card,) = [c for c in note.sidebar.cards if c.finding.rule_id == "hashtags.structure_532"]
    card.ignore_button.click()
    done = note.checks_done
    note.composer.hashtags.add_text("#探店")
    note.check_now()
    qtbot.waitUntil(lambda: note.checks_done > done)
    # It came back with every added tag: its text is the whole hashtag line.
    assert not any(f.rule_id == "hashtags.structure_532" for f in note.sidebar.findings)
    assert note.sidebar.ignored_label.isVisible()


def test_an_ignored_title_length_stays_ignored_while_typing(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    commit_text(note.composer.title, "一二三四五六七八九十一二三四五六七八九十超出")
    wait_for_check(qtbot, note, lambda fs: any(f.rule_id == "length.title" for f in fs))
    (card,) = [c for c in note.sidebar.cards if c.finding.rule_id == "length.title"]
    card.ignore_button.click()
    done = note.checks_done
    commit_text(note.composer.title, "更多")
    note.check_now()
    qtbot.waitUntil(lambda: note.checks_done > done)
    assert not any(f.rule_id == "length.title" for f in note.sidebar.findings)


def test_a_structural_finding_card_shows_its_new_text(qtbot, studio_window):
    ctx, window = studio_window
    note = _open_blank(ctx, window)
    commit_text(note.composer.title, "一二三四五六七八九十一二三四五六七八九十超")
    wait_for_check(qtbot, note, lambda fs: any(f.rule_id == "length.title" for f in fs))
    commit_text(note.composer.title, "出")
    wait_for_check(qtbot, note, lambda fs: any(f.text == "超出" for f in fs))
    (card,) = [c for c in note.sidebar.cards if c.finding.rule_id == "length.title"]
    assert "超出" in card.matched.text()


def test_term_findings_keep_their_text_in_the_key():
    from studio.core.compliance import Engine

    (finding,) = [f for f in Engine.default().check("最好的") if f.category == "absolute_terms"]
    assert finding_key(finding).endswith("|最好")
