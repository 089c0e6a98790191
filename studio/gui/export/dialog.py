"""What the export dialogs share: a destination folder, progress, a message line, the buttons.

The batch-cover and note-package dialogs differ in what they export and in the options above
the destination; the frame around them (choose a folder, run the job off the UI thread, show
progress and the outcome, reveal the result) is this one class.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .runner import ExportRunner


class ExportDialog(QDialog):
    """Subclasses build their options, call ``_add_destination`` and ``_add_footer``, and
    implement ``start()``, ``_on_finished(result)`` and ``_folder_to_show() -> str | None``."""


    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = ExportRunner(self)

    def _add_destination(self, form: QFormLayout, destination: str, browse_title: str) -> None:
        self._browse_title = browse_title
        where = QHBoxLayout()
        self.destination = QLineEdit(destination or str(Path.home()), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save in"), where)

    def _add_footer(self, layout: QVBoxLayout, export_text: str) -> None:
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # The layout sets the dialog's minimum size from its contents (it grows for a long
        # message); wrapped labels alone let it be dragged down to ~200 px, texts overlapping.
        self.message.setMinimumWidth(480)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(export_text, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("primary")
        self.show_button = self.buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.show_button.clicked.connect(self._reveal)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)

    def _set_message(self, text: str) -> None:
        """Show ``text`` under the form; the dialog grows to fit it. A three-line error (a long
        path and the system's reason) used to squash the form rows into each other instead."""
        self.message.setText(text)
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self._browse_title, self.destination.text())
        if folder:
            self.destination.setText(folder)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        failed = self.tr("Export failed:")
        self._set_message(f'<span style="color:#E5484D">{failed}</span> {message}')

    def _reveal(self) -> None:
        folder = self._folder_to_show()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
