"""What goes into a note package: plain data the GUI or CLI fills from a draft."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from studio.core.compliance.model import Finding


class ExportError(Exception):
    """A user-facing export problem (unreadable photo, unwritable folder); names the file."""


class ExportCancelled(ExportError):
    """The user stopped the export; nothing was left under the final name."""


@dataclass(frozen=True, slots=True)
class Override:
    """A finding the creator chose to keep: ignored in this draft or allowed in the workspace."""

    text: str
    rule_id: str
    scope: str  # "draft" | "workspace"
    note: str = ""


@dataclass(frozen=True, slots=True)
class PhotoVerdict:
    """The over-editing detector's answer for one photo, in words for the report."""

    name: str
    score: float | None
    verdict: str  # e.g. "natural" / "edited" / "heavily edited", as the detector names it
    label: str = ""  # the verdict in the user's language
    signals: tuple[str, ...] = ()


@dataclass(slots=True)
class NotePackage:
    title: str
    body: str
    hashtags: Sequence[str] = ()
    cover: Image.Image | Path | None = None
    cover_spec: Any = None  # a studio.core.cover.CoverSpec rendered when cover is None
    photos: Sequence[Path] = ()
    findings: Sequence[Finding] = ()
    overrides: Sequence[Override] = ()
    photo_verdicts: Sequence[PhotoVerdict] = ()
    workspace: str = ""
    cover_format: str = "png"  # png | jpeg
    extra: dict[str, str] = field(default_factory=dict)  # shown in the report header
