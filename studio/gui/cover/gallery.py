"""Template gallery: one thumbnail per bundled design, rendered with the current title."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from studio.core.cover import CoverSpec, display_name, list_templates, render
from studio.gui.common.images import to_pixmap
from studio.gui.workers import LatestRequestWorker

THUMB = (120, 160)


def _render_thumbnails(title: str, ids: list[str]) -> dict:
    out = {}
    for template_id in ids:
        try:
            out[template_id] = render(CoverSpec(title=title, template=template_id, size=THUMB))
        except Exception:  # one broken template must not blank the gallery
            continue
    return out


class TemplateGallery(QListWidget):
    template_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templateGallery")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setIconSize(QSize(*THUMB))
        self.setGridSize(QSize(THUMB[0] + 18, THUMB[1] + 40))
        self.setMovement(QListView.Movement.Static)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB[1] + 64)
        self.setSpacing(2)
        self._job = LatestRequestWorker("cover-gallery", self)
        self._job.finished.connect(self._apply)
        self._title = ""
        # Thumbnails wait until typing pauses: nine renders per keystroke would compete with
        # the live preview for the CPU (and the GIL).
        self._pending_title = ""
        self._debounce = QTimer(self, singleShot=True, interval=600)
        self._debounce.timeout.connect(self._render)
        for template in list_templates():
            item = QListWidgetItem(display_name(template))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(display_name(template))
            item.setSizeHint(QSize(THUMB[0] + 12, THUMB[1] + 34))
            self.addItem(item)
        self.currentItemChanged.connect(self._chosen)

    def set_title(self, title: str) -> None:
        """Re-render thumbnails with the creator's own title (off the UI thread)."""
        title = title.strip() or self.tr("Your title here")
        if title == self._title:
            return
        self._title = title
        self._debounce.start(0 if self.item(0) is None or self.item(0).icon().isNull() else 600)

    def _render(self) -> None:
        title = self._title
        ids = [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]
        self._job.submit(lambda: _render_thumbnails(title, ids))

    def select(self, template_id: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == template_id:
                self.blockSignals(True)
                self.setCurrentRow(i)
                self.blockSignals(False)
                return

    def _apply(self, thumbs: dict) -> None:
        for i in range(self.count()):
            item = self.item(i)
            image = thumbs.get(item.data(Qt.ItemDataRole.UserRole))
            if image is not None:
                item.setIcon(QIcon(to_pixmap(image)))

    def _chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            self.template_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
