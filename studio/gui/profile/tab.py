"""The Profile tab as the main window sees it: ``ProfileTab(ctx)``."""

from __future__ import annotations

from studio.gui.common.hosting import RebuildingTab

from .panel import ProfilePanel


class ProfileTab(RebuildingTab):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        # Bound methods, not lambdas: Qt drops these connections when the tab is destroyed.
        ctx.workspaceChanged.connect(self._workspace_changed)
        ctx.engineReady.connect(self._engine_ready)
        self._rebuild()

    def _engine_ready(self, _engine=None) -> None:
        if self.panel is not None and not self._closed:
            self.panel.request_check()

    def _engine(self):
        return self.ctx.engines.for_rules(self.ctx.rules())

    def build_panel(self) -> ProfilePanel:
        workspace = self.ctx.workspace
        return ProfilePanel(engine_source=self._engine, library=self.ctx.library,
                            workspace_id=workspace.id if workspace else None, parent=self)

    def before_rebuild(self) -> None:
        if self.panel is not None:
            self.panel.save()

    def _workspace_changed(self, workspace) -> None:
        if workspace is None or self.panel is None or self._closed:
            return
        if self.panel._workspace_id == workspace.id:
            self.panel.request_check()  # the workspace's rules changed: check again
        else:
            self.panel.set_workspace(self.ctx.library, workspace.id)
