"""The Photos tab as the main window sees it: ``PhotosTab(ctx)``, bound to the open draft."""

from __future__ import annotations

from studio.gui.common.hosting import RebuildingTab
from studio.gui.export.package_dialog import export_current_note

from .panel import PhotoPanel


class PhotosTab(RebuildingTab):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.draftChanged.connect(self._draft_changed)  # bound: dropped with the tab
        self._rebuild()

    def _draft_changed(self, draft) -> None:
        if self.panel is not None and not self._closed:
            self.panel.set_draft(draft)

    def before_rebuild(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()

    def build_panel(self) -> PhotoPanel:
        panel = PhotoPanel(library=self.ctx.library, new_draft=self.ctx.new_draft, parent=self)
        panel.package_requested.connect(lambda: export_current_note(self.ctx, self))
        panel.set_draft(self.ctx.draft.draft)
        return panel
