"""Batch export of covers: pick drafts, a format and a folder; a progress bar shows each one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.export.from_draft import cover_spec, export_covers

from .dialog import ExportDialog


class BatchCoverDialog(ExportDialog):
    def __init__(self, library, drafts, *, selected_ids=(), destination: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export covers"))
        self.setMinimumSize(520, 480)
        self._library = library
        self._drafts = {d.id: d for d in drafts}
        self.written: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        hint = QLabel(self.tr("Each draft's cover is rendered at full size from its saved design "
                              "(the note's title if the cover has none) and saved without metadata."), self)
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.list = QListWidget(self)
        for draft in drafts:
            item = QListWidgetItem(draft.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (not selected_ids or draft.id in selected_ids)
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        select = QHBoxLayout()
        for text, state in ((self.tr("Select all"), Qt.CheckState.Checked), (self.tr("Select none"), Qt.CheckState.Unchecked)):
            button = QPushButton(text, self)
            button.setObjectName("link")
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            select.addWidget(button)
        select.addStretch(1)
        layout.addLayout(select)
        form = QFormLayout()
        self._add_destination(form, destination, self.tr("Save the covers in"))
        self.format = QComboBox(self)
        self.format.addItem("PNG", "png")
        self.format.addItem("JPEG", "jpg")
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        self._add_footer(layout, self.tr("Export covers"))
        self.progress.setFormat(self.tr("%v of %m covers"))

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def chosen(self) -> list:
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return [self._drafts[i] for i in ids]

    def start(self) -> None:
        drafts = self.chosen()
        if not drafts:
            self._set_message(self.tr("Tick at least one draft."))
            return
        fmt = self.format.currentData()
        # Read the designs here: the library's connection belongs to the UI thread.
        jobs = [(draft.title, cover_spec(self._library, draft)) for draft in drafts]
        destination = Path(self.destination.text()).expanduser()
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(drafts))
        self.progress.setValue(0)
        self.close_button.setText(self.tr("Cancel"))
        self._set_message(self.tr("Rendering covers…"))
        self.runner.start(lambda progress, cancelled: export_covers(
            jobs, destination, fmt, progress=progress, cancelled=cancelled))

    def _on_finished(self, written: list) -> None:
        self.written = list(written)
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.show_button.setVisible(bool(written))
        n, folder = len(written), self.destination.text()
        self._set_message(self.tr("1 cover saved in {}").format(folder) if n == 1
                             else self.tr("{} covers saved in {}").format(n, folder))

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        self.close_button.setText(self.tr("Close"))

    def _folder_to_show(self) -> str:
        return self.destination.text()

    def reject(self) -> None:
        if self.runner.running():
            self.runner.cancel()
            self._set_message(self.tr("Stopping after the current cover…"))
            return
        super().reject()
