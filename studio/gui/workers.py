"""Background work for the UI: one job in flight, the latest request wins.

Why a dedicated thread rather than a pool: a live check or preview is only useful for the
text on screen now. While a job runs, newer requests overwrite a single pending slot, so a
burst of keystrokes costs at most one extra job, and results that are already stale when
they arrive are dropped by their generation number. Results come back through a Qt signal,
which Qt queues to the receiver's (UI) thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class LatestRequestWorker(QObject):
    """Runs submitted callables on one background thread; only the newest pending one runs.

    ``done(generation, result)`` / ``failed(generation, message)`` fire on the UI thread for
    the newest generation only. ``busy`` reports whether a job is running or waiting.
    """

    done = Signal(int, object)
    failed = Signal(int, str)
    _finished = Signal(int, object, str)  # internal: crosses threads (queued)

    def __init__(self, name: str = "worker", parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._cond = threading.Condition()
        self._pending: tuple[int, Callable[[], object]] | None = None
        self._generation = 0
        self._running = False
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._finished.connect(self._deliver)

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._running or self._pending is not None

    def submit(self, job: Callable[[], object]) -> int:
        with self._cond:
            if self._stopped:
                return self._generation
            self._generation += 1
            self._pending = (self._generation, job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._cond.notify()
            return self._generation

    def cancel_pending(self) -> None:
        """Forget the waiting job and make any running job's result stale."""
        with self._cond:
            self._pending = None
            self._generation += 1

    def stop(self, timeout: float = 2.0) -> None:
        with self._cond:
            self._stopped = True
            self._pending = None
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                generation, job = self._pending
                self._pending = None
                self._running = True
            try:
                result, error = job(), ""
            except Exception:  # reported to the UI, never kills the thread
                result, error = None, traceback.format_exc()
                log.exception("background job failed in %s", self._name)
            with self._cond:
                self._running = False
                stopped = self._stopped
            if not stopped:
                self._finished.emit(generation, result, error)

    def _deliver(self, generation: int, result: object, error: str) -> None:
        if generation != self._generation:
            return  # a newer request exists: this answer is for text no longer on screen
        if error:
            self.failed.emit(generation, error)
        else:
            self.done.emit(generation, result)
