"""A draft's cover design, kept with the draft so batch export can re-render it later.

The design is a small JSON mapping of ``CoverSpec`` fields stored in the library's settings
table under ``cover_spec.<draft id>``; the background photo is copied into the library as the
draft's media with role ``cover``. ``title`` absent (or None) means "follow the note title".
"""

from __future__ import annotations

from pathlib import Path

from studio.core.cover import CoverSpec

SETTINGS_KEY = "cover_spec.{}"
SPEC_FIELDS = (
    "title", "subtitle", "label", "template", "preset", "font", "title_color", "align", "stroke",
    "shadow", "scrim", "highlight_color", "max_lines", "safe_margin", "focal_point", "title_scale",
)


def load_cover_settings(library, draft_id: int) -> dict:
    value = library.get_setting(SETTINGS_KEY.format(draft_id), {})
    return dict(value) if isinstance(value, dict) else {}


def save_cover_settings(library, draft_id: int, settings: dict) -> None:
    clean = {k: v for k, v in settings.items() if k in (*SPEC_FIELDS, "background_color")}
    library.set_setting(SETTINGS_KEY.format(draft_id), clean)


def cover_background(library, draft_id: int) -> Path | None:
    items = library.list_draft_media(draft_id, role="cover")
    if not items:
        return None
    path = library.media_path(items[-1])
    return path if path.exists() else None


def set_cover_background(library, draft_id: int, source: str | Path | None) -> Path | None:
    """Copy the photo into the library as the draft's cover background (None removes it)."""
    new = library.add_draft_media(draft_id, source, role="cover") if source else None
    for item in library.list_draft_media(draft_id, role="cover"):
        if new is None or item.id != new.id:
            library.remove_draft_media(item.id)
    return library.media_path(new) if new else None


def spec_for(settings: dict, note_title: str, background: str | Path | None) -> CoverSpec:
    """The CoverSpec to render: stored overrides, the note's title by default, the photo if any."""
    values = {k: settings[k] for k in SPEC_FIELDS if settings.get(k) is not None}
    if isinstance(values.get("focal_point"), list):
        values["focal_point"] = tuple(values["focal_point"])
    values.setdefault("title", note_title)
    spec = CoverSpec(**values)
    if background is not None:
        spec.background = str(background)
    elif settings.get("background_color"):
        spec.background = settings["background_color"]
    return spec
