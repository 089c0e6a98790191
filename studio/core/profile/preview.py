"""One evaluation of the whole profile: checks plus the header preview, for a background job.

Decoded images are cached by path (downscaled), so dragging a focal point re-renders from
memory instead of decoding a 12-megapixel photo every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

from studio.core.compliance.model import Finding
from studio.core.imageio import open_image

from .bio import BioReport, Checker, check_bio
from .header import render_header
from .model import Profile
from .username import UsernameReport, check_username

WORKING_SIDE = 1600  # enough for a 1080-px-wide header, small enough to crop fast


@lru_cache(maxsize=8)
def load_working_image(path: str) -> Image.Image:
    """Decode once (safe loader), shrink to a working size; raises ImageLoadError."""
    image = open_image(path)
    image.thumbnail((WORKING_SIDE, WORKING_SIDE), Image.Resampling.LANCZOS)
    return image


@dataclass(frozen=True, slots=True)
class ProfileEvaluation:
    bio: BioReport
    username: UsernameReport
    background_text: tuple[Finding, ...]
    header: Image.Image
    engine_ready: bool


def evaluate(profile: Profile, engine: Checker | None, *, avatar_path: str = "",
             background_path: str = "", width: int = 720) -> ProfileEvaluation:
    avatar = load_working_image(avatar_path) if avatar_path else None
    background = load_working_image(background_path) if background_path else None
    text = profile.background_text.strip()
    # Text typed onto the background is shown on the image: checked like cover text.
    on_image = tuple(engine.check(text, field="cover_text")) if engine is not None and text else ()
    return ProfileEvaluation(
        bio=check_bio(profile.bio, engine),
        username=check_username(profile.username, engine),
        background_text=on_image,
        header=render_header(profile, avatar, background, width),
        engine_ready=engine is not None,
    )
