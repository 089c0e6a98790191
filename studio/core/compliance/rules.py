"""A loaded rule: what the GUI lists (and lets a workspace disable) and the engine compiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.core.compliance.model import FIELDS, Severity
from studio.core.i18n import get_language, pick


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
    # Advice that is read rather than pasted (structural rules) may be given per UI language.
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

    def suggestions_for(self, term: str | None) -> tuple[str, ...]:
        if term is not None and term in self.replace:
            return self.replace[term]
        if self.suggestions_by_language:
            by_language = self.suggestions_by_language
            return by_language.get(get_language()) or by_language.get("en") or self.suggestions
        return self.suggestions

    def applies_to(self, field_name: str) -> bool:
        return field_name in self.fields


ALL_FIELDS = frozenset(FIELDS)
