import sqlite3
from dataclasses import replace

import pytest

from studio.core.compliance.model import Severity
from studio.core.library import (
    SCHEMA_VERSION,
    Hashtag,
    Library,
    LibraryCorruptError,
    LibraryTooNewError,
    NotFoundError,
)


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def test_new_library_is_wal_and_versioned(lib):
    assert lib._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_draft_round_trip_and_search(lib):
    ws = lib.create_workspace("Client A")
    d = lib.create_draft(ws.id, "吉隆坡探店", "好吃的肉骨茶", [Hashtag("吉隆坡", "core")])
    lib.create_draft(ws.id, "Other", "nothing here")
    assert [x.id for x in lib.list_drafts(ws.id, search="肉骨茶")] == [d.id]
    assert [x.id for x in lib.list_drafts(ws.id, search="吉隆坡")] == [d.id]
    assert lib.list_drafts(ws.id, search="100%") == []  # LIKE wildcards are escaped
    saved = lib.save_draft(replace(d, body="改了", ignored=frozenset({"k"})))
    again = lib.get_draft(d.id)
    assert again.body == "改了" and again.ignored == {"k"} and again.hashtags == d.hashtags
    assert lib.list_drafts(ws.id)[0].id == saved.id  # most recently modified first


def test_search_matches_tag_text_not_how_tags_are_stored(lib):
    # Hashtags are stored as JSON: "tag", "core", "tier" or a quote used to list every draft
    # that had hashtags, and "#探店" (how a creator writes a tag) found nothing.
    ws = lib.create_workspace("Client A")
    tagged = lib.create_draft(ws.id, "Lunch", "noodles", [Hashtag("探店", "core"), Hashtag("KLfood", "trending")])
    lib.create_draft(ws.id, "Core workout", "the tag line is here")
    for query in ("tier", "trending", '"', "{"):
        assert lib.list_drafts(ws.id, search=query) == [], query
    assert [d.title for d in lib.list_drafts(ws.id, search="core")] == ["Core workout"]
    assert [d.title for d in lib.list_drafts(ws.id, search="tag")] == ["Core workout"]
    for query in ("#探店", "＃探店", "探店", "klfood", "#KLF"):
        assert [d.id for d in lib.list_drafts(ws.id, search=query)] == [tagged.id], query


def test_duplicate_trash_restore_purge(lib):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id, "t", "b")
    copy = lib.duplicate_draft(d.id, " (copy)")
    assert copy.id != d.id and copy.title == "t (copy)" and copy.body == "b"
    lib.trash_draft(d.id)
    assert [x.id for x in lib.list_drafts(ws.id)] == [copy.id]
    assert [x.id for x in lib.list_drafts(ws.id, trash=True)] == [d.id]
    lib.restore_draft(d.id)
    assert len(lib.list_drafts(ws.id)) == 2
    lib.purge_draft(d.id)
    with pytest.raises(NotFoundError):
        lib.get_draft(d.id)


def test_versions_skip_duplicates_and_restore_keeps_current(lib):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id, "v1", "one")
    first = lib.snapshot(d.id)
    assert first is not None and lib.snapshot(d.id) is None  # unchanged text: no new version
    lib.save_draft(replace(d, title="v2", body="two"))
    lib.snapshot(d.id, "manual")
    restored = lib.restore_version(first.id)
    assert (restored.title, restored.body) == ("v1", "one")
    titles = [v.title for v in lib.list_versions(d.id)]
    assert titles == ["v2", "v1"]  # "before-restore" of v2 was identical to the manual one


def test_versions_are_capped(lib, monkeypatch):
    from studio.core.library import store

    monkeypatch.setattr(store, "MAX_VERSIONS_PER_DRAFT", 3)
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    for i in range(6):
        d = lib.save_draft(replace(d, body=str(i)))
        lib.snapshot(d.id)
    assert [v.body for v in lib.list_versions(d.id)] == ["5", "4", "3"]


def test_the_cap_keeps_saved_and_overwritten_versions(lib, monkeypatch):
    """A Ctrl+S version, or the text another window wrote, was pruned like any autosave."""
    from studio.core.library import store

    monkeypatch.setattr(store, "MAX_VERSIONS_PER_DRAFT", 3)
    d = lib.create_draft(lib.create_workspace("w").id)
    d = lib.save_draft(replace(d, body="saved"))
    lib.snapshot(d.id, "manual")
    d = lib.save_draft(replace(d, body="from the other window"))
    lib.snapshot(d.id, "overwritten")
    for i in range(6):
        d = lib.save_draft(replace(d, body=str(i)))
        lib.snapshot(d.id, "switch")
    bodies = [v.body for v in lib.list_versions(d.id)]
    assert bodies == ["5", "4", "3", "from the other window", "saved"]


def test_workspace_rules(lib):
    ws = lib.create_workspace("w")
    ws = lib.save_workspace(
        replace(
            ws,
            custom_terms=("竞品A", " 竞品A ", ""),
            disabled_rules=frozenset({"absolute_terms.superlative"}),
            allow_words=("第一",),
            custom_severity=Severity.WARN,
        )
    )
    rules = lib.get_workspace(ws.id).rules()
    assert rules.custom_terms == ("竞品A",)
    assert rules.disabled_rules == {"absolute_terms.superlative"}
    assert rules.allow_words == ("第一",)
    assert rules.custom_severity is Severity.WARN


def test_settings(lib):
    assert lib.get_setting("missing", 5) == 5
    lib.set_setting("language", "zh")
    lib.set_setting("language", "en")
    assert lib.get_setting("language") == "en"


def test_corrupt_file_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryCorruptError) as info:
        Library.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_damaged_pages_are_reported(tmp_path):
    path = tmp_path / "lib.sqlite3"
    lib = Library.open(path)
    ws = lib.create_workspace("w")
    for i in range(200):
        lib.create_draft(ws.id, f"t{i}", "x" * 500)
    lib._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xff" * (4096 * 4)
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryCorruptError):
        Library.open(path)
    assert path.read_bytes() == bytes(data)


def test_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "lib.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError) as info:
        Library.open(path)
    assert info.value.found == SCHEMA_VERSION + 1
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_not_adopted(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryCorruptError):
        Library.open(path)


def test_a_duplicate_keeps_its_photos_originals_and_cover(lib, tmp_path):
    """Duplicating a draft copied its text only: the copy had no photos and no cover."""
    from PIL import Image

    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id, "t", "b")
    files = []
    for name, colour in (("a.jpg", "red"), ("raw.jpg", "blue"), ("cover.png", "green")):
        files.append(tmp_path / name)
        Image.new("RGB", (20, 20), colour).save(files[-1])
    photo = lib.add_draft_media(d.id, files[0], role="photo", extras={"analysis": {"score": 12}})
    lib.add_draft_media(d.id, files[1], role="original", extras={"original_of": photo.id})
    lib.add_draft_media(d.id, files[2], role="cover")
    copy = lib.duplicate_draft(d.id, " (copy)")
    media = {m.role: m for m in lib.list_draft_media(copy.id)}
    assert set(media) == {"photo", "original", "cover"}
    assert media["photo"].id != photo.id and media["photo"].extras == {"analysis": {"score": 12}}
    assert media["original"].extras["original_of"] == media["photo"].id  # points at the copy's photo
    assert [m.original_name for m in lib.list_draft_media(copy.id, role="photo")] == ["a.jpg"]
    lib.trash_draft(d.id)
    lib.purge_draft(d.id)
    assert all(lib.media_path(m).exists() for m in media.values())  # files are shared, not lost


def test_a_purged_draft_takes_its_cover_design_along(tmp_path):
    # SQLite reuses the highest id: the next new draft opened with the dead draft's cover text.
    from studio.core.export.covers import load_cover_settings, save_cover_settings

    lib = Library.open(tmp_path / "lib.sqlite3")
    ws = lib.create_workspace("w")
    gone = lib.create_draft(ws.id, "private trip")
    save_cover_settings(lib, gone.id, {"title": "private trip", "label": "secret"})
    lib.purge_draft(gone.id)
    fresh = lib.create_draft(ws.id, "new")
    assert load_cover_settings(lib, fresh.id) == {}
    other = lib.create_workspace("x")
    kept = lib.create_draft(other.id, "stays")
    save_cover_settings(lib, kept.id, {"title": "stays"})
    save_cover_settings(lib, fresh.id, {"title": "new"})
    lib.delete_workspace(ws.id)
    assert lib.get_setting(f"cover_spec.{fresh.id}") is None
    assert load_cover_settings(lib, kept.id) == {"title": "stays"}
    lib.close()


def test_a_duplicate_keeps_the_cover_design(tmp_path):
    from studio.core.export.covers import load_cover_settings, save_cover_settings

    lib = Library.open(tmp_path / "lib.sqlite3")
    source = lib.create_draft(lib.create_workspace("w").id, "note")
    save_cover_settings(lib, source.id, {"template": "magazine", "label": "NEW"})
    copy = lib.duplicate_draft(source.id, " (copy)")
    assert load_cover_settings(lib, copy.id) == {"template": "magazine", "label": "NEW"}
    plain = lib.duplicate_draft(lib.create_draft(source.workspace_id, "plain").id)
    assert load_cover_settings(lib, plain.id) == {}
    lib.close()
