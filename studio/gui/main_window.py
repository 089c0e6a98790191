"""The main window: tabs from the panel registry, menus, status bar. No feature logic."""

from __future__ import annotations

import base64
import binascii
import logging
import sys
from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from studio import __version__
from studio.gui import i18n
from studio.gui.context import AppContext
from studio.gui.panels import PANELS

log = logging.getLogger(__name__)


def history_shortcut() -> str:
    """Ctrl+H, but ⌘Y (Safari's History key) on macOS: there ⌘H is the system's Hide, so
    pressing it for the history hid the whole app. (Qt turns "Ctrl" into ⌘ on macOS.)"""
    return "Ctrl+Y" if sys.platform == "darwin" else "Ctrl+H"


class _Panels(Mapping):
    """The window's panels by id, each built the first time it is needed.

    Only the first tab is built at start-up, so the window appears without importing
    every other panel's dependencies (numpy, Pillow, OpenCV…); a tab is built when it
    is first shown or first looked up here (``window.panels["cover"]``).
    """

    def __init__(self, window: MainWindow):
        self._window = window
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, panel_id: str):
        return self._window._build_panel(panel_id)

    def __iter__(self):
        return iter(spec.id for spec in self._window._specs)

    def __len__(self) -> int:
        return len(self._window._specs)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._specs = list(PANELS)
        self.panels = _Panels(self)
        for spec in self._specs:
            self.tabs.addTab(QWidget(), spec.title())  # placeholder until first shown
        if self._specs:
            self._build_panel(self._specs[0].id)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.workspace_label = QLabel()
        self.workspace_label.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.workspace_label)
        ctx.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.workspaceChanged.connect(lambda _w: self._show_workspace())
        self._build_menus()
        self.retranslate()
        self.restore_geometry()

    @property
    def note(self):
        return self.panels.get("note")

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._specs):
            self._build_panel(self._specs[index].id)

    def _build_panel(self, panel_id: str):
        built = self.panels.built
        if panel_id in built:
            return built[panel_id]
        index = next((i for i, s in enumerate(self._specs) if s.id == panel_id), None)
        if index is None:
            raise KeyError(panel_id)
        spec = self._specs[index]
        try:
            panel = spec.load()(self.ctx)
        except Exception as exc:  # one broken panel must not take the others down
            log.exception("panel %s failed to load", spec.id)
            panel = QLabel(self.tr("This panel could not be loaded: %1").replace("%1", str(exc)))
            panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        built[panel_id] = panel
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, spec.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        return panel

    # ----------------------------------------------------------------- menus
    def _action(self, menu, shortcut=None, slot=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = self._action(self.file_menu, QKeySequence.StandardKey.New, lambda: self.ctx.new_draft())
        self.act_save = self._action(self.file_menu, QKeySequence.StandardKey.Save, self.save)
        self.file_menu.addSeparator()
        self.act_copy = self._action(self.file_menu, "Ctrl+Shift+C", lambda: self.note and self.note.copy_ready_text())
        self.act_export = self._action(self.file_menu, "Ctrl+E", lambda: self.note and self.note.export_note())
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)

        self.edit_menu = bar.addMenu("")
        self.act_undo = self._action(self.edit_menu, QKeySequence.StandardKey.Undo, lambda: self._on_focus("undo"))
        self.act_redo = self._action(self.edit_menu, QKeySequence.StandardKey.Redo, lambda: self._on_focus("redo"))
        self.edit_menu.addSeparator()
        self.act_find = self._action(self.edit_menu, QKeySequence.StandardKey.Find, lambda: self._in_note("focus_search"))
        self.act_templates = self._action(self.edit_menu, "Ctrl+T", lambda: self._in_note("open_templates"))
        self.act_history = self._action(self.edit_menu, history_shortcut(), lambda: self.note and self.note.drafts.show_history())

        self.workspace_menu = bar.addMenu("")
        self.act_ws_settings = self._action(self.workspace_menu, "Ctrl+,", lambda: self.note and self.note.drafts.edit_workspace())

        self.view_menu = bar.addMenu("")
        # Ctrl+1…Ctrl+9 switch to the n-th tab; the entries reuse the (translated) tab titles.
        self.tab_actions: list[QAction] = []
        for index, _spec in enumerate(self._specs[:9]):
            self.tab_actions.append(self._action(
                self.view_menu, f"Ctrl+{index + 1}", lambda _c=False, i=index: self.tabs.setCurrentIndex(i)))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = self.ctx.library.get_setting("language", "system")
        for choice in i18n.CHOICES:
            action = QAction(self, checkable=True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _c=False, ch=choice: self.set_language(ch))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[choice] = action

        self.help_menu = bar.addMenu("")
        self.act_about = self._action(self.help_menu, None, self.about)

    def _in_note(self, method: str) -> None:
        """Commands that put the cursor or a phrase in the note show the Note tab first:
        from another tab they focused (and typed into) widgets the user could not see."""
        note = self.note
        if note is None:
            return
        self.tabs.setCurrentWidget(note)
        getattr(note, method)()

    def _on_focus(self, method: str) -> None:
        """Undo/redo in the focused editor; otherwise in the current panel (e.g. hashtags)."""
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()
            return
        panel = self.tabs.currentWidget()
        if hasattr(panel, method):
            getattr(panel, method)()

    # -------------------------------------------------------------- commands
    def save(self) -> None:
        if self.ctx.save_now():
            self.statusBar().showMessage(self.tr("Saved; a version was added to the history."), 4000)

    def set_language(self, choice: str) -> None:
        self.ctx.library.set_setting("language", choice)
        language = i18n.apply_language(choice)
        self.language_actions[choice].setChecked(True)
        self.ctx.languageChanged.emit(language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RedNote Studio"),
            self.tr("RedNote Studio %1\nWrite, check and prepare Xiaohongshu notes.").replace("%1", __version__),
        )

    def _show_workspace(self) -> None:
        ws = self.ctx.workspace
        self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", ws.name) if ws else "")

    # ---------------------------------------------------------------- window
    def restore_geometry(self) -> None:
        saved = self.ctx.library.get_setting("window_geometry")
        try:
            restored = bool(saved) and self.restoreGeometry(QByteArray(base64.b64decode(saved)))
        except (binascii.Error, TypeError, ValueError):  # a damaged setting must not stop start-up
            log.warning("ignoring an unreadable window_geometry setting")
            restored = False
        if not restored:
            self.resize(1320, 820)

    def closeEvent(self, event) -> None:
        if getattr(self, "_shut_down", False):  # closed twice (tests, session end)
            super().closeEvent(event)
            return
        self._shut_down = True
        geometry = bytes(self.saveGeometry().data())
        self.ctx.library.set_setting("window_geometry", base64.b64encode(geometry).decode())
        for panel in self.panels.built.values():
            if hasattr(panel, "shutdown"):
                panel.shutdown()
        self.ctx.shutdown()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RedNote Studio"))
        for index, spec in enumerate(self._specs):
            self.tabs.setTabText(index, spec.title())
        for action, spec in zip(self.tab_actions, self._specs, strict=False):
            action.setText(spec.title())
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New draft"))
        self.act_save.setText(self.tr("&Save version"))
        self.act_copy.setText(self.tr("&Copy ready-to-post text"))
        self.act_export.setText(self.tr("&Export as Markdown or text…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_find.setText(self.tr("&Find drafts"))
        self.act_templates.setText(self.tr("&Templates and phrases…"))
        self.act_history.setText(self.tr("Version &history…"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.act_ws_settings.setText(self.tr("Workspace &settings…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["system"].setText(self.tr("System default"))
        self.language_actions["en"].setText("English")
        self.language_actions["zh"].setText("简体中文")
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About RedNote Studio"))
        self._show_workspace()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
