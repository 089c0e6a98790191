"""The three-sentence bio: who you are / what you offer / how to reach you (in-platform only).

The bio is checked as ONE text with the compliance engine (field ``bio``) so rules that look
across sentence boundaries still work; each finding is then attributed to its sentence so the
GUI can underline it in the right field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from studio.core.compliance.model import Finding, Severity
from studio.core.i18n import tr

from .counting import text_length
from .data import SENTENCES, Limits, load_limits

SEPARATOR = "\n"


class Checker(Protocol):
    def check(self, text: str, field: str = ...) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class Bio:
    who: str = ""
    offer: str = ""
    reach: str = ""

    def sentences(self) -> dict[str, str]:
        return {"who": self.who, "offer": self.offer, "reach": self.reach}

    def compose(self) -> str:
        """The bio as pasted into the app: one sentence per line, blanks dropped."""
        return SEPARATOR.join(s.strip() for s in self.sentences().values() if s.strip())

    def spans(self) -> list[tuple[str, int, int, int]]:
        """(sentence key, start, end, offset of the stripped text inside the raw field)."""
        out, pos = [], 0
        for key, raw in self.sentences().items():
            text = raw.strip()
            if not text:
                continue
            lead = len(raw) - len(raw.lstrip())
            out.append((key, pos, pos + len(text), lead))
            pos += len(text) + len(SEPARATOR)
        return out


@dataclass(frozen=True, slots=True)
class SentenceFinding:
    """A finding located in one of the three fields (offsets into that field's raw text)."""

    sentence: str
    start: int
    end: int
    finding: Finding


@dataclass(frozen=True, slots=True)
class BioReport:
    text: str
    length: int
    limit: int
    findings: tuple[SentenceFinding, ...]

    @property
    def over_limit(self) -> bool:
        return self.length > self.limit

    @property
    def blocking(self) -> int:
        return sum(1 for f in self.findings if f.finding.severity is Severity.BLOCK)

    def for_sentence(self, key: str) -> list[SentenceFinding]:
        return [f for f in self.findings if f.sentence == key]


def bio_length(bio: Bio, limits: Limits | None = None) -> int:
    limits = limits or load_limits()
    return text_length(bio.compose(), limits.bio_method)


def _locate(bio: Bio, finding: Finding) -> SentenceFinding:
    for key, start, end, lead in bio.spans():
        if start <= finding.start < end or (finding.start == end and finding.end == end):
            s = finding.start - start + lead
            e = min(finding.end, end) - start + lead
            return SentenceFinding(key, s, e, finding)
    return SentenceFinding("", finding.start, finding.end, finding)


def _own_finding(rule_id: str, category: str, severity: Severity, message: str) -> Finding:
    return Finding(rule_id=rule_id, category=category, severity=severity, field="bio",
                   start=0, end=0, text="", message=message)


def check_bio(bio: Bio, engine: Checker | None, limits: Limits | None = None) -> BioReport:
    """Engine findings (field ``bio``) plus the profile's own length and channel hints."""
    limits = limits or load_limits()
    text = bio.compose()
    length = text_length(text, limits.bio_method)
    located: list[SentenceFinding] = []
    if engine is not None and text:
        located.extend(_locate(bio, f) for f in engine.check(text, field="bio"))
    if length > limits.bio_max:
        located.append(SentenceFinding("", 0, 0, _own_finding(
            "profile.bio_length", "length", Severity.BLOCK,
            tr(f"The bio is {length} characters; the limit set for profiles is {limits.bio_max}. "
               "Shorten a sentence.",
               f"简介共 {length} 字，设置的上限是 {limits.bio_max} 字，请精简某一句。"))))
    for key, raw in bio.sentences().items():
        n = text_length(raw.strip(), limits.bio_method)
        if n > limits.sentence_soft_max:
            located.append(SentenceFinding(key, 0, 0, _own_finding(
                "profile.sentence_long", "length", Severity.INFO,
                tr(f"This sentence has {n} characters; one short line (≤ {limits.sentence_soft_max}) reads best.",
                   f"这一句有 {n} 字，一行短句（≤ {limits.sentence_soft_max} 字）更好读。"))))
    reach = bio.reach.strip().lower()
    if reach and limits.reach_channels and not any(c.lower() in reach for c in limits.reach_channels):
        located.append(SentenceFinding("reach", 0, 0, _own_finding(
            "profile.reach_channel", "redirect", Severity.INFO,
            tr("Point readers to an in-platform channel: a message here, your group chat or your shop.",
               "请引导到站内渠道：私信、群聊或店铺。"))))
    order = {key: i for i, key in enumerate(("", *SENTENCES))}
    located.sort(key=lambda f: (f.finding.severity.rank, order.get(f.sentence, 9), f.start))
    return BioReport(text=text, length=length, limit=limits.bio_max, findings=tuple(located))
