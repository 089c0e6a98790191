"""Profile composer logic: three-sentence bio, username patterns, avatar crop, header preview."""

from .bio import Bio, BioReport, SentenceFinding, bio_length, check_bio
from .data import Limits, Niche, ProfileDataError, Text, load_limits, load_niches, niche_by_id
from .header import background_aspect, render_header
from .imaging import Focus, circle_avatar, crop_box, fill
from .model import Profile
from .username import (
    PATTERNS,
    Suggestion,
    UsernameReport,
    check_username,
    compose_username,
    suggest,
)

__all__ = [
    "PATTERNS",
    "Bio",
    "BioReport",
    "Focus",
    "Limits",
    "Niche",
    "Profile",
    "ProfileDataError",
    "SentenceFinding",
    "Suggestion",
    "Text",
    "UsernameReport",
    "background_aspect",
    "bio_length",
    "check_bio",
    "check_username",
    "circle_avatar",
    "compose_username",
    "crop_box",
    "fill",
    "load_limits",
    "load_niches",
    "niche_by_id",
    "render_header",
    "suggest",
]
