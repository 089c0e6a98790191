"""Batch export of covers: pick drafts, a format and a folder; a progress bar shows each one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.export.from_draft import cover_spec, export_covers

from .runner import ExportRunner


class BatchCoverDialog(QDialog):
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
        where = QHBoxLayout()
        self.destination = QLineEdit(destination or str(Path.home()), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save in"), where)
        self.format = QComboBox(self)
        self.format.addItem("PNG", "png")
        self.format.addItem("JPEG", "jpg")
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m covers"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("Export covers"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.start)
        self.show_button = buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setVisible(False)
        self.show_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.destination.text())))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.runner = ExportRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the covers in"), self.destination.text())
        if folder:
            self.destination.setText(folder)

    def chosen(self) -> list:
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return [self._drafts[i] for i in ids]

    def start(self) -> None:
        drafts = self.chosen()
        if not drafts:
            self.message.setText(self.tr("Tick at least one draft."))
            return
        fmt = self.format.currentData()
        # Read the designs here: the library's connection belongs to the UI thread.
        jobs = [(draft.title, cover_spec(self._library, draft)) for draft in drafts]
        destination = Path(self.destination.text()).expanduser()
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(drafts))
        self.progress.setValue(0)
        self.cancel_button.setText(self.tr("Cancel"))
        self.message.setText(self.tr("Rendering covers…"))
        self.runner.start(lambda progress, cancelled: export_covers(
            jobs, destination, fmt, progress=progress, cancelled=cancelled))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, written: list) -> None:
        self.written = list(written)
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.show_button.setVisible(bool(written))
        n, folder = len(written), self.destination.text()
        self.message.setText(self.tr("1 cover saved in {}").format(folder) if n == 1
                             else self.tr("{} covers saved in {}").format(n, folder))

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.message.setText(f'<span style="color:#E5484D">{self.tr("Export failed:")}</span> {message}')

    def reject(self) -> None:
        if self.runner.running():
            self.runner.cancel()
            self.message.setText(self.tr("Stopping after the current cover…"))
            return
        super().reject()
