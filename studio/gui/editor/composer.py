"""The note composer: title and body with live platform counters, and hashtag chips.

It mirrors the current draft: loading a draft fills the editors (and resets their undo),
every edit is pushed to ``ctx.draft``. It knows nothing about the checker; the note panel
hands it findings to underline.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.core.compliance.structure import hashtag_spans
from studio.core.copywriting import hashtags as hashtag_rules
from studio.core.text.length import BODY_LIMIT, TITLE_LIMIT, count_length
from studio.gui.context import AppContext
from studio.gui.editor.text_edit import NoteTextEdit
from studio.gui.hashtags.editor import HashtagEditor
from studio.gui.theme import SEVERITY_COLORS


class NoteComposer(QWidget):
    templatesRequested = Signal()
    copyRequested = Signal()
    exportRequested = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = NoteTextEdit(single_line=True)
        self.body = NoteTextEdit()
        self.hashtags = HashtagEditor()
        self.title_label = QLabel()
        self.body_label = QLabel()
        self.tags_label = QLabel()
        for label in (self.title_label, self.body_label, self.tags_label):
            label.setObjectName("fieldLabel")
        self.title_counter = QLabel()
        self.body_counter = QLabel()
        for counter in (self.title_counter, self.body_counter):
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        self._save_error: str | None = None
        self._save_state = ""  # "", "saved", "editing" or "failed"

        self.templates_button = QPushButton()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("primary")
        self.export_button = QPushButton()
        self.templates_button.clicked.connect(self.templatesRequested)
        self.copy_button.clicked.connect(self.copyRequested)
        self.export_button.clicked.connect(self.exportRequested)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.templates_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.saved_label)
        toolbar.addWidget(self.export_button)
        toolbar.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(toolbar)
        layout.addSpacing(4)
        layout.addLayout(self._labelled(self.title_label, self.title_counter))
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addLayout(self._labelled(self.body_label, self.body_counter))
        layout.addWidget(self.body, 1)
        layout.addSpacing(6)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.hashtags)

        self.title.textEdited.connect(self._title_edited)
        self.body.textEdited.connect(self._body_edited)
        self.hashtags.tagsChanged.connect(lambda tags: ctx.draft.update(hashtags=tags))
        # Limits and counting methods come from the rule pack once the engine is loaded
        # (the platform's body rule is undocumented, so it is configurable there).
        self._limits = {"title": (TITLE_LIMIT, "platform"), "body": (BODY_LIMIT, "characters")}
        ctx.engineReady.connect(self._use_rule_limits)
        if ctx.engines.is_ready:
            self._use_rule_limits(ctx.engines.engine)
        ctx.draftChanged.connect(self.show_draft)
        ctx.draft.saved.connect(lambda _d: self._show_saved(True))
        ctx.draft.changed.connect(lambda _d: self._show_saved(False))
        ctx.draft.saveFailed.connect(self._show_save_failed)
        ctx.draft.overwroteOther.connect(
            lambda: ctx.status.emit(
                self.tr(
                    "This draft was also changed in another window; that text is kept in "
                    "Version history (Ctrl+H)."
                )
            )
        )
        self.retranslate()
        self.show_draft(ctx.draft.draft)

    @staticmethod
    def _labelled(label: QLabel, counter: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(counter)
        return row

    # ------------------------------------------------------------------ draft
    def show_draft(self, draft) -> None:
        enabled = draft is not None
        for widget in (self.title, self.body, self.hashtags, self.copy_button, self.export_button):
            widget.setEnabled(enabled)
        self.title.set_text(draft.title if draft else "")
        self.body.set_text(draft.body if draft else "")
        self.hashtags.set_tags(draft.hashtags if draft else ())
        self.hashtags.set_tags_in_body(len(hashtag_spans(draft.body if draft else "", plain_words=False)))
        self._update_counters()
        self._save_error, self._save_state = None, ""
        self._render_save_state()

    def _title_edited(self, text: str) -> None:
        self.ctx.draft.update(title=text)
        self._update_counter("title", text)  # only the edited field: the body may be long

    def _body_edited(self, text: str) -> None:
        self.ctx.draft.update(body=text)
        self._update_counter("body", text)
        self.hashtags.set_tags_in_body(len(hashtag_spans(text, plain_words=False)))

    def _update_counters(self) -> None:
        self._update_counter("title", self.title.toPlainText())
        self._update_counter("body", self.body.toPlainText())

    def _update_counter(self, field: str, text: str) -> None:
        counter = self.title_counter if field == "title" else self.body_counter
        limit, method = self._limits[field]
        used = count_length(text, method)
        over = used > limit
        counter.setText(f"{used}/{limit}")
        if counter.property("over") != over:  # restyling on every keystroke costs a relayout
            counter.setProperty("over", over)
            color = SEVERITY_COLORS["block"] if over else "#8A8D93"
            counter.setStyleSheet(f"color: {color}; font-weight: {'700' if over else '400'};")

    def _use_rule_limits(self, engine) -> None:
        defaults = {"title_length": ("title", "platform"), "body_length": ("body", "characters")}
        for rule in getattr(engine, "rules", ()):
            detector = getattr(rule, "detector", None)
            if detector in defaults and getattr(rule, "limit", None):
                field, method = defaults[detector]
                if detector == "body_length":
                    method = getattr(rule, "method", None) or method
                self._limits[field] = (rule.limit, method)
        self.hashtags.set_limit(hashtag_rules.limit_of(engine))
        self._update_counters()

    def _show_saved(self, saved: bool) -> None:
        if self._save_error is not None and not saved:
            return  # keep saying "not saved" until a write succeeds
        self._save_error = None
        self._save_state = "saved" if saved else "editing"
        self._render_save_state()

    def _show_save_failed(self, reason: str) -> None:
        """A failed autosave used to leave "Editing…" showing while nothing was written."""
        self._save_error = reason
        self._save_state = "failed"
        self._render_save_state()
        self.ctx.status.emit(self.saved_label.toolTip())

    def _render_save_state(self) -> None:
        """The saved/editing/not-saved mark, in the current language (also after a switch)."""
        texts = {"saved": self.tr("Saved"), "editing": self.tr("Editing…"), "failed": self.tr("Not saved")}
        self.saved_label.setText(texts.get(self._save_state, ""))
        failed = self._save_state == "failed"
        self.saved_label.setToolTip(
            self.tr("Could not save the draft: %1. Your text is still here; retrying.").replace(
                "%1", self._save_error or ""
            )
            if failed
            else ""
        )
        color = SEVERITY_COLORS["block"]
        self.saved_label.setStyleSheet(f"color: {color}; font-weight: 600;" if failed else "")

    def editor_for(self, field: str) -> NoteTextEdit | None:
        return {"title": self.title, "body": self.body}.get(field)

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Title"))
        self.body_label.setText(self.tr("Body"))
        self.tags_label.setText(self.tr("Hashtags"))
        self.title.setPlaceholderText(self.tr("A title that stops the scroll (20 characters)"))
        self.body.setPlaceholderText(
            self.tr("Write your note here. Start with a hook; end with an in-platform call to action.")
        )
        self.title_counter.setToolTip(
            self.tr("Counted the platform's way: Chinese characters 1, Latin letters ½, emoji 2")
        )
        self.templates_button.setText(self.tr("Templates && phrases…"))
        self.copy_button.setText(self.tr("Copy ready-to-post text"))
        self.copy_button.setToolTip(self.tr("Title, body and hashtags, formatted to paste (Ctrl+Shift+C)"))
        self.export_button.setText(self.tr("Export…"))
        self._render_save_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
