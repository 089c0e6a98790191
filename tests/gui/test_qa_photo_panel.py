"""Photo tab defects found in QA: what a creator saw on the cards and when adding photos."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image

from studio.core.library import Library
from studio.gui.photos.analysis import PhotoResult
from studio.gui.photos.card import PhotoCard
from studio.gui.photos.panel import PhotoPanel
from studio.gui.photos.queue import TaskQueue
from tests.core.photo import synth


@pytest.fixture
def library_panel(qtbot, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    draft = library.create_draft(library.create_workspace("W").id, "早餐")
    panel = PhotoPanel(library=library)
    qtbot.addWidget(panel)
    panel.set_draft(draft)
    yield panel, library, draft
    panel.shutdown()
    library.close()


def wait_idle(qtbot, panel):
    qtbot.waitUntil(lambda: panel._queue.pending() == 0, timeout=60000)


def test_unreadable_photo_is_named_as_the_user_added_it(qtbot, library_panel, tmp_path):
    """The card said '/home/…/media/e3b0c442…jpg: not a supported image' (the library copy)."""
    panel, library, _draft = library_panel
    bad = tmp_path / "IMG_0412.jpg"
    bad.write_text("not a photo")
    panel.add_photos([bad])
    wait_idle(qtbot, panel)
    (card,) = panel._cards.values()
    assert card.signals.text().startswith("IMG_0412.jpg: ")
    assert str(library.media_dir) not in card.signals.text()


def test_unreadable_original_keeps_the_verdict_and_says_why(qtbot, library_panel, tmp_path):
    """A wrong file picked as the original made the photo uncheckable for good."""
    panel, library, draft = library_panel
    photo = tmp_path / "photo.jpg"
    Image.fromarray(synth.photo()).save(photo, quality=92)
    broken = tmp_path / "original.jpg"
    broken.write_bytes(b"\xff\xd8 truncated")
    panel.add_photos([photo])
    wait_idle(qtbot, panel)
    (key,) = panel._cards
    panel.set_original(key, broken)
    wait_idle(qtbot, panel)
    card = panel._cards[key]
    assert key in panel.results()  # still judged on its own
    assert card.score.text()
    assert card.retouch.isVisibleTo(card)
    assert "original.jpg: " in card.retouch.text() and str(library.media_dir) not in card.retouch.text()
    # Re-opening the draft (restart, language switch) still gives the verdict.
    panel.set_draft(draft)
    wait_idle(qtbot, panel)
    assert len(panel.results()) == 1


def _report(verdict, retouch_message=None):
    retouch = SimpleNamespace(magnitude=80.0, message=retouch_message) if retouch_message else None
    return SimpleNamespace(verdict=verdict, score=80.0, retouch=retouch, note=None, top_signals=lambda *a, **k: [])


def test_reshaped_photo_card_does_not_say_no_sign_of_reshaping(qtbot):
    card = PhotoCard(1, "waist.jpg")
    qtbot.addWidget(card)
    thumb = Image.new("RGB", (40, 30))
    message = "Heavily retouched compared with the original: shapes were reshaped (liquify/slimming)."
    card.set_result(PhotoResult(_report("over", message), thumb, None), "Heavily edited")
    assert "reshaping" not in card.signals.text()
    assert not card.signals.isVisibleTo(card)
    assert message in card.retouch.text()
    # Without a comparison, a natural photo still gets its reassuring line.
    card.set_result(PhotoResult(_report("ok"), thumb, None), "Natural")
    assert card.signals.text() and not card.retouch.isVisibleTo(card)


def test_the_same_photo_added_twice_gets_one_card(qtbot, library_panel, tmp_path, monkeypatch):
    panel, library, draft = library_panel
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    photo = tmp_path / "a.jpg"
    Image.fromarray(synth.photo()).save(photo)
    copy = tmp_path / "a copy.jpg"
    copy.write_bytes(photo.read_bytes())
    assert panel.add_photos([photo, photo]) == 1
    assert panel.add_photos([copy]) == 0
    assert panel.photo_count() == 1
    assert len(library.list_draft_media(draft.id, role="photo")) == 1


def test_adding_past_the_cap_keeps_the_room_for_new_photos(qtbot, library_panel, tmp_path, monkeypatch):
    """17 photos + [a duplicate, a new one]: the new one fits and is added."""
    from studio.gui.photos import panel as photo_panel

    panel, _library, _draft = library_panel
    told = []
    monkeypatch.setattr(photo_panel.QMessageBox, "information", lambda *a: told.append(a))
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    paths = []
    for i in range(19):
        path = tmp_path / f"p{i}.png"
        Image.fromarray(np.full((20, 20, 3), i, np.uint8)).save(path)
        paths.append(path)
    assert panel.add_photos(paths[:17]) == 17
    assert panel.add_photos([paths[0], paths[17]]) == 1
    assert panel.photo_count() == 18 and not told
    assert panel.add_photos([paths[18]]) == 0
    assert len(told) == 1


def test_stopped_queue_drops_the_waiting_tasks(qtbot):
    """Deleting a queue waited for every queued photo: switching the language or quitting
    while 18 large photos were checked froze the window for half a minute."""
    queue = TaskQueue(1)
    release = threading.Event()
    ran = []

    def task(i):
        def run():
            release.wait(5)
            ran.append(i)
        return run

    for i in range(5):
        queue.submit(i, task(i))
    queue.stop()
    queue.submit(9, task(9))  # ignored once stopped
    release.set()
    assert queue.wait(5000)
    assert len(ran) <= 1


def test_language_switch_stops_the_old_panels_checks(qtbot, studio_window, monkeypatch):
    _ctx, window = studio_window
    tab = window.panels["photos"]
    old = tab.panel
    window.set_language("zh")
    qtbot.waitUntil(lambda: tab.panel is not old)
    assert old._queue._stopped
    window.set_language("en")


def test_photos_added_with_no_draft_open_are_kept(qtbot, studio_window, tmp_path, monkeypatch):
    """In a new workspace (or with every draft in the trash) photos were shown but stored
    nowhere: gone at the next draft switch or restart."""
    ctx, window = studio_window
    ctx.create_workspace("新客户")
    assert ctx.draft.draft is None
    panel = window.panels["photos"].panel
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    photo = tmp_path / "a.jpg"
    Image.fromarray(synth.photo()).save(photo)
    assert panel.add_photos([photo]) == 1
    draft = ctx.draft.draft
    assert draft is not None and draft.workspace_id == ctx.workspace.id
    assert [m.original_name for m in ctx.library.list_draft_media(draft.id, role="photo")] == ["a.jpg"]
    assert panel.photo_count() == 1


def test_only_the_running_photo_says_checking(qtbot, tmp_path, monkeypatch):
    """All 18 cards said "Checking…" for half a minute while the bar counted them one by one."""
    import studio.gui.photos.panel as photo_panel

    release = threading.Event()
    calls = []

    def slow(path, original=None, names=None):
        calls.append(path)
        release.wait(5)
        raise RuntimeError("stop")

    monkeypatch.setattr(photo_panel, "analyse_photo", slow)
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"p{i}.jpg")
        paths[-1].write_bytes(b"x")
    try:
        panel.add_photos(paths)
        cards = [panel._cards[str(p)] for p in paths]
        qtbot.waitUntil(lambda: cards[0].verdict.text() == "Checking…")
        assert [c.verdict.text() for c in cards[1:]] == ["Waiting to be checked…"] * 2
        assert len(calls) == 1
    finally:
        release.set()
        panel._queue.wait(5000)


def _drop(panel, paths):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    panel.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_dropped_heic_says_to_convert_it_and_a_dropped_folder_adds_its_photos(qtbot, library_panel, tmp_path):
    """An iPhone HEIC dropped on the tab vanished without a word; a dropped folder did nothing."""
    panel, _library, _draft = library_panel
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(64))
    folder = tmp_path / "shoot"
    folder.mkdir()
    for name in ("b.jpg", "a.png"):
        Image.fromarray(synth.photo()).save(folder / name)
    (folder / "notes.txt").write_text("x")
    _drop(panel, [heic, folder])
    assert [c.name.text() for c in panel._cards.values()] == ["IMG_0001.HEIC", "a.png", "b.jpg"]
    wait_idle(qtbot, panel)
    card = next(iter(panel._cards.values()))
    assert "HEIC" in card.signals.text() and card.signals.text().startswith("IMG_0001.HEIC: ")


def test_a_long_file_name_is_shortened_not_cut_off(qtbot):
    name = "mmexport1700000000000_IMG_20240101_123456_beautyplus_edited_final_v2.jpg"
    card = PhotoCard(1, name)
    qtbot.addWidget(card)
    assert card.name.sizeHint().width() <= card.image.width()
    assert "…" in card.name.text() and card.name.text().endswith("v2.jpg")
    assert card.name.toolTip() == name


def test_restoring_a_version_does_not_recheck_the_photos(qtbot, studio_window, tmp_path, monkeypatch):
    """Restoring a version of the note (or re-selecting its workspace) re-checked every photo:
    cards back to 'waiting', the progress bar and half a minute of work for 18 photos."""
    ctx, window = studio_window
    panel = window.panels["photos"].panel
    submitted = []
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: submitted.append(key))
    photo = tmp_path / "a.jpg"
    Image.fromarray(synth.photo()).save(photo)
    panel.add_photos([photo])
    draft = ctx.draft.draft
    ctx.save_now()
    (version, *_rest) = ctx.library.list_versions(draft.id)
    ctx.restore_version(version.id)
    ctx.set_workspace(ctx.workspace.id, draft.id)
    assert len(submitted) == 1 and panel.photo_count() == 1
    ctx.new_draft("另一篇")
    assert panel.photo_count() == 0
    ctx.open_draft(draft.id)
    assert panel.photo_count() == 1


def test_progress_names_the_photo_being_checked(qtbot):
    """The bar said 'Checking 0 of 12' (正在检查第 0 / 12 张) while the first photo was checked."""
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    panel._on_progress(0, 12)
    assert panel.progress.text() == "Checking 1 of 12" and panel.progress.value() == 0
    panel._on_progress(11, 12)
    assert panel.progress.text() == "Checking 12 of 12"


def test_copying_many_photos_shows_progress_and_can_be_cancelled(qtbot, library_panel, tmp_path, monkeypatch):
    """Adding 18 large photos froze the window for seconds while they were copied (and
    synced to disk) into the library; now a dialog names the photo being copied."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    panel, library, draft = library_panel
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    slow_add = library.add_draft_media

    def add(*args, **kwargs):
        time.sleep(0.15)  # a slow disk
        return slow_add(*args, **kwargs)

    monkeypatch.setattr(library, "add_draft_media", add)
    paths = []
    for i in range(12):
        paths.append(tmp_path / f"p{i}.png")
        Image.fromarray(np.full((20, 20, 3), i, np.uint8)).save(paths[-1])
    seen = []

    def cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.extend(d.labelText() for d in dialogs)
        for dialog in dialogs:
            dialog.cancel()

    QTimer.singleShot(900, cancel)
    added = panel.add_photos(paths)
    assert seen and seen[0].startswith("p") and seen[0].endswith(".png")
    assert 0 < added < 12
    assert len(library.list_draft_media(draft.id, role="photo")) == added == panel.photo_count()


def test_an_original_of_another_scene_is_named_and_skipped(qtbot, library_panel, tmp_path):
    """An unrelated photo picked as the original read "reshaped (liquify/slimming)", 79/100."""
    panel, library, _draft = library_panel
    photo = tmp_path / "IMG_0412.jpg"
    Image.fromarray(synth.photo()).save(photo, quality=92)
    other = tmp_path / "IMG_0999.jpg"
    Image.fromarray(np.ascontiguousarray(synth.photo()[::-1])).save(other, quality=92)
    panel.add_photos([photo])
    wait_idle(qtbot, panel)
    (key,) = panel._cards
    panel.set_original(key, other)
    wait_idle(qtbot, panel)
    card = panel._cards[key]
    text = card.retouch.text()
    assert "IMG_0999.jpg" in text and "IMG_0412.jpg" in text and "same scene" in text
    assert str(library.media_dir) not in text
    assert panel.results()[key].report.retouch is None


def test_a_text_card_says_it_is_not_scored_as_a_photo(qtbot, library_panel, tmp_path):
    """A black-on-white text card showed '● Heavily edited' with 'highlights burnt to white'."""
    from tests.core.photo.test_scope import text_card

    panel, _library, _draft = library_panel
    card_file = tmp_path / "tips.jpg"
    Image.fromarray(text_card()).save(card_file, quality=90)
    panel.add_photos([card_file])
    wait_idle(qtbot, panel)
    (card,) = panel._cards.values()
    assert "not scored" in card.signals.text()
    assert "burnt" not in card.signals.text()


def test_the_summary_counts_photos_that_could_not_be_checked(qtbot, library_panel, tmp_path):
    panel, _library, _draft = library_panel
    good = tmp_path / "good.jpg"
    Image.fromarray(synth.photo()).save(good, quality=92)
    bad = tmp_path / "bad.jpg"
    bad.write_text("not a photo")
    panel.add_photos([good, bad])
    wait_idle(qtbot, panel)
    assert panel.summary.text().endswith("· 1 could not be checked"), panel.summary.text()
    assert "2/18 photos" in panel.summary.text()


def test_a_removed_photo_and_its_original_can_be_put_back(qtbot, library_panel, tmp_path):
    """Remove was one click with no way back."""
    panel, library, draft = library_panel
    files = []
    for i in range(3):
        files.append(tmp_path / f"IMG_{i}.jpg")
        Image.fromarray(synth.photo(seed=i)).save(files[-1], quality=92)
    panel.add_photos(files)
    wait_idle(qtbot, panel)
    keys = list(panel._cards)
    raw = tmp_path / "raw.jpg"
    Image.fromarray(synth.photo(seed=1)).save(raw, quality=95)
    panel.set_original(keys[1], raw)
    wait_idle(qtbot, panel)
    panel.remove_photo(keys[1])
    assert panel.undo_button.isVisibleTo(panel) and "IMG_1.jpg" in panel.undo_label.text()
    assert len(library.list_draft_media(draft.id)) == 2
    panel.undo_remove()
    wait_idle(qtbot, panel)
    assert not panel.undo_button.isVisibleTo(panel)
    assert [panel._cards[k].file_name for k in panel._cards] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    media = library.list_draft_media(draft.id)
    photo = next(m for m in media if m.original_name == "IMG_1.jpg")
    assert [m.extras["original_of"] for m in media if m.role == "original"] == [photo.id]
    assert panel.results()[photo.id].report.retouch is not None  # compared with its original again
    # reopening the draft finds the photo in its old place
    panel.set_draft(None)
    panel.set_draft(draft)
    assert [c.file_name for c in panel._cards.values()] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]


def test_a_removed_photo_file_goes_once_its_undo_is_gone(qtbot, library_panel, tmp_path):
    panel, library, _draft = library_panel
    photo = tmp_path / "IMG_9.jpg"
    Image.fromarray(synth.photo(seed=9)).save(photo, quality=92)
    panel.add_photos([photo])
    wait_idle(qtbot, panel)
    (key,) = panel._cards
    stored = library.media_path(library.get_draft_media(key))
    panel.remove_photo(key)
    assert stored.exists()  # kept while Undo is offered
    panel.shutdown()
    assert not stored.exists()


def test_undo_still_restores_after_another_edit_tidied_the_media_folder(qtbot, library_panel, tmp_path):
    """Setting another photo's original (or saving the profile) deleted the file kept for
    Undo, and Undo then silently brought nothing back."""
    panel, library, draft = library_panel
    files = []
    for i in range(2):
        files.append(tmp_path / f"IMG_{i}.jpg")
        Image.fromarray(synth.photo(seed=i)).save(files[-1], quality=92)
    panel.add_photos(files)
    wait_idle(qtbot, panel)
    first, second = list(panel._cards)
    stored = library.media_path(library.get_draft_media(first))
    panel.remove_photo(first)
    raw = tmp_path / "raw.jpg"
    Image.fromarray(synth.photo(seed=5)).save(raw, quality=95)
    panel.set_original(second, raw)
    panel.set_original(second, files[1])  # replacing an original tidies the media folder
    library.save_profile(library.get_profile(draft.workspace_id))  # so does saving the profile
    assert stored.exists()
    panel.undo_remove()
    wait_idle(qtbot, panel)
    assert [c.file_name for c in panel._cards.values()] == ["IMG_0.jpg", "IMG_1.jpg"]
    assert stored.exists()
    panel.shutdown()
    assert stored.exists()  # in use again: the undo's end must not delete it


def test_an_unreadable_original_keeps_the_one_already_chosen(qtbot, library_panel, tmp_path, monkeypatch):
    """The old original was dropped first, then the new one failed: the photo had neither
    (and an unhandled-error dialog)."""
    from studio.gui.photos import panel as photo_panel

    panel, library, draft = library_panel
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    photo = tmp_path / "IMG_1.jpg"
    Image.fromarray(synth.photo(seed=1)).save(photo, quality=92)
    raw = tmp_path / "raw.jpg"
    Image.fromarray(synth.photo(seed=2)).save(raw, quality=95)
    panel.add_photos([photo])
    (key,) = panel._cards
    panel.set_original(key, raw)
    (kept,) = library.list_draft_media(draft.id, role="original")
    told = []
    monkeypatch.setattr(photo_panel.QMessageBox, "warning", lambda *a: told.append(a))
    panel.set_original(key, tmp_path / "gone.jpg")
    assert told and "gone.jpg" in told[0][2]
    assert [m.id for m in library.list_draft_media(draft.id, role="original")] == [kept.id]
    assert library.media_path(kept).exists()
    assert panel._originals[key] == str(library.media_path(kept))


def test_a_dropped_folder_skips_macos_appledouble_files(qtbot, library_panel, tmp_path):
    """A folder copied on a Mac to an SD card or USB drive has "._IMG_0001.jpg" (4 KB of
    metadata, not a photo) beside each photo: each became an unreadable photo card."""
    panel, _library, _draft = library_panel
    folder = tmp_path / "sd card"
    folder.mkdir()
    Image.fromarray(synth.photo()).save(folder / "IMG_0001.jpg")
    (folder / "._IMG_0001.jpg").write_bytes(b"\x00\x05\x16\x07" + bytes(4092))
    (folder / ".DS_Store").write_bytes(bytes(16))
    _drop(panel, [folder])
    assert [c.name.text() for c in panel._cards.values()] == ["IMG_0001.jpg"]
    wait_idle(qtbot, panel)
