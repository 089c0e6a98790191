"""Media stored with drafts and profiles, content-addressed in ``<data dir>/media``.

Files are copied in (never referenced by their original path, which may move or vanish),
named by their SHA-256 so the same photo added twice is stored once, and deleted when no
draft or profile refers to them any more.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from pathlib import Path

from studio.core.i18n import tr
from studio.core.library.errors import NotFoundError
from studio.core.library.files import atomic_write_bytes
from studio.core.library.models import MediaItem, Profile
from studio.core.library.schema import MEDIA_ROLES

_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "gif", "bmp", "tif", "tiff", "heic", "heif"}


class MediaMixin:
    """Media and profile methods of ``Library`` (needs ``_conn``, ``_tx``, ``media_dir``)."""

    media_dir: Path

    # ------------------------------------------------------------------ files
    def import_media_file(self, source: str | Path) -> tuple[str, str]:
        """Copy a file into the media folder; returns (sha256, ext)."""
        source = Path(source)
        data = source.read_bytes()
        ext = source.suffix.lower().lstrip(".") or "bin"
        if ext not in _EXTENSIONS:
            raise ValueError(
                tr(f"{source}: unsupported media type .{ext}", f"{source}：不支持的媒体类型 .{ext}")
            )
        ext = "jpg" if ext == "jpeg" else ext
        digest = hashlib.sha256(data).hexdigest()
        target = self.media_dir / f"{digest}.{ext}"
        if not target.exists():
            atomic_write_bytes(target, data)
        return digest, ext

    def media_path(self, item: MediaItem | str) -> Path:
        name = item.file_name if isinstance(item, MediaItem) else item
        return self.media_dir / name

    # ------------------------------------------------------------ draft media
    def add_draft_media(
        self,
        draft_id: int,
        source: str | Path,
        role: str = "photo",
        extras: dict | None = None,
    ) -> MediaItem:
        if role not in MEDIA_ROLES:
            raise ValueError(f"unknown media role {role!r}; expected one of {MEDIA_ROLES}")
        digest, ext = self.import_media_file(source)
        with self._tx() as db:
            (next_order,) = db.execute(
                "SELECT COALESCE(MAX(sort_order) + 1, 0) FROM draft_media"
                " WHERE draft_id = ? AND role = ?",
                (draft_id, role),
            ).fetchone()
            cur = db.execute(
                "INSERT INTO draft_media(draft_id, role, sha256, ext, original_name, sort_order,"
                " extras, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft_id,
                    role,
                    digest,
                    ext,
                    Path(source).name,
                    next_order,
                    json.dumps(extras or {}, ensure_ascii=False),
                    time.time(),
                ),
            )
        return self.get_draft_media(cur.lastrowid)

    def copy_draft_media(self, source_id: int, target_id: int) -> None:
        """Give ``target_id`` the photos, originals and cover of ``source_id`` (rows only: the
        files are shared by content hash)."""
        self.insert_draft_media(target_id, self.list_draft_media(source_id))

    def insert_draft_media(self, draft_id: int, items: list[MediaItem]) -> dict[int, int]:
        """Store ``items`` (read earlier, from this or another draft) as media of ``draft_id``,
        keeping order and extras; an original's ``original_of`` follows its photo when that is
        among ``items``. Returns old id → new id. Used to duplicate a draft and to undo a
        removal (the file must still be in the media folder)."""
        new_ids: dict[int, int] = {}
        with self._tx() as db:
            for item in items:
                cur = db.execute(
                    "INSERT INTO draft_media(draft_id, role, sha256, ext, original_name, sort_order,"
                    " extras, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (draft_id, item.role, item.sha256, item.ext, item.original_name, item.sort_order,
                     json.dumps(item.extras, ensure_ascii=False), time.time()),
                )
                new_ids[item.id] = cur.lastrowid
            for item in items:
                if item.extras.get("original_of") in new_ids:
                    extras = {**item.extras, "original_of": new_ids[item.extras["original_of"]]}
                    db.execute("UPDATE draft_media SET extras = ? WHERE id = ?",
                               (json.dumps(extras, ensure_ascii=False), new_ids[item.id]))
        return new_ids

    def get_draft_media(self, media_id: int) -> MediaItem:
        row = self._conn.execute(_MEDIA_SELECT + " WHERE id = ?", (media_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"media {media_id}")
        return _media(row)

    def list_draft_media(self, draft_id: int, role: str | None = None) -> list[MediaItem]:
        sql = _MEDIA_SELECT + " WHERE draft_id = ?"
        params: list = [draft_id]
        if role is not None:
            sql += " AND role = ?"
            params.append(role)
        sql += " ORDER BY role, sort_order, id"
        return [_media(row) for row in self._conn.execute(sql, params)]

    def update_draft_media(self, item: MediaItem) -> MediaItem:
        """Store a changed ``sort_order`` or ``extras`` (the file itself never changes)."""
        with self._tx() as db:
            db.execute(
                "UPDATE draft_media SET sort_order = ?, extras = ? WHERE id = ?",
                (item.sort_order, json.dumps(item.extras, ensure_ascii=False), item.id),
            )
        return self.get_draft_media(item.id)

    def reorder_draft_media(self, media_ids: list[int]) -> None:
        with self._tx() as db:
            for order, media_id in enumerate(media_ids):
                db.execute("UPDATE draft_media SET sort_order = ? WHERE id = ?", (order, media_id))

    def remove_draft_media(self, media_id: int, *, keep_file: bool = False) -> None:
        """Forget a draft's media item; its file goes too once nothing uses it, unless
        ``keep_file`` (an undo may put the item back): the file is then held, through any
        cleanup, until ``release_media`` is given its name."""
        with self._tx() as db:
            row = db.execute("SELECT sha256, ext FROM draft_media WHERE id = ?", (media_id,)).fetchone()
            db.execute("DELETE FROM draft_media WHERE id = ?", (media_id,))
        if keep_file:
            if row is not None:
                self._held_media().append(f"{row[0]}.{row[1]}")
        else:
            self.collect_unused_media()

    def release_media(self, items: list[MediaItem]) -> None:
        """The undo that kept these items' files is gone (taken or replaced): stop holding
        them. Call ``collect_unused_media`` afterwards to delete the ones no longer used."""
        held = self._held_media()
        for item in items:
            if item.file_name in held:
                held.remove(item.file_name)

    def _held_media(self) -> list[str]:
        # A list, not a set: two pending removals of the same file each hold it once.
        return self.__dict__.setdefault("_held", [])

    # ---------------------------------------------------------------- profiles
    def get_profile(self, workspace_id: int) -> Profile:
        """The workspace's profile (an empty one if none was saved yet)."""
        row = self._conn.execute(
            "SELECT workspace_id, username, bio, avatar_media, background_media, extras,"
            " modified_at FROM profiles WHERE workspace_id = ?",
            (workspace_id,),
        ).fetchone()
        if row is None:
            return Profile(workspace_id=workspace_id)
        return Profile(
            workspace_id=row[0],
            username=row[1],
            bio=tuple(str(s) for s in _json(row[2], [])),
            avatar_media=row[3],
            background_media=row[4],
            extras=_json(row[5], {}),
            modified_at=row[6],
        )

    def save_profile(self, profile: Profile) -> Profile:
        now = time.time()
        with self._tx() as db:
            db.execute(
                "INSERT INTO profiles(workspace_id, username, bio, avatar_media, background_media,"
                " extras, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(workspace_id) DO UPDATE SET username = excluded.username,"
                " bio = excluded.bio, avatar_media = excluded.avatar_media,"
                " background_media = excluded.background_media, extras = excluded.extras,"
                " modified_at = excluded.modified_at",
                (
                    profile.workspace_id,
                    profile.username,
                    json.dumps(list(profile.bio), ensure_ascii=False),
                    profile.avatar_media,
                    profile.background_media,
                    json.dumps(profile.extras, ensure_ascii=False),
                    now,
                ),
            )
        self.collect_unused_media()
        return replace(profile, modified_at=now)

    def set_profile_image(self, workspace_id: int, role: str, source: str | Path) -> Profile:
        """Copy an avatar or background image into the library and attach it to the profile."""
        if role not in ("avatar", "background"):
            raise ValueError("role must be 'avatar' or 'background'")
        digest, ext = self.import_media_file(source)
        profile = self.get_profile(workspace_id)
        field = "avatar_media" if role == "avatar" else "background_media"
        return self.save_profile(replace(profile, **{field: f"{digest}.{ext}"}))

    # ---------------------------------------------------------------- cleanup
    def collect_unused_media(self) -> int:
        """Delete media files that nothing refers to; returns how many were removed."""
        if not self.media_dir.is_dir():
            return 0
        used = {f"{s}.{e}" for s, e in self._conn.execute("SELECT sha256, ext FROM draft_media")}
        # Files kept for a pending Undo: saving the profile or changing a cover or original
        # used to delete them, and Undo then silently brought nothing back.
        used.update(self._held_media())
        for avatar, background in self._conn.execute(
            "SELECT avatar_media, background_media FROM profiles"
        ):
            used.update(name for name in (avatar, background) if name)
        removed = 0
        for path in self.media_dir.iterdir():
            if path.is_file() and not path.name.startswith(".") and path.name not in used:
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    # Windows refuses to delete a file another thread has open (a photo being
                    # checked, a cover being rendered or exported): the edit that triggered this
                    # cleanup is already stored, so it must not fail; the next cleanup retries.
                    continue
                removed += 1
        return removed


_MEDIA_SELECT = (
    "SELECT id, draft_id, role, sha256, ext, original_name, sort_order, extras, created_at"
    " FROM draft_media"
)


def _json(text: str, default):
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default


def _media(row) -> MediaItem:
    return MediaItem(
        id=row[0],
        draft_id=row[1],
        role=row[2],
        sha256=row[3],
        ext=row[4],
        original_name=row[5],
        sort_order=row[6],
        extras=_json(row[7], {}),
        created_at=row[8],
    )
