"""The photo check tab: drop up to 18 photos; each is analysed off-thread and shown as a card.

Photos are copied into the library with the draft (``draft_media`` role ``photo``), never
referenced by their original path; each card's verdict summary is stored with the photo so
the note package export can list it without analysing again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.export.photos import SUMMARY_KEY, summarize, verdict_label
from studio.gui.common.images import image_file_filter

from .analysis import PhotoResult, analyse_photo
from .card import CARD_WIDTH, PhotoCard
from .queue import TaskQueue

log = logging.getLogger(__name__)
MAX_PHOTOS = 18  # the platform's limit per note
EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}
# Photos the checker cannot read but a creator will drop straight from an iPhone: they get a
# card saying to convert them, instead of vanishing without a word.
UNREADABLE_PHOTOS = {".heic", ".heif"}


class PhotoPanel(QWidget):
    analysed = Signal(object, object)  # key, PhotoResult
    package_requested = Signal()

    def __init__(self, *, library=None, new_draft: Callable[[], object] | None = None,
                 parent: QWidget | None = None):
        """``new_draft`` opens a new draft (which comes back through ``set_draft``): photos
        added while no draft is open need one to be stored with."""
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.setAcceptDrops(True)
        self._library = library
        self._new_draft = new_draft
        self._draft = None
        self._cards: dict[object, PhotoCard] = {}
        self._paths: dict[object, str] = {}
        self._originals: dict[object, str] = {}
        self._names: dict[str, str] = {}  # library copy → the file name the user added
        self._results: dict[object, PhotoResult] = {}
        self._queue = TaskQueue(1, self)
        self._queue.finished.connect(self._on_result)
        self._queue.failed.connect(self._on_failed)
        self._queue.started.connect(self._on_started)
        self._queue.progress.connect(self._on_progress)
        self._build()
        self._update_summary()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        title = QLabel(self.tr("Photo check"), self)
        title.setObjectName("sectionTitle")
        titles.addWidget(title)
        self.hint = QLabel(self.tr("Drop up to 18 photos for this note. Each is checked for heavy filters, "
                                   "skin smoothing and reshaping — the platform polices over-edited photos."), self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        titles.addWidget(self.hint)
        head.addLayout(titles, 1)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.choose_photos)
        self.package_button = QPushButton(self.tr("Export note package…"), self)
        self.package_button.setToolTip(self.tr("Cover, photos, ready-to-paste text and a compliance report, "
                                               "as a folder or zip for client approval"))
        self.package_button.clicked.connect(self.package_requested)
        head.addWidget(self.package_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        status = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("photoSummary")
        status.addWidget(self.summary, 1)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(240)
        self._progress_format = self.tr("Checking %v of %m")
        self.progress.setVisible(False)
        status.addWidget(self.progress)
        # Remove is one click on a card: the last removal can be taken back.
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("muted")
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("link")
        self.undo_button.clicked.connect(self.undo_remove)
        status.addWidget(self.undo_label)
        status.addWidget(self.undo_button)
        self._set_undo(None)
        outer.addLayout(status)

        self.drop_zone = QFrame(self)
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setStyleSheet("QFrame#dropZone { border: 2px dashed #C8C8CF; border-radius: 14px; }")
        zone = QVBoxLayout(self.drop_zone)
        icon = QLabel("⬇", self.drop_zone)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setStyleSheet("font-size: 34px; color: #B0B0B8;")
        zone.addStretch(1)
        zone.addWidget(icon)
        label = QLabel(self.tr("Drag photos here, or click “Add photos…”\nJPEG, PNG or WebP · up to 18 per note"), self.drop_zone)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("muted")
        zone.addWidget(label)
        zone.addStretch(1)
        outer.addWidget(self.drop_zone, 1)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        outer.addWidget(self.scroll, 1)

    def _relayout(self) -> None:
        # The panel's own width: the scroll area may not be laid out yet when photos arrive.
        columns = max(1, (self.width() - 56) // (CARD_WIDTH + 12))
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for i, card in enumerate(self._cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)
        # An empty stretching row below the cards keeps each card at its natural height.
        self.grid.setRowStretch((len(self._cards) + columns - 1) // columns, 1)
        has = bool(self._cards)
        self.drop_zone.setVisible(not has)
        self.scroll.setVisible(has)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._relayout()

    # ------------------------------------------------------------------ draft binding
    def set_draft(self, draft) -> None:
        """Show the photos stored with another draft (re-checked in the background)."""
        if draft is not None and self._draft is not None and draft.id == self._draft.id:
            # The same draft again (a version restored, its workspace re-selected): its photos
            # did not change, so do not re-check up to 18 of them.
            self._draft = draft
            return
        self._queue.reset()
        self._set_undo(None)  # the removed photo belonged to the draft being left
        for card in self._cards.values():
            card.deleteLater()
        self._cards.clear()
        self._paths.clear()
        self._originals.clear()
        self._names.clear()
        self._results.clear()
        self._draft = draft
        if draft is not None and self._library is not None:
            media = self._library.list_draft_media(draft.id)
            originals = {m.extras.get("original_of"): m for m in media if m.role == "original"}
            for item in (m for m in media if m.role == "photo"):
                path = self._library.media_path(item)
                if not path.exists():
                    continue
                original = originals.get(item.id)
                if original is not None and self._library.media_path(original).exists():
                    stored = str(self._library.media_path(original))
                    self._originals[item.id] = stored
                    self._names[stored] = original.original_name or Path(stored).name
                self._add_card(item.id, str(path), item.original_name or path.name)
        self._relayout()
        self._update_summary()

    def shutdown(self) -> None:
        """Before the panel is dropped (quit, language switch): stop checking queued photos."""
        self._queue.stop()
        self._set_undo(None)  # a removal not taken back: its files can go

    def photo_count(self) -> int:
        return len(self._cards)

    # ------------------------------------------------------------------ adding
    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", image_file_filter())
        if paths:
            self.add_photos(paths)

    def add_photos(self, paths: Iterable[str | Path]) -> int:
        """Add photos (copied into the library with the draft); returns how many were added.

        A photo already in the note (the same bytes, whatever its name) is not added twice.
        """
        paths = [Path(p) for p in paths if Path(p).suffix.lower() in EXTENSIONS | UNREADABLE_PHOTOS]
        if paths and self._draft is None and self._library is not None and self._new_draft is not None:
            # A new workspace, or every draft in the trash: without a draft the photos were
            # shown but stored nowhere, and gone at the next switch or restart.
            self._new_draft()
        added = left_out = 0
        progress = self._copy_progress(len(paths))
        for index, path in enumerate(paths):
            if progress is not None:
                progress.setLabelText(path.name)
                progress.setValue(index)  # modal: repaints and takes Cancel between copies
                if progress.wasCanceled():
                    break
            if len(self._cards) >= MAX_PHOTOS:
                left_out += 1
                continue
            key, stored = str(path), str(path)
            if self._draft is not None and self._library is not None:
                try:
                    item = self._library.add_draft_media(self._draft.id, path, role="photo")
                except (OSError, ValueError) as exc:
                    QMessageBox.warning(self, self.tr("Photo not added"), str(exc))
                    continue
                key, stored = item.id, str(self._library.media_path(item))
                if stored in self._paths.values():  # the same photo again
                    self._library.remove_draft_media(item.id)
                    continue
            if key in self._cards:
                continue
            self._add_card(key, stored, path.name)
            added += 1
        if progress is not None:
            progress.close()
            progress.deleteLater()
        self._relayout()
        self._update_summary()
        if left_out:
            QMessageBox.information(self, self.tr("Too many photos"),
                                    self.tr("A note holds up to 18 photos; {} of them were not added.").format(left_out))
        return added

    def _copy_progress(self, count: int) -> QProgressDialog | None:
        """Copying 18 large photos into the library (read, hash, write and sync each) took
        seconds with the window frozen: past half a second a progress dialog shows which
        photo is being copied and lets the rest be cancelled."""
        if count < 2 or self._library is None or self._draft is None:
            return None
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Add photos"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setRange(0, count)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        return progress

    def _add_card(self, key: object, path: str, name: str) -> None:
        card = PhotoCard(key, name, self.grid_host)
        card.remove_requested.connect(self.remove_photo)
        card.compare_requested.connect(self.choose_original)
        self._cards[key] = card
        self._paths[key] = path
        self._names[path] = name
        self._analyse(key)

    def _analyse(self, key: object) -> None:
        path, original = self._paths[key], self._originals.get(key)
        names = dict(self._names)  # a copy: the worker must not see later edits
        # Only the running photo says "Checking…": 18 cards all "checking" for half a minute
        # while the bar counts them one by one looked stuck.
        self._cards[key].set_waiting()
        self._queue.submit(key, lambda: analyse_photo(path, original, names))

    def remove_photo(self, key: object) -> None:
        position = list(self._cards).index(key) if key in self._cards else -1
        card = self._cards.pop(key, None)
        if card is None:
            return
        name = card.file_name
        card.deleteLater()
        self._paths.pop(key, None)
        self._results.pop(key, None)
        self._originals.pop(key, None)
        if self._library is not None and isinstance(key, int):
            removed = [self._library.get_draft_media(key)]
            for item in self._library.list_draft_media(self._draft.id, role="original"):
                if item.extras.get("original_of") == key:
                    removed.append(item)
                    self._library.remove_draft_media(item.id, keep_file=True)
            self._library.remove_draft_media(key, keep_file=True)  # until the undo is gone
            self._set_undo((self._draft.id, removed, position, name))
        self._relayout()
        self._update_summary()

    def undo_remove(self) -> None:
        """Put the last removed photo (and its original) back where it was."""
        if self._undo is None or self._library is None or self._draft is None:
            return
        draft_id, items, position, name = self._undo
        self._library.release_media(items)  # in use again below, or not restorable
        self._undo = None  # so _set_undo does not collect the files about to be used again
        self._set_undo(None)
        if draft_id != self._draft.id or len(self._cards) >= MAX_PHOTOS:
            self._library.collect_unused_media()
            return
        photo = items[0]
        if not self._library.media_path(photo).exists():  # tidied away since: nothing to restore
            return
        new_ids = self._library.insert_draft_media(draft_id, items)
        key = new_ids[photo.id]
        for original in items[1:]:
            stored = str(self._library.media_path(original))
            self._originals[key] = stored
            self._names[stored] = original.original_name or Path(stored).name
        self._add_card(key, str(self._library.media_path(photo)), name)
        order = list(self._cards)  # the card was appended: move it back to its place
        order.insert(min(position, len(order) - 1), order.pop())
        self._cards = {k: self._cards[k] for k in order}
        self._relayout()
        self._update_summary()

    def _set_undo(self, removed) -> None:
        if getattr(self, "_undo", None) is not None and self._library is not None:
            self._library.release_media(self._undo[1])
            self._library.collect_unused_media()  # the files kept for the previous undo
        self._undo = removed
        if removed is not None:
            self.undo_label.setText(self.tr("Removed {}.").format(removed[3]))
        self.undo_label.setVisible(removed is not None)
        self.undo_button.setVisible(removed is not None)

    def choose_original(self, key: object) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the unedited original"), "", image_file_filter())
        if path:
            self.set_original(key, path)

    def set_original(self, key: object, path: str | Path) -> None:
        """Measure the retouch against the unedited photo (stored with the draft too)."""
        stored = str(path)
        if self._library is not None and isinstance(key, int):
            # The new original is stored before the old one is dropped: an unreadable file
            # (a disconnected drive, no permission) used to leave the photo with neither.
            try:
                item = self._library.add_draft_media(self._draft.id, path, role="original",
                                                     extras={"original_of": key})
            except (OSError, ValueError) as exc:
                QMessageBox.warning(self, self.tr("Original not added"), str(exc))
                return
            for old in self._library.list_draft_media(self._draft.id, role="original"):
                if old.extras.get("original_of") == key and old.id != item.id:
                    self._library.remove_draft_media(old.id)
            stored = str(self._library.media_path(item))
        self._originals[key] = stored
        self._names[stored] = Path(path).name
        self._analyse(key)

    # ------------------------------------------------------------------ results
    def _on_result(self, key: object, result: PhotoResult) -> None:
        card = self._cards.get(key)
        if card is None:
            return
        self._results[key] = result
        card.set_result(result, verdict_label(result.report.verdict))
        if self._library is not None and isinstance(key, int):
            try:
                item = self._library.get_draft_media(key)
                extras = {**item.extras, SUMMARY_KEY: summarize(result.report)}
                self._library.update_draft_media(replace(item, extras=extras))
            except Exception as exc:  # the verdict is shown either way
                log.warning("could not store the photo verdict: %s", exc)
        self._update_summary()
        self.analysed.emit(key, result)

    def _on_started(self, key: object) -> None:
        card = self._cards.get(key)
        if card is not None:
            card.set_pending(self.tr("Checking…"))

    def _on_failed(self, key: object, message: str) -> None:
        card = self._cards.get(key)
        if card is not None:
            card.set_error(message)
            self._results.pop(key, None)  # an earlier verdict no longer applies
            self._update_summary()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(total > 0 and done < total)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        # The bar fills with the photos done; the words name the one being checked ("Checking
        # 1 of 12", not "0 of 12": in Chinese 第 0 张 reads as a photo number).
        self.progress.setFormat(self._progress_format.replace("%v", str(min(done + 1, max(1, total)))))

    def _update_summary(self) -> None:
        counts = {"ok": 0, "caution": 0, "over": 0}
        for result in self._results.values():
            counts[result.report.verdict] = counts.get(result.report.verdict, 0) + 1
        if not self._cards:
            self.summary.setText(self.tr("No photos yet."))
            return
        text = self.tr("{n}/18 photos · {ok} natural · {caution} noticeably edited · {over} heavily edited").format(
            n=len(self._cards), ok=counts["ok"], caution=counts["caution"], over=counts["over"])
        failed = sum(card.failed for card in self._cards.values())
        if failed:  # otherwise the counts silently fall short of the photos shown
            text += self.tr(" · {failed} could not be checked").format(failed=failed)
        self.summary.setText(text)

    def results(self) -> dict[object, PhotoResult]:
        return dict(self._results)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths: list[Path] = []
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.is_dir():  # a dropped folder: its photos, in name order (not its subfolders)
                # Not hidden files: macOS writes "._IMG_0001.JPG" (AppleDouble, not a photo)
                # next to every photo copied to an SD card or USB drive.
                paths += sorted((p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")),
                                key=lambda p: p.name.lower())
            else:
                paths.append(path)
        if paths:
            self.add_photos(paths)
            event.acceptProposedAction()
