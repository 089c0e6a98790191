"""AppContext: what every panel needs — the library, the workspace, the draft, the engine.

Panels receive the context and observe its signals; they never reach into each other.
Operations that change the library go through here and announce what changed, so every
view refreshes from one signal rather than panels calling each other.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from studio.core.library import Draft, Hashtag, Library, NotFoundError, Workspace
from studio.gui.draft_model import DraftModel
from studio.gui.engine import EngineProvider

log = logging.getLogger(__name__)


class AppContext(QObject):
    workspaceChanged = Signal(object)  # Workspace (another one, or its rules edited)
    workspacesChanged = Signal()  # added, renamed or removed
    draftsChanged = Signal()  # the drafts list of the workspace changed
    draftChanged = Signal(object)  # another draft is open (Draft or None)
    engineReady = Signal(object)
    engineFailed = Signal(str)
    languageChanged = Signal(str)  # "en" / "zh"
    status = Signal(str)  # a short message for the status bar

    def __init__(self, library: Library, engines: EngineProvider | None = None, parent=None):
        super().__init__(parent)
        self.library = library
        self.engines = engines or EngineProvider(self)
        self.draft = DraftModel(library, self)
        self.workspace: Workspace | None = None
        self.engines.ready.connect(self.engineReady)
        self.engines.failed.connect(self.engineFailed)
        self.draft.loaded.connect(self.draftChanged)
        self.draft.saved.connect(lambda _d: self.draftsChanged.emit())

    # ------------------------------------------------------------ workspaces
    def set_workspace(self, workspace_id: int, draft_id: int | None = None) -> None:
        """Open a workspace with ``draft_id`` (if it is one of its drafts) or its latest draft."""
        self.draft.flush("switch")
        self.workspace = self.library.get_workspace(workspace_id)
        self.library.set_setting("last_workspace", workspace_id)
        self.workspaceChanged.emit(self.workspace)
        self.draftsChanged.emit()
        drafts = self.library.list_drafts(workspace_id)
        self.draft.load(next((d for d in drafts if d.id == draft_id), drafts[0] if drafts else None))

    def update_workspace(self, workspace: Workspace) -> None:
        """Store edited name/banned words/disabled rules/allow-list and re-check."""
        self.workspace = self.library.save_workspace(workspace)
        self.workspaceChanged.emit(self.workspace)
        self.workspacesChanged.emit()

    def allow_word(self, word: str) -> None:
        if self.workspace is None or not word.strip():
            return
        if word in self.workspace.allow_words:
            return
        self.update_workspace(
            replace(self.workspace, allow_words=(*self.workspace.allow_words, word.strip()))
        )

    def create_workspace(self, name: str) -> Workspace:
        workspace = self.library.create_workspace(name)
        self.workspacesChanged.emit()
        self.set_workspace(workspace.id)
        return workspace

    def rules(self):
        return self.workspace.rules() if self.workspace else None

    # ---------------------------------------------------------------- drafts
    def open_draft(self, draft_id: int) -> None:
        if self.draft.draft is not None and self.draft.draft.id == draft_id:
            return
        try:
            draft = self.library.get_draft(draft_id)
        except NotFoundError:
            return
        self.draft.load(draft)
        self.library.set_setting("last_draft", draft_id)

    def new_draft(
        self,
        title: str = "",
        body: str = "",
        hashtags: tuple[Hashtag, ...] = (),
        note_type: str = "",
    ) -> Draft | None:
        if self.workspace is None:
            return None
        self.draft.flush("switch")
        draft = self.library.create_draft(self.workspace.id, title, body, hashtags, note_type)
        if title or body:
            self.library.snapshot(draft.id, "template")
        self.draftsChanged.emit()
        self.draft.load(draft)
        self.library.set_setting("last_draft", draft.id)
        return draft

    def duplicate_draft(self, draft_id: int, suffix: str) -> Draft:
        self.draft.save()
        copy = self.library.duplicate_draft(draft_id, suffix)
        self.draftsChanged.emit()
        self.open_draft(copy.id)
        return copy

    def trash_draft(self, draft_id: int) -> None:
        self.draft.save()
        self.library.trash_draft(draft_id)
        if self.draft.draft is not None and self.draft.draft.id == draft_id:
            remaining = self.library.list_drafts(self.workspace.id) if self.workspace else []
            self.draft.replace_with(remaining[0] if remaining else None)
        self.draftsChanged.emit()

    def restore_draft(self, draft_id: int) -> None:
        self.library.restore_draft(draft_id)
        self.draftsChanged.emit()
        self.open_draft(draft_id)

    def purge_draft(self, draft_id: int) -> None:
        self.library.purge_draft(draft_id)
        self.draftsChanged.emit()

    def restore_version(self, version_id: int) -> None:
        if not self.draft.save():
            # Unsaved edits (disk full, library locked) would be replaced without a trace: the
            # version kept "before a restore" is the stored text, not them. saveFailed said why.
            return
        draft = self.library.restore_version(version_id)
        self.draft.replace_with(draft)
        self.draftsChanged.emit()

    def save_now(self) -> bool:
        """Ctrl+S: write now and keep a version in the history."""
        ok = self.draft.save()
        self.draft.snapshot("manual")
        return ok

    def shutdown(self) -> None:
        self.draft.flush("quit")
