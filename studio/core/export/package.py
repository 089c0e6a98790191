"""Write a note package as a folder or a zip: cover, photos (metadata stripped), note.txt, report.html.

Written into a hidden temporary folder first and renamed at the end, so a failed or cancelled
export never leaves a half-written package under the final name.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from studio.core.i18n import tr
from studio.core.imageio import ImageLoadError, open_image, save_clean
from studio.core.library.files import not_reserved

from .model import ExportCancelled, ExportError, NotePackage
from .report import build_report
from .text import ready_to_paste

Progress = Callable[[int, int], None]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(title: str, fallback: str = "note") -> str:
    """A file-system-safe folder name from a title (keeps Chinese, drops path characters)."""
    name = _UNSAFE.sub(" ", title).strip(" .")
    return not_reserved(name[:60].rstrip(" .")) or fallback


def unique_path(path: Path, *, is_file: bool) -> Path:
    """``path``, or ``name (2).ext`` / ``folder (2)`` if taken (folder names may contain dots)."""
    if not path.exists():
        return path
    stem, suffix = (path.stem, path.suffix) if is_file else (path.name, "")
    for i in range(2, 1000):
        candidate = path.with_name(f"{stem} ({i}){suffix}")
        if not candidate.exists():
            return candidate
    raise ExportError(tr(f"{path}: too many packages with this name", f"{path}：同名导出包过多"))


def _photo_name(index: int, source: Path) -> str:
    suffix = ".png" if source.suffix.lower() == ".png" else ".jpg"
    return f"photo-{index:02d}{suffix}"


def _write_contents(package: NotePackage, folder: Path, progress: Progress | None,
                    cancelled: Callable[[], bool] | None = None) -> None:
    total = len(package.photos) + 3
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise ExportCancelled(tr("Export cancelled", "已取消导出"))

    cover = package.cover
    if cover is None and package.cover_spec is not None:
        from studio.core.cover import render  # only packages with a design need the renderer

        cover = render(package.cover_spec)
    if cover is not None:
        fmt = "jpeg" if package.cover_format.lower() in ("jpg", "jpeg") else "png"
        try:
            cover = open_image(cover)
        except ImageLoadError as exc:
            raise ExportError(tr(f"cover: {exc}", f"封面：{exc}")) from None
        save_clean(cover, folder / ("cover.jpg" if fmt == "jpeg" else "cover.png"), fmt=fmt)
    step()
    for index, source in enumerate(package.photos, start=1):
        source = Path(source)
        try:
            image = open_image(source)
        except ImageLoadError as exc:
            # The library's copy is named by its hash; the user knows the photo by its own name.
            name = package.photo_verdicts[index - 1].name if index <= len(package.photo_verdicts) else source.name
            raise ExportError(tr(
                f"photo {index} ({name}): {exc.reason}. Remove or replace it on the Photos tab, then export again.",
                f"第 {index} 张照片（{name}）：{exc.reason}。请在“照片”页移除或替换它，然后重新导出。",
            )) from None
        save_clean(image, folder / _photo_name(index, source))
        step()
    (folder / "note.txt").write_text(ready_to_paste(package.title, package.body, package.hashtags), encoding="utf-8")
    step()
    (folder / "report.html").write_text(build_report(package), encoding="utf-8")
    step()


def export_package(
    package: NotePackage,
    destination: str | Path,
    *,
    name: str | None = None,
    as_zip: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Export into ``destination`` (a folder); returns the package folder or zip path.

    ``cancelled()`` is asked after each file: when it says yes, the partial package is
    removed and ``ExportCancelled`` is raised (closing the dialog used to let it finish)."""
    destination = Path(destination)
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(tr(f"{destination}: cannot create the folder ({exc.strerror})",
                             f"{destination}：无法创建文件夹（{exc.strerror}）")) from None
    base = safe_name(name or package.title)
    final = unique_path(destination / (f"{base}.zip" if as_zip else base), is_file=as_zip)
    staging = destination / f".{final.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir()
        _write_contents(package, staging, progress, cancelled)
        if as_zip:
            tmp = destination / f".{final.name}.tmp"
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in sorted(staging.iterdir()):
                    # Inside the zip the files sit in one folder named after the note.
                    archive.write(file, f"{final.stem}/{file.name}")
            tmp.replace(final)
        else:
            staging.rename(final)
    except OSError as exc:
        raise ExportError(tr(f"{final}: export failed ({exc})", f"{final}：导出失败（{exc}）")) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        (destination / f".{final.name}.tmp").unlink(missing_ok=True)
    return final
