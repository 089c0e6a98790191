"""A note as text: ready to paste into the app, or exported as Markdown / plain text."""

from __future__ import annotations

from collections.abc import Iterable

from studio.core.i18n import tr
from studio.core.library.models import Hashtag


def hashtag_line(hashtags: Iterable[Hashtag | str]) -> str:
    tags = [t.tag if isinstance(t, Hashtag) else t for t in hashtags]
    # A space after each tag ends it in the app's editor; '#tag#' would show a stray '#'.
    return " ".join(f"#{tag}" for tag in tags if tag)


def ready_to_post(title: str, body: str, hashtags: Iterable[Hashtag | str]) -> str:
    """Title, blank line, body, blank line, hashtags — the order the app's composer uses."""
    parts = [title.strip(), body.strip(), hashtag_line(hashtags)]
    return "\n\n".join(p for p in parts if p) + "\n"


def to_markdown(title: str, body: str, hashtags: Iterable[Hashtag | str]) -> str:
    tags = hashtag_line(hashtags)
    heading = title.strip() or tr("(untitled)", "（无标题）")  # the file is read by people
    out = [f"# {heading}", "", body.strip()]
    if tags:
        # Backslash-escape '#' so Markdown viewers do not render the tags as headings.
        out += ["", tags.replace("#", "\\#")]
    return "\n".join(out).rstrip() + "\n"


def to_plain_text(title: str, body: str, hashtags: Iterable[Hashtag | str]) -> str:
    return ready_to_post(title, body, hashtags)
