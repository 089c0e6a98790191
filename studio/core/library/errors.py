"""Errors the app must explain to the user instead of overwriting the library file."""

from __future__ import annotations

from pathlib import Path

from studio.core.i18n import tr


class LibraryError(Exception):
    """Base class; ``str()`` is a complete user-facing message naming the file."""

    def __init__(self, path: str | Path, message: str):
        self.path = Path(path)
        super().__init__(message)


class LibraryCorruptError(LibraryError):
    def __init__(self, path: str | Path, reason: str):
        self.reason = reason
        super().__init__(
            path,
            tr(
                f"The library file {path} is damaged or is not a RedNote Studio library ({reason}). "
                "It has not been changed.",
                f"资料库文件 {path} 已损坏或不是 RedNote Studio 资料库（{reason}）。文件未被改动。",
            ),
        )


class LibraryTooNewError(LibraryError):
    def __init__(self, path: str | Path, found: int, supported: int):
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            tr(
                f"The library file {path} was written by a newer version of RedNote Studio "
                f"(format {found}; this version reads up to {supported}). Update the app to open "
                "it; the file has not been changed.",
                f"资料库文件 {path} 由更新版本的 RedNote Studio 写入（格式 {found}，本版本最高支持 "
                f"{supported}）。请更新应用后再打开；文件未被改动。",
            ),
        )


class NotFoundError(LookupError):
    """A draft, version, workspace or media item id that does not exist (any more)."""
