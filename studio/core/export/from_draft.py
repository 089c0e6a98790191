"""Build note packages and cover files from drafts stored in the library.

Shared by the GUI's export dialogs (and usable from a script): everything is read from the
library — text, cover design, photos with their stored verdicts — so an export needs no
open panel and gives the same result every time.

Reading (library, engine) and rendering/writing are separate steps: a SQLite connection
belongs to the thread that opened it, so the GUI reads on the UI thread (milliseconds) and
hands the plain results to a worker for the slow part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from studio.core.cover import CoverSpec, render
from studio.core.cover import export as export_cover
from studio.core.i18n import tr
from studio.core.library import finding_key

from .covers import cover_background, load_cover_settings, spec_for
from .model import ExportError, NotePackage, Override
from .package import safe_name, unique_path
from .photos import SUMMARY_KEY, verdict_from_summary


def cover_spec(library, draft) -> CoverSpec:
    """The draft's stored cover design (the note's title by default), ready to render."""
    settings = load_cover_settings(library, draft.id)
    return spec_for(settings, draft.title, cover_background(library, draft.id))


def package_from_draft(library, draft, engine=None, *, workspace=None, cover_format: str = "png") -> NotePackage:
    """Everything but the cover image (``package.cover`` is the CoverSpec; see ``finish``)."""
    tags = [h.tag for h in draft.hashtags]
    findings, overrides = [], []
    if engine is not None:
        for finding in engine.check_note(draft.title, draft.body, tags):
            if finding_key(finding) in draft.ignored:
                overrides.append(Override(finding.text, finding.rule_id, "draft", finding.message))
            else:
                findings.append(finding)
    if workspace is not None:
        overrides.extend(Override(word, tr("allow-list", "允许词"), "workspace") for word in workspace.allow_words)
    photos, verdicts = [], []
    for item in library.list_draft_media(draft.id, role="photo"):
        path = library.media_path(item)
        if path.exists():
            photos.append(path)
            verdicts.append(verdict_from_summary(item.original_name or path.name, item.extras.get(SUMMARY_KEY)))
    return NotePackage(
        title=draft.title, body=draft.body, hashtags=tags,
        cover=None, cover_spec=cover_spec(library, draft),
        photos=photos, findings=findings, overrides=overrides, photo_verdicts=verdicts,
        workspace=workspace.name if workspace is not None else "", cover_format=cover_format,
    )


def export_covers(jobs: Sequence[tuple[str, CoverSpec]], destination: str | Path, fmt: str = "png", *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Render and write covers given as (file name, spec); names never overwrite a file.

    Build ``jobs`` with ``[(draft.title, cover_spec(library, draft)) for draft in drafts]``."""
    destination = Path(destination)
    suffix = ".jpg" if fmt.lower() in ("jpg", "jpeg") else ".png"
    written: list[Path] = []
    for index, (name, spec) in enumerate(jobs, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            image = render(spec)
            target = unique_path(destination / f"{safe_name(name, f'cover-{index}')}{suffix}", is_file=True)
            written.append(export_cover(image, target, fmt=suffix.lstrip(".")))
        except Exception as exc:
            raise ExportError(tr(f"“{name}”: {exc}", f"“{name}”：{exc}")) from None
        if progress is not None:
            progress(index, len(jobs))
    return written
