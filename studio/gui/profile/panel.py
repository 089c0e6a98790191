"""The profile composer tab: username, three-sentence bio, avatar, background, live header preview.

The panel only edits widgets and a ``Profile`` snapshot; checks and rendering happen in
``studio.core.profile`` on a background thread (latest request wins), and the result comes
back as one ``ProfileEvaluation``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.core.cover.export import export_target
from studio.core.i18n import get_language
from studio.core.imageio import ExportFormatError, ImageLoadError, save_clean
from studio.core.profile import (
    Bio,
    Focus,
    Profile,
    background_aspect,
    load_limits,
    load_niches,
    render_header,
)
from studio.core.profile import store as profile_store
from studio.core.profile.counting import text_length
from studio.core.profile.preview import ProfileEvaluation, evaluate, load_working_image
from studio.gui.common.findings import FindingsList
from studio.gui.common.images import image_file_filter, to_pixmap
from studio.gui.workers import LatestRequestWorker

from .avatar_check import AvatarCheck
from .cropper import FocusCropper
from .fields import SentenceField, set_counter
from .username_box import UsernameBox

log = logging.getLogger(__name__)
EXPORT_FOLDER_KEY = "profile.export_folder"
PREVIEW_WIDTH = 400  # logical pixels: about the size of a phone screen on a laptop


class _Column(QScrollArea):
    """A column that scrolls up and down only and is never narrower than its content: the
    preview column used to shrink below the header's width in a 1000 px window and hide the
    findings' line ends behind a sideways scroll bar."""

    def __init__(self, content: QWidget, parent: QWidget):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        # Asked again whenever the content's own minimum changes (a longer placeholder, the
        # niche's examples), not fixed at construction.
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ProfilePanel(QWidget):
    evaluated = Signal(object)  # ProfileEvaluation, for tests and the status bar

    def __init__(self, *, engine_source: Callable[[], object | None], library=None,
                 workspace_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self._engine_source = engine_source
        self._library, self._workspace_id = library, workspace_id
        self._limits = load_limits()
        self._niches = load_niches()
        self._avatar_path = ""
        self._background_path = ""
        self._loading = False
        self._last: ProfileEvaluation | None = None
        self._job = LatestRequestWorker("profile-check", self)
        self._job.finished.connect(self._show_evaluation)
        self._job.failed.connect(self._show_error)
        self._refresh = QTimer(self, singleShot=True, interval=120)
        self._refresh.timeout.connect(self._submit)
        self._save = QTimer(self, singleShot=True, interval=700)
        self._save.timeout.connect(self.save)
        self._build()
        self.avatar_check = AvatarCheck(self._avatar_status, self)
        self._load()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        form_host = QWidget(self)
        form = QVBoxLayout(form_host)
        form.setContentsMargins(16, 16, 16, 16)
        form.setSpacing(14)

        niche_row = QHBoxLayout()
        niche_row.addWidget(QLabel(self.tr("Niche"), self))
        self.niche = QComboBox(self)
        for niche in self._niches:
            self.niche.addItem(niche.name.get(get_language()), niche.id)
        self.niche.currentIndexChanged.connect(self._niche_changed)
        niche_row.addWidget(self.niche, 1)
        form.addLayout(niche_row)

        self.username_box = UsernameBox(self._limits, self._current_niche, self)
        self.username_box.changed.connect(self._changed)
        self.username_box.copy_requested.connect(self._copy)
        form.addWidget(self.username_box)
        form.addWidget(self._bio_box())
        form.addStretch(1)
        scroll = _Column(form_host, self)

        preview_host = QWidget(self)
        preview_host.setObjectName("previewColumn")
        right = QVBoxLayout(preview_host)
        right.setContentsMargins(16, 16, 16, 16)
        title = QLabel(self.tr("Live preview of your profile header"), self)
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        self.preview = QLabel(self)
        self.preview.setObjectName("headerPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setFixedWidth(PREVIEW_WIDTH)
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.bio_findings = FindingsList(self)
        right.addWidget(self.bio_findings)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export header as PNG…"), self)
        self.export_button.clicked.connect(self.export_png)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        right.addLayout(buttons)
        right.addWidget(self._images_box())
        right.addStretch(1)
        preview_scroll = _Column(preview_host, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    def _bio_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bio in three sentences"), self)
        layout = QVBoxLayout(box)
        self.bio_fields = {
            "who": SentenceField(self.tr("1 · Who you are"),
                                 self.tr("Your identity and what makes you credible."), self),
            "offer": SentenceField(self.tr("2 · What you offer"),
                                   self.tr("The value a follower gets, or the problem you solve."), self),
            "reach": SentenceField(self.tr("3 · How to reach you"),
                                   self.tr("Only in-platform channels: a message here, your group chat or your shop. "
                                           "Phone numbers, WeChat IDs and links get accounts throttled."), self),
        }
        for field in self.bio_fields.values():
            field.changed.connect(self._changed)
            layout.addWidget(field)
        total = QHBoxLayout()
        total.addWidget(QLabel(self.tr("Whole bio"), self))
        total.addStretch(1)
        self.bio_counter = QLabel(self)
        self.bio_counter.setObjectName("counter")
        total.addWidget(self.bio_counter)
        copy_bio = QPushButton(self.tr("Copy bio"), self)
        copy_bio.setObjectName("link")
        copy_bio.setToolTip(self.tr("Copy the three sentences, one per line, to paste in the app"))
        copy_bio.clicked.connect(lambda: self._copy(self.profile().bio.compose()))
        total.addWidget(copy_bio)
        layout.addLayout(total)
        return box

    def _images_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Avatar and background"), self)
        layout = QHBoxLayout(box)
        for role in ("avatar", "background"):
            column = QVBoxLayout()
            cropper = FocusCropper(circle=role == "avatar", aspect=1.0 if role == "avatar" else 1.3, parent=self)
            cropper.setMinimumHeight(150)
            cropper.focus_changed.connect(self._changed)
            buttons = QHBoxLayout()
            choose = QPushButton(self.tr("Choose avatar…") if role == "avatar" else self.tr("Choose background…"), self)
            remove = QPushButton(self.tr("Remove"), self)
            choose.clicked.connect(lambda _=False, r=role: self.choose_image(r))
            remove.clicked.connect(lambda _=False, r=role: self.set_image(r, None))
            buttons.addWidget(choose)
            buttons.addWidget(remove)
            column.addWidget(cropper, 1)
            column.addLayout(buttons)
            if role == "avatar":
                self.avatar_cropper = cropper
                cropper.set_placeholder(self.tr("No avatar yet. A clear face or logo works best."))
                self._avatar_status = QLabel(self)
                self._avatar_status.setObjectName("hint")
                self._avatar_status.setWordWrap(True)
                column.addWidget(self._avatar_status)
            else:
                self.background_cropper = cropper
                cropper.set_placeholder(self.tr("No background yet. Calm images keep your name readable."))
                self.background_text = QLineEdit(self)
                self.background_text.setPlaceholderText(self.tr("Text on the background (optional)"))
                self.background_text.textChanged.connect(self._changed)
                column.addWidget(self.background_text)
                self.background_findings = FindingsList(self)
                column.addWidget(self.background_findings)
            layout.addLayout(column, 1)
        return box

    # ------------------------------------------------------------------ state
    def profile(self) -> Profile:
        return Profile(
            niche=self.niche.currentData() or "beauty",
            name=self.username_box.name.text(),
            tag=self.username_box.tag.currentText(),
            pattern=self.username_box.pattern(),
            style=self.username_box.style(),
            username=self.username_box.username.text(),
            bio=Bio(**{key: field.text() for key, field in self.bio_fields.items()}),
            avatar_focus=self.avatar_cropper.focus(),
            background_focus=self.background_cropper.focus(),
            background_text=self.background_text.text(),
        )

    def set_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            index = max(0, self.niche.findData(profile.niche))
            self.niche.setCurrentIndex(index)
            self._fill_niche()
            self.username_box.set_profile(profile)
            for key, text in profile.bio.sentences().items():
                self.bio_fields[key].set_text(text)
            self.avatar_cropper.set_focus(profile.avatar_focus)
            self.background_cropper.set_focus(profile.background_focus)
            self.background_text.setText(profile.background_text)
        finally:
            self._loading = False
        self.username_box.update_suggestions()
        self._changed()

    def _load(self) -> None:
        if self._library is not None and self._workspace_id is not None:
            try:
                profile, avatar, background = profile_store.load_profile(self._library, self._workspace_id)
            except Exception as exc:  # a damaged record must not take the tab down
                log.warning("could not load the profile: %s", exc)
                profile, avatar, background = Profile(), None, None
            self._show_image("avatar", str(avatar) if avatar and avatar.exists() else "")
            self._show_image("background", str(background) if background and background.exists() else "")
            self.set_profile(profile)
        else:
            self.set_profile(Profile(niche=self._niches[0].id))

    def set_workspace(self, library, workspace_id: int) -> None:
        self.save()
        self._library, self._workspace_id = library, workspace_id
        self._load()

    def save(self) -> None:
        self._save.stop()
        if self._library is None or self._workspace_id is None:
            return
        try:
            profile_store.save_profile(self._library, self._workspace_id, self.profile())
        except Exception as exc:
            self.status.setText(self.tr("Could not save the profile: {}").format(exc))

    # ------------------------------------------------------------------ reactions
    def _niche_changed(self) -> None:
        if self._loading:
            return
        self._fill_niche()
        self.username_box.niche_changed()
        self._changed()

    def _fill_niche(self) -> None:
        niche = self._current_niche()
        lang = get_language()
        for key, field in self.bio_fields.items():
            examples = [t.get(lang) for t in niche.bio[key]]
            field.set_examples(examples)
            field.editor.setPlaceholderText(self.tr("e.g. {}").format(examples[0]) if examples else "")

    def _current_niche(self):
        niche_id = self.niche.currentData()
        return next((n for n in self._niches if n.id == niche_id), self._niches[0])

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        limits = self._limits
        self.username_box.update_count()
        bio = Bio(**{key: field.text() for key, field in self.bio_fields.items()})
        for field in self.bio_fields.values():
            field.set_count(text_length(field.text().strip(), limits.bio_method), limits.sentence_soft_max)
        set_counter(self.bio_counter, text_length(bio.compose(), limits.bio_method), limits.bio_max)
        # The header's photo area gets taller with each bio line: frame exactly that shape.
        self.background_cropper.set_aspect(background_aspect(self.profile()))
        self._refresh.start()
        self._save.start()

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied to the clipboard."))

    # ------------------------------------------------------------------ images
    def choose_image(self, role: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), "", image_file_filter())
        if path:
            self.set_image(role, path)

    def set_image(self, role: str, path: str | None) -> None:
        """Copy the image into the library (if any) and show it; None removes it."""
        stored = path or ""
        image = None
        try:
            if path:
                image = load_working_image(path)  # refuse unreadable files before storing them
            if self._library is not None and self._workspace_id is not None:
                self.save()
                if path:
                    stored = str(profile_store.set_image(self._library, self._workspace_id, role, path))
                else:
                    profile_store.clear_image(self._library, self._workspace_id, role)
        except (ImageLoadError, OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Image not usable"), str(exc))
            return
        self._show_image(role, stored, image)
        (self.avatar_cropper if role == "avatar" else self.background_cropper).set_focus(Focus())
        self._changed()

    def _show_image(self, role: str, path: str, image=None) -> None:
        """Show a stored image; ``image`` is its already-decoded working copy, if at hand."""
        cropper = self.avatar_cropper if role == "avatar" else self.background_cropper
        if role == "avatar":
            self._avatar_path = path
            self.avatar_check.check(path)
        else:
            self._background_path = path
        if not path:
            cropper.set_image(None)
            return
        try:
            image = image if image is not None else load_working_image(path)
        except ImageLoadError as exc:
            self.status.setText(str(exc))
            cropper.set_image(None)
            return
        cropper.set_image(to_pixmap(image), image.size)

    # ------------------------------------------------------------------ evaluation
    def _submit(self) -> None:
        engine = self._engine_source()
        profile = self.profile()
        avatar, background = self._avatar_path, self._background_path
        width = PREVIEW_WIDTH * 2  # rendered at 2× so the preview stays sharp on any screen
        self._job.submit(lambda: evaluate(profile, engine, avatar_path=avatar,
                                          background_path=background, width=int(width)))
        if engine is None:  # the host calls request_check() once the engine is ready
            self.status.setText(self.tr("The compliance checks are still loading; the preview is live."))

    def request_check(self) -> None:
        """Check and re-render soon (the engine became ready, or the workspace's rules changed)."""
        self._refresh.start()

    def _show_evaluation(self, result: ProfileEvaluation) -> None:
        self._last = result
        for key, field in self.bio_fields.items():
            field.editor.mark(result.bio.for_sentence(key))
        self.bio_findings.set_findings(
            [f.finding for f in result.bio.findings],
            self.tr("Nothing in the bio is known to get accounts throttled.") if result.engine_ready
            else self.tr("Checking starts as soon as the compliance rules have loaded…"))
        self.username_box.username_findings.set_findings(result.username.findings, "")
        self.background_findings.set_findings(result.background_text, "")
        pixmap = to_pixmap(result.header)
        pixmap.setDevicePixelRatio(result.header.width / PREVIEW_WIDTH)
        self.preview.setPixmap(pixmap)
        if result.engine_ready:
            blocking = result.bio.blocking + sum(1 for f in result.username.findings if f.severity == "block")
            blocking += sum(1 for f in result.background_text if f.severity == "block")
            if blocking == 0:
                text = self.tr("Ready: nothing blocks this profile.")
            elif blocking == 1:
                text = self.tr("1 blocking problem to fix before you use this profile.")
            else:
                text = self.tr("{} blocking problems to fix before you use this profile.").format(blocking)
            self.status.setText(text)
        self.evaluated.emit(result)

    def _show_error(self, message: str) -> None:
        self.status.setText(self.tr("Preview failed: {}").format(message))

    def export_png(self) -> None:
        folder = self._library.get_setting(EXPORT_FOLDER_KEY) if self._library is not None else None
        folder = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export header"), str(folder / "profile-header.png"),
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        try:
            written = self.export_to(Path(path))
        except (OSError, ImageLoadError, ExportFormatError) as exc:
            # A read-only folder or a vanished avatar file: say so, not the crash dialog.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, self.tr("Export failed"), f"{path}\n{reason}")
            return
        if self._library is not None:
            self._library.set_setting(EXPORT_FOLDER_KEY, str(written.parent))
        self.status.setText(self.tr("Header saved as {}").format(written))

    def export_to(self, path: Path) -> Path:
        """Full-width (1080 px) render, metadata-free (PNG unless the name ends in .jpg/.webp)."""
        avatar = load_working_image(self._avatar_path) if self._avatar_path else None
        background = load_working_image(self._background_path) if self._background_path else None
        image = render_header(self.profile(), avatar, background, 1080)
        path, fmt = export_target(path, "png")
        return save_clean(image, path, fmt=fmt)

    def closeEvent(self, event) -> None:
        self.save()
        super().closeEvent(event)
