"""Username composition with the two proven patterns.

- ``identity``: Name + [identity]           林小佳【律师】 / Mike Chen [Fitness Coach]
- ``activity``: Name + [what you do]        Emily Zhang [Travel Blogger] / 阿May【周末短途旅行】

The tag comes from the niche word lists (assets/profile/*.toml) or is typed freely; the join
style (brackets, pipe, dot, plain) is data in limits.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.compliance.model import Finding, Severity
from studio.core.i18n import get_language, tr

from .bio import Checker
from .counting import text_length
from .data import Limits, Niche, load_limits, load_niches

PATTERNS = ("identity", "activity")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def compose_username(name: str, tag: str, style: str = "brackets", limits: Limits | None = None) -> str:
    """Join name and tag in the chosen style; the Chinese form is used when either side is Chinese."""
    limits = limits or load_limits()
    name, tag = name.strip(), tag.strip()
    if not tag:
        return name
    if not name:
        return tag
    template = limits.username_styles.get(style) or next(iter(limits.username_styles.values()))
    form = template.zh if (_has_cjk(name) or _has_cjk(tag)) else template.en
    return form.format(name=name, tag=tag)


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str
    pattern: str  # "identity" | "activity"
    tag: str
    niche: str
    length: int
    fits: bool


def suggest(
    name: str,
    niche_ids: list[str] | None = None,
    *,
    style: str = "brackets",
    language: str | None = None,
    limits: Limits | None = None,
    niches: tuple[Niche, ...] | None = None,
) -> list[Suggestion]:
    """Suggestions for both patterns from the word lists, those that fit the limit first.

    ``language`` picks the tag language; by default Chinese tags for a Chinese name, else the
    UI language.
    """
    limits = limits or load_limits()
    niches = niches or load_niches()
    if language is None:
        language = "zh" if _has_cjk(name) else ("en" if name.strip() else get_language())
    chosen = [n for n in niches if not niche_ids or n.id in niche_ids]
    seen: set[str] = set()
    out: list[Suggestion] = []
    for niche in chosen:
        for pattern, words in (("identity", niche.identities), ("activity", niche.activities)):
            for word in words:
                tag = word.get(language)
                text = compose_username(name or tr("Name", "名字"), tag, style, limits)
                if text in seen:
                    continue
                seen.add(text)
                length = text_length(text, limits.username_method)
                out.append(Suggestion(text, pattern, tag, niche.id, length, length <= limits.username_max))
    # Stable: fitting suggestions first, patterns interleaved as listed.
    return sorted(out, key=lambda s: not s.fits)


@dataclass(frozen=True, slots=True)
class UsernameReport:
    text: str
    length: int
    limit: int
    findings: tuple[Finding, ...]

    @property
    def over_limit(self) -> bool:
        return self.length > self.limit


def check_username(text: str, engine: Checker | None, limits: Limits | None = None) -> UsernameReport:
    """Engine findings (field ``username``) plus the configured length limit."""
    limits = limits or load_limits()
    length = text_length(text, limits.username_method)
    findings: list[Finding] = []
    if engine is not None and text.strip():
        findings.extend(engine.check(text, field="username"))
    if length > limits.username_max:
        findings.append(Finding(
            rule_id="profile.username_length", category="length", severity=Severity.BLOCK,
            field="username", start=0, end=len(text), text=text,
            message=tr(f"The username counts {length}; the limit set for profiles is {limits.username_max}.",
                       f"用户名长度为 {length}，设置的上限是 {limits.username_max}。")))
    findings.sort(key=lambda f: (f.severity.rank, f.start))
    return UsernameReport(text, length, limits.username_max, tuple(findings))
