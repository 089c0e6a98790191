"""The draft being edited, with autosave and automatic version snapshots.

Editors push every change here (``update``); the model writes to the library about one
second after the last change (the issue asks for ≤ ~2 s), so a crash or kill loses at most
that second. A version snapshot is taken on Ctrl+S, when switching drafts, on quit, and
automatically every few minutes of editing.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from studio.core.library import Draft, Library, NotFoundError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
# After a failed write (disk full, library locked by another program) try again this often,
# so the text is saved once the cause goes away even if the user has stopped typing.
SAVE_RETRY_MS = 5000
# ...doubling up to this: a library locked by another program makes every attempt wait for
# SQLite's busy timeout (5 s) on the UI thread, so attempts must not come every second.
SAVE_RETRY_MAX_MS = 60_000
AUTO_SNAPSHOT_EVERY_S = 300


class DraftModel(QObject):
    loaded = Signal(object)  # a (different) draft was loaded: Draft or None
    changed = Signal(object)  # content changed in memory: Draft
    saved = Signal(object)  # written to the library: Draft
    saveFailed = Signal(str)
    overwroteOther = Signal()  # the save replaced text written in another window (kept as a version)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._draft: Draft | None = None
        self._dirty = False
        self._last_snapshot = 0.0
        self._failures = 0  # failed writes in a row (autosave backs off while > 0)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

    @property
    def draft(self) -> Draft | None:
        return self._draft

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, draft: Draft | None) -> bool:
        """Show another draft (saving and snapshotting the current one first).

        Returns False, staying on the current draft, when its unsaved changes cannot be
        written: switching would throw them away (``saveFailed`` has said why)."""
        if self._dirty and not self.save():
            return False
        self.flush("switch")
        self._draft = draft
        self._dirty = False
        self._last_snapshot = time.monotonic()
        self.loaded.emit(draft)
        return True

    def replace_with(self, draft: Draft | None) -> None:
        """Show ``draft`` without saving the current one (already saved, trashed or restored)."""
        self._timer.stop()
        self._draft = draft
        self._dirty = False
        self.loaded.emit(draft)

    def update(self, **fields) -> None:
        """Change title/body/hashtags/ignored/note_type of the current draft."""
        if self._draft is None:
            return
        new = replace(self._draft, **fields)
        if new == self._draft:
            return
        self._draft = new
        self._dirty = True
        if not self._failures or not self._timer.isActive():  # failing: keep the back-off
            self._timer.start(AUTOSAVE_DELAY_MS)
        self.changed.emit(new)

    def save(self) -> bool:
        """Write pending changes now (autosave calls this)."""
        self._timer.stop()
        if self._draft is None or not self._dirty:
            return True
        try:
            self._draft, overwritten = self._library.save_draft_checked(self._draft)
        except NotFoundError:
            log.warning("draft %s vanished before it could be saved", self._draft.id)
            self._dirty = False
            return False
        except Exception as exc:  # disk full, locked file: keep the text, say so
            log.exception("autosave failed")
            self._failures += 1
            self._timer.start(min(SAVE_RETRY_MS * 2 ** (self._failures - 1), SAVE_RETRY_MAX_MS))
            self.saveFailed.emit(str(exc) or type(exc).__name__)
            return False
        self._failures = 0
        self._dirty = False
        if overwritten:
            self.overwroteOther.emit()
        if time.monotonic() - self._last_snapshot > AUTO_SNAPSHOT_EVERY_S:
            self.snapshot("auto")
        self.saved.emit(self._draft)
        return True

    def snapshot(self, reason: str) -> None:
        if self._draft is None:
            return
        try:
            self._library.snapshot(self._draft.id, reason)
        except NotFoundError:
            return
        self._last_snapshot = time.monotonic()

    def flush(self, reason: str | None = None) -> None:
        """Save now and, if given a reason, record a version."""
        if self._draft is None:
            return
        self.save()
        if reason:
            self.snapshot(reason)
