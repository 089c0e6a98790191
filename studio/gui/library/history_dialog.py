"""Version history of one draft: browse automatic snapshots and restore one."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from studio.core.copywriting import ready_to_post
from studio.gui.context import AppContext


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.setWindowTitle(self.tr("Version history"))
        self.resize(760, 480)
        self.versions = QListWidget()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setObjectName("primary")
        self.restore_button.clicked.connect(self.restore)
        self.versions.currentItemChanged.connect(self._show)
        reasons = {
            "manual": self.tr("saved"),
            "auto": self.tr("automatic"),
            "switch": self.tr("left the draft"),
            "quit": self.tr("closed the app"),
            "before-restore": self.tr("before a restore"),
            "template": self.tr("created from template"),
        }
        self._by_id = {}
        for version in ctx.library.list_versions(draft_id):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(version.created_at))
            item = QListWidgetItem(f"{when}\n{reasons.get(version.reason, version.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self._by_id[version.id] = version
            self.versions.addItem(item)
        if self.versions.count() == 0:
            self.preview.setPlainText(self.tr("No versions yet: they are recorded as you work."))
            self.restore_button.setEnabled(False)
        else:
            self.versions.setCurrentRow(0)
        row = QHBoxLayout()
        row.addWidget(self.versions, 1)
        row.addWidget(self.preview, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _show(self, current, _previous) -> None:
        if current is None:
            return
        version = self._by_id[current.data(Qt.ItemDataRole.UserRole)]
        self.preview.setPlainText(ready_to_post(version.title, version.body, version.hashtags))

    def restore(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self.ctx.restore_version(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
