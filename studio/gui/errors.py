"""Global error handling: log, save the draft first, then tell the user with details.

Installed as ``sys.excepthook`` (exceptions escaping Qt slots land here in PySide6, also
those of QRunnables on pool threads, which are passed to the GUI thread) and
``threading.excepthook``. Saving comes first because the dialog itself could fail.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from studio.core import paths

log = logging.getLogger("studio")
_showing = False
REPEAT_QUIET_S = 10.0  # an error repeated within this many seconds is counted, not shown again


def setup_logging() -> str:
    """Log to ``user_log_dir()/studio.log`` (rotated); returns the file path.

    A log folder that cannot be created or written must not keep the app from starting:
    the log then goes to stderr and "" is returned.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = paths.user_log_dir() / "studio.log"
        for existing in root.handlers:
            if getattr(existing, "baseFilename", None) == str(path):
                return str(path)  # already logging there
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(formatter)
        root.addHandler(handler)
        log.warning("cannot write the log file, logging to stderr: %s", exc)
        return ""
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return str(path)


def _where(exc_type, tb) -> tuple[str, str, int]:
    """Type and innermost frame: the same error raised again (say, in every repaint)."""
    frames = traceback.extract_tb(tb)
    last = frames[-1] if frames else None
    return (exc_type.__qualname__, last.filename if last else "", last.lineno or 0 if last else 0)


class _ToGuiThread(QObject):
    """Carries an exception from a pool thread to the GUI thread (queued: it lives there)."""

    raised = Signal(object, object, object)

    def __init__(self, hook: Callable[[object, object, object], None]):
        super().__init__()
        self._hook = hook
        self.raised.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, exc_type, exc, tb) -> None:
        self._hook(exc_type, exc, tb)


_to_gui: _ToGuiThread | None = None


def install(save_draft: Callable[[], object], log_path: str) -> None:
    """Call on the GUI thread: the dialog and the draft live there."""
    global _to_gui
    seen: dict[tuple[str, str, int], tuple[int, float]] = {}  # where → (times, last time)
    gui_thread = threading.current_thread()

    def hook(exc_type, exc, tb) -> None:
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if threading.current_thread() is not gui_thread:
            # PySide6 calls the hook on the pool thread whose QRunnable.run raised: a dialog
            # built there (and the draft's timer and SQLite connection used there) can crash.
            relay.raised.emit(exc_type, exc, tb)
            return
        saved = False
        with contextlib.suppress(Exception):
            saved = bool(save_draft())
        # An error in a paint event or a timer comes back many times a second: one dialog
        # (not one after every OK, which left the app unusable) and one full traceback (not
        # megabytes that rotate the useful part of the log away); repeats are counted. The
        # same error after a quiet spell (a button clicked again) is reported again.
        where = _where(exc_type, tb)
        count, last = seen.get(where, (0, 0.0))
        now = time.monotonic()
        seen[where] = (count + 1, now)
        if count and now - last < REPEAT_QUIET_S:
            if (count + 1) & count == 0:  # 2, 4, 8, … times
                log.error("the same error again (%d times): %s at %s:%d", count + 1, *where)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", details)
        if _showing:
            return
        _showing = True
        try:
            show_error_dialog(exc, details, saved, log_path)
        finally:
            _showing = False

    relay = _to_gui = _ToGuiThread(hook)  # the global keeps it alive
    sys.excepthook = hook
    threading.excepthook = lambda args: log.error(
        "unhandled exception in thread %s\n%s",
        args.thread.name if args.thread else "?",
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )


def show_error_dialog(exc: BaseException, details: str, saved: bool, log_path: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate("ErrorDialog", "RedNote Studio hit an unexpected error: %1").replace(
            "%1", str(exc) or type(exc).__name__
        )
    )
    saved_text = (
        QCoreApplication.translate("ErrorDialog", "Your draft was saved.")
        if saved
        else QCoreApplication.translate("ErrorDialog", "Your draft could not be saved automatically.")
    )
    if log_path:
        saved_text += "\n" + QCoreApplication.translate("ErrorDialog", "Details are in the log: %1").replace("%1", log_path)
    box.setInformativeText(saved_text)
    box.setDetailedText(details)
    box.exec()
