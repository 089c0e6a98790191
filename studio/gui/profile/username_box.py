"""The username part of the profile tab: name + identity or activity tag → a composed username.

It fills its tag list from the current niche, composes the username as the parts change (the
user may still edit the result), lists suggestions of the chosen pattern that fit the limit,
and counts the username the way the platform does. The panel owns loading, saving and checks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from studio.core.i18n import get_language
from studio.core.profile import Profile, compose_username, suggest
from studio.core.profile.counting import text_length
from studio.core.profile.data import Limits, Niche
from studio.gui.common.findings import FindingsList

from .fields import set_counter


class UsernameBox(QGroupBox):
    changed = Signal()  # the username text changed (typed or composed)
    copy_requested = Signal(str)

    def __init__(self, limits: Limits, current_niche: Callable[[], Niche], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Username"))
        self._limits = limits
        self._current_niche = current_niche
        self._loading = False
        self._tags_language: str | None = None  # the language the tag list is filled in
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Your name, e.g. 林小佳 or Emily Zhang"))
        layout.addRow(self.tr("Name"), self.name)
        patterns = QHBoxLayout()
        self.pattern_identity = QRadioButton(self.tr("Name + identity"), self)
        self.pattern_activity = QRadioButton(self.tr("Name + what you do"), self)
        self.pattern_identity.setChecked(True)
        self._pattern_group = QButtonGroup(self)
        for button in (self.pattern_identity, self.pattern_activity):
            self._pattern_group.addButton(button)
            patterns.addWidget(button)
        patterns.addStretch(1)
        layout.addRow(self.tr("Pattern"), patterns)
        tag_row = QHBoxLayout()
        self.tag = QComboBox(self)
        self.tag.setEditable(True)
        self.tag.lineEdit().setPlaceholderText(self.tr("Pick from the list or type your own"))
        tag_row.addWidget(self.tag, 1)
        self.style_box = QComboBox(self)
        for key in self._limits.username_styles:
            self.style_box.addItem(self._style_sample(key), key)
        tag_row.addWidget(self.style_box)
        layout.addRow(self.tr("Tag"), tag_row)
        user_row = QHBoxLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("usernameField")
        user_row.addWidget(self.username, 1)
        self.username_counter = QLabel(self)
        self.username_counter.setObjectName("counter")
        user_row.addWidget(self.username_counter)
        copy_username = QPushButton(self.tr("Copy"), self)
        copy_username.setObjectName("link")
        copy_username.setToolTip(self.tr("Copy the username to paste it in the app"))
        copy_username.clicked.connect(lambda: self.copy_requested.emit(self.username.text()))
        user_row.addWidget(copy_username)
        layout.addRow(self.tr("Username"), user_row)
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setMaximumHeight(96)
        self.suggestions.itemClicked.connect(self._use_suggestion)
        layout.addRow(self.tr("Suggestions"), self.suggestions)
        self.username_findings = FindingsList(self)
        layout.addRow("", self.username_findings)

        self.name.textChanged.connect(self._parts_changed)
        self.tag.currentTextChanged.connect(self._parts_changed)
        self._pattern_group.buttonToggled.connect(self._pattern_changed)
        self.style_box.currentIndexChanged.connect(self._parts_changed)
        self.username.textChanged.connect(self.changed)

    def _style_sample(self, key: str) -> str:
        style = self._limits.username_styles[key]
        sample = style.zh if get_language() == "zh" else style.en
        return sample.format(name=self.tr("Name"), tag=self.tr("tag"))

    # ------------------------------------------------------------------ state
    def pattern(self) -> str:
        return "activity" if self.pattern_activity.isChecked() else "identity"

    def style(self) -> str:
        return self.style_box.currentData() or "brackets"

    def set_profile(self, profile: Profile) -> None:
        """Show a stored profile as it was (nothing is recomposed while loading)."""
        self._loading = True
        try:
            self.name.setText(profile.name)
            (self.pattern_activity if profile.pattern == "activity" else self.pattern_identity).setChecked(True)
            self.fill_tags()
            self.tag.setCurrentText(profile.tag)
            self.style_box.setCurrentIndex(max(0, self.style_box.findData(profile.style)))
            self.username.setText(profile.username)
        finally:
            self._loading = False

    def update_count(self) -> None:
        count = text_length(self.username.text(), self._limits.username_method)
        set_counter(self.username_counter, count, self._limits.username_max)

    # ------------------------------------------------------------------ reactions
    def niche_changed(self) -> None:
        self.fill_tags()
        self.update_suggestions()

    def _pattern_changed(self, _button=None, checked: bool = True) -> None:
        if self._loading or not checked:
            return
        self.fill_tags()
        self.update_suggestions()
        self._parts_changed()

    def _tag_language(self) -> str:
        """Chinese tags for a Chinese name (as the suggestions use), else the UI language."""
        return "zh" if any("\u4e00" <= c <= "\u9fff" for c in self.name.text()) else get_language()

    def fill_tags(self) -> None:
        niche = self._current_niche()
        lang = self._tag_language()
        self._tags_language = lang
        words = niche.activities if self.pattern_activity.isChecked() else niche.identities
        current = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItems([w.get(lang) for w in words])
        self.tag.setCurrentText(current)
        self.tag.blockSignals(False)

    def _parts_changed(self) -> None:
        if self._loading:
            return
        if self._tag_language() != self._tags_language:
            # Typing a Chinese name switched the suggestions to Chinese tags but left the tag
            # list in English ("林小佳 [Beauty Blogger]"): refill it in the name's language.
            self.fill_tags()
        composed = compose_username(self.name.text(), self.tag.currentText(), self.style(), self._limits)
        self.username.setText(composed)
        self.update_suggestions()

    def update_suggestions(self) -> None:
        self.suggestions.clear()
        pattern = self.pattern()
        for suggestion in suggest(self.name.text(), [self._current_niche().id],
                                  style=self.style(), limits=self._limits):
            if suggestion.pattern != pattern:
                continue
            label = f"{suggestion.text}    {suggestion.length}/{self._limits.username_max}"
            item = QListWidgetItem(label if suggestion.fits else label + "  " + self.tr("(too long)"))
            item.setData(Qt.ItemDataRole.UserRole, suggestion.tag)
            self.suggestions.addItem(item)

    def _use_suggestion(self, item: QListWidgetItem) -> None:
        self.tag.setCurrentText(item.data(Qt.ItemDataRole.UserRole))
