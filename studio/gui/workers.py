"""Background work for the UI: one job in flight, the latest request wins.

Why one thread per worker rather than a shared pool: a live check or preview is only useful
for the input on screen now. While a job runs, a newer request replaces the one waiting, so a
burst of keystrokes costs at most one extra job, and results that are already stale when they
arrive are dropped by their generation number. Results come back through a Qt signal, which Qt
queues to the receiver's (UI) thread.

The thread is a one-thread ``QThreadPool`` owned by the worker: when a panel is dropped (say,
rebuilt for another UI language) Qt deletes the pool first, which waits for a running job, so
no thread ever emits into a deleted object, and the pool's idle thread expires by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """The words a panel shows for a failed job (the traceback goes to the log)."""
    return str(exc) or exc.__class__.__name__


class _Relay(QObject):
    delivered = Signal(int, object, str)  # generation, result, error ("" when it worked)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], object], relay: _Relay, name: str):
        super().__init__()
        self.generation, self.fn, self.relay, self.name = generation, fn, relay, name

    def run(self) -> None:
        try:
            result, error = self.fn(), ""
        except Exception as exc:  # reported to the UI, never kills the thread
            log.warning("background job failed in %s", self.name, exc_info=True)
            result, error = None, describe_error(exc)
        self.relay.delivered.emit(self.generation, result, error)


class LatestRequestWorker(QObject):
    """Runs submitted callables off the UI thread; only the newest waiting one runs.

    ``finished(result)`` / ``failed(message)`` fire on the UI thread for the newest request
    only. ``busy_changed(bool)`` and ``busy`` say whether the answer to the newest request is
    still awaited.
    """

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, name: str = "worker", parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        # Created before the relay, so deleted before it: the pool's destructor waits for a
        # running job, whose result still has a live relay to go through.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.delivered.connect(self._deliver)
        self._generation = 0
        self._busy = False
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Callable[[], object]) -> None:
        if self._stopped:
            return
        self._generation += 1
        self._pool.clear()  # the request still waiting behind the running one is obsolete
        self._pool.start(_Job(self._generation, job, self._relay, self._name))
        self._set_busy(True)

    def cancel(self) -> None:
        """Forget the waiting job and make any running job's result stale."""
        self._generation += 1
        self._pool.clear()
        self._set_busy(False)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no job runs or waits (the result is still delivered by the event loop)."""
        return self._pool.waitForDone(int(timeout * 1000))

    def stop(self, timeout: float = 2.0) -> None:
        """On quit: drop the waiting job, deliver nothing more, give a running job time to end."""
        self._stopped = True
        self.cancel()
        self.wait(timeout)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _deliver(self, generation: int, result: object, error: str) -> None:
        if generation != self._generation or self._stopped:
            return  # a newer request exists: this answer is for input no longer on screen
        self._set_busy(False)
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
