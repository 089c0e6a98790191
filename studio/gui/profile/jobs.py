"""Background jobs where the latest request wins (shared by the panels of part two).

Each ``LatestJob`` owns a one-thread pool: a new request bumps a generation number; results
of older generations are dropped when they arrive, so a fast typist never sees a stale
preview and the UI thread never waits. Results come back through a queued signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.generation, self.fn, self.relay = generation, fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the panel, which shows it in words
            log.debug("background job failed\n%s", traceback.format_exc())
            self.relay.failed.emit(self.generation, str(exc) or exc.__class__.__name__)
            return
        self.relay.done.emit(self.generation, result)


class LatestJob(QObject):
    """``submit(fn)``; ``finished(result)`` fires only for the most recent request."""

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._generation = 0
        self._pending = 0

    def submit(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        # Requests still queued behind the running one are obsolete: drop them.
        self._pool.clear()
        self._pending = 1
        self.busy_changed.emit(True)
        self._pool.start(_Task(self._generation, fn, self._relay))

    def cancel(self) -> None:
        self._generation += 1
        self._pool.clear()
        self._pending = 0
        self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return self._pending > 0

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._pending = 0
        self.busy_changed.emit(False)
        self.finished.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._pending = 0
        self.busy_changed.emit(False)
        self.failed.emit(message)
