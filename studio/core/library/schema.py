"""Library schema: versioned with ``PRAGMA user_version`` and applied by ordered migrations.

Why ``user_version``: SQLite stores it in the file header, so a newer app's database is
recognised before any table is touched and is never "downgraded" by an older app.
"""

from __future__ import annotations

import sqlite3

# 'RNST' — marks the file as ours, so a random SQLite file is never adopted and rewritten.
APPLICATION_ID = 0x524E5354

MEDIA_ROLES = ("photo", "original", "cover", "avatar", "background")

_V1 = """
CREATE TABLE workspaces (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    custom_terms    TEXT NOT NULL DEFAULT '[]',   -- JSON list of banned words
    disabled_rules  TEXT NOT NULL DEFAULT '[]',   -- JSON list of rule ids
    allow_words     TEXT NOT NULL DEFAULT '[]',   -- JSON list of allowed words
    custom_severity TEXT NOT NULL DEFAULT 'block',
    created_at      REAL NOT NULL,
    modified_at     REAL NOT NULL
);
CREATE TABLE drafts (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    hashtags     TEXT NOT NULL DEFAULT '[]',      -- JSON [{"tag": .., "tier": ..}]
    ignored      TEXT NOT NULL DEFAULT '[]',      -- JSON list of finding keys ignored here
    note_type    TEXT NOT NULL DEFAULT '',
    created_at   REAL NOT NULL,
    modified_at  REAL NOT NULL,
    deleted_at   REAL                             -- not NULL = in the trash
);
CREATE INDEX drafts_by_workspace ON drafts(workspace_id, deleted_at, modified_at);
CREATE TABLE draft_versions (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    created_at REAL NOT NULL,
    reason     TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    hashtags   TEXT NOT NULL
);
CREATE INDEX versions_by_draft ON draft_versions(draft_id, created_at);
CREATE TABLE draft_media (
    id            INTEGER PRIMARY KEY,
    draft_id      INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    role          TEXT NOT NULL
                  CHECK (role IN ('photo', 'original', 'cover', 'avatar', 'background')),
    sha256        TEXT NOT NULL,
    ext           TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    extras        TEXT NOT NULL DEFAULT '{}',     -- JSON, e.g. {"original_of": <media id>}
    created_at    REAL NOT NULL
);
CREATE INDEX media_by_draft ON draft_media(draft_id, role, sort_order);
CREATE TABLE profiles (
    workspace_id     INTEGER PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    username         TEXT NOT NULL DEFAULT '',
    bio              TEXT NOT NULL DEFAULT '[]',  -- JSON list of sentences
    avatar_media     TEXT,                        -- "<sha256>.<ext>" in the media folder
    background_media TEXT,
    extras           TEXT NOT NULL DEFAULT '{}',
    modified_at      REAL NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                           -- JSON
);
"""

# Index i holds the script that takes the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after ``from_version``, each in its own transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so BEGIN/COMMIT are ours.
    """
    for version in range(from_version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    # executescript() would commit implicitly; splitting keeps each migration atomic.
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
