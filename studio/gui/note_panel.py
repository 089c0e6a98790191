"""The "Note" tab: drafts list | composer | live compliance sidebar, wired together.

Live checking: every edit restarts a 150 ms single-shot timer; when it fires, the current
title/body/hashtags go to a ``LatestRequestWorker`` (one job in flight, newest wins) and
the findings come back on the UI thread, where stale ones are dropped.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QSplitter, QWidget

from studio.core.copywriting import ready_to_post, to_markdown, to_plain_text
from studio.core.library import atomic_write_text, finding_key, safe_file_stem
from studio.gui.context import AppContext
from studio.gui.editor.composer import NoteComposer
from studio.gui.library.drafts_panel import DraftsPanel
from studio.gui.sidebar.labels import category_label, field_label
from studio.gui.sidebar.panel import ComplianceSidebar
from studio.gui.workers import LatestRequestWorker

log = logging.getLogger(__name__)
CHECK_DEBOUNCE_MS = 150  # after the last keystroke
CHECK_MAX_DELAY_MS = 600  # while typing non-stop, still re-check this often


class NotePanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.drafts = DraftsPanel(ctx)
        self.composer = NoteComposer(ctx)
        self.sidebar = ComplianceSidebar()
        self.worker = LatestRequestWorker("note-check", self)
        self.last_findings: list = []
        self.checks_done = 0

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.drafts)
        splitter.addWidget(self.composer)
        splitter.addWidget(self.sidebar)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([240, 620, 360])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._debounce = QTimer(self, singleShot=True, interval=CHECK_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._pending_since: float | None = None
        ctx.draft.changed.connect(self._schedule_check)
        ctx.draftChanged.connect(lambda _d: self.check_now())
        ctx.workspaceChanged.connect(lambda _w: self.check_now())
        ctx.languageChanged.connect(lambda _l: self.check_now())
        ctx.engineReady.connect(lambda _e: self.check_now())
        ctx.engineFailed.connect(self.sidebar.set_failed)
        self.worker.finished.connect(self._on_checked)
        self.worker.failed.connect(self.sidebar.set_failed)

        self.sidebar.activated.connect(self.select_finding)
        self.sidebar.fixRequested.connect(self.apply_fix)
        self.sidebar.ignoreRequested.connect(self.ignore_finding)
        self.sidebar.allowRequested.connect(lambda f: ctx.allow_word(f.text))
        self.sidebar.resetIgnoredRequested.connect(lambda: ctx.draft.update(ignored=frozenset()))
        self.composer.copyRequested.connect(self.copy_ready_text)
        self.composer.exportRequested.connect(self.export_note)
        self.composer.templatesRequested.connect(self.open_templates)
        for editor in (self.composer.title, self.composer.body):
            editor.set_describer(self._describe)
        self.check_now()

    # ---------------------------------------------------------------- checks
    def _schedule_check(self, _draft=None) -> None:
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if (now - self._pending_since) * 1000 >= CHECK_MAX_DELAY_MS:
            self.check_now()
        else:
            self._debounce.start()

    def check_now(self) -> None:
        self._debounce.stop()
        self._pending_since = None
        draft = self.ctx.draft.draft
        if draft is None:
            self.worker.cancel()
            self.sidebar.set_no_draft()
            self._show_findings([])
            return
        if not self.ctx.engines.is_ready:
            if self.ctx.engines.error:
                self.sidebar.set_failed(self.ctx.engines.error)
            else:
                self.sidebar.set_loading()
            return
        engines, rules = self.ctx.engines, self.ctx.rules()
        title, body, tags = draft.title, draft.body, [t.tag for t in draft.hashtags]

        def job():
            engine = engines.for_rules(rules)
            return draft.id, engine.check_note(title=title, body=body, hashtags=tags)

        self.worker.submit(job)

    def _on_checked(self, result) -> None:
        draft_id, findings = result
        draft = self.ctx.draft.draft
        if draft is None or draft.id != draft_id:
            return
        self.checks_done += 1
        self.last_findings = list(findings)
        self._show_findings(self.last_findings)

    def _show_findings(self, findings) -> None:
        draft = self.ctx.draft.draft
        ignored = draft.ignored if draft else frozenset()
        visible = [f for f in findings if finding_key(f) not in ignored]
        hidden = len(findings) - len(visible)
        if draft is not None:
            self.sidebar.set_findings(visible, ignored=hidden)
        self.composer.title.set_findings([f for f in visible if f.field == "title"])
        self.composer.body.set_findings([f for f in visible if f.field == "body"])
        self.composer.hashtags.set_findings([f for f in visible if f.field == "hashtags"])

    def _describe(self, f) -> str:
        import html

        text = (
            f"<b>{html.escape(category_label(f.category))}</b> · {html.escape(field_label(f.field))}"
            f"<br>{html.escape(f.message)}"
        )
        if f.suggestions:
            text += "<br><i>" + html.escape(self.tr("Try: ") + ", ".join(f.suggestions[:4])) + "</i>"
        return text

    # ------------------------------------------------------------ finding ops
    def select_finding(self, finding) -> None:
        editor = self.composer.editor_for(finding.field)
        if editor is not None:
            editor.select_span(finding.start, finding.end)
        elif finding.field == "hashtags":
            self.composer.hashtags.input.setFocus()

    def apply_fix(self, finding, replacement: str) -> None:
        editor = self.composer.editor_for(finding.field)
        if editor is not None:
            if not editor.replace_span(finding.start, finding.end, finding.text, replacement):
                self.ctx.status.emit(self.tr("The text changed; check again and retry."))
            return
        if finding.field == "hashtags":
            self._fix_hashtag(finding, replacement)

    def _fix_hashtag(self, finding, replacement: str) -> None:
        """Replace the matched text inside the one tag it falls in (the tag keeps its tier)."""
        tags = list(self.composer.hashtags.tags)
        for index, (start, end, tag) in enumerate(self.composer.hashtags.tag_spans()):
            if start <= finding.start and finding.end <= end:
                offset = finding.start - start - 1  # skip the '#'
                text = tag.tag[: max(offset, 0)] + replacement + tag.tag[finding.end - start - 1 :]
                tags[index] = replace(tag, tag=text.strip().lstrip("#"))
                self.composer.hashtags.change_tags(tuple(t for t in tags if t.tag))  # undoable
                return

    def ignore_finding(self, finding) -> None:
        draft = self.ctx.draft.draft
        if draft is not None:
            self.ctx.draft.update(ignored=draft.ignored | {finding_key(finding)})
            self._show_findings(self.last_findings)

    # -------------------------------------------------------------- commands
    def copy_ready_text(self) -> None:
        draft = self.ctx.draft.draft
        if draft is None:
            return
        QGuiApplication.clipboard().setText(ready_to_post(draft.title, draft.body, draft.hashtags))
        blocking = any(f.severity.value == "block" for f in self.sidebar.findings)
        self.ctx.status.emit(
            self.tr("Copied. Note: this draft still has blocking findings.")
            if blocking
            else self.tr("Copied — ready to paste into the app.")
        )

    def export_note(self) -> None:
        draft = self.ctx.draft.draft
        if draft is None:
            return
        markdown = self.tr("Markdown (*.md)")
        plain = self.tr("Plain text (*.txt)")
        name = safe_file_stem(draft.title, "note")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export note"), name + ".md", f"{markdown};;{plain}"
        )
        if not path:
            return
        as_markdown = chosen == markdown or path.lower().endswith(".md")
        render = to_markdown if as_markdown else to_plain_text
        try:
            atomic_write_text(path, render(draft.title, draft.body, draft.hashtags))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), f"{path}\n{exc.strerror or exc}")
            return
        self.ctx.status.emit(self.tr("Exported to %1").replace("%1", path))

    def open_templates(self) -> None:
        from studio.gui.templates.dialog import TemplatesDialog

        dialog = TemplatesDialog(self)
        dialog.newDraftRequested.connect(self._new_from_template)
        dialog.insertRequested.connect(self.insert_phrase)
        dialog.exec()

    def _new_from_template(self, template, language: str) -> None:
        text = template.text(language)
        self.ctx.new_draft(text.title, text.body, text.hashtags, template.id)

    def insert_phrase(self, text: str, kind: str = "cta") -> None:
        """A hook opens the body, a call to action closes it (one undoable edit)."""
        if self.ctx.draft.draft is None:
            self.ctx.new_draft()
        self.composer.body.insert_paragraph(text, at_start=(kind == "hook"))

    def undo(self) -> bool:
        """Edit → Undo when no text field has focus: undo the last hashtag change."""
        return self.composer.hashtags.undo()

    def redo(self) -> bool:
        return self.composer.hashtags.redo()

    def focus_search(self) -> None:
        self.drafts.focus_search()

    def shutdown(self) -> None:
        self.worker.stop()
        self._rescue_unsaved()

    def _rescue_unsaved(self) -> None:
        """On quit, text that cannot be written (disk full, library locked) would be lost
        with the window: put the whole note on the clipboard and say so."""
        model = self.ctx.draft
        draft = model.draft
        if draft is None or not model.dirty or model.save():
            return
        QGuiApplication.clipboard().setText(ready_to_post(draft.title, draft.body, draft.hashtags))
        QMessageBox.warning(
            self,
            self.tr("Draft not saved"),
            self.tr(
                "The latest changes to this draft could not be saved. The whole note has been "
                "copied to the clipboard: paste it somewhere safe before closing this message."
            ),
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_findings(self.last_findings)
        super().changeEvent(event)
