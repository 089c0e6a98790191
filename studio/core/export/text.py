"""note.txt: the note as ready to paste into the app (title, body, hashtags)."""

from __future__ import annotations

from collections.abc import Sequence

from studio.core.copywriting.formatting import ready_to_post


def clean_hashtag(tag: str) -> str:
    """`#吉隆坡美食`, `吉隆坡美食`, `＃吉隆坡美食 ` all become `吉隆坡美食`."""
    return tag.strip().lstrip("#＃").strip()


def hashtag_line(hashtags: Sequence[str]) -> str:
    seen: list[str] = []
    for tag in hashtags:
        tag = clean_hashtag(tag)
        if tag and tag not in seen:
            seen.append(tag)
    return " ".join(f"#{tag}" for tag in seen)


def ready_to_paste(title: str, body: str, hashtags: Sequence[str]) -> str:
    """Title line, blank line, body, blank line, hashtags: the same text as the composer's
    "Copy ready-to-post text", with tags cleaned of '#' and duplicates first."""
    tags: list[str] = []
    for tag in map(clean_hashtag, hashtags):
        if tag and tag not in tags:
            tags.append(tag)
    return ready_to_post(title, body, tags)
