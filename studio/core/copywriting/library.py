"""Copy templates, hooks and calls to action, loaded from ``assets/copy/*.toml``.

They are data so that a copy editor can change them without touching code; every entry
exists in Chinese and English, and a test runs them all through the compliance engine.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from studio.core import paths
from studio.core.i18n import get_language
from studio.core.library.models import Hashtag
from studio.core.tomlfile import read_toml

LANGUAGES = ("zh", "en")


class CopyDataError(ValueError):
    """A malformed copy data file; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class TemplateText:
    title: str
    body: str
    hashtags: tuple[Hashtag, ...]


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    kind: str  # "structure" (AIDA, AISAS) or "note_type"
    name: dict[str, str]
    description: dict[str, str]
    texts: dict[str, TemplateText]  # by language

    def text(self, language: str | None = None) -> TemplateText:
        return self.texts[_lang(language)]

    def label(self, language: str | None = None) -> str:
        return self.name[_lang(language)]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A hook (opener) or call to action, in both languages."""

    id: str
    kind: str  # hooks: a style (dict label); CTAs: the in-platform action id
    kind_label: dict[str, str]
    texts: dict[str, str]

    def text(self, language: str | None = None) -> str:
        return self.texts[_lang(language)]


CTA_ACTIONS = ("save", "follow", "comment", "message")


def _lang(language: str | None) -> str:
    language = language or get_language()
    return language if language in LANGUAGES else "en"


def copy_dir() -> Path:
    return paths.assets_dir() / "copy"


def _load(name: str, directory: Path | None) -> dict:
    return read_toml((directory or copy_dir()) / name, CopyDataError)


def _both(entry: dict, key: str, where: str) -> dict[str, str]:
    value = entry.get(key)
    if not isinstance(value, dict) or not all(isinstance(value.get(lg), str) for lg in LANGUAGES):
        raise CopyDataError(f"{where}: '{key}' needs both 'zh' and 'en' text")
    return {lg: value[lg] for lg in LANGUAGES}


@functools.cache
def load_templates(directory: Path | None = None) -> tuple[Template, ...]:
    data = _load("templates.toml", directory)
    out = []
    for entry in data.get("template", []):
        where = f"templates.toml [{entry.get('id', '?')}]"
        texts = {}
        for lg in LANGUAGES:
            block = entry.get(lg)
            if not isinstance(block, dict) or not block.get("body"):
                raise CopyDataError(f"{where}: missing [{lg}] title/body")
            tags = block.get("hashtags", {})
            hashtags = tuple(
                Hashtag(str(tag).lstrip("#"), tier)
                for tier in ("core", "derived", "trending")
                for tag in tags.get(tier, [])
            )
            texts[lg] = TemplateText(block.get("title", ""), block["body"], hashtags)
        kind = entry.get("kind", "note_type")
        if kind not in ("structure", "note_type"):
            raise CopyDataError(f"{where}: kind must be 'structure' or 'note_type'")
        out.append(
            Template(
                id=entry["id"],
                kind=kind,
                name=_both(entry, "name", where),
                description=_both(entry, "description", where),
                texts=texts,
            )
        )
    return tuple(out)


def get_template(template_id: str) -> Template:
    for template in load_templates():
        if template.id == template_id:
            return template
    raise KeyError(template_id)


@functools.cache
def load_hooks(directory: Path | None = None) -> tuple[Phrase, ...]:
    data = _load("hooks.toml", directory)
    return tuple(
        Phrase(
            id=entry["id"],
            kind=entry["id"],
            kind_label=_both(entry, "kind", f"hooks.toml [{entry.get('id')}]"),
            texts={lg: entry[lg] for lg in LANGUAGES},
        )
        for entry in data.get("hook", [])
    )


_ACTION_LABELS = {
    "save": {"en": "Save", "zh": "收藏"},
    "follow": {"en": "Follow", "zh": "关注"},
    "comment": {"en": "Comment", "zh": "评论"},
    "message": {"en": "Message here", "zh": "站内私信"},
}


@functools.cache
def load_ctas(directory: Path | None = None) -> tuple[Phrase, ...]:
    data = _load("ctas.toml", directory)
    out = []
    for entry in data.get("cta", []):
        action = entry.get("action")
        if action not in CTA_ACTIONS:
            raise CopyDataError(
                f"ctas.toml [{entry.get('id')}]: action must be one of {', '.join(CTA_ACTIONS)}"
            )
        out.append(
            Phrase(
                id=entry["id"],
                kind=action,
                kind_label=_ACTION_LABELS[action],
                texts={lg: entry[lg] for lg in LANGUAGES},
            )
        )
    return tuple(out)
