"""The main window's tabs, in order. Add a panel by adding one ``PanelSpec`` here.

A panel is a QWidget constructed as ``Panel(ctx: AppContext, parent=None)``. Optional:
``shutdown()`` (called on quit, e.g. to stop its workers). Factories are imported lazily,
so a panel that fails to import is reported in the log and left out instead of taking the
whole app down.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title: Callable[[], str]  # called at display time so it follows the language
    factory: str  # "package.module:ClassName"

    def load(self):
        module_name, _, class_name = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


PANELS: list[PanelSpec] = [
    PanelSpec("note", lambda: QCoreApplication.translate("Panels", "Note"), "studio.gui.note_panel:NotePanel"),
    PanelSpec("profile", lambda: QCoreApplication.translate("Panels", "Profile"), "studio.gui.profile.tab:ProfileTab"),
    PanelSpec("cover", lambda: QCoreApplication.translate("Panels", "Cover"), "studio.gui.cover.tab:CoverTab"),
    PanelSpec("photos", lambda: QCoreApplication.translate("Panels", "Photos"), "studio.gui.photos.tab:PhotosTab"),
]
