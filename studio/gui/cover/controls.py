"""The cover form: title (defaults to the note's title), subtitle, label, font, colours, effects, size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from studio.core.cover import PRESETS
from studio.core.cover.fonts import font_infos

STROKE_STEPS = 100  # slider units per 1.0 × font size


class ColourButton(QPushButton):
    """Shows the chosen colour; empty means "the template's colour"."""

    chosen = Signal(str)

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._colour = ""
        self._empty_text = empty_text
        self.clicked.connect(self._pick)
        self.set_colour("")

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour or ""
        if self._colour:
            self.setText(self._colour.upper())
            text = "#000000" if QColor(self._colour).lightness() > 150 else "#FFFFFF"
            self.setStyleSheet(f"background:{self._colour}; color:{text};")
        else:
            self.setText(self._empty_text)
            self.setStyleSheet("")

    def _pick(self) -> None:
        start = QColor(self._colour) if self._colour else QColor("#FFFFFF")
        colour = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if colour.isValid():
            self.set_colour(colour.name().upper())
            self.chosen.emit(self._colour)


class ShrinkableCombo(QComboBox):
    """Asks for its longest item's width but accepts about 12 characters in a narrow window
    (the drop-down still shows every item whole)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        narrow = hint.width() - longest + metrics.horizontalAdvance("x" * 12)
        return QSize(min(hint.width(), narrow), hint.height())


class CoverControls(QWidget):
    """Edits a settings mapping (CoverSpec field names); ``edited(key, value)`` per change."""

    edited = Signal(str, object)
    reset_title = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow column a row's label goes above its field rather than widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        title_row = QHBoxLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("coverTitle")
        self.title.setPlaceholderText(self.tr("Defaults to the note's title"))
        title_row.addWidget(self.title, 1)
        self.use_note_title = QPushButton(self.tr("Use note title"), self)
        self.use_note_title.setObjectName("link")
        title_row.addWidget(self.use_note_title)
        form.addRow(self.tr("Title"), title_row)
        self.subtitle = QLineEdit(self)
        self.subtitle.setPlaceholderText(self.tr("Optional: a second line with the payoff"))
        form.addRow(self.tr("Subtitle"), self.subtitle)
        self.label = QLineEdit(self)
        # The template's sticker (清单 on the checklist) is shown as text: deleting it removes it.
        self.label.setPlaceholderText(self.tr("Sticker text such as 干货 or 合集"))
        form.addRow(self.tr("Label"), self.label)

        self.font = ShrinkableCombo(self)
        self.font.addItem(self.tr("Template font"), None)
        for info in font_infos():
            if info.role != "emoji":
                self.font.addItem(info.family, info.id)
        form.addRow(self.tr("Font"), self.font)
        self.align = QComboBox(self)
        for text, value in ((self.tr("Template"), None), (self.tr("Left"), "left"),
                            (self.tr("Centre"), "center"), (self.tr("Right"), "right")):
            self.align.addItem(text, value)
        form.addRow(self.tr("Alignment"), self.align)
        colours = QHBoxLayout()
        self.title_colour = ColourButton(self.tr("Title colour…"), self)
        self.highlight_colour = ColourButton(self.tr("Highlight colour…"), self)
        self.title_colour.setToolTip(self.tr("Title colour"))
        self.highlight_colour.setToolTip(self.tr("Highlight colour (marker templates)"))
        colours.addWidget(self.title_colour)
        colours.addWidget(self.highlight_colour)
        form.addRow(self.tr("Colours"), colours)

        effects = QHBoxLayout()
        self.stroke = QSlider(self)
        self.stroke.setOrientation(Qt.Orientation.Horizontal)
        self.stroke.setRange(0, 20)
        self.stroke.setToolTip(self.tr("Outline around the letters"))
        effects.addWidget(self.stroke, 1)
        self.shadow = QCheckBox(self.tr("Shadow"), self)
        self.scrim = QCheckBox(self.tr("Scrim"), self)
        self.scrim.setToolTip(self.tr("A dark gradient behind the text"))
        effects.addWidget(self.shadow)
        effects.addWidget(self.scrim)
        form.addRow(self.tr("Stroke / effects"), effects)
        size_row = QHBoxLayout()
        self.preset = ShrinkableCombo(self)
        names = {"3:4": self.tr("3:4 portrait (recommended)"), "1:1": self.tr("1:1 square"),
                 "4:3": self.tr("4:3 landscape")}
        for key, (w, h) in PRESETS.items():
            self.preset.addItem(f"{names.get(key, key)} · {w}×{h}", key)
        size_row.addWidget(self.preset, 1)
        self.max_lines = QSpinBox(self)
        self.max_lines.setRange(1, 8)
        self.max_lines.setPrefix(self.tr("≤ "))
        self.max_lines.setSuffix(self.tr(" lines"))
        size_row.addWidget(self.max_lines)
        form.addRow(self.tr("Size"), size_row)
        background = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Photo…"), self)
        self.colour_button = ColourButton(self.tr("Colour…"), self)
        self.colour_button.setToolTip(self.tr("Solid background colour"))
        self.clear_background = QPushButton(self.tr("Use template's"), self)
        background.addWidget(self.photo_button)
        background.addWidget(self.colour_button)
        background.addWidget(self.clear_background)
        form.addRow(self.tr("Background"), background)

        self.title.textEdited.connect(lambda t: self.edited.emit("title", t))
        self.use_note_title.clicked.connect(self.reset_title)
        self.subtitle.textEdited.connect(lambda t: self.edited.emit("subtitle", t))
        self.label.textEdited.connect(lambda t: self.edited.emit("label", t))
        self.font.activated.connect(lambda _i: self.edited.emit("font", self.font.currentData()))
        self.align.activated.connect(lambda _i: self.edited.emit("align", self.align.currentData()))
        self.title_colour.chosen.connect(lambda c: self.edited.emit("title_color", c))
        self.highlight_colour.chosen.connect(lambda c: self.edited.emit("highlight_color", c))
        self.stroke.valueChanged.connect(lambda v: self.edited.emit("stroke", v / STROKE_STEPS))
        self.shadow.clicked.connect(lambda on: self.edited.emit("shadow", bool(on)))
        self.scrim.clicked.connect(lambda on: self.edited.emit("scrim", bool(on)))
        self.preset.activated.connect(lambda _i: self.edited.emit("preset", self.preset.currentData()))
        self.max_lines.valueChanged.connect(lambda v: self.edited.emit("max_lines", int(v)))
        self.colour_button.chosen.connect(lambda c: self.edited.emit("background_color", c))

    def show_settings(self, settings: dict, note_title: str, template) -> None:
        """Reflect the settings (and the template's defaults) without emitting edits."""
        widgets = (self.title, self.subtitle, self.label, self.font, self.align, self.stroke,
                   self.shadow, self.scrim, self.preset, self.max_lines)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            title = settings.get("title")
            if self.title.text() != (note_title if title is None else title):
                self.title.setText(note_title if title is None else title)
            self.use_note_title.setVisible(title is not None and title != note_title)
            if self.subtitle.text() != settings.get("subtitle", ""):
                self.subtitle.setText(settings.get("subtitle", ""))
            label = settings.get("label")
            shown = (template.label.text or "") if label is None else label
            if self.label.text() != shown:
                self.label.setText(shown)
            self.font.setCurrentIndex(max(0, self.font.findData(settings.get("font"))))
            self.align.setCurrentIndex(max(0, self.align.findData(settings.get("align"))))
            self.title_colour.set_colour(settings.get("title_color") or "")
            self.highlight_colour.set_colour(settings.get("highlight_color") or "")
            stroke = settings.get("stroke")
            self.stroke.setValue(round((template.title.stroke if stroke is None else stroke) * STROKE_STEPS))
            shadow = settings.get("shadow")
            self.shadow.setChecked(template.title.shadow is not None if shadow is None else bool(shadow))
            scrim = settings.get("scrim")
            self.scrim.setChecked(template.scrim is not None if scrim is None else bool(scrim))
            self.preset.setCurrentIndex(max(0, self.preset.findData(settings.get("preset", "3:4"))))
            self.max_lines.setValue(int(settings.get("max_lines") or template.title.max_lines))
            self.colour_button.set_colour(settings.get("background_color") or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
