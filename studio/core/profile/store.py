"""Map the composer's ``Profile`` to the library's per-workspace profile record and back.

The library stores username, the three bio sentences and the two media files as columns; the
composer's extra choices (niche, name, tag, pattern, style, focal points, text on the
background) ride in the record's ``extras`` JSON.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .bio import Bio
from .model import Profile

_EXTRA_KEYS = ("niche", "name", "tag", "pattern", "style", "avatar_focus", "background_focus",
               "background_text")


def load_profile(library, workspace_id: int) -> tuple[Profile, Path | None, Path | None]:
    """The workspace's profile and the paths of its avatar and background in the media folder."""
    record = library.get_profile(workspace_id)
    extras = dict(record.extras or {})
    bio = [*record.bio, "", "", ""][:3]
    data = {key: extras[key] for key in _EXTRA_KEYS if key in extras}
    data.update(username=record.username, bio={"who": bio[0], "offer": bio[1], "reach": bio[2]})
    profile = Profile.from_dict(data)
    avatar = library.media_path(record.avatar_media) if record.avatar_media else None
    background = library.media_path(record.background_media) if record.background_media else None
    return profile, avatar, background


def save_profile(library, workspace_id: int, profile: Profile) -> None:
    record = library.get_profile(workspace_id)
    data = profile.to_dict()
    extras = dict(record.extras or {})
    extras.update({key: data[key] for key in _EXTRA_KEYS})
    bio: Bio = profile.bio
    library.save_profile(replace(record, username=profile.username,
                                 bio=(bio.who, bio.offer, bio.reach), extras=extras))


def set_image(library, workspace_id: int, role: str, source: str | Path) -> Path:
    """Copy an avatar/background into the library's media folder; returns the stored path."""
    record = library.set_profile_image(workspace_id, role, source)
    name = record.avatar_media if role == "avatar" else record.background_media
    return library.media_path(name)


def clear_image(library, workspace_id: int, role: str) -> None:
    record = library.get_profile(workspace_id)
    field = "avatar_media" if role == "avatar" else "background_media"
    library.save_profile(replace(record, **{field: None}))


