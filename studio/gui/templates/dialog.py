"""Templates & phrases: structured drafts (AIDA, AISAS, note types), hooks and CTAs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.copywriting import load_ctas, load_hooks, load_templates, ready_to_post
from studio.core.i18n import get_language


class TemplatesDialog(QDialog):
    newDraftRequested = Signal(object, str)  # Template, language
    insertRequested = Signal(str, str)  # text, "hook" (opens the body) or "cta" (closes it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates & phrases"))
        self.resize(820, 540)
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if get_language() == "zh" else 1)
        self.language.currentIndexChanged.connect(self._refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the copy:")))
        top.addWidget(self.language)
        top.addStretch(1)

        self.tabs = QTabWidget()
        self.templates = QListWidget()
        self.template_preview = QPlainTextEdit()
        self.template_preview.setReadOnly(True)
        self.template_description = QLabel()
        self.template_description.setWordWrap(True)
        self.template_description.setObjectName("muted")
        self.use_button = QPushButton(self.tr("New draft from this template"))
        self.use_button.setObjectName("primary")
        self.use_button.clicked.connect(self._use_template)
        self.templates.currentRowChanged.connect(self._show_template)
        # itemActivated: double-click, and Enter for keyboard users (Enter did nothing on
        # the phrase tabs, since their Insert button is not the dialog's default).
        self.templates.itemActivated.connect(lambda _i: self._use_template())
        right = QVBoxLayout()
        right.addWidget(self.template_description)
        right.addWidget(self.template_preview, 1)
        right.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(self.templates, 1)
        row.addLayout(right, 2)
        self.tabs.addTab(page, self.tr("Templates"))

        self.hooks = self._phrase_page("hook", self.tr("Hooks"), self.tr("Openers that stop the scroll."))
        self.ctas = self._phrase_page(
            "cta",
            self.tr("Calls to action"),
            self.tr("In-platform actions only: save, follow, comment, message here."),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._refresh()

    def _phrase_page(self, kind: str, tab: str, title: str) -> QListWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        hint = QLabel(title + "\n" + self.tr("Double-click or press Insert: hooks open the body, calls to action close it."))
        hint.setObjectName("muted")
        phrases = QListWidget()
        phrases.setWordWrap(True)
        insert = QPushButton(self.tr("Insert"))
        insert.setObjectName("primary")
        insert.clicked.connect(lambda: self._insert(phrases.currentItem(), kind))
        phrases.itemActivated.connect(lambda item: self._insert(item, kind))
        box.addWidget(hint)
        box.addWidget(phrases, 1)
        box.addWidget(insert, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(page, tab)
        return phrases

    @property
    def lang(self) -> str:
        return self.language.currentData()

    def _refresh(self) -> None:
        row = max(0, self.templates.currentRow())
        self.templates.clear()
        for template in load_templates():
            item = QListWidgetItem(template.label(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.templates.addItem(item)
        self.templates.setCurrentRow(row)
        for widget, phrases in ((self.hooks, load_hooks()), (self.ctas, load_ctas())):
            row = max(0, widget.currentRow())
            widget.clear()
            for phrase in phrases:
                item = QListWidgetItem(f"[{phrase.kind_label[self.lang]}]  {phrase.text(self.lang)}")
                item.setData(Qt.ItemDataRole.UserRole, phrase.text(self.lang))
                widget.addItem(item)
            widget.setCurrentRow(row)  # so Insert works at once (it did nothing unselected)

    def _show_template(self, row: int) -> None:
        item = self.templates.item(row)
        if item is None:
            return
        template = item.data(Qt.ItemDataRole.UserRole)
        text = template.text(self.lang)
        self.template_description.setText(template.description[self.lang])
        self.template_preview.setPlainText(ready_to_post(text.title, text.body, text.hashtags))

    def _use_template(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.newDraftRequested.emit(item.data(Qt.ItemDataRole.UserRole), self.lang)
            self.accept()

    def _insert(self, item, kind: str) -> None:
        if item is not None:
            self.insertRequested.emit(item.data(Qt.ItemDataRole.UserRole), kind)
            self.accept()
