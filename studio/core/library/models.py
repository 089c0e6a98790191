"""Plain data records returned by the library (immutable; edit with ``dataclasses.replace``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.core.compliance.model import Severity, WorkspaceRules

TIERS = ("core", "derived", "trending")


@dataclass(frozen=True, slots=True)
class Hashtag:
    tag: str  # without the leading '#'
    tier: str = "core"

    def to_dict(self) -> dict:
        return {"tag": self.tag, "tier": self.tier}

    @classmethod
    def from_dict(cls, data: dict) -> Hashtag:
        tier = data.get("tier", "core")
        return cls(str(data.get("tag", "")), tier if tier in TIERS else "core")


@dataclass(frozen=True, slots=True)
class Workspace:
    id: int
    name: str
    custom_terms: tuple[str, ...] = ()
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    allow_words: tuple[str, ...] = ()
    custom_severity: Severity = Severity.BLOCK
    created_at: float = 0.0
    modified_at: float = 0.0

    def rules(self) -> WorkspaceRules:
        """What the compliance engine needs to know about this workspace."""
        return WorkspaceRules(
            custom_terms=self.custom_terms,
            disabled_rules=self.disabled_rules,
            allow_words=self.allow_words,
            custom_severity=self.custom_severity,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    workspace_id: int
    title: str = ""
    body: str = ""
    hashtags: tuple[Hashtag, ...] = ()
    ignored: frozenset[str] = field(default_factory=frozenset)
    note_type: str = ""
    created_at: float = 0.0
    modified_at: float = 0.0
    deleted_at: float | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def same_content(self, other: Draft | Version) -> bool:
        return (self.title, self.body, self.hashtags) == (other.title, other.body, other.hashtags)


def finding_key(finding) -> str:
    """Identity of a problem independent of where it sits: what ``Draft.ignored`` holds
    ("Ignore here" in the sidebar; the export report lists these as overrides). A structural
    finding's text moves with every keystroke (the part past a limit, the whole hashtag
    line), so it is known by rule and field alone: ignoring the 5-3-2 hint or a length
    warning used to last only until the next edit."""
    if getattr(finding, "structural", False):
        return f"{finding.rule_id}|{finding.field}|"
    return f"{finding.rule_id}|{finding.field}|{finding.text}"


@dataclass(frozen=True, slots=True)
class Version:
    """An automatic snapshot of a draft's text, for history and restore."""

    id: int
    draft_id: int
    created_at: float
    reason: str  # "manual", "auto", "before-restore", "switch", "template"
    title: str
    body: str
    hashtags: tuple[Hashtag, ...] = ()


@dataclass(frozen=True, slots=True)
class MediaItem:
    """A file stored with a draft, kept in ``<data dir>/media/<sha256>.<ext>``."""

    id: int
    draft_id: int
    role: str  # photo | original | cover | avatar | background
    sha256: str
    ext: str
    original_name: str = ""
    sort_order: int = 0
    extras: dict = field(default_factory=dict)
    created_at: float = 0.0

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.{self.ext}"


@dataclass(frozen=True, slots=True)
class Profile:
    """A workspace's account profile: username, three-sentence bio, avatar and background."""

    workspace_id: int
    username: str = ""
    bio: tuple[str, ...] = ()
    avatar_media: str | None = None  # file name in the media folder
    background_media: str | None = None
    extras: dict = field(default_factory=dict)
    modified_at: float = 0.0
