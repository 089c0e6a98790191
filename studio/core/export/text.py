"""note.txt: the note as ready to paste into the app (title, body, hashtags)."""

from __future__ import annotations

from collections.abc import Sequence

from studio.core.copywriting import formatting


def clean_hashtag(tag: str) -> str:
    """`#吉隆坡美食`, `吉隆坡美食`, `＃吉隆坡美食 ` all become `吉隆坡美食`."""
    return tag.strip().lstrip("#＃").strip()


def _unique_tags(hashtags: Sequence[str]) -> list[str]:
    """Cleaned tags, empty ones and repeats dropped, first occurrence kept in order."""
    return list(dict.fromkeys(tag for tag in map(clean_hashtag, hashtags) if tag))


def hashtag_line(hashtags: Sequence[str]) -> str:
    return formatting.hashtag_line(_unique_tags(hashtags))


def ready_to_paste(title: str, body: str, hashtags: Sequence[str]) -> str:
    """Title line, blank line, body, blank line, hashtags: the same text as the composer's
    "Copy ready-to-post text", with tags cleaned of '#' and duplicates first."""
    return formatting.ready_to_post(title, body, _unique_tags(hashtags))
