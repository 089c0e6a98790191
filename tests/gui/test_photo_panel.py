"""Photo check tab (offscreen): verdicts on synthetic photos, storage with the draft, 18-photo cap."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.core.library import Library
from studio.gui.photos import panel as photo_panel
from studio.gui.photos.panel import PhotoPanel
from tests.core.photo import synth


def natural_photo(seed: int = 0, size=(640, 480)) -> Image.Image:
    """Smooth scene with sensor-like noise and moderate colour, like an unedited phone photo."""
    rng = np.random.default_rng(seed)
    h, w = size[1], size[0]
    y = np.linspace(0, 1, h)[:, None]
    x = np.linspace(0, 1, w)[None, :]
    base = np.stack([0.45 + 0.2 * x + 0 * y, 0.42 + 0.15 * y + 0 * x, 0.35 + 0.1 * (1 - x) + 0 * y], axis=2)
    blobs = Image.fromarray((rng.random((h // 16, w // 16, 3)) * 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
    mix = 0.7 * base + 0.3 * np.asarray(blobs) / 255.0
    noisy = mix + rng.normal(0, 0.02, mix.shape)
    return Image.fromarray((np.clip(noisy, 0, 1) * 255).astype(np.uint8))


def heavily_edited(image: Image.Image) -> Image.Image:
    """A filter stack pushed hard (clarity, saturation, levels, sharpening, vignette).

    A saturation boost alone is not enough here: the detector is calibrated on real photos,
    and the most vivid unedited ones are as colourful as this synthetic scene boosted, so one
    boosted slider on it may rightly read as "ok"."""
    return Image.fromarray(synth.everything_maxed(np.asarray(image)))


@pytest.fixture
def photos(tmp_path):
    natural = tmp_path / "natural.jpg"
    natural_photo().save(natural, quality=92)
    edited = tmp_path / "edited.jpg"
    heavily_edited(natural_photo()).save(edited, quality=92)
    return natural, edited


def wait_idle(qtbot, panel, count):
    qtbot.waitUntil(lambda: len(panel.results()) >= count and panel._queue.pending() == 0, timeout=60000)


def test_heavily_edited_photo_gets_a_verdict_with_reasons(qtbot, photos):
    natural, edited = photos
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    assert panel.add_photos([natural, edited]) == 2
    wait_idle(qtbot, panel, 2)
    results = {str(k).rsplit("/", 1)[-1]: r for k, r in panel.results().items()}
    card = panel._cards[str(edited)]
    assert results["edited.jpg"].report.verdict in ("caution", "over")
    assert results["edited.jpg"].report.score > results["natural.jpg"].report.score
    assert "edited" in card.verdict.text().lower()  # "Noticeably edited" / "Heavily edited"
    assert card.signals.text()  # the reasons, in words
    assert card.heat.isEnabled()
    card.heat.setChecked(True)  # heat-map overlay toggles without error
    assert "2/18 photos" in panel.summary.text()


def test_photos_are_copied_into_the_library_with_the_draft(qtbot, photos, tmp_path):
    natural, edited = photos
    library = Library.open(tmp_path / "lib.sqlite")
    workspace = library.create_workspace("W")
    draft = library.create_draft(workspace.id, "早餐")
    panel = PhotoPanel(library=library)
    qtbot.addWidget(panel)
    panel.set_draft(draft)
    panel.add_photos([edited])
    wait_idle(qtbot, panel, 1)
    (item,) = library.list_draft_media(draft.id, role="photo")
    stored = library.media_path(item)
    assert stored.exists() and stored.parent == library.media_dir
    assert item.extras["analysis"]["verdict"] in ("caution", "over")  # kept for the package report
    # Compare with the unedited original: stored too, and a retouch measurement is shown.
    panel.set_original(item.id, natural)
    qtbot.waitUntil(lambda: panel.results()[item.id].report.retouch is not None, timeout=60000)
    assert library.list_draft_media(draft.id, role="original")[0].extras["original_of"] == item.id
    assert panel._cards[item.id].retouch.isVisible() or panel._cards[item.id].retouch.text()
    edited.unlink()  # the library keeps its own copy
    panel.set_draft(draft)
    assert panel.photo_count() == 1
    library.close()


def test_no_more_than_18_photos(qtbot, photos, monkeypatch):
    natural, _ = photos
    monkeypatch.setattr(photo_panel.QMessageBox, "information", lambda *a, **k: None)
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)  # counting only
    copies = []
    for i in range(20):
        path = natural.with_name(f"p{i}.jpg")
        path.write_bytes(natural.read_bytes())
        copies.append(path)
    assert panel.add_photos(copies) == 18
    assert panel.photo_count() == 18
    assert panel.add_photos([natural]) == 0


def test_drag_and_drop_adds_photos(qtbot, photos, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    natural, edited = photos
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel._queue, "submit", lambda key, fn: None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(natural)), QUrl.fromLocalFile(str(edited)),
                  QUrl.fromLocalFile(str(natural.with_suffix(".txt")))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)  # QApplication only delivers drops that a real drag started
    assert panel.photo_count() == 2  # the .txt is ignored
