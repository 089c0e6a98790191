"""Reading rule packs (``rules/*.toml``, format in rules/README.md) into ``Rule`` objects.

Every problem is a ``RuleLoadError`` naming the file, the line and the reason, so a
non-programmer editing a pack can find the mistake. TOML itself does not report lines for
valid-but-wrong values, so lines are recovered from the source text (the ``[[rule]]`` header
and the ``key =`` line inside it).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import re2

from studio.core.compliance import detectors, structure
from studio.core.compliance.model import CATEGORIES, FIELDS, Severity
from studio.core.compliance.rules import ALL_FIELDS, Rule, RuleLoadError
from studio.core.i18n import tr
from studio.core.text.length import METHODS

RULE_KEYS = {
    "id", "category", "severity", "fields", "terms", "patterns", "detector", "exceptions",
    "message", "suggestions", "replace", "whole_word", "limit", "method",
}  # fmt: skip
# The detector names a rule may use: exactly those the engine implements.
DETECTORS = (*detectors.CONTACT, *structure.DEFAULTS)
_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\]\]")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # errors are reported as RuleLoadError, not on stderr
    return options


def compile_pattern(pattern: str) -> re2._Regexp:
    """Compile with RE2 (linear time: no back-references, no look-around)."""
    return re2.compile(pattern, _re2_options())


class _Source:
    """The raw lines of a pack, to point errors at the right line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.headers = [i for i, line in enumerate(self.lines) if _HEADER.match(line)]

    def error(self, line: int | None, reason: str) -> RuleLoadError:
        return RuleLoadError(self.path, line, reason)

    def rule_range(self, index: int) -> tuple[int, int]:
        if index >= len(self.headers):
            return 0, len(self.lines)
        start = self.headers[index]
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        return start, end

    def line_of(self, index: int, key: str | None = None, needle: str | None = None) -> int:
        """1-based line of ``key =`` (or of a line containing ``needle``) in rule ``index``."""
        start, end = self.rule_range(index)
        if needle:
            for i in range(start, end):
                if needle in self.lines[i]:
                    return i + 1
        if key:
            key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for i in range(start, end):
                if key_re.match(self.lines[i]):
                    return i + 1
        return start + 1


def _string_list(src: _Source, index: int, rule: dict, key: str) -> tuple[str, ...]:
    value = rule.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise src.error(
            src.line_of(index, key),
            tr(f"'{key}' must be a list of strings", f"“{key}”必须是字符串列表"),
        )
    for item in value:
        if not item.strip():
            raise src.error(
                src.line_of(index, key),
                tr(f"'{key}' contains an empty string", f"“{key}”中有空字符串"),
            )
    return tuple(value)


def _messages(src: _Source, index: int, value: object) -> dict[str, str]:
    if isinstance(value, str):
        value = {"en": value, "zh": value}
    if (
        not isinstance(value, dict)
        or not all(isinstance(v, str) and v.strip() for v in value.values())
        or not {"zh", "en"} <= value.keys()
    ):
        raise src.error(
            src.line_of(index, "message"),
            tr(
                "'message' must be a table with non-empty 'zh' and 'en' texts",
                "“message”必须是包含非空 zh 和 en 文本的表",
            ),
        )
    return dict(value)


def _parse_rule(src: _Source, index: int, raw: object, pack_id: str) -> Rule:
    line = src.line_of(index)
    if not isinstance(raw, dict):
        raise src.error(line, tr("each [[rule]] must be a table", "每个 [[rule]] 必须是表"))
    unknown = sorted(set(raw) - RULE_KEYS)
    if unknown:
        raise src.error(
            src.line_of(index, unknown[0]),
            tr(
                f"unknown key '{unknown[0]}' in rule (allowed: {', '.join(sorted(RULE_KEYS))})",
                f"规则中有未知的键“{unknown[0]}”（允许：{', '.join(sorted(RULE_KEYS))}）",
            ),
        )
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise src.error(line, tr("rule has no 'id'", "规则缺少 id"))

    def fail(key: str | None, en: str, zh: str, needle: str | None = None) -> RuleLoadError:
        """An error at ``key``'s line (or ``needle``'s) in this rule, naming the rule."""
        return src.error(src.line_of(index, key, needle), tr(f"rule {rule_id}: {en}", f"规则 {rule_id}：{zh}"))

    category = raw.get("category")
    if category not in CATEGORIES:
        raise fail("category", f"unknown category {category!r} (expected one of: {', '.join(CATEGORIES)})",
                   f"未知分类 {category!r}（应为其中之一：{', '.join(CATEGORIES)}）")
    try:
        severity = Severity(raw.get("severity"))
    except ValueError:
        raise fail("severity", f"severity must be block, warn or info, not {raw.get('severity')!r}",
                   f"severity 必须是 block、warn 或 info，而不是 {raw.get('severity')!r}") from None
    fields = _string_list(src, index, raw, "fields") or ("all",)
    bad = [f for f in fields if f != "all" and f not in FIELDS]
    if bad:
        raise fail("fields", f"unknown field {bad[0]!r} (expected all or {', '.join(FIELDS)})",
                   f"未知字段 {bad[0]!r}（应为 all 或 {', '.join(FIELDS)}）")
    terms = _string_list(src, index, raw, "terms")
    patterns = _string_list(src, index, raw, "patterns")
    for pattern in patterns:
        try:
            compiled = compile_pattern(pattern)
        except re2.error as exc:
            reason = exc.args[0].decode() if isinstance(exc.args[0], bytes) else str(exc)
            raise fail("patterns", f"pattern {pattern!r} rejected by RE2: {reason}",
                       f"正则 {pattern!r} 被 RE2 拒绝：{reason}", needle=pattern[:12]) from None
        if compiled.search("") is not None:
            raise fail("patterns", f"pattern {pattern!r} can match empty text",
                       f"正则 {pattern!r} 会匹配空文本", needle=pattern[:12])
    detector = raw.get("detector")
    if detector is not None and detector not in DETECTORS:
        raise fail("detector", f"unknown detector {detector!r} (expected one of: {', '.join(DETECTORS)})",
                   f"未知检测器 {detector!r}（应为其中之一：{', '.join(DETECTORS)}）")
    if not terms and not patterns and detector is None:
        raise fail(None, "needs at least one of terms, patterns, detector", "至少需要 terms、patterns、detector 之一")
    suggestions_by_language: dict[str, tuple[str, ...]] = {}
    if isinstance(raw.get("suggestions"), dict):
        table = raw["suggestions"]
        unknown = [k for k in table if k not in ("en", "zh")]
        if unknown:
            raise fail("suggestions", f"unknown language {unknown[0]!r} in suggestions (expected en, zh)",
                       f"suggestions 中的语言 {unknown[0]!r} 未知（应为 en、zh）")
        suggestions_by_language = {
            lang: _string_list(src, index, table, lang) for lang in ("en", "zh") if lang in table
        }
        suggestions = suggestions_by_language.get("zh") or suggestions_by_language.get("en", ())
    else:
        suggestions = _string_list(src, index, raw, "suggestions")
    replace_raw = raw.get("replace", {})
    if not isinstance(replace_raw, dict):
        raise fail("replace", "'replace' must be a table", "replace 必须是表")
    replace: dict[str, tuple[str, ...]] = {}
    for term, options in replace_raw.items():
        if isinstance(options, str):
            options = [options]
        if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
            raise fail(None, f"replacements for {term!r} must be a list of strings",
                       f"{term!r} 的替换词必须是字符串列表", needle=term)
        replace[term] = tuple(options)
    whole_word = raw.get("whole_word", False)
    if not isinstance(whole_word, bool):
        raise fail("whole_word", "'whole_word' must be true or false", "whole_word 必须是 true 或 false")
    limit = raw.get("limit")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise fail("limit", "'limit' must be a whole number ≥ 0", "limit 必须是 ≥ 0 的整数")
    method = raw.get("method")
    if method is not None and method not in METHODS:
        raise fail("method", f"'method' must be one of {', '.join(METHODS)}", f"method 必须是 {', '.join(METHODS)} 之一")
    return Rule(
        id=rule_id,
        category=category,
        severity=severity,
        fields=ALL_FIELDS if "all" in fields else frozenset(fields),
        messages=_messages(src, index, raw.get("message")),
        terms=terms,
        patterns=patterns,
        detector=detector,
        exceptions=_string_list(src, index, raw, "exceptions"),
        suggestions=suggestions,
        suggestions_by_language=suggestions_by_language,
        replace=replace,
        whole_word=whole_word,
        limit=limit,
        method=method,
        pack=pack_id,
    )


def load_file(path: Path) -> list[Rule]:
    try:
        # A UTF-8 BOM (Windows PowerShell 5, older Notepad) is not TOML: drop it.
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except OSError as exc:
        raise RuleLoadError(
            path,
            None,
            tr(f"cannot read: {exc.strerror or exc}", f"无法读取：{exc.strerror or exc}"),
        ) from None
    except UnicodeDecodeError as exc:
        raise RuleLoadError(
            path,
            None,
            tr(f"not UTF-8 (byte {exc.start})", f"不是 UTF-8 编码（第 {exc.start} 字节）"),
        ) from None
    src = _Source(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        reason = _TOML_LINE.sub("", str(exc)).strip()
        raise src.error(
            int(match.group(1)) if match else None,
            tr(f"invalid TOML: {reason}", f"TOML 格式错误：{reason}"),
        ) from None
    unknown = sorted(set(data) - {"pack", "rule"})
    if unknown:
        raise src.error(
            None,
            tr(
                f"unknown top-level key '{unknown[0]}' (expected [pack] and [[rule]])",
                f"未知的顶层键“{unknown[0]}”（应为 [pack] 和 [[rule]]）",
            ),
        )
    pack = data.get("pack", {})
    if not isinstance(pack, dict):
        raise src.error(None, tr("[pack] must be a table", "[pack] 必须是表"))
    pack_id = pack.get("id", path.stem)
    if not isinstance(pack_id, str):
        raise src.error(None, tr("[pack] id must be a string", "[pack] 的 id 必须是字符串"))
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise src.error(
            None, tr("rules must be written as [[rule]] tables", "规则必须写成 [[rule]] 表")
        )
    return [_parse_rule(src, i, raw, pack_id) for i, raw in enumerate(raw_rules)]


def load_dir(path: Path) -> list[Rule]:
    """All rules of all ``*.toml`` packs in ``path`` (sorted by file name)."""
    path = Path(path)
    if not path.is_dir():
        raise RuleLoadError(path, None, tr("rules folder not found", "找不到规则文件夹"))
    files = sorted(path.glob("*.toml"))
    if not files:
        # An empty rule set passes every draft: a mistyped --rules folder must not read as
        # "nothing blocks".
        raise RuleLoadError(
            path, None, tr("no rule packs (*.toml) in this folder", "此文件夹中没有规则包（*.toml）")
        )
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for file in files:
        for rule in load_file(file):
            if rule.id in seen:
                src = _Source(file, file.read_text(encoding="utf-8").removeprefix("\ufeff"))
                line = next(
                    (i + 1 for i, text in enumerate(src.lines) if f'"{rule.id}"' in text), None
                )
                raise RuleLoadError(
                    file,
                    line,
                    tr(
                        f"duplicate rule id {rule.id} (also in {seen[rule.id].name})",
                        f"规则 id {rule.id} 重复（{seen[rule.id].name} 中也有）",
                    ),
                )
            seen[rule.id] = file
            rules.append(rule)
    return rules
