"""A creator profile as stored per workspace: plain data that round-trips through JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .bio import Bio
from .imaging import Focus

VERSION = 1


@dataclass(slots=True)
class Profile:
    niche: str = "beauty"
    name: str = ""  # the creator's name part of the username
    tag: str = ""  # identity or what-you-do tag
    pattern: str = "identity"  # "identity" | "activity"
    style: str = "brackets"  # join style from limits.toml
    username: str = ""  # final username (composed, may be edited by hand)
    bio: Bio = field(default_factory=Bio)
    avatar_path: str = ""  # a file in the library's media folder
    avatar_focus: Focus = field(default_factory=Focus)
    background_path: str = ""
    background_focus: Focus = field(default_factory=Focus)
    background_text: str = ""  # text the creator places on the background image

    def to_dict(self) -> dict:
        data = asdict(self)
        data["version"] = VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict | None) -> Profile:
        """Tolerant: unknown keys are ignored and wrong types fall back to defaults."""
        data = data or {}
        base = cls()

        def text(key: str, default: str) -> str:
            value = data.get(key, default)
            return value if isinstance(value, str) else default

        def focus(key: str) -> Focus:
            raw = data.get(key)
            if not isinstance(raw, dict):
                return Focus()
            try:
                return Focus(float(raw.get("x", 0.5)), float(raw.get("y", 0.5)),
                             float(raw.get("zoom", 1.0))).clamped()
            except (TypeError, ValueError):
                return Focus()

        raw_bio = data.get("bio") if isinstance(data.get("bio"), dict) else {}
        bio = Bio(**{k: v for k, v in raw_bio.items() if k in ("who", "offer", "reach") and isinstance(v, str)})
        return cls(
            niche=text("niche", base.niche),
            name=text("name", ""),
            tag=text("tag", ""),
            pattern=text("pattern", base.pattern),
            style=text("style", base.style),
            username=text("username", ""),
            bio=bio,
            avatar_path=text("avatar_path", ""),
            avatar_focus=focus("avatar_focus"),
            background_path=text("background_path", ""),
            background_focus=focus("background_focus"),
            background_text=text("background_text", ""),
        )
