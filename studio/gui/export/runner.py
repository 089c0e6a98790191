"""Runs one export job in the background with progress and cancellation (dialogs share it)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class ExportRunner(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    _progress = Signal(int, int)
    _done = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        # Signals emitted from the worker thread are queued to this object's (UI) thread.
        self._progress.connect(self.progress)
        self._done.connect(self._deliver)

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], object]) -> None:
        """``job(progress, cancelled)`` runs on a worker thread; its return value is delivered."""
        self._cancel.clear()

        def run() -> None:
            try:
                result = job(lambda done, total: self._progress.emit(done, total), self._cancel.is_set)
            except Exception as exc:
                message = str(exc) or traceback.format_exc(limit=2)
                self._done.emit(None, message)
                return
            self._done.emit(result, "")

        self._thread = threading.Thread(target=run, name="export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float = 60.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _deliver(self, result: object, error: str) -> None:
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
