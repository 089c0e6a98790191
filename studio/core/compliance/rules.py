"""A loaded rule: what the GUI lists (and lets a workspace disable) and the engine compiles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.compliance.model import FIELDS, Severity
from studio.core.i18n import get_language, pick

_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def term_language(term: str) -> str:
    """The language of a rule term: Latin letters and no Han ("lowest price", "vx") is
    "en", anything else "zh"."""
    return "en" if _LATIN.search(term) and not _HAN.search(term) else "zh"


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def text_language(text: str) -> str | None:
    """The language of the words around a match: "zh" when Han characters are at least as
    many as Latin words (加vx了解 is Chinese although vx is Latin), "en" when Latin words win,
    None when there are neither."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if han == 0 and latin == 0:
        return None
    return "zh" if han >= latin else "en"


class RuleLoadError(Exception):
    """A rule pack could not be loaded. ``str()`` is ``file:line: reason``."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: Severity
    fields: frozenset[str]
    messages: dict[str, str] = field(hash=False, compare=False)
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    detector: str | None = None
    exceptions: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    # Per language ({"zh": ..., "en": ...}): see suggestions_for for which one is offered.
    suggestions_by_language: dict[str, tuple[str, ...]] = field(
        default_factory=dict, hash=False, compare=False
    )
    replace: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    # Only report a term when jieba agrees it is a word of its own (short ambiguous terms).
    whole_word: bool = False
    # Structural detectors: the limit (title 20, body 1000, hashtags 10) and body count method.
    limit: int | None = None
    method: str | None = None
    pack: str = ""

    @property
    def message(self) -> str:
        """The explanation in the current language."""
        return pick(self.messages)

    def suggestions_for(self, term: str | None, context: str = "") -> tuple[str, ...]:
        """What to offer for ``term`` (None: a pattern or detector hit, or structural advice).

        A replacement is pasted into the text, so it follows the language of the text it goes
        into: the match and the words around it (``context``) when they tell, else the term's
        own script. An English note's "lowest price" must not get Chinese fixes, nor a Chinese
        note's 加vx English ones; the same holds for pattern and detector hits ("two shades
        brighter", a phone number), whose fixes are pasted too. A term's own ``replace`` entry
        wins when it is in that language (or the rule has nothing in it). Advice with no text
        to go into (structural findings) is read, so it follows the UI language."""
        by_language = self.suggestions_by_language
        ui = "zh" if get_language() == "zh" else "en"
        language = text_language(context) or (term_language(term) if term is not None else ui)
        own = self.replace.get(term) if term is not None else None
        if own and (all(term_language(f) == language for f in own) or not by_language.get(language)):
            return own
        if not by_language:
            return own or self.suggestions
        other = "en" if language == "zh" else "zh"
        return by_language.get(language) or own or by_language.get(other) or ()

    def applies_to(self, field_name: str) -> bool:
        return field_name in self.fields


ALL_FIELDS = frozenset(FIELDS)
