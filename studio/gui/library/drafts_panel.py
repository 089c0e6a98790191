"""Drafts of the current workspace: search, newest first, duplicate, trash with undo, history."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.library import NotFoundError
from studio.gui.context import AppContext

UNDO_VISIBLE_MS = 10_000


class DraftsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._trash_mode = False
        self._last_trashed: int | None = None
        self._restoring: int | None = None

        self.workspace = QComboBox()
        self.workspace.activated.connect(self._workspace_picked)
        self.settings_button = QToolButton()
        self.settings_button.setText("⚙")
        self.settings_button.clicked.connect(self.edit_workspace)
        ws_row = QHBoxLayout()
        ws_row.addWidget(self.workspace, 1)
        ws_row.addWidget(self.settings_button)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentItemChanged.connect(self._item_selected)
        self.list.itemActivated.connect(self._item_activated)
        self.list.installEventFilter(self)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: ctx.new_draft())
        self.trash_button = QPushButton()
        self.trash_button.setCheckable(True)
        self.trash_button.toggled.connect(self._toggle_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.trash_button)

        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("link")
        self.undo_button.clicked.connect(self._undo_trash)
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        # In the trash a click opens nothing: say how to get a draft back.
        self.trash_hint = QLabel()
        self.trash_hint.setObjectName("muted")
        self.trash_hint.setWordWrap(True)
        self.trash_hint.hide()
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_VISIBLE_MS)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 6, 8)
        layout.addLayout(ws_row)
        layout.addWidget(self.search)
        layout.addWidget(self.trash_hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(210)

        ctx.workspacesChanged.connect(self._fill_workspaces)
        ctx.workspaceChanged.connect(self._workspace_changed)
        ctx.draftsChanged.connect(self.refresh)
        ctx.draftChanged.connect(self._draft_loaded)
        self.retranslate()
        self._fill_workspaces()
        self.refresh()

    # ------------------------------------------------------------ workspaces
    def _fill_workspaces(self) -> None:
        self.workspace.blockSignals(True)
        self.workspace.clear()
        for ws in self.ctx.library.list_workspaces():
            self.workspace.addItem(ws.name, ws.id)
        self.workspace.addItem(self.tr("New workspace…"), -1)
        if self.ctx.workspace is not None:
            self.workspace.setCurrentIndex(self.workspace.findData(self.ctx.workspace.id))
        self.workspace.blockSignals(False)

    def _workspace_changed(self, workspace) -> None:
        self._fill_workspaces()
        # Undo of a trash in the previous workspace would open that workspace's draft here.
        trashed = self._last_trashed
        if trashed is not None and workspace is not None:
            try:
                other = self.ctx.library.get_draft(trashed).workspace_id != workspace.id
            except NotFoundError:
                other = True
            if other:
                self._last_trashed = None
                self.undo_bar.hide()

    def _workspace_picked(self, index: int) -> None:
        ws_id = self.workspace.itemData(index)
        if ws_id == -1:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getText(self, self.tr("New workspace"), self.tr("Name (e.g. the client's account):"))
            if ok and name.strip():
                self.ctx.create_workspace(name.strip())
            else:
                self._fill_workspaces()
            return
        if self.ctx.workspace is None or ws_id != self.ctx.workspace.id:
            self.ctx.set_workspace(ws_id)

    def edit_workspace(self) -> None:
        from studio.gui.library.workspace_dialog import WorkspaceDialog

        if self.ctx.workspace is not None:
            WorkspaceDialog(self.ctx, self).exec()

    # ---------------------------------------------------------------- drafts
    def refresh(self) -> None:
        scroll = self.list.verticalScrollBar().value()  # autosave refreshes: keep the view still
        self.list.blockSignals(True)
        self.list.clear()
        if self.ctx.workspace is not None:
            drafts = self.ctx.library.list_drafts(
                self.ctx.workspace.id, self.search.text(), trash=self._trash_mode
            )
            for draft in drafts:
                title = draft.title.strip() or self.tr("Untitled")
                snippet = " ".join(draft.body[:200].split())[:34]  # bodies may be 100k chars
                item = QListWidgetItem(f"{title}\n{self._age(draft.modified_at)} · {snippet}")
                item.setData(Qt.ItemDataRole.UserRole, draft.id)
                item.setToolTip(title)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self._select_current()
        self.list.verticalScrollBar().setValue(scroll)

    def _select_current(self) -> None:
        draft = self.ctx.draft.draft
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if draft is not None and item.data(Qt.ItemDataRole.UserRole) == draft.id:
                self.list.setCurrentItem(item)
                break
        else:
            self.list.setCurrentItem(None)
        self.list.blockSignals(False)

    def _item_selected(self, current, _previous) -> None:
        if current is not None and not self._trash_mode:
            self.ctx.open_draft(current.data(Qt.ItemDataRole.UserRole))
            # The open draft stays when its unsaved text cannot be written: keep the
            # highlight on the draft actually shown.
            self._select_current()

    def eventFilter(self, watched, event) -> bool:
        # Delete on a selected draft: to the trash (with Undo), or from the trash for good
        # (after asking). It did nothing; only the right-click menu could.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            # Enter or ↓ in the search box goes to the results (Enter did nothing).
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
            if event.key() in keys and self.list.count():
                self.list.setFocus()
                if self.list.currentItem() is None:
                    self.list.setCurrentRow(0)
                return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            item = self.list.currentItem()
            if item is not None and _is_delete_key(event.key()):
                draft_id = item.data(Qt.ItemDataRole.UserRole)
                if self._trash_mode:
                    self.purge(draft_id)
                else:
                    self.trash(draft_id)
                return True
        return super().eventFilter(watched, event)

    def _item_activated(self, item) -> None:
        if item is not None and self._trash_mode:  # double-click / Enter in the trash restores
            self.restore(item.data(Qt.ItemDataRole.UserRole))

    def restore(self, draft_id: int) -> None:
        """Out of the trash and open; the trash stays on view to restore more."""
        self._restoring = draft_id
        try:
            self.ctx.restore_draft(draft_id)
        finally:
            self._restoring = None

    def _draft_loaded(self, draft) -> None:
        # Ctrl+N or a template while the trash is on view opened a draft the list did not
        # show (and '+ New draft' looked disabled): show the drafts again.
        if self._trash_mode and draft is not None and draft.id != self._restoring:
            self.trash_button.setChecked(False)
        self._select_current()

    def _toggle_trash(self, on: bool) -> None:
        self._trash_mode = on
        self.new_button.setEnabled(not on)
        self.trash_hint.setVisible(on)
        self.refresh()

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        if self._trash_mode:
            menu.addAction(self.tr("Restore"), lambda: self.restore(draft_id))
            menu.addAction(self.tr("Delete forever…"), lambda: self.purge(draft_id))
        else:
            menu.addAction(self.tr("Duplicate"), lambda: self.ctx.duplicate_draft(draft_id, self.tr(" (copy)")))
            menu.addAction(self.tr("Version history…"), lambda: self.show_history(draft_id))
            menu.addSeparator()
            menu.addAction(self.tr("Move to trash"), lambda: self.trash(draft_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def trash(self, draft_id: int) -> None:
        self.ctx.trash_draft(draft_id)
        self._last_trashed = draft_id
        self.undo_label.setText(self.tr("Moved to trash."))
        self.undo_bar.show()
        self._undo_timer.start()

    def purge(self, draft_id: int) -> bool:
        """Delete a trashed draft and its history for good, after asking: nothing undoes it."""
        item = next(
            (self.list.item(row) for row in range(self.list.count())
             if self.list.item(row).data(Qt.ItemDataRole.UserRole) == draft_id),
            None,
        )
        title = item.toolTip() if item is not None else self.tr("Untitled")
        answer = QMessageBox.question(
            self,
            self.tr("Delete forever"),
            self.tr("Delete “%1” and its version history for good? This cannot be undone.").replace(
                "%1", title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.ctx.purge_draft(draft_id)
        if draft_id == self._last_trashed:  # its Undo would restore a draft that is gone
            self._last_trashed = None
            self.undo_bar.hide()
        return True

    def _undo_trash(self) -> None:
        if self._last_trashed is not None:
            self.ctx.restore_draft(self._last_trashed)
            self._last_trashed = None
        self.undo_bar.hide()

    def show_history(self, draft_id: int | None = None) -> None:
        from studio.gui.library.history_dialog import HistoryDialog

        draft_id = draft_id or (self.ctx.draft.draft.id if self.ctx.draft.draft else None)
        if draft_id is not None:
            self.ctx.draft.save()
            HistoryDialog(self.ctx, draft_id, self).exec()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _age(self, timestamp: float) -> str:
        seconds = max(0, time.time() - timestamp)
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%1 min ago").replace("%1", str(int(seconds // 60)))
        if seconds < 86400:
            return self.tr("%1 h ago").replace("%1", str(int(seconds // 3600)))
        return time.strftime("%Y-%m-%d", time.localtime(timestamp))

    # ------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search drafts (Ctrl+F)"))
        self.new_button.setText(self.tr("+ New draft"))
        self.trash_button.setText(self.tr("Trash"))
        self.settings_button.setToolTip(self.tr("Workspace settings: banned words, allow-list, rules"))
        self.undo_button.setText(self.tr("Undo"))
        self.trash_hint.setText(self.tr("Double-click a draft to restore it; right-click to delete it forever."))
        self._fill_workspaces()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _is_delete_key(key: int) -> bool:
    """Delete; on macOS also the key labelled "delete", which sends Backspace (a Mac keyboard
    has no forward Delete without Fn, so the Delete shortcut did nothing there)."""
    return key == Qt.Key.Key_Delete or (sys.platform == "darwin" and key == Qt.Key.Key_Backspace)
