"""The drafts library: SQLite store of workspaces, drafts, versions, media and profiles."""

from studio.core.library.errors import (
    LibraryCorruptError,
    LibraryError,
    LibraryTooNewError,
    NotFoundError,
)
from studio.core.library.files import atomic_write_bytes, atomic_write_text, safe_file_stem
from studio.core.library.models import (
    TIERS,
    Draft,
    Hashtag,
    MediaItem,
    Profile,
    Version,
    Workspace,
    finding_key,
)
from studio.core.library.schema import MEDIA_ROLES, SCHEMA_VERSION
from studio.core.library.session import SessionLock
from studio.core.library.store import Library, default_path

__all__ = [
    "MEDIA_ROLES",
    "SCHEMA_VERSION",
    "TIERS",
    "Draft",
    "Hashtag",
    "Library",
    "LibraryCorruptError",
    "LibraryError",
    "LibraryTooNewError",
    "MediaItem",
    "NotFoundError",
    "Profile",
    "SessionLock",
    "Version",
    "Workspace",
    "atomic_write_bytes",
    "atomic_write_text",
    "default_path",
    "finding_key",
    "safe_file_stem",
]
