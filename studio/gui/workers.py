"""Background work for the UI: one job in flight, the latest request wins.

Why one thread per worker rather than a pool: a live check or preview is only useful for the
input on screen now. While a job runs, newer requests overwrite a single pending slot, so a
burst of keystrokes costs at most one extra job, and results that are already stale when
they arrive are dropped by their generation number. Results come back through a Qt signal,
which Qt queues to the receiver's (UI) thread.

The thread lives only while there is work: it exits when the pending slot is empty, so a
panel that is dropped (say, rebuilt for another UI language) leaves no idle thread behind and
needs no explicit ``stop()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """The words a panel shows for a failed job (the traceback goes to the log)."""
    return str(exc) or exc.__class__.__name__


class LatestRequestWorker(QObject):
    """Runs submitted callables off the UI thread; only the newest pending one runs.

    ``finished(result)`` / ``failed(message)`` fire on the UI thread for the newest request
    only. ``busy_changed(bool)`` and ``busy`` say whether the answer to the newest request is
    still awaited.
    """

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)
    _delivered = Signal(int, object, object)  # internal: crosses threads (queued)

    def __init__(self, name: str = "worker", parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._cond = threading.Condition()
        self._pending: tuple[int, Callable[[], object]] | None = None
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._busy = False
        self._delivered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Callable[[], object]) -> None:
        with self._cond:
            if self._stopped:
                return
            self._generation += 1
            self._pending = (self._generation, job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
        self._set_busy(True)

    def cancel(self) -> None:
        """Forget the waiting job and make any running job's result stale."""
        with self._cond:
            self._pending = None
            self._generation += 1
        self._set_busy(False)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no job runs or waits (the result is still delivered by the event loop)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._thread is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    def stop(self, timeout: float = 2.0) -> None:
        """On quit: drop the waiting job, deliver nothing more, give a running job time to end."""
        with self._cond:
            self._stopped = True
            self._pending = None
        self.wait(timeout)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _loop(self) -> None:
        while True:
            with self._cond:
                if self._pending is None or self._stopped:
                    self._thread = None
                    self._cond.notify_all()
                    return
                generation, job = self._pending
                self._pending = None
            try:
                result, error = job(), None
            except Exception as exc:  # reported to the UI, never kills the thread
                result, error = None, exc
                log.exception("background job failed in %s", self._name)
            with self._cond:
                stopped = self._stopped
            if stopped:
                continue
            try:
                self._delivered.emit(generation, result, error)
            except RuntimeError:  # the owner (and this QObject) was deleted meanwhile
                with self._cond:
                    self._thread = None
                    self._cond.notify_all()
                return

    def _deliver(self, generation: int, result: object, error: BaseException | None) -> None:
        if generation != self._generation:
            return  # a newer request exists: this answer is for input no longer on screen
        self._set_busy(False)
        if error is not None:
            self.failed.emit(describe_error(error))
        else:
            self.finished.emit(result)
