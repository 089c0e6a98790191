"""The library: one SQLite file (WAL) with workspaces, drafts, versions, media and settings.

Used from one thread (the UI thread): every write is a single short transaction, which in
WAL mode with ``synchronous=NORMAL`` takes well under a millisecond, so autosave never
stalls typing. A transaction is atomic, so a kill at any moment leaves the last commit.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from studio.core import paths
from studio.core.compliance.model import Severity
from studio.core.library.errors import LibraryCorruptError, LibraryTooNewError, NotFoundError
from studio.core.library.media import MediaMixin
from studio.core.library.models import Draft, Hashtag, Version, Workspace
from studio.core.library.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

_SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_VERSIONS_PER_DRAFT = 50  # automatic versions; see _KEPT_REASONS
# Versions the cap never prunes: one the user saved on purpose (Ctrl+S), and the text another
# window wrote, kept when this one overwrote it (the only copy of that text).
_KEPT_REASONS = ("manual", "overwritten")
DB_NAME = "library.sqlite3"
# Settings stored per draft (the cover design, see studio/core/export/covers.py). They go with
# the draft (copied by Duplicate, deleted by purge): SQLite hands a deleted draft's id to the next new draft, which then opened with
# the dead draft's cover title, subtitle and label.
DRAFT_SETTING_KEYS = ("cover_spec.{}",)


def default_path() -> Path:
    return paths.user_data_dir() / DB_NAME


class Library(MediaMixin):
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self.path = path
        self.media_dir = path.parent / "media"

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        """Open or create the library. Raises ``LibraryCorruptError``/``LibraryTooNewError``
        without writing a byte when the file is not a library this version can use."""
        path = Path(path) if path else default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_header(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except sqlite3.Error as exc:
            raise LibraryCorruptError(path, str(exc)) from exc
        try:
            version, app_id = _read_identity(conn, path)
            if version > SCHEMA_VERSION:
                raise LibraryTooNewError(path, version, SCHEMA_VERSION)
            if app_id not in (0, APPLICATION_ID) or (app_id == 0 and _has_tables(conn)):
                raise LibraryCorruptError(path, "not a RedNote Studio library")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -------------------------------------------------------------- workspaces
    def create_workspace(self, name: str) -> Workspace:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO workspaces(name, created_at, modified_at) VALUES (?, ?, ?)",
                (name, now, now),
            )
        return self.get_workspace(cur.lastrowid)

    def get_workspace(self, workspace_id: int) -> Workspace:
        row = self._conn.execute("SELECT * FROM workspaces WHERE id = ?", (workspace_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"workspace {workspace_id}")
        return _workspace(row, self._columns("workspaces"))

    def list_workspaces(self) -> list[Workspace]:
        cols = self._columns("workspaces")
        rows = self._conn.execute("SELECT * FROM workspaces ORDER BY name COLLATE NOCASE, id")
        return [_workspace(row, cols) for row in rows]

    def save_workspace(self, ws: Workspace) -> Workspace:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE workspaces SET name=?, custom_terms=?, disabled_rules=?, allow_words=?,"
                " custom_severity=?, modified_at=? WHERE id=?",
                (
                    ws.name,
                    _dump(list(_clean_words(ws.custom_terms))),
                    _dump(sorted(ws.disabled_rules)),
                    _dump(list(_clean_words(ws.allow_words))),
                    Severity(ws.custom_severity).value,
                    time.time(),
                    ws.id,
                ),
            )
        if cur.rowcount == 0:
            raise NotFoundError(f"workspace {ws.id}")
        return self.get_workspace(ws.id)

    def delete_workspace(self, workspace_id: int) -> None:
        with self._tx() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM drafts WHERE workspace_id = ?", (workspace_id,))]
            _forget_draft_settings(db, ids)
            db.execute("DELETE FROM workspaces WHERE id = ?", (workspace_id,))
        self.collect_unused_media()

    # ------------------------------------------------------------------ drafts
    def create_draft(
        self,
        workspace_id: int,
        title: str = "",
        body: str = "",
        hashtags: Iterable[Hashtag] = (),
        note_type: str = "",
    ) -> Draft:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO drafts(workspace_id, title, body, hashtags, note_type, created_at,"
                " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (workspace_id, title, body, _dump_tags(hashtags), note_type, now, now),
            )
        return self.get_draft(cur.lastrowid)

    def get_draft(self, draft_id: int) -> Draft:
        row = self._conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"draft {draft_id}")
        return _draft(row, self._columns("drafts"))

    def save_draft(self, draft: Draft) -> Draft:
        """Store the draft's editable fields; returns it with the new modification time."""
        return self.save_draft_checked(draft)[0]

    def save_draft_checked(self, draft: Draft) -> tuple[Draft, bool]:
        """``save_draft``, also saying whether it overwrote text written elsewhere.

        Two windows (two app instances) editing one draft each wrote their whole text over
        the other's, and the one saved first was lost. When the stored draft changed since
        ``draft`` was read (its ``modified_at`` differs) and holds other text, that text is
        kept as a version ("overwritten") before this one is written."""
        stored = self.get_draft(draft.id)  # NotFoundError if it is gone
        overwritten = stored.modified_at != draft.modified_at and not stored.same_content(draft)
        if overwritten:
            self.snapshot(draft.id, "overwritten")
        return self._write_draft(draft), overwritten

    def _write_draft(self, draft: Draft) -> Draft:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "UPDATE drafts SET title=?, body=?, hashtags=?, ignored=?, note_type=?,"
                " modified_at=? WHERE id=?",
                (
                    draft.title,
                    draft.body,
                    _dump_tags(draft.hashtags),
                    _dump(sorted(draft.ignored)),
                    draft.note_type,
                    now,
                    draft.id,
                ),
            )
        if cur.rowcount == 0:
            raise NotFoundError(f"draft {draft.id}")
        return replace(draft, modified_at=now)

    def list_drafts(self, workspace_id: int, search: str = "", trash: bool = False) -> list[Draft]:
        """Drafts of a workspace, most recently modified first; ``search`` matches title,
        body and hashtags (case-insensitive substring; "#美食" finds the tag 美食)."""
        sql = "SELECT * FROM drafts WHERE workspace_id = ? AND deleted_at IS " + (
            "NOT NULL" if trash else "NULL"
        )
        params: list = [workspace_id]
        needle = search.strip()
        tag_needle = needle.lstrip("#＃").strip() or needle
        if needle:
            sql += " AND (title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' OR hashtags LIKE ? ESCAPE '\\')"
            pattern = "%" + _escape_like(needle) + "%"
            params += [pattern, pattern, "%" + _escape_like(tag_needle) + "%"]
        sql += " ORDER BY modified_at DESC, id DESC"
        cols = self._columns("drafts")
        drafts = [_draft(row, cols) for row in self._conn.execute(sql, params)]
        if needle:
            # The hashtags column is JSON, so LIKE also hit its keys and punctuation: "tag",
            # "core" or ":" listed every draft with hashtags. Keep only real matches.
            drafts = [d for d in drafts if _matches(d, needle, tag_needle)]
        return drafts

    def duplicate_draft(self, draft_id: int, title_suffix: str = "") -> Draft:
        source = self.get_draft(draft_id)
        copy = self.create_draft(
            source.workspace_id,
            source.title + title_suffix,
            source.body,
            source.hashtags,
            source.note_type,
        )
        copy = self.save_draft(replace(copy, ignored=source.ignored))
        self.copy_draft_media(source.id, copy.id)  # a copy without its photos and cover was half a copy
        with self._tx() as db:  # and its cover design (template, title, label…) goes with it
            for key in DRAFT_SETTING_KEYS:
                db.execute(
                    "INSERT OR REPLACE INTO settings(key, value) SELECT ?, value FROM settings WHERE key = ?",
                    (key.format(copy.id), key.format(source.id)),
                )
        return copy

    def trash_draft(self, draft_id: int) -> None:
        self._set_deleted(draft_id, time.time())

    def restore_draft(self, draft_id: int) -> None:
        self._set_deleted(draft_id, None)

    def purge_draft(self, draft_id: int) -> None:
        """Delete for good (from the trash): versions and media rows go with it."""
        with self._tx() as db:
            _forget_draft_settings(db, [draft_id])
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        self.collect_unused_media()

    def _set_deleted(self, draft_id: int, when: float | None) -> None:
        with self._tx() as db:
            cur = db.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (when, draft_id))
        if cur.rowcount == 0:
            raise NotFoundError(f"draft {draft_id}")

    # ---------------------------------------------------------------- versions
    def snapshot(self, draft_id: int, reason: str = "auto") -> Version | None:
        """Record the draft's current text as a version, unless the latest version already
        holds exactly this text. Old automatic versions beyond the cap are pruned (saved and
        "overwritten" ones are kept: 50 switches or autosaves used to prune them too)."""
        draft = self.get_draft(draft_id)
        latest = self.list_versions(draft_id, limit=1)
        if latest and draft.same_content(latest[0]):
            return None
        if not latest and not (draft.title or draft.body or draft.hashtags):
            return None
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO draft_versions(draft_id, created_at, reason, title, body, hashtags)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (draft_id, now, reason, draft.title, draft.body, _dump_tags(draft.hashtags)),
            )
            automatic = f"reason NOT IN ({', '.join('?' for _ in _KEPT_REASONS)})"
            db.execute(
                f"DELETE FROM draft_versions WHERE draft_id = ? AND {automatic} AND id NOT IN"
                f" (SELECT id FROM draft_versions WHERE draft_id = ? AND {automatic}"
                " ORDER BY created_at DESC, id DESC LIMIT ?)",
                (draft_id, *_KEPT_REASONS, draft_id, *_KEPT_REASONS, MAX_VERSIONS_PER_DRAFT),
            )
        return self.get_version(cur.lastrowid)

    def list_versions(self, draft_id: int, limit: int = -1) -> list[Version]:
        cols = self._columns("draft_versions")
        rows = self._conn.execute(
            "SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY created_at DESC, id DESC"
            " LIMIT ?",
            (draft_id, limit),
        )
        return [_version(row, cols) for row in rows]

    def get_version(self, version_id: int) -> Version:
        row = self._conn.execute(
            "SELECT * FROM draft_versions WHERE id = ?", (version_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"version {version_id}")
        return _version(row, self._columns("draft_versions"))

    def restore_version(self, version_id: int) -> Draft:
        """Make an old version current again; the text it replaces is kept as a version."""
        version = self.get_version(version_id)
        self.snapshot(version.draft_id, "before-restore")
        draft = self.get_draft(version.draft_id)
        return self.save_draft(
            replace(draft, title=version.title, body=version.body, hashtags=version.hashtags)
        )

    # ---------------------------------------------------------------- settings
    def get_setting(self, key: str, default=None):
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set_setting(self, key: str, value) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, _dump(value)),
            )

    # ----------------------------------------------------------------- helpers
    def _columns(self, table: str) -> list[str]:
        cache = self.__dict__.setdefault("_column_cache", {})
        if table not in cache:
            cache[table] = [r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")]
        return cache[table]


def _forget_draft_settings(db: sqlite3.Connection, draft_ids: list[int]) -> None:
    keys = [key.format(i) for i in draft_ids for key in DRAFT_SETTING_KEYS]
    db.executemany("DELETE FROM settings WHERE key = ?", [(k,) for k in keys])


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryCorruptError(path, exc.strerror or str(exc)) from exc
    if head and head != _SQLITE_MAGIC:
        raise LibraryCorruptError(path, "not an SQLite database")


def _read_identity(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise LibraryCorruptError(path, str(exc)) from exc
    if check != "ok":
        raise LibraryCorruptError(path, check)
    return version, app_id


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _dump_tags(tags: Iterable[Hashtag]) -> str:
    return _dump([t.to_dict() for t in tags])


def _load_list(text: str) -> list:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _clean_words(words: Iterable[str]) -> Iterator[str]:
    seen = set()
    for word in words:
        word = word.strip()
        if word and word not in seen:
            seen.add(word)
            yield word


def _matches(draft: Draft, needle: str, tag_needle: str) -> bool:
    """The search rule ``list_drafts`` pre-filters with LIKE, applied to the decoded draft."""
    needle, tag_needle = needle.casefold(), tag_needle.casefold()
    return (
        needle in draft.title.casefold()
        or needle in draft.body.casefold()
        or any(tag_needle in tag.tag.casefold() for tag in draft.hashtags)
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _workspace(row, cols) -> Workspace:
    d = dict(zip(cols, row, strict=True))
    try:
        severity = Severity(d["custom_severity"])
    except ValueError:
        severity = Severity.BLOCK
    return Workspace(
        id=d["id"],
        name=d["name"],
        custom_terms=tuple(_load_list(d["custom_terms"])),
        disabled_rules=frozenset(_load_list(d["disabled_rules"])),
        allow_words=tuple(_load_list(d["allow_words"])),
        custom_severity=severity,
        created_at=d["created_at"],
        modified_at=d["modified_at"],
    )


def _tags(text: str) -> tuple[Hashtag, ...]:
    return tuple(Hashtag.from_dict(t) for t in _load_list(text) if isinstance(t, dict))


def _draft(row, cols) -> Draft:
    d = dict(zip(cols, row, strict=True))
    return Draft(
        id=d["id"],
        workspace_id=d["workspace_id"],
        title=d["title"],
        body=d["body"],
        hashtags=_tags(d["hashtags"]),
        ignored=frozenset(_load_list(d["ignored"])),
        note_type=d["note_type"],
        created_at=d["created_at"],
        modified_at=d["modified_at"],
        deleted_at=d["deleted_at"],
    )


def _version(row, cols) -> Version:
    d = dict(zip(cols, row, strict=True))
    return Version(
        id=d["id"],
        draft_id=d["draft_id"],
        created_at=d["created_at"],
        reason=d["reason"],
        title=d["title"],
        body=d["body"],
        hashtags=_tags(d["hashtags"]),
    )
