"""The compliance engine: rule packs compiled once, then (text, field) → findings.

Per check: normalise once (studio.core.text.normalize), one Aho-Corasick pass over the compact
view for every term/exception/allow-word (plus a small pass in windows around emoji for terms
written with emoji, e.g. 🛰 or ❤居), RE2 patterns over the folded view (pre-filtered by an RE2
set), contact detectors, then suppression (exceptions, allow-words, Latin word boundaries,
jieba boundaries for ``whole_word`` rules) and per-rule de-duplication (leftmost-longest).

jieba is NOT loaded at import or build time. It loads the first time a Chinese term of a
``whole_word`` rule is hit, or in ``Engine.warm_up()``: call that from a worker thread at app
start-up so no keystroke ever waits ~1 s for it. Even loaded, it segments only a short window
and only when a dictionary word could straddle the hit's edge.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import re2

from studio.core.compliance import detectors, structure
from studio.core.compliance.loader import compile_pattern, load_dir
from studio.core.compliance.matcher import (
    ALLOW,
    ALLOW_RULE,
    EXCEPTION,
    HIT,
    Scan,
    TermMatcher,
    latin_boundary_ok,
    to_original,
)
from studio.core.compliance.model import FIELDS, Finding, Severity, WorkspaceRules
from studio.core.compliance.rules import ALL_FIELDS, Rule
from studio.core.compliance.variants import expand
from studio.core.text import segment
from studio.core.text.normalize import Normalized, Normalizer, fold, is_separator

CUSTOM_RULE_ID = "custom.workspace"
_CUSTOM_MESSAGES = {
    "en": "This word is on this workspace's own list of words to avoid (e.g. a competitor brand).",
    "zh": "该词在当前工作区的自定义禁用词列表中（例如竞品品牌）。",
}
_WORKSPACE_CACHE = 32
_RANK = {severity: severity.rank for severity in Severity}

Raw = tuple[int, int, int, str | None]  # original start, end, rule index, matched rule term


_SYMBOL_WINDOW = 24  # characters around an emoji that an emoji-written term may span
_CONTEXT = 24  # characters each side of a match that decide the language of its quick fixes


def _grapheme_end(text: str, end: int) -> int:
    """Extend a span over combining marks / variation selectors that belong to its last
    character, so an underline never splits é or ❤️."""
    while end < len(text) and ord(text[end]) >= 0x300:
        if unicodedata.category(text[end]) not in ("Mn", "Me"):
            break
        end += 1
    return end


def _as_tags(suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """Fixes pasted into a hashtag: a tag ends at a space, so #lowestprice → "a good price"
    made the tag #a followed by loose words. Short phrases are joined ("agoodprice");
    sentences ("ask in the comments") are no hashtag and are not offered."""
    tags: list[str] = []
    for suggestion in suggestions:
        words = suggestion.split()
        if 0 < len(words) <= 3 and "".join(words) not in tags:
            tags.append("".join(words))
    return tuple(tags)


def _is_pictograph(char: str) -> bool:
    """Emoji and other symbols that are spacers by default (not ZWJ, VS16 or marks)."""
    return is_separator(char) and unicodedata.category(char) in ("So", "Sk")


def _finding(rule: Rule, field: str, text: str, start: int, end: int, message: str,
             suggestions: tuple[str, ...], structural: bool = False) -> Finding:
    """``rule`` matched ``text[start:end]`` (the term checks and the structural checks share it)."""
    return Finding(rule_id=rule.id, category=rule.category, severity=rule.severity, field=field,
                   start=start, end=end, text=text[start:end], message=message, suggestions=suggestions,
                   structural=structural)


class _Compiled:
    """Everything derived from a rule list that does not depend on a workspace."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        items: list[tuple[int, str, str, int]] = []
        for index, rule in enumerate(self.rules):
            for term in rule.terms:
                variants = expand(term) if rule.category == "redirect" else [term]
                items.extend((index, variant, term, HIT) for variant in variants)
            items.extend((index, word, word, EXCEPTION) for word in rule.exceptions)
        # Terms written with a pictograph (🛰, ❤居, 号🐎) need a compact view that keeps those
        # symbols; everywhere else emoji between characters are skipped (最❤好 is 最好). So
        # they get their own small automaton, scanned only when the text holds such a symbol.
        self.normalizer = Normalizer()
        plain, pictorial = [], []
        symbols: set[str] = set()
        for item in items:
            found = {c for c in fold(item[1]) if _is_pictograph(c)}
            (pictorial if found else plain).append(item)
            symbols |= found
        self.matcher = TermMatcher(self.normalizer, plain)
        self.symbol_normalizer = Normalizer(frozenset(symbols))
        self.symbol_matcher = TermMatcher(self.symbol_normalizer, pictorial) if pictorial else None
        self.symbol_table = np.zeros(0x110000, dtype=bool)  # code point -> used in a term
        self.symbol_table[[ord(c) for c in symbols]] = True
        self.patterns: list[tuple[int, re2._Regexp]] = []
        self.pattern_set = None
        for index, rule in enumerate(self.rules):
            self.patterns.extend((index, compile_pattern(p)) for p in rule.patterns)
        if self.patterns:
            options = re2.Options()
            options.log_errors = False
            # One RE2 set pass tells which patterns match at all; only those run finditer.
            self.pattern_set = re2.Set.SearchSet(options)
            for _, compiled in self.patterns:
                self.pattern_set.Add(compiled.pattern)
            self.pattern_set.Compile()
        self.contact = [
            (index, rule.detector)
            for index, rule in enumerate(self.rules)
            if rule.detector in detectors.CONTACT
        ]
        self.structural: dict[str, int] = {}
        for index, rule in enumerate(self.rules):
            if rule.detector in structure.DEFAULTS and rule.detector not in self.structural:
                self.structural[rule.detector] = index


class Engine:
    """Checks text against compiled rule packs. Immutable and thread-safe to call."""

    _default: Engine | None = None
    _default_lock = threading.Lock()

    def __init__(self, rules: Sequence[Rule], workspace: WorkspaceRules | None = None,
                 _compiled: _Compiled | None = None) -> None:  # fmt: skip
        self._compiled = _compiled or _Compiled(rules)
        self.workspace = workspace or WorkspaceRules()
        base = self._compiled.rules
        extra: list[Rule] = []
        custom = tuple(t for t in self.workspace.custom_terms if t.strip())
        if custom:
            extra.append(
                Rule(
                    id=CUSTOM_RULE_ID,
                    category="custom",
                    severity=Severity(self.workspace.custom_severity),
                    fields=ALL_FIELDS,
                    messages=_CUSTOM_MESSAGES,
                    terms=custom,
                    pack="workspace",
                )
            )
        # Structural rules that no pack provides fall back to the built-in defaults.
        self._structural: dict[str, int] = dict(self._compiled.structural)
        for name, rule in structure.DEFAULTS.items():
            if name not in self._structural:
                self._structural[name] = len(base) + len(extra)
                extra.append(rule)
        self._all_rules = base + tuple(extra)
        overlay = [(len(base), term, term, HIT) for term in custom] if custom else []
        overlay += [
            (ALLOW_RULE, word, word, ALLOW) for word in self.workspace.allow_words if word.strip()
        ]
        self._overlay = TermMatcher(self._compiled.normalizer, overlay) if overlay else None
        disabled = frozenset(self.workspace.disabled_rules)
        self._active = {
            name: [r.id not in disabled and r.applies_to(name) for r in self._all_rules]
            for name in FIELDS
        }
        self._enabled = [r.id not in disabled for r in self._all_rules]
        self._workspaces: OrderedDict[tuple, Engine] = OrderedDict()
        self._workspaces_lock = threading.Lock()

    # ----------------------------------------------------------------- construction
    @classmethod
    def default(cls) -> Engine:
        """The bundled rule packs, compiled once per process."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    from studio.core.paths import rules_dir

                    cls._default = cls.from_dir(rules_dir())
        return cls._default

    @classmethod
    def from_dir(cls, path: Path | str) -> Engine:
        """Rule packs from a folder; raises RuleLoadError (``file:line: reason``)."""
        return cls(load_dir(Path(path)))

    def with_workspace(self, workspace: WorkspaceRules) -> Engine:
        """A derived engine with a workspace's custom terms, disabled rules and allow-words.

        The bundled rules stay compiled and shared; only the workspace's own words get a small
        automaton. Cached by value (last 32), so calling it on every keystroke is cheap. Called
        on a derived engine, the new workspace replaces the old one (they do not stack)."""
        key = (
            tuple(workspace.custom_terms),
            frozenset(workspace.disabled_rules),
            tuple(workspace.allow_words),
            Severity(workspace.custom_severity),
        )
        with self._workspaces_lock:
            cached = self._workspaces.get(key)
            if cached is not None:
                self._workspaces.move_to_end(key)
                return cached
        engine = Engine((), workspace, _compiled=self._compiled)
        with self._workspaces_lock:
            self._workspaces[key] = engine
            while len(self._workspaces) > _WORKSPACE_CACHE:
                self._workspaces.popitem(last=False)
        return engine

    def warm_up(self) -> None:
        """Do the slow one-time work now (jieba's dictionary when a rule needs it); the
        normalisation tables were already built with the engine."""
        if any(rule.whole_word for rule in self._all_rules):
            segment.warm_up()

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule this engine knows (bundled, workspace custom, built-in structural)."""
        return self._all_rules

    def limit(self, detector: str) -> int | None:
        """The limit a structural check uses (``"hashtag_count"``, ``"title_length"``, …):
        the rule pack's when it sets one, else the built-in default. Other features that
        enforce the same limit (the hashtag composer) read it here, so a pack edit moves
        them together. Independent of the workspace disabling the rule."""
        rule = self._all_rules[self._structural[detector]]
        return rule.limit if rule.limit is not None else structure.DEFAULTS[detector].limit

    def is_enabled(self, rule_id: str) -> bool:
        return rule_id not in self.workspace.disabled_rules

    # ----------------------------------------------------------------- checking
    def check(self, text: str, field: str = "body") -> list[Finding]:
        """Findings for one field's text, sorted by start offset."""
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}; expected one of {FIELDS}")
        if not text:
            return []
        norm = self._compiled.normalizer.normalize(text)
        active = self._active[field]
        guards: list[Raw] = []
        raw = self._term_hits(norm, active, guards)
        raw += self._pattern_hits(norm, active)
        raw += self._detector_hits(norm, active)
        raw = self._suppress(raw, guards)
        return self._findings(text, field, raw)

    def _term_hits(self, norm: Normalized, active: list[bool], guards: list[Raw]) -> list[Raw]:
        """Term hits in original offsets; exception/allow spans are added to ``guards``."""
        compiled = self._compiled
        passes = [(0, norm, compiled.matcher)]
        if self._overlay is not None:
            passes.append((0, norm, self._overlay))
        if compiled.symbol_matcher is not None:
            # Emoji-written terms are short: scan only windows around the symbols they use.
            where = np.flatnonzero(compiled.symbol_table[norm.folded_codes]).tolist()
            pad = _SYMBOL_WINDOW
            windows = [(at - pad, at + pad + 1) for at in where]
            for lo, hi in detectors.merge_spans(windows, len(norm.original)):
                view = compiled.symbol_normalizer.normalize(norm.original[lo:hi])
                passes.append((lo, view, compiled.symbol_matcher))
        raw: list[Raw] = []
        for offset, view, matcher in passes:
            scan = Scan()
            matcher.scan(view, active, scan)
            raw += [
                (s + offset, e + offset, r, t) for s, e, r, t in self._map_hits(view, scan.hits)
            ]
            starts, ends = to_original(
                view, [g[0] for g in scan.guards], [g[1] for g in scan.guards]
            )
            guards += [
                (s + offset, e + offset, g[2], None)
                for s, e, g in zip(starts, ends, scan.guards, strict=True)
            ]
        return raw

    def _map_hits(self, norm: Normalized, hits: list) -> list[Raw]:
        if not hits:
            return []
        rules = self._all_rules
        hits = [h for h in hits if not rules[h[2]].whole_word or self._is_word(norm, h)]
        starts, ends = to_original(norm, [h[0] for h in hits], [h[1] for h in hits])
        folded = norm.folded
        return [
            (start, end, hit[2], hit[3])
            for start, end, hit in zip(starts, ends, hits, strict=True)
            if not (hit[4] or hit[5]) or latin_boundary_ok(folded, start, end, hit[4], hit[5])
        ]

    @staticmethod
    def _is_word(norm: Normalized, hit: tuple) -> bool:
        start, end = hit[0], hit[1]
        if norm.compact[start].isascii():
            return True  # Latin terms already get exact word boundaries
        return segment.is_word(norm.compact, start, end)

    def _pattern_hits(self, norm: Normalized, active: list[bool]) -> list[Raw]:
        compiled = self._compiled
        if compiled.pattern_set is None:
            return []
        found = compiled.pattern_set.Match(norm.folded) or []
        raw: list[Raw] = []
        for pattern_index in found:
            rule_index, pattern = compiled.patterns[pattern_index]
            if active[rule_index]:
                raw.extend(
                    (m.start(), m.end(), rule_index, None)
                    for m in pattern.finditer(norm.folded)
                    if m.end() > m.start()
                )
        return raw

    def _detector_hits(self, norm: Normalized, active: list[bool]) -> list[Raw]:
        raw: list[Raw] = []
        cache: dict[str, list[tuple[int, int]]] = {}
        context = detectors.Context(norm)
        for rule_index, name in self._compiled.contact:
            if active[rule_index]:
                if name not in cache:
                    cache[name] = detectors.CONTACT[name](context)
                raw.extend((s, e, rule_index, None) for s, e in cache[name] if e > s)
        return raw

    def _suppress(self, raw: list[Raw], guards: list[Raw]) -> list[Raw]:
        """Drop hits covered by one of their rule's exceptions or by a workspace allow-word."""
        if not guards or not raw:
            return raw
        # rule index -> {start: furthest end}, and the longest guard per rule.
        by_rule: dict[int, dict[int, int]] = {}
        longest: dict[int, int] = {}
        for start, end, owner, _ in guards:
            spans = by_rule.setdefault(owner, {})
            if spans.get(start, -1) < end:
                spans[start] = end
            longest[owner] = max(longest.get(owner, 0), end - start)

        def covered(start: int, end: int, rule_index: int) -> bool:
            for owner in (rule_index, ALLOW_RULE):
                spans = by_rule.get(owner)
                if spans is None:
                    continue
                for guard_start in range(max(0, end - longest[owner]), start + 1):
                    if spans.get(guard_start, -1) >= end:
                        return True
            return False

        return [hit for hit in raw if not covered(hit[0], hit[1], hit[2])]

    def _findings(self, text: str, field: str, raw: list[Raw]) -> list[Finding]:
        # Per rule keep the leftmost-longest non-overlapping hits (最好用 over 最好).
        raw.sort(key=lambda h: (h[2], h[0], -h[1]))
        findings: list[Finding] = []
        last_rule, last_end = -2, -1
        rules = self._all_rules
        messages: dict[int, str] = {}  # localise each rule's message once per check
        for start, end, rule_index, term in raw:
            if rule_index == last_rule and start < last_end:
                continue
            last_rule, last_end = rule_index, end
            end = _grapheme_end(text, end)
            rule = rules[rule_index]
            message = messages.get(rule_index)
            if message is None:
                message = messages[rule_index] = rule.message
            # The match counts too: 加我vx before one Latin ID is still Chinese text.
            context = text[max(0, start - _CONTEXT) : end + _CONTEXT]
            suggestions = rule.suggestions_for(term, context)
            if field == "hashtags":
                suggestions = _as_tags(suggestions)
            findings.append(_finding(rule, field, text, start, end, message, suggestions))
        findings.sort(key=lambda f: (f.start, -f.end, _RANK[f.severity], f.rule_id))
        return _drop_nested_repeats(findings)

    # ----------------------------------------------------------------- whole notes
    def check_note(self, title: str = "", body: str = "",
                   hashtags: str | Sequence[str] = ()) -> list[Finding]:  # fmt: skip
        """Term checks on each field plus the structural checks (lengths, hashtags).

        ``hashtags`` is the hashtag field's text, or a list of tags; for a list the field's
        text (what offsets index) is ``" ".join("#" + tag)``. Hashtags written in the body
        count towards the limit too."""
        if not isinstance(hashtags, str):
            hashtags = " ".join("#" + tag.strip().lstrip("#＃") for tag in hashtags if tag.strip())
        findings = self.check(title, "title") + self.check(body, "body")
        findings += self.check(hashtags, "hashtags")
        findings += self._structural_findings(title, body, hashtags)
        order = {name: i for i, name in enumerate(FIELDS)}
        findings.sort(key=lambda f: (order[f.field], f.start, f.end, _RANK[f.severity], f.rule_id))
        return findings

    def _structural_rule(self, name: str) -> Rule | None:
        index = self._structural[name]
        return self._all_rules[index] if self._enabled[index] else None

    def _structural_findings(self, title: str, body: str, hashtags: str) -> list[Finding]:
        spans: list[tuple[str, str, tuple[int, int] | None]] = []  # detector, field, span
        if rule := self._structural_rule("title_length"):
            spans.append(("title_length", "title", structure.title_length(title, rule)))
        if rule := self._structural_rule("body_length"):
            spans.append(("body_length", "body", structure.body_length(body, rule)))
        # Hashtags written in the body count too; each tag is (field, start, end, word).
        tags = [("body", *t) for t in structure.hashtag_spans(body, plain_words=False)]
        tags += [("hashtags", *t) for t in structure.hashtag_spans(hashtags)]
        for name, check in (("hashtag_count", structure.hashtag_count),
                            ("hashtag_structure", structure.hashtag_structure)):  # fmt: skip
            rule = self._structural_rule(name)
            picked = check([t[3] for t in tags], rule) if rule else None
            if picked is not None:
                spans.append((name, *self._place_tags(tags[picked[0] : picked[1]])))
        texts = {"title": title, "body": body, "hashtags": hashtags}
        findings = []
        for name, field, span in spans:
            if span is None:
                continue
            rule = self._all_rules[self._structural[name]]
            start, end = span
            findings.append(_finding(rule, field, texts[field], start, end, rule.message,
                                     rule.suggestions_for(None), structural=True))
        return findings

    @staticmethod
    def _place_tags(tags: list) -> tuple[str, tuple[int, int]]:
        """Tags may run from the body into the hashtag field: report them in the field of
        the last one, from the first of them in that field."""
        field = tags[-1][0]
        in_field = [t for t in tags if t[0] == field]
        return field, (in_field[0][1], in_field[-1][2])


def _drop_nested_repeats(findings: list[Finding]) -> list[Finding]:
    """One span, one finding per category: a phone number after 加vx is both a mobile number
    and a contact handle, but the creator needs to read about it once. A finding is dropped
    when an at-least-as-severe finding of the same category covers its span. Input is sorted
    by (start, -end, severity), so every earlier finding starts at or before this one and
    covering reduces to "reaches as far": track the furthest end per (category, severity)."""
    furthest: dict[tuple[str, int], int] = {}
    kept: list[Finding] = []
    for finding in findings:
        rank = _RANK[finding.severity]
        if any(furthest.get((finding.category, r), -1) >= finding.end for r in range(rank + 1)):
            continue
        key = (finding.category, rank)
        furthest[key] = max(furthest.get(key, -1), finding.end)
        kept.append(finding)
    kept.sort(key=lambda f: (f.start, f.end, _RANK[f.severity], f.rule_id))
    return kept
