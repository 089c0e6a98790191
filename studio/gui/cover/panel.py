"""The cover composer tab: gallery, form, live preview, feed mock-up, legibility and export.

State is one settings mapping (CoverSpec field names) per draft, stored in the library with
the background photo (``studio.core.export.covers``). Every change re-renders at preview size
on a background thread — the latest request wins, so typing never waits for Pillow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.core.cover import CoverError, CoverSpec, export, load_template, render_with_report
from studio.core.cover.export import export_target
from studio.core.cover.render import RenderResult
from studio.core.export import covers
from studio.core.export.package import safe_name
from studio.core.i18n import get_language
from studio.core.imageio import ImageLoadError, open_image
from studio.gui.common.findings import FindingsList
from studio.gui.common.images import image_file_filter, to_pixmap
from studio.gui.workers import LatestRequestWorker

from .controls import CoverControls
from .feed import FeedPreview
from .gallery import TemplateGallery
from .legibility import LegibilityCard
from .preview import CoverPreview
from .wrapping import WrappingRow

log = logging.getLogger(__name__)
PREVIEW_WIDTH = 540  # half of 1080: sharp on screen, ~4× faster than full size
EXPORT_FOLDER_KEY = "cover.export_folder"


@dataclass(frozen=True)
class CoverRender:
    image: Image.Image
    result: RenderResult
    findings: tuple
    engine_ready: bool
    title: str


def cover_text(spec: CoverSpec) -> str:
    return "\n".join(t for t in (spec.title, spec.subtitle, spec.label or "") if t and t.strip())


def render_preview(spec: CoverSpec, engine, width: int = PREVIEW_WIDTH) -> CoverRender:
    """Render at the size the preview shows (templates are resolution independent)."""
    w, h = spec.canvas_size()
    width = max(160, min(w, width))
    spec.size = (width, round(width * h / w))
    image, result = render_with_report(spec)
    text = cover_text(spec)
    findings = tuple(engine.check(text, field="cover_text")) if engine is not None and text else ()
    return CoverRender(image, result, findings, engine is not None, spec.title)


class _FormColumn(QScrollArea):
    """The scrolling form column: as wide as its form would like when the window has room
    (a plain scroll area asks for much less, so the form was squeezed on wide screens too),
    never narrower than the form's own minimum (it scrolls up and down only)."""

    def __init__(self, content: QWidget, parent: QWidget):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def _extra(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width() + self._extra(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width() + self._extra(), super().minimumSizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form's minimum changed: the splitter asks again
        return super().eventFilter(watched, event)


class CoverPanel(QWidget):
    rendered = Signal(object)  # CoverRender
    batch_requested = Signal()
    package_requested = Signal()

    def __init__(self, *, engine_source: Callable[[], object | None], library=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverPanel")
        self._engine_source = engine_source
        self._library = library
        self._draft = None
        self._note_title = ""
        self._settings: dict = {"template": "bold-center", "preset": "3:4"}
        self._background: Path | None = None
        self._photo_size: tuple[int, int] | None = None
        self._pan_start: tuple[float, float] = (0.5, 0.5)
        self._last: CoverRender | None = None
        self._enlarge_from: float | None = None  # title size / width before "Enlarge title"
        self._job = LatestRequestWorker("cover-preview", self)
        self._job.finished.connect(self._show)
        self._job.failed.connect(self._failed)
        self._job.busy_changed.connect(lambda busy: self.preview.set_busy(busy))
        self._export_job = LatestRequestWorker("cover-export", self)
        self._export_job.finished.connect(lambda path: self.status.setText(self.tr("Exported {}").format(path)))
        self._export_job.failed.connect(self._export_failed)
        self._timer = QTimer(self, singleShot=True, interval=40)
        self._timer.timeout.connect(self._submit)
        self._save_timer = QTimer(self, singleShot=True, interval=700)
        self._save_timer.timeout.connect(self.save)
        self._build()
        self.feed.load_neighbours(get_language())
        self._refresh_controls()
        self.request_render()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        left_host = QWidget(self)
        left = QVBoxLayout(left_host)
        left.setContentsMargins(16, 16, 8, 16)
        heading = QLabel(self.tr("Templates"), self)
        heading.setObjectName("sectionTitle")
        left.addWidget(heading)
        self.gallery = TemplateGallery(self)
        self.gallery.template_chosen.connect(lambda t: self._edit("template", t))
        left.addWidget(self.gallery)
        self.controls = CoverControls(self)
        self.controls.edited.connect(self._edit)
        self.controls.reset_title.connect(lambda: self._edit("title", None))
        self.controls.photo_button.clicked.connect(self.choose_background)
        self.controls.clear_background.clicked.connect(self.clear_background)
        left.addWidget(self.controls)
        self.findings_title = QLabel(self.tr("Cover text check"), self)
        self.findings_title.setObjectName("sectionTitle")
        left.addWidget(self.findings_title)
        self.findings = FindingsList(self)
        left.addWidget(self.findings)
        left.addStretch(1)
        left_scroll = _FormColumn(left_host, self)

        centre_host = QWidget(self)
        centre = QVBoxLayout(centre_host)
        centre.setContentsMargins(8, 16, 8, 16)
        self.preview = CoverPreview(self)
        self.preview.drag_started.connect(self._pan_begin)
        self.preview.panned.connect(self._pan)
        self.preview.resized.connect(self.request_render)
        centre.addWidget(self.preview, 1)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        centre.addWidget(self.status)
        self.batch_button = QPushButton(self.tr("Batch export…"), self)
        self.batch_button.clicked.connect(self.batch_requested)
        self.package_button = QPushButton(self.tr("Export note package…"), self)
        self.package_button.setToolTip(self.tr("Cover, photos, ready-to-paste text and a compliance report, "
                                               "as a folder or zip for client approval"))
        self.package_button.clicked.connect(self.package_requested)
        self.jpeg_button = QPushButton(self.tr("Export JPEG…"), self)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.png_button.setObjectName("primary")
        self.jpeg_button.clicked.connect(lambda: self.export_dialog("jpg"))
        self.png_button.clicked.connect(lambda: self.export_dialog("png"))
        # The export buttons go on a second line in a narrow window instead of widening it.
        centre.addWidget(WrappingRow([[self.batch_button, self.package_button],
                                      [self.jpeg_button, self.png_button]], align_last_right=True, parent=self))

        right_host = QWidget(self)
        right = QVBoxLayout(right_host)
        right.setContentsMargins(8, 16, 16, 16)
        feed_title = QLabel(self.tr("In the feed"), self)
        feed_title.setObjectName("sectionTitle")
        right.addWidget(feed_title)
        self.feed = FeedPreview(self)
        right.addWidget(self.feed, 1)
        self.legibility = LegibilityCard(self)
        self.legibility.fix_requested.connect(self.apply_fix)
        right.addWidget(self.legibility)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (left_scroll, centre_host, right_host):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # ------------------------------------------------------------------ state
    def settings(self) -> dict:
        return dict(self._settings)

    def spec(self) -> CoverSpec:
        return covers.spec_for(self._settings, self._note_title, self._background)

    def set_draft(self, draft) -> None:
        """Show the cover of another draft (or a blank one); saves the current one first."""
        self.save()
        self._draft = draft
        self._note_title = draft.title if draft is not None else ""
        settings, background = {}, None
        if draft is not None and self._library is not None:
            settings = covers.load_cover_settings(self._library, draft.id)
            background = covers.cover_background(self._library, draft.id)
        self._settings = {"template": "bold-center", "preset": "3:4", **settings}
        self._set_background_path(background)
        self._refresh_controls()
        self.request_render()

    def set_note_title(self, title: str) -> None:
        """The note's title changed in the editor; the cover follows unless its title was edited."""
        if title == self._note_title:
            return
        self._note_title = title
        if self._settings.get("title") is None:
            self._refresh_controls()
            self.request_render()

    def _edit(self, key: str, value) -> None:
        if key == "title" and value is not None and value == self._note_title:
            value = None  # typing the note's title back re-links them
        if key == "label" and value and value == self._template().label.text:
            value = None  # the template's own sticker text: follow the template again
        # An emptied title field stays empty (to type a new title, or for a photo-only cover);
        # dropping it made the field snap back to the note's title at the first backspace.
        # An emptied label means "no sticker" (it used to bring the template's sticker back).
        if value is None or (value == "" and key not in ("title", "label")):
            self._settings.pop(key, None)
        else:
            self._settings[key] = value
        if key == "template":
            # A new design brings its own line count and effects.
            for stale in ("max_lines", "stroke", "shadow", "scrim", "safe_margin", "title_scale"):
                self._settings.pop(stale, None)
            if self._settings.get("label") == "":  # "no sticker" was said of the old design's
                self._settings.pop("label")
        if key == "background_color":
            self._set_background_path(None, store=True)
        self._refresh_controls()
        self.request_render()
        self._save_timer.start()

    def _template(self):
        try:
            return load_template(self._settings.get("template", "bold-center"))
        except CoverError:
            self._settings["template"] = "bold-center"
            return load_template("bold-center")

    def _refresh_controls(self) -> None:
        template = self._template()
        self.controls.show_settings(self._settings, self._note_title, template)
        scrim = self._settings.get("scrim")
        # With the scrim already on, "Add scrim" would add the same scrim again: nothing happens.
        self.legibility.buttons["scrim"].setEnabled(not (template.scrim is not None if scrim is None else scrim))
        self.gallery.select(template.id)
        self.gallery.set_title(self.spec().title)

    def save(self) -> None:
        self._save_timer.stop()
        if self._draft is not None and self._library is not None:
            try:
                covers.save_cover_settings(self._library, self._draft.id, self._settings)
            except Exception as exc:
                self.status.setText(self.tr("Could not save the cover: {}").format(exc))

    # ------------------------------------------------------------------ background
    def choose_background(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a background photo"), "", image_file_filter())
        if path:
            self.set_background(path)

    def set_background(self, path: str | Path) -> None:
        try:
            # One full decode before the photo is copied into the library: a truncated or
            # corrupt file is refused here, with the reason, instead of failing every render.
            upright_size = open_image(path).size
        except ImageLoadError as exc:
            QMessageBox.warning(self, self.tr("Photo not usable"), str(exc))
            return
        stored: Path | None = Path(path)
        if self._draft is not None and self._library is not None:
            stored = covers.set_cover_background(self._library, self._draft.id, path)
        self._settings.pop("background_color", None)
        self._settings.pop("focal_point", None)
        self._set_background_path(stored, size=upright_size)
        self._refresh_controls()
        self.request_render()
        self._save_timer.start()

    def clear_background(self) -> None:
        self._settings.pop("background_color", None)
        self._settings.pop("focal_point", None)
        self._set_background_path(None, store=True)
        self._refresh_controls()
        self.request_render()
        self._save_timer.start()

    def _set_background_path(
        self, path: Path | None, store: bool = False, size: tuple[int, int] | None = None
    ) -> None:
        if store and self._background is not None and self._draft is not None and self._library is not None:
            covers.set_cover_background(self._library, self._draft.id, None)
        self._background = path
        self._photo_size = size
        if path is not None and size is None:  # a stored photo: read the header only
            try:
                with Image.open(path) as probe:
                    w, h = probe.size
                    # The renderer turns photos upright (EXIF orientation): pan in those pixels.
                    if probe.getexif().get(ExifTags.Base.Orientation) in (5, 6, 7, 8):
                        w, h = h, w
                    self._photo_size = (w, h)
            except OSError:
                self._photo_size = None

    # ------------------------------------------------------------------ focal point
    def _pan_begin(self) -> None:
        current = self._settings.get("focal_point")
        if current is None and self._last is not None and self._last.result.focal_point is not None:
            current = self._last.result.focal_point
        self._pan_start = tuple(current or (0.5, 0.5))

    def _pan(self, dx: float, dy: float) -> None:
        if self._photo_size is None:
            return
        w, h = self.spec().canvas_size()
        pw, ph = self._photo_size
        scale = max(w / pw, h / ph)
        # Dragging right shows more of the left: the focal point moves against the mouse.
        fx = self._pan_start[0] - dx * w / (pw * scale)
        fy = self._pan_start[1] - dy * h / (ph * scale)
        self._settings["focal_point"] = [round(min(1.0, max(0.0, fx)), 4), round(min(1.0, max(0.0, fy)), 4)]
        self.request_render()
        self._save_timer.start()

    # ------------------------------------------------------------------ fixes
    def apply_fix(self, fix: str) -> None:
        template = load_template(self._settings.get("template", "bold-center"))
        if fix == "scrim":
            self._settings["scrim"] = True
        elif fix == "stroke":
            current = self._settings.get("stroke", template.title.stroke) or 0.0
            self._settings["stroke"] = max(0.08, current + 0.04)
        elif fix == "enlarge":
            # A long title grows with one more line and narrower margins; one already at the
            # template's largest size grows with a higher size cap (20% per click).
            lines = int(self._settings.get("max_lines") or template.title.max_lines)
            self._settings["max_lines"] = min(8, lines + 1)
            self._settings["safe_margin"] = min(template.safe_margin, 0.04)
            scale = float(self._settings.get("title_scale") or 1.0)
            self._settings["title_scale"] = round(min(3.0, scale * 1.2), 3)
            if self._last is not None:  # the next preview says so if the title could not grow
                self._enlarge_from = self._last.result.font_size / self._last.result.width
        self._refresh_controls()
        self.request_render()
        self._save_timer.start()

    # ------------------------------------------------------------------ rendering
    def request_render(self) -> None:
        self._timer.start()

    def _submit(self) -> None:
        engine = self._engine_source()
        try:
            spec = self.spec()
            spec.canvas_size()
        except CoverError as exc:
            self.status.setText(str(exc))
            return
        # Exactly the on-screen size: the preview then paints 1:1 without resampling.
        width = round(self.preview.display_width(spec.canvas_size()) * self.devicePixelRatioF())
        # With no engine yet, the host calls request_render() again when it becomes ready.
        self._job.submit(lambda: render_preview(spec, engine, width or PREVIEW_WIDTH))

    def _show(self, rendered: CoverRender) -> None:
        self._last = rendered
        pixmap = to_pixmap(rendered.image)
        self.preview.set_image(pixmap, draggable=self._background is not None)
        self.feed.set_cover(pixmap, rendered.title)
        self.legibility.show_report(rendered.result.legibility, bool(rendered.title.strip()))
        if rendered.engine_ready:
            self.findings.set_findings(rendered.findings, self.tr("Nothing on the cover is known to get a note throttled."))
        else:
            self.findings.set_findings([], self.tr("Checking starts as soon as the compliance rules have loaded…"))
        w, h = self.spec().canvas_size()
        if rendered.result.lines:
            size = round(rendered.result.font_size * w / rendered.result.width)
            notes = [self.tr("{} × {} px · title set at {} px").format(w, h, size)]
        else:  # no title on the cover: "title set at 0 px" read like an error
            notes = [self.tr("{} × {} px").format(w, h)]
        if rendered.result.dropped:
            notes.append(self.tr("Characters no font has were left out: {}").format(" ".join(rendered.result.dropped)))
        if self._enlarge_from is not None:
            if rendered.result.font_size / rendered.result.width <= self._enlarge_from * 1.005:
                notes.append(self.tr("The title already fills the room this template gives it: "
                                     "shorten it or choose a template with more room."))
            self._enlarge_from = None
        self.status.setText(" · ".join(notes))
        self.rendered.emit(rendered)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The cover could not be rendered: {}").format(message))

    # ------------------------------------------------------------------ export
    def export_dialog(self, fmt: str) -> None:
        # The title as a file name without path characters: "10/10 必吃: KL" once suggested
        # a file inside a folder "10" (and ':' is refused on Windows).
        name = safe_name(self.spec().title.strip()[:40], fallback="cover")
        filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("JPEG image (*.jpg)")
        suggested = self._export_folder() / f"{name}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export cover"), str(suggested), filters)
        if path:
            self.export_to(Path(path), fmt)

    def _export_folder(self) -> Path:
        """Where the last cover went (not the folder the app happened to start in)."""
        folder = self._library.get_setting(EXPORT_FOLDER_KEY) if self._library is not None else None
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def export_to(self, path: Path, fmt: str, wait: bool = False) -> None:
        """Full-size render and a metadata-free file, off the UI thread."""
        spec = self.spec()
        path, fmt = export_target(path, fmt)
        if self._library is not None:
            self._library.set_setting(EXPORT_FOLDER_KEY, str(path.parent))
        self.status.setText(self.tr("Exporting…"))

        def work() -> str:
            image, _ = render_with_report(spec)
            return str(export(image, path, fmt=fmt, quality=92))

        self._export_job.submit(work)
        if wait:
            self._export_job.wait()

    def _export_failed(self, message: str) -> None:
        self.status.setText(message)  # not "Exporting…" for ever
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def closeEvent(self, event) -> None:
        self.save()
        super().closeEvent(event)
