"""A queue of independent background tasks (one photo each) with overall progress.

Unlike a live preview, every photo needs its answer, so nothing is dropped except when the
queue is reset (another draft opened): results of an older batch are then ignored.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    started = Signal(int, object)
    done = Signal(int, object, object)
    failed = Signal(int, object, str)


class _Task(QRunnable):
    def __init__(self, batch: int, key: object, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.batch, self.key, self.fn, self.relay = batch, key, fn, relay

    def run(self) -> None:
        self.relay.started.emit(self.batch, self.key)
        try:
            result = self.fn()
        except Exception as exc:
            message = str(exc) or traceback.format_exc(limit=1)
            self.relay.failed.emit(self.batch, self.key, message)
            return
        self.relay.done.emit(self.batch, self.key, result)


class TaskQueue(QObject):
    started = Signal(object)  # key: its task is running now (the others wait)
    finished = Signal(object, object)  # key, result
    failed = Signal(object, str)  # key, message
    progress = Signal(int, int)  # done, total (of the current run)
    idle = Signal()

    def __init__(self, threads: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.started.connect(self._on_started)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._batch = 0
        self._total = self._done = 0
        self._stopped = False

    def submit(self, key: object, fn: Callable[[], Any]) -> None:
        if self._stopped:
            return
        if self._done >= self._total:
            self._total = self._done = 0  # a fresh run of the progress bar
        self._total += 1
        self.progress.emit(self._done, self._total)
        self._pool.start(_Task(self._batch, key, fn, self._relay))

    def reset(self) -> None:
        self._batch += 1
        self._pool.clear()
        self._total = self._done = 0
        self.progress.emit(0, 0)

    def stop(self) -> None:
        """Drop every waiting task and deliver nothing more.

        Called before the owner is deleted: deleting the pool waits for every task still
        queued (18 large photos: half a minute of frozen window), but only for the one running.
        """
        self._stopped = True
        self.reset()

    def pending(self) -> int:
        return self._total - self._done

    def wait(self, msecs: int = 60000) -> bool:
        return self._pool.waitForDone(msecs)

    def _step(self) -> None:
        self._done += 1
        self.progress.emit(self._done, self._total)
        if self._done >= self._total:
            self.idle.emit()

    def _on_started(self, batch: int, key: object) -> None:
        if batch == self._batch:
            self.started.emit(key)

    def _on_done(self, batch: int, key: object, result: object) -> None:
        if batch == self._batch:
            self.finished.emit(key, result)
            self._step()

    def _on_failed(self, batch: int, key: object, message: str) -> None:
        if batch == self._batch:
            self.failed.emit(key, message)
            self._step()
