"""Simulated typing for the GUI benchmarks (bench/gui.py, bench/panels2.py).

Named _keystrokes, not _typing: the scripts run with bench/ first on sys.path, where a
_typing.py would shadow the standard library's C module of that name and break `import typing`.

One way to type, so the two benchmarks' stall numbers mean the same thing: each character
is an input-method commit (``QInputMethodEvent``: what a Chinese IME sends, and keyClicks
cannot type CJK) sent by a QTimer at a fixed interval, so a slow keystroke does not push
the next one back; a heartbeat QTimer records when the UI thread was free to run it.
A gap between heartbeat ticks longer than its interval is time the UI could not answer.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def pump(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@dataclass
class Typing:
    """What one typing run measured, in milliseconds."""

    gaps: list[float] = field(default_factory=list)  # between heartbeat ticks
    handling: list[float] = field(default_factory=list)  # sending each commit event

    def summary(self) -> dict:
        gaps, keys = self.gaps, self.handling
        return {
            "gap_p95": percentile(gaps, 0.95),
            "gap_p99": percentile(gaps, 0.99),
            "gap_max": max(gaps),
            "gaps_over_16": sum(1 for g in gaps if g > 16),
            "ticks": len(gaps),
            "key_p95": percentile(keys, 0.95),
            "key_max": max(keys),
        }


def type_text(
    widget, text: str, *, interval_ms: int, heartbeat_ms: int = 1, settle_ms: int = 500
) -> Typing:
    """Type ``text`` into ``widget`` one character every ``interval_ms``, then keep the
    event loop (and the heartbeat) running ``settle_ms`` so the last live update lands."""
    result = Typing()
    ticks: list[float] = []
    heartbeat = QTimer(interval=heartbeat_ms)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    typer = QTimer(interval=interval_ms)
    loop = QEventLoop()
    chars = iter(text)

    def type_one() -> None:
        char = next(chars, None)
        if char is None:
            typer.stop()
            QTimer.singleShot(settle_ms, loop.quit)
            return
        widget.setFocus()  # a live preview may take focus; a typist's stays in the field
        event = QInputMethodEvent()
        event.setCommitString(char)
        start = time.perf_counter()
        QCoreApplication.sendEvent(widget, event)
        result.handling.append((time.perf_counter() - start) * 1000)

    typer.timeout.connect(type_one)
    widget.setFocus()
    heartbeat.start()
    typer.start()
    loop.exec()
    heartbeat.stop()
    result.gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    return result
