"""Structural checks of a whole note: title/body length and hashtags.

Limits come from the rule that names the detector (``limit``, and ``method`` for the body);
when no loaded pack has such a rule, the built-in defaults below are used so that
``check_note`` always checks the platform's limits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studio.core.compliance.model import Severity
from studio.core.compliance.rules import Rule
from studio.core.text.length import BODY_LIMIT, TITLE_LIMIT, overflow_start

HASHTAG_LIMIT = 10
# A hashtag: "#word", optionally closed by "#" or with the platform's "[话题]" marker.
_HASHTAG = re.compile(r"[#＃]([^\s#＃\[]{1,40})(?:\[话题\])?[#＃]?")


def _default(rule_id: str, category: str, severity: Severity, field: str, detector: str,
             limit: int | None, en: str, zh: str, method: str | None = None) -> Rule:  # fmt: skip
    return Rule(
        id=rule_id, category=category, severity=severity, fields=frozenset({field}),
        messages={"en": en, "zh": zh}, detector=detector, limit=limit, method=method,
        pack="builtin",
    )  # fmt: skip


DEFAULTS: dict[str, Rule] = {
    "title_length": _default(
        "length.title", "length", Severity.BLOCK, "title", "title_length", TITLE_LIMIT,
        "Titles are limited to 20 characters as the platform counts them (ASCII counts half); the rest is cut off.",
        "标题最多 20 个字（平台计法：英文和数字算半个字），超出部分会被截断。",
    ),
    "body_length": _default(
        "length.body", "length", Severity.BLOCK, "body", "body_length", BODY_LIMIT,
        "The body is limited to 1,000 characters; the platform will not publish a longer note.",
        "正文最多 1000 字，超出后无法发布。", method="characters",
    ),
    "hashtag_count": _default(
        "hashtags.too_many", "hashtags", Severity.BLOCK, "hashtags", "hashtag_count",
        HASHTAG_LIMIT,
        "A note may carry at most 10 hashtags; more is treated as tag stuffing.",
        "每篇笔记最多 10 个话题标签，超出会被视为堆砌标签。",
    ),
    "hashtag_structure": _default(
        "hashtags.structure_532", "hashtags", Severity.INFO, "hashtags", "hashtag_structure",
        None,
        "Tip: the 5-3-2 structure works well: 5 core keywords, 3 broader related words, 2 trending topics.",
        "建议采用 5-3-2 结构：5 个核心关键词、3 个衍生词、2 个热门话题。",
    ),
}  # fmt: skip


def hashtag_spans(text: str, plain_words: bool = True) -> list[tuple[int, int, str]]:
    """Hashtags written as #tag (with or without closing #). In the hashtag field
    (``plain_words``), words separated by spaces or commas count as tags too when it holds
    no #tag at all; in a body only #tags count (a lone '#', as in a '# heading' line or
    '价格 ＃ 不贵', is not a tag)."""
    spans = [(m.start(), m.end(), m.group(1)) for m in _HASHTAG.finditer(text)]
    if spans or not plain_words or not text.strip():
        return spans
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,，、;；]+", text)]


def title_length(title: str, rule: Rule) -> tuple[int, int] | None:
    start = overflow_start(title, rule.limit if rule.limit is not None else TITLE_LIMIT, "platform")
    return None if start is None else (start, len(title))


def body_length(body: str, rule: Rule) -> tuple[int, int] | None:
    limit = rule.limit if rule.limit is not None else BODY_LIMIT
    start = overflow_start(body, limit, rule.method or "characters")
    return None if start is None else (start, len(body))


def hashtag_count(words: Sequence[str], rule: Rule) -> tuple[int, int] | None:
    """The tags beyond the limit, as a [first, last) range of tag indices."""
    limit = rule.limit if rule.limit is not None else HASHTAG_LIMIT
    return (limit, len(words)) if len(words) > limit else None


def _has_core_group(words: Sequence[str]) -> bool:
    """Core keywords share a stem (吉隆坡, 吉隆坡美食, 吉隆坡探店): ≥ 3 tags share a
    2-character prefix or contain the same shorter tag."""
    prefixes: dict[str, int] = {}
    for word in words:
        if len(word) >= 2:
            prefixes[word[:2]] = prefixes.get(word[:2], 0) + 1
    if any(n >= 3 for n in prefixes.values()):
        return True
    return any(sum(1 for other in words if short in other) >= 3 for short in words if short)


def hashtag_structure(words: Sequence[str], rule: Rule) -> tuple[int, int] | None:
    """An info hint over all tags when they do not look like 5-3-2 (9-10 tags including a
    core group sharing a stem)."""
    if not words or (len(words) in (9, 10) and _has_core_group(words)):
        return None
    return 0, len(words)
