"""Note package export: files, clean photos, text format, escaped report."""

from __future__ import annotations

import zipfile

import pytest
from PIL import Image

from studio.core.compliance.model import Finding, Severity
from studio.core.export import (
    ExportError,
    NotePackage,
    Override,
    PhotoVerdict,
    build_report,
    export_package,
    ready_to_paste,
)


def _photo_with_exif(path):
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0132] = "2026:01:01 10:00:00"
    image.save(path, exif=exif.tobytes())
    assert "exif" in Image.open(path).info
    return path


def _package(tmp_path, **kw):
    finding = Finding("absolute_terms.superlative", "absolute_terms", Severity.BLOCK, "body", 0, 2,
                      "最好", "Absolute claims <b>are</b> penalised", ("很好用",))
    return NotePackage(
        title="吉隆坡美食 <script>", body="最好吃的肉骨茶\n第二行", hashtags=["#吉隆坡", "美食", "吉隆坡"],
        cover=Image.new("RGB", (90, 120), (255, 255, 255)),
        photos=[_photo_with_exif(tmp_path / "a.jpg"), _photo_with_exif(tmp_path / "b.jpg")],
        findings=[finding], overrides=[Override("第一", "absolute_terms.rank", "workspace")],
        photo_verdicts=[PhotoVerdict("a.jpg", 72.0, "heavily_edited", "Heavily edited", ("saturation <high>",))],
        **kw,
    )


def test_ready_to_paste_format():
    text = ready_to_paste(" 标题 ", "正文\n", ["#a", "＃b", "a", " "])
    assert text == "标题\n\n正文\n\n#a #b\n"


def test_folder_package_has_expected_files_without_exif(tmp_path):
    out = export_package(_package(tmp_path), tmp_path / "out")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["cover.png", "note.txt", "photo-01.jpg", "photo-02.jpg", "report.html"]
    for photo in ("photo-01.jpg", "photo-02.jpg", "cover.png"):
        with Image.open(out / photo) as image:
            assert not image.getexif(), photo
            assert "exif" not in image.info
    assert (out / "note.txt").read_text(encoding="utf-8").endswith("#吉隆坡 #美食\n")
    # No staging leftovers next to the package.
    assert [p.name for p in (tmp_path / "out").iterdir()] == [out.name]


def test_zip_package_and_unique_names(tmp_path):
    first = export_package(_package(tmp_path), tmp_path, name="note", as_zip=True)
    second = export_package(_package(tmp_path), tmp_path, name="note", as_zip=True)
    assert first.name == "note.zip" and second.name == "note (2).zip"
    with zipfile.ZipFile(first) as archive:
        assert sorted(archive.namelist()) == sorted(
            f"note/{n}" for n in ("cover.png", "note.txt", "photo-01.jpg", "photo-02.jpg", "report.html"))


def test_report_escapes_everything(tmp_path):
    html = build_report(_package(tmp_path))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>are</b>" not in html and "saturation &lt;high&gt;" in html
    assert "absolute_terms.rank" in html and "Heavily edited" in html and "1 blocking" in html


def test_progress_and_a_bad_photo_leave_no_partial_package(tmp_path):
    steps = []
    export_package(_package(tmp_path), tmp_path / "ok", progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (5, 5) and len(steps) == 5
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    package = _package(tmp_path)
    package.photos = [*package.photos, broken]
    with pytest.raises(ExportError, match=r"broken\.jpg"):
        export_package(package, tmp_path / "bad")
    assert list((tmp_path / "bad").iterdir()) == []


def test_batch_cover_names_never_overwrite(tmp_path):
    from studio.core.cover import CoverSpec
    from studio.core.export.from_draft import export_covers

    jobs = [("早餐", CoverSpec(title="早餐", size=(120, 160))), ("3.5 tips", CoverSpec(title="tips", size=(120, 160)))]
    first = export_covers(jobs, tmp_path, "png")
    second = export_covers(jobs, tmp_path, "jpg")
    third = export_covers(jobs[:1], tmp_path, "png")
    assert [p.name for p in first] == ["早餐.png", "3.5 tips.png"]
    assert [p.name for p in second] == ["早餐.jpg", "3.5 tips.jpg"]
    assert [p.name for p in third] == ["早餐 (2).png"]
    folder = export_package(NotePackage("3.5 tips", "body"), tmp_path / "pk")
    again = export_package(NotePackage("3.5 tips", "body"), tmp_path / "pk")
    assert (folder.name, again.name) == ("3.5 tips", "3.5 tips (2)")


def test_an_unreadable_photo_is_named_as_the_user_knows_it(tmp_path):
    """The error named the library's hashed copy ("e3b0c442….jpg: not a supported image")."""
    from studio.core.export.model import PhotoVerdict

    hashed = tmp_path / "e3b0c44298fc1c149afbf4c8996fb924.jpg"
    hashed.write_bytes(b"not an image")
    package = _package(tmp_path)
    package.photos = [*package.photos, hashed]
    package.photo_verdicts = [*(PhotoVerdict(f"p{i}.jpg", None, "") for i in range(len(package.photos) - 1)),
                              PhotoVerdict("IMG_0412.jpg", None, "")]
    with pytest.raises(ExportError) as err:
        export_package(package, tmp_path / "out")
    message = str(err.value)
    assert f"photo {len(package.photos)} (IMG_0412.jpg)" in message and "e3b0c442" not in message
    assert "Photos tab" in message
