"""The Cover tab as the main window sees it: ``CoverTab(ctx)``, bound to the open draft."""

from __future__ import annotations

from studio.gui.common.hosting import RebuildingTab
from studio.gui.export.batch_dialog import BatchCoverDialog
from studio.gui.export.package_dialog import export_current_note

from .panel import CoverPanel


class CoverTab(RebuildingTab):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        # Bound methods, not lambdas: Qt drops these connections when the tab is destroyed.
        ctx.draftChanged.connect(self._draft_changed)
        ctx.draft.changed.connect(self._draft_edited)
        ctx.engineReady.connect(self._recheck)
        ctx.workspaceChanged.connect(self._recheck)
        self._rebuild()

    def _draft_changed(self, draft) -> None:
        if self.panel is not None and not self._closed:
            self.panel.set_draft(draft)

    def _draft_edited(self, draft) -> None:
        if self.panel is not None and not self._closed and draft is not None:
            self.panel.set_note_title(draft.title)

    def _recheck(self, _value=None) -> None:
        if self.panel is not None and not self._closed:
            self.panel.request_render()

    def _engine(self):
        return self.ctx.engines.for_rules(self.ctx.rules())

    def build_panel(self) -> CoverPanel:
        panel = CoverPanel(engine_source=self._engine, library=self.ctx.library, parent=self)
        panel.batch_requested.connect(self.batch_export)
        panel.package_requested.connect(self.export_package)
        panel.set_draft(self.ctx.draft.draft)
        return panel

    def before_rebuild(self) -> None:
        if self.panel is not None:
            self.panel.save()

    def batch_export(self) -> None:
        if self.ctx.workspace is None:
            return
        self.ctx.draft.save()
        self.panel.save()
        drafts = self.ctx.library.list_drafts(self.ctx.workspace.id)
        current = self.ctx.draft.draft
        dialog = BatchCoverDialog(self.ctx.library, drafts, selected_ids={current.id} if current else (), parent=self)
        dialog.exec()

    def export_package(self) -> None:
        self.panel.save()  # the package renders the cover from the stored design
        export_current_note(self.ctx, self)
