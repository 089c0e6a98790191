"""A lock file that tells the next start whether the previous session ended cleanly.

The text itself is safe in the library (autosave commits within ~2 s); the lock only lets
the app say "restored after an unexpected exit" and reopen the draft that was being edited.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path


class SessionLock:
    def __init__(self, directory: Path):
        self.path = Path(directory) / "session.lock"
        self.previous: dict | None = None  # contents left by a session that did not close

    def other_instance(self) -> int | None:
        """The process id of another running session on this library, if there is one.

        Two windows on one library overwrite each other's edits, and the first to quit would
        remove this lock from under the other; the app asks before opening a second one."""
        try:
            pid = json.loads(self.path.read_text(encoding="utf-8")).get("pid")
        except (OSError, ValueError, AttributeError):
            return None
        return pid if _alive(pid) else None

    def acquire(self) -> bool:
        """Take the lock; return True when the previous session ended uncleanly."""
        if self.path.exists():
            try:
                self.previous = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.previous = {}
            if _alive(self.previous.get("pid")):
                self.previous = None  # another instance is running: not a crash
        self.path.write_text(json.dumps({"pid": os.getpid(), "started": time.time()}), "utf-8")
        return self.previous is not None

    def release(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
