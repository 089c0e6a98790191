"""Atomic file writes (readers see the old file or the new one, never half of either), and
safe file names made from note titles."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)  # atomic on POSIX and Windows (same directory)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


# Characters Windows (and for '/', every system) refuses in a file name, and control codes.
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


# Device names Windows reserves in every folder, also with an extension ("nul.txt", "con.zip"):
# the part before the first dot, trailing spaces ignored.
_RESERVED_NAME = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?= *(\.|$))", re.IGNORECASE)


def not_reserved(stem: str) -> str:
    """``stem`` with "_" after a Windows device name: a note titled "Con" or "NUL" was
    exported as a folder/zip Windows cannot create (or as the null device itself)."""
    return _RESERVED_NAME.sub(r"\1_", stem, count=1)


def safe_file_stem(title: str, fallback: str, limit: int = 40) -> str:
    """A file name (without extension) from a note title: "周末去哪儿?" or "3/5 好物" made
    the save dialog reject the suggested name or point into a folder that does not exist."""
    stem = _UNSAFE_NAME.sub("_", " ".join(title.split()))[:limit]
    stem = stem.strip(" .")  # Windows drops trailing dots and spaces; "..": not a name
    return not_reserved(stem) or fallback
