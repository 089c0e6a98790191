"""Application start-up: logging, fonts, theme, library, translations, window.

``run()`` is what ``rednote-studio`` without arguments calls.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from studio import __version__
from studio.core import paths
from studio.core.i18n import pick
from studio.core.library import (
    Library,
    LibraryCorruptError,
    LibraryError,
    SessionLock,
)
from studio.core.library.demo import ensure_first_run
from studio.gui import errors, i18n, theme
from studio.gui.context import AppContext
from studio.gui.main_window import MainWindow

log = logging.getLogger(__name__)
UI_FALLBACK_FONT = "LXGWWenKai-Regular.ttf"
# Qt, unlike Pillow, can fall back across families; registering the colour emoji font keeps
# emoji in titles and bios from showing as boxes on machines without one.
UI_EMOJI_FONT = "NotoColorEmoji.ttf"


def _register(file_name: str) -> list[str]:
    path = paths.fonts_dir() / file_name
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
    if font_id < 0:
        log.warning("could not register %s", path)
        return []
    return QFontDatabase.applicationFontFamilies(font_id)


def register_fonts() -> None:
    """Bundle CJK and emoji fonts as fallbacks so Chinese and emoji render everywhere."""
    text_families = _register(UI_FALLBACK_FONT)
    emoji_families = _register(UI_EMOJI_FONT)
    if not text_families and not emoji_families:
        return
    font = QGuiApplication.font()
    cjk = [f for f in ("Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei") if f in QFontDatabase.families()]
    font.setFamilies([font.family(), *cjk, *text_families, *emoji_families])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    QGuiApplication.setFont(font)


def app_icon() -> QIcon:
    return QIcon(str(paths.assets_dir() / "icons" / "app.svg"))


def open_library_interactively(path: Path | None = None) -> Library | None:
    """Open the library; on a damaged or too-new file explain and let the user decide."""
    try:
        return Library.open(path)
    except LibraryCorruptError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Startup", "Library damaged"), str(exc))
        fresh = box.addButton(
            QApplication.translate("Startup", "Keep it aside and start a new library"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not fresh:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = exc.path.with_name(f"{exc.path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(exc.path) + suffix)
            if source.exists():
                source.rename(Path(str(aside) + suffix))
        # The photos go aside with it: the new library's media cleanup deleted every file its
        # own (empty) tables did not name, i.e. all the photos the damaged library refers to.
        media = exc.path.parent / "media"
        if media.is_dir():
            media.rename(media.with_name(f"media.damaged-{stamp}"))
        log.warning("damaged library moved to %s", aside)
        return Library.open(path)
    except (LibraryError, OSError) as exc:
        # A newer format (only the newer app may touch it), or a data folder that cannot be
        # created or written (read-only home, a file in its place): say so instead of a
        # traceback nobody sees when the app was started from a launcher.
        log.error("cannot open the library: %s", exc)
        QMessageBox.critical(None, QApplication.translate("Startup", "Cannot open the library"), str(exc))
        return None


def open_second_instance(pid: int) -> bool:
    """Another window already has this library open: say so, and open only if asked to
    (the process id may also belong to an unrelated program after a crash and a reboot)."""
    log.warning("another session (pid %s) has the library open", pid)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Startup", "RedNote Studio is already open"),
        QApplication.translate(
            "Startup",
            "RedNote Studio is already running with this library. Switch to that window: two windows "
            "on one library overwrite each other's edits.",
        ),
    )
    anyway = box.addButton(QApplication.translate("Startup", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is anyway


def restore_last(ctx: AppContext) -> None:
    library = ctx.library
    workspaces = library.list_workspaces()
    if not workspaces:
        workspaces = [library.create_workspace(QApplication.translate("Startup", "My workspace"))]
    ws_id = library.get_setting("last_workspace")
    if ws_id not in {w.id for w in workspaces}:
        ws_id = workspaces[0].id
    # One load of the right draft (not the newest first, then the last one: two loads and a
    # spurious "switch" version of the newest draft at every start).
    ctx.set_workspace(ws_id, library.get_setting("last_draft"))


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RedNote Studio")
    app.setOrganizationName("RedNoteStudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rednote-studio")
    app.setWindowIcon(app_icon())
    register_fonts()
    theme.apply(app)
    return app


def build(library: Library) -> tuple[AppContext, MainWindow]:
    """Context and main window for an open library (also used by tests and benchmarks)."""
    i18n.apply_language(library.get_setting("language", "system"))
    ensure_first_run(library)
    ctx = AppContext(library)
    window = MainWindow(ctx)
    restore_last(ctx)
    return ctx, window


def _no_display() -> bool:
    """On Linux without a display Qt aborts the process; say why instead."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run() -> int:
    if _no_display():
        print(
            pick(  # core's bilingual pick(): Qt translations are not loaded yet (and lupdate
                # would take a tr() call here for a Qt string)
                {
                    "en": "rednote-studio: no display found, so the app cannot open a window. "
                    "Run it in a desktop session, or use a subcommand (rednote-studio --help).",
                    "zh": "rednote-studio：未找到显示器，无法打开窗口。请在桌面环境中运行，"
                    "或使用子命令（rednote-studio --help）。",
                }
            ),
            file=sys.stderr,
        )
        return 2
    log_path = errors.setup_logging()
    # The first thing support asks for when someone sends the log.
    log.info("RedNote Studio %s starting: Python %s, Qt %s, %s", __version__, platform.python_version(),
             qVersion(), platform.platform())
    app = create_app()
    i18n.apply_language(None)  # system language for any start-up message
    library = open_library_interactively()
    if library is None:
        return 1
    lock = SessionLock(library.path.parent)
    other = lock.other_instance()
    if other is not None and not open_second_instance(other):
        library.close()
        return 0
    unclean = lock.acquire()
    ctx, window = build(library)
    errors.install(ctx.draft.save, log_path)
    window.show()
    ctx.engines.start()
    if unclean:
        log.warning("previous session did not end cleanly: %s", lock.previous)
        ctx.status.emit(
            QApplication.translate(
                "Startup",
                "RedNote Studio did not close properly last time; your drafts were restored from the autosave.",
            )
        )
    probe = os.environ.get("REDNOTE_STARTUP_PROBE")
    if probe:  # bench/gui.py: record when the window is on screen, then quit
        def report() -> None:
            Path(probe).write_text(repr(time.time()), encoding="utf-8")
            window.close()

        QTimer.singleShot(0, report)
    code = app.exec()
    ctx.engines.shutdown()
    lock.release()
    library.close()
    return code
