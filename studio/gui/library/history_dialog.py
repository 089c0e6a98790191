"""Version history of one draft: browse automatic snapshots, see what changed since one,
and restore it.

The "Changes since then" tab compares the chosen version with the draft's current text
(``studio.core.text.diff``, character by character so Chinese edits show exactly): text
added since that version is underlined blue, text removed since is struck through red.
Restoring keeps the replaced text as a "before a restore" version (``Library``), so a
restore can itself be undone from this dialog.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.core.copywriting import ready_to_post
from studio.core.text.diff import counts, diff
from studio.gui.context import AppContext
from studio.gui.theme import DIFF_COLORS


def diff_format(kind: str) -> QTextCharFormat:
    """How inserted / deleted text looks (plain text for "equal")."""
    fmt = QTextCharFormat()
    if kind in DIFF_COLORS:
        background, foreground = DIFF_COLORS[kind]
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(foreground))
        fmt.setFontUnderline(kind == "insert")
        fmt.setFontStrikeOut(kind == "delete")
    return fmt


def _sample(kind: str, text: str) -> str:
    """A legend swatch in rich text, styled like ``diff_format(kind)``."""
    background, foreground = DIFF_COLORS[kind]
    line = "underline" if kind == "insert" else "line-through"
    style = f"background-color:{background}; color:{foreground}; text-decoration:{line};"
    return f'<span style="{style}">&nbsp;{html.escape(text)}&nbsp;</span>'


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.setWindowTitle(self.tr("Version history"))
        self.resize(760, 480)
        self.versions = QListWidget()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.diff_view = QTextEdit()
        self.diff_view.setReadOnly(True)
        self.diff_summary = QLabel()
        self.diff_summary.setObjectName("muted")
        self.legend = QLabel(
            _sample("insert", self.tr("Added since this version"))
            + "&nbsp;&nbsp;&nbsp;"
            + _sample("delete", self.tr("Removed since this version"))
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 4, 0, 0)
        changes_layout.addWidget(self.legend)
        changes_layout.addWidget(self.diff_view, 1)
        changes_layout.addWidget(self.diff_summary)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("This version"))
        self.tabs.addTab(changes, self.tr("Changes since then"))

        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setObjectName("primary")
        self.restore_button.clicked.connect(self.restore)
        self.versions.currentItemChanged.connect(self._show)
        reasons = {
            "manual": self.tr("saved"),
            "auto": self.tr("automatic"),
            "switch": self.tr("left the draft"),
            "quit": self.tr("closed the app"),
            "before-restore": self.tr("before a restore"),
            "template": self.tr("created from template"),
            "overwritten": self.tr("changed in another window"),
        }
        self._current = self._current_text()
        self._by_id = {}
        # Two text lines plus the stylesheet's 6 px item padding: Qt's own size hint ignores
        # the padding, which clipped the second line of unselected items.
        item_height = 2 * self.versions.fontMetrics().lineSpacing() + 2 * 6 + 4
        for version in ctx.library.list_versions(draft_id):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(version.created_at))
            item = QListWidgetItem(f"{when}\n{reasons.get(version.reason, version.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            item.setSizeHint(QSize(0, item_height))
            self._by_id[version.id] = version
            self.versions.addItem(item)
        if self.versions.count() == 0:
            self.preview.setPlainText(self.tr("No versions yet: they are recorded as you work."))
            self.restore_button.setEnabled(False)
            self.tabs.setTabEnabled(1, False)
        else:
            self.versions.setCurrentRow(0)
        row = QHBoxLayout()
        row.addWidget(self.versions, 1)
        row.addWidget(self.tabs, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _current_text(self) -> str:
        """The draft as it is now: the open draft's live state, else the stored one."""
        draft = self.ctx.draft.draft
        if draft is None or draft.id != self.draft_id:
            draft = self.ctx.library.get_draft(self.draft_id)
        return ready_to_post(draft.title, draft.body, draft.hashtags)

    def _show(self, current, _previous) -> None:
        if current is None:
            return
        version = self._by_id[current.data(Qt.ItemDataRole.UserRole)]
        text = ready_to_post(version.title, version.body, version.hashtags)
        self.preview.setPlainText(text)
        self._show_diff(text)

    def _show_diff(self, old: str) -> None:
        segments = diff(old, self._current)
        self.diff_view.clear()
        cursor = QTextCursor(self.diff_view.document())
        for segment in segments:
            text = segment.text
            if segment.kind != "equal":
                text = text.replace("\n", "↵\n")  # an added or removed line break is visible
            cursor.insertText(text, diff_format(segment.kind))
        self.diff_view.moveCursor(QTextCursor.MoveOperation.Start)
        added, removed = counts(segments)
        if not added and not removed:
            self.diff_summary.setText(self.tr("No changes: this version is the current text."))
        else:
            self.diff_summary.setText(
                self.tr("%1 characters added and %2 removed since this version")
                .replace("%1", str(added))
                .replace("%2", str(removed))
            )

    def restore(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self.ctx.restore_version(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
