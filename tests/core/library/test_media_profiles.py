import pytest

from studio.core.library import Library, Profile


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "data" / "lib.sqlite3")
    yield library
    library.close()


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_media_is_copied_deduplicated_and_ordered(lib, tmp_path):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    a = lib.add_draft_media(d.id, _file(tmp_path, "a.JPEG", b"aaa"), "photo")
    b = lib.add_draft_media(d.id, _file(tmp_path, "b.png", b"bbb"), "photo")
    again = lib.add_draft_media(d.id, _file(tmp_path, "copy.jpeg", b"aaa"), "original",
                                extras={"original_of": a.id})
    assert a.ext == "jpg" and a.original_name == "a.JPEG"
    assert lib.media_path(a).read_bytes() == b"aaa"
    assert lib.media_path(a) == lib.media_path(again)  # same content stored once
    assert [m.id for m in lib.list_draft_media(d.id, "photo")] == [a.id, b.id]
    assert lib.list_draft_media(d.id, "original")[0].extras == {"original_of": a.id}
    lib.reorder_draft_media([b.id, a.id])
    assert [m.id for m in lib.list_draft_media(d.id, "photo")] == [b.id, a.id]


def test_removing_media_deletes_unreferenced_files_only(lib, tmp_path):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    a = lib.add_draft_media(d.id, _file(tmp_path, "a.jpg", b"aaa"))
    a2 = lib.add_draft_media(d.id, _file(tmp_path, "a2.jpg", b"aaa"), "cover")
    lib.remove_draft_media(a.id)
    assert lib.media_path(a2).exists()  # still used by the cover
    lib.remove_draft_media(a2.id)
    assert not lib.media_path(a2).exists()


def test_purging_a_draft_removes_its_media(lib, tmp_path):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    m = lib.add_draft_media(d.id, _file(tmp_path, "x.png", b"xyz"))
    lib.purge_draft(d.id)
    assert not lib.media_path(m).exists()


def test_unknown_role_and_type_are_refused(lib, tmp_path):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    with pytest.raises(ValueError):
        lib.add_draft_media(d.id, _file(tmp_path, "a.jpg", b"a"), "thumbnail")
    with pytest.raises(ValueError):
        lib.add_draft_media(d.id, _file(tmp_path, "a.exe", b"a"), "photo")


def test_profile_round_trip_with_images(lib, tmp_path):
    ws = lib.create_workspace("w")
    assert lib.get_profile(ws.id) == Profile(workspace_id=ws.id)
    lib.save_profile(Profile(ws.id, "林小佳 [律师]", ("我是律师", "解答租房问题", "私信我")))
    profile = lib.set_profile_image(ws.id, "avatar", _file(tmp_path, "me.png", b"face"))
    loaded = lib.get_profile(ws.id)
    assert loaded.username == "林小佳 [律师]" and len(loaded.bio) == 3
    assert loaded.avatar_media == profile.avatar_media
    assert lib.media_path(loaded.avatar_media).read_bytes() == b"face"


def test_a_file_kept_for_undo_survives_cleanup_until_released(lib, tmp_path):
    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    a = lib.add_draft_media(d.id, _file(tmp_path, "a.jpg", b"aaa"), "photo")
    b = lib.add_draft_media(d.id, _file(tmp_path, "b.jpg", b"bbb"), "photo")
    lib.remove_draft_media(a.id, keep_file=True)
    lib.remove_draft_media(b.id)  # cleans up: b's file goes, a's is held
    lib.save_profile(lib.get_profile(ws.id))
    assert lib.media_path(a).exists() and not lib.media_path(b).exists()
    lib.release_media([a])
    lib.collect_unused_media()
    assert not lib.media_path(a).exists()


def test_a_file_that_cannot_be_deleted_yet_does_not_fail_the_edit(lib, tmp_path, monkeypatch):
    """On Windows a file open in another thread (a photo being checked) cannot be deleted:
    removing its row raised PermissionError into the unhandled-error dialog."""
    from pathlib import Path

    ws = lib.create_workspace("w")
    d = lib.create_draft(ws.id)
    a = lib.add_draft_media(d.id, _file(tmp_path, "a.jpg", b"aaa"), "photo")
    b = lib.add_draft_media(d.id, _file(tmp_path, "b.jpg", b"bbb"), "photo")
    busy = lib.media_path(a)
    real_unlink = Path.unlink

    def unlink(path, missing_ok=False):
        if path == busy:
            raise PermissionError(13, "The process cannot access the file", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    lib.remove_draft_media(a.id)
    assert lib.list_draft_media(d.id) == [lib.get_draft_media(b.id)]
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert lib.collect_unused_media() == 1  # tidied at the next cleanup
    assert not busy.exists()
