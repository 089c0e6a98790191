"""A damaged or newer library is explained, never silently overwritten."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from studio.core.library import SCHEMA_VERSION, Library
from studio.gui import app as studio_app


def test_newer_library_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    studio_app.create_app()
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: messages.append(args[2]))
    assert studio_app.open_library_interactively(path) is None
    assert "newer version" in messages[0] and str(path) in messages[0]
    assert path.read_bytes() == before


def test_damaged_library_is_kept_aside_only_when_the_user_agrees(qtbot, tmp_path, monkeypatch):
    studio_app.create_app()
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    (tmp_path / "media").mkdir()
    photo = tmp_path / "media" / ("ab" * 32 + ".jpg")
    photo.write_bytes(b"a photo of the damaged library")
    choice = {"fresh": False}

    def fake_exec(box):
        buttons = {b.text(): b for b in box.buttons()}
        keep = next(b for text, b in buttons.items() if "new library" in text)
        box.clickedButton = (lambda: keep) if choice["fresh"] else (lambda: None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert studio_app.open_library_interactively(path) is None  # closed: nothing touched
    assert path.read_bytes() == b"garbage" * 1000
    choice["fresh"] = True
    library = studio_app.open_library_interactively(path)
    assert library is not None
    # the new library's cleanup must not delete the photos the damaged one refers to
    library.save_profile(library.get_profile(library.create_workspace("w").id))
    library.close()
    (aside,) = tmp_path.glob("library.sqlite3.damaged-*")
    assert aside.read_bytes() == b"garbage" * 1000
    (media_aside,) = tmp_path.glob("media.damaged-*")
    assert (media_aside / photo.name).read_bytes() == b"a photo of the damaged library"


def test_no_display_is_explained_not_aborted(monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(studio_app.sys, "platform", "linux")
    assert studio_app.run() == 2
    assert "no display" in capsys.readouterr().err
