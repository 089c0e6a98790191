"""Export a finished note as a folder or zip: cover, clean photos, note.txt and report.html."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.export import export_package
from studio.core.export.from_draft import package_from_draft

from .dialog import ExportDialog


class PackageExportDialog(ExportDialog):
    """``engine`` may be None (report then says the note was not checked)."""

    def __init__(self, library, draft, *, engine=None, workspace=None, destination: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export note package"))
        self.setMinimumWidth(520)
        self._library, self._draft, self._engine, self._workspace = library, draft, engine, workspace
        self.result_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow, never squash
        intro = QLabel(self.tr("Everything a client needs to approve “{}”: the cover, the photos without "
                               "metadata, the text ready to paste and a compliance report.").format(draft.title or self.tr("untitled")), self)
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        form = QFormLayout()
        self._add_destination(form, destination, self.tr("Save the package in"))
        kinds = QHBoxLayout()
        self.as_folder = QRadioButton(self.tr("Folder"), self)
        self.as_zip = QRadioButton(self.tr("Zip file"), self)
        self.as_zip.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.as_folder, self.as_zip):
            group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        form.addRow(self.tr("As"), kinds)
        self.cover_format = QComboBox(self)
        self.cover_format.addItem(self.tr("PNG (lossless)"), "png")
        self.cover_format.addItem(self.tr("JPEG (smaller)"), "jpeg")
        form.addRow(self.tr("Cover"), self.cover_format)
        layout.addLayout(form)
        self._add_footer(layout, self.tr("Export"))

    def start(self) -> None:
        fmt, as_zip = self.cover_format.currentData(), self.as_zip.isChecked()
        destination = Path(self.destination.text()).expanduser()
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._set_message(self.tr("Rendering the cover and checking the note…"))

        # Read the draft here (the library's connection belongs to this thread); render and
        # write in the worker.
        try:
            package = package_from_draft(self._library, self._draft, self._engine,
                                         workspace=self._workspace, cover_format=fmt)
        except Exception as exc:
            self._on_failed(str(exc))
            return

        def job(progress, cancelled):
            return export_package(package, destination, as_zip=as_zip, progress=progress, cancelled=cancelled)

        self.close_button.setText(self.tr("Cancel"))  # closing now stops the export
        self.runner.start(job)

    def _on_progress(self, done: int, total: int) -> None:
        super()._on_progress(done, total)
        self._set_message(self.tr("Writing files… {} of {}").format(done, total))

    def _on_finished(self, path: Path) -> None:
        self.result_path = path
        self.progress.setValue(self.progress.maximum())
        self._set_message(self.tr("Exported to {}").format(path))
        self.export_button.setEnabled(True)
        self.show_button.setVisible(True)
        self.close_button.setText(self.tr("Close"))

    def _on_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        super()._on_failed(message)

    def _folder_to_show(self) -> str | None:
        if self.result_path is None:
            return None
        return str(self.result_path if self.result_path.is_dir() else self.result_path.parent)

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()


def export_current_note(ctx, parent: QWidget | None = None) -> None:
    """Open the dialog for the draft open in the app (saved first, so the package is current)."""
    draft = ctx.draft.draft
    if draft is None:
        return
    ctx.draft.save()
    dialog = PackageExportDialog(ctx.library, ctx.library.get_draft(draft.id),
                                 engine=ctx.engines.for_rules(ctx.rules()), workspace=ctx.workspace, parent=parent)
    dialog.exec()
