"""The compliance engine as the UI sees it: loaded in the background, one per workspace.

``Engine.default()`` can take about a second (jieba, rule compilation), so it is built on
a background thread while the window is already usable; panels show "checker loading…"
until ``ready`` fires. Workspace variants are cached by their (hashable) rules.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from studio.core.compliance.model import WorkspaceRules

log = logging.getLogger(__name__)


class EngineProvider(QObject):
    ready = Signal(object)  # the base engine
    failed = Signal(str)  # a user-facing reason
    _loaded = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = None
        self._error = ""
        self._started = False
        self._lock = threading.Lock()
        self._variants: dict[WorkspaceRules, object] = {}
        self._loaded.connect(self._on_loaded)

    @property
    def engine(self):
        return self._engine

    @property
    def error(self) -> str:
        return self._error

    @property
    def is_ready(self) -> bool:
        return self._engine is not None

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._thread = threading.Thread(target=self._load, name="engine-loader", daemon=True)
        self._thread.start()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Wait for a load in progress: a process exiting under a running loader aborts."""
        thread = getattr(self, "_thread", None)
        if thread is not None and thread.is_alive():
            thread.join(timeout)

    def load_now(self) -> None:
        """Synchronous load (tests, benchmarks)."""
        self._started = True
        self._load()

    def _load(self) -> None:
        try:
            from studio.core.compliance import Engine

            engine = Engine.default()
            engine.warm_up()  # jieba's dictionary: pay for it here, not on the first keystroke
        except Exception as exc:  # a broken rule pack must not take the app down
            log.exception("compliance engine failed to load")
            self._loaded.emit(None, str(exc) or type(exc).__name__)
        else:
            self._loaded.emit(engine, "")

    def _on_loaded(self, engine, error: str) -> None:
        if engine is None:
            self._error = error
            self.failed.emit(error)
        else:
            self._engine = engine
            self.ready.emit(engine)

    def for_rules(self, rules: WorkspaceRules | None):
        """The engine with a workspace's rules applied (thread-safe; may run off the UI thread)."""
        if self._engine is None:
            return None
        if rules is None or rules == WorkspaceRules():
            return self._engine
        with self._lock:
            variant = self._variants.get(rules)
            if variant is None:
                variant = self._engine.with_workspace(rules)
                if len(self._variants) > 8:
                    self._variants.clear()
                self._variants[rules] = variant
            return variant
