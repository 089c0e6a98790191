"""A lock file that tells the next start whether the previous session ended cleanly.

The text itself is safe in the library (autosave commits within ~2 s); the lock only lets
the app say "restored after an unexpected exit" and reopen the draft that was being edited.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
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
    if not isinstance(pid, int) or pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _alive_windows(pid: int) -> bool:
    """On Windows ``os.kill(pid, 0)`` would *terminate* the process, so ask the kernel."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
