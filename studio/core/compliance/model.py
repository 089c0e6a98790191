"""The compliance engine's public data types (its contract with the GUI, CLI and benches)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Category ids are part of the public contract (CLI JSON, rule files); see shared/domain.md.
CATEGORIES: tuple[str, ...] = (
    "absolute_terms",
    "promise_guarantee",
    "finance_investment",
    "health_claim",
    "superstition",
    "medical_device",
    "health_supplement",
    "alcohol",
    "infant_formula",
    "education_training",
    "disinfection",
    "real_estate",
    "medical_service",
    "redirect",
    "inducement",
    "scam_bait",
    "exaggeration",
    "disparagement",
    "hashtags",
    "length",
    "custom",
)

FIELDS: tuple[str, ...] = ("title", "body", "hashtags", "bio", "username", "cover_text")


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for block, 1 for warn, 2 for info (sort key; used per finding on every check)."""
        return _SEVERITY_RANK[self.value]



_SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}

@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one field. ``start``/``end`` are code-point offsets into the ORIGINAL text
    and ``text == original[start:end]`` always holds."""

    rule_id: str
    category: str
    severity: Severity
    field: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    # A structural check (a length limit, the hashtag count or structure): ``text`` is where
    # the limit falls, not a word, so it changes with every keystroke.
    structural: bool = False

    def to_dict(self) -> dict:
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity.value,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class WorkspaceRules:
    """What one workspace (one client account) changes on top of the bundled rules.

    - ``custom_terms``: extra banned words, reported under category ``custom`` (severity
      ``custom_severity``), matched with the same evasion handling as bundled terms;
    - ``disabled_rules``: rule ids that are switched off;
    - ``allow_words``: words never reported (a finding whose matched text, or a word around
      it, is on this list is dropped), e.g. a brand name that contains a risky character.
    """

    custom_terms: tuple[str, ...] = ()
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    allow_words: tuple[str, ...] = ()
    custom_severity: Severity = Severity.BLOCK
