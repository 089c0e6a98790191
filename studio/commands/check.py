"""`rednote-studio check`: lint drafts for words that get notes throttled or accounts banned.

Exit status: 0 nothing blocks, 1 something blocks, 2 usage or input error (one line naming
the file). Agency staff run it over a folder of client drafts.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from pathlib import Path

from studio.commands import InputError, expand_wildcards, print_json
from studio.core.i18n import set_language, tr

# The engine's FIELDS, body (the default) first; spelled out so that building the parser does
# not import the engine (tests/cli/test_check.py keeps the two in step).
CHECKED_FIELDS = ("body", "title", "hashtags", "bio", "username", "cover_text")
DRAFT_SUFFIXES = (".txt", ".md")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help=tr("check drafts against the platform's rules", "按平台规则检查草稿"),
        description=tr(
            "Check text files for absolute claims, redirects, health claims and the other "
            "categories the platform penalises. Folders are searched for *.txt and *.md.",
            "检查文本文件中的绝对化用语、导流、健康宣称等平台会处罚的内容。文件夹会递归查找 *.txt 和 *.md。",
        ),
        epilog=tr(
            "Exit status: 0 nothing blocks, 1 something blocks, 2 usage or input error.",
            "退出码：0 无阻断问题，1 有阻断问题，2 用法或输入错误。",
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=tr("files or folders; - reads stdin", "文件或文件夹；- 表示标准输入"),
    )
    parser.add_argument(
        "--field",
        choices=CHECKED_FIELDS,
        default="body",
        help=tr("which note field the text is (default: body)", "文本所属字段（默认 body）"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        dest="output_format",
        help=tr("linter-style text (default) or JSON", "类 linter 文本（默认）或 JSON"),
    )
    parser.add_argument(
        "--rules", metavar="DIR", help=tr("use rule packs from DIR", "使用 DIR 中的规则包")
    )
    parser.add_argument("--lang", choices=("en", "zh"), help=tr("message language", "提示语言"))
    parser.set_defaults(func=run)


def _expand(paths: list[str]) -> list[str]:
    """Files in command-line order; folders become their *.txt/*.md files, sorted."""
    result: list[str] = []
    for name in expand_wildcards(paths):
        if name == "-":
            result.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            # Hidden files and folders are not drafts: macOS writes "._note.txt" (AppleDouble,
            # binary) next to every file on a USB drive, which stopped the run as "not UTF-8".
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                # Exit 0 with "0 findings" would pass a folder of .docx drafts as clean.
                raise InputError(
                    tr(
                        f"{name}: no .txt or .md files in this folder",
                        f"{name}：此文件夹中没有 .txt 或 .md 文件",
                    )
                )
            result.extend(str(p) for p in found)
        elif path.exists():
            result.append(name)
        else:
            raise InputError(tr(f"{name}: no such file or folder", f"{name}：文件或文件夹不存在"))
    return result


def _read(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            tr(
                f"{name}: not UTF-8 text (invalid byte at offset {exc.start})",
                f"{name}：不是 UTF-8 文本（偏移 {exc.start} 处字节无效）",
            )
        ) from None
    # A BOM is not part of the draft, nor are Windows line ends (Notepad's CRLF): each "\r"
    # counted as a character, so a body under 1,000 characters failed as too long.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class _Lines:
    """1-based line and column of code-point offsets, by bisecting the line starts once per
    file (counting newlines from the top for every finding was quadratic: a 5 MB draft
    with 800,000 findings did not finish in ten minutes)."""

    def __init__(self, text: str):
        self._starts = [0]
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def _load_engine(rules: str | None):
    from studio.core.compliance import Engine, RuleLoadError

    try:
        return Engine.from_dir(rules) if rules else Engine.default()
    except RuleLoadError as exc:
        raise InputError(str(exc)) from None


def _check(engine, text: str, field: str):
    """Term checks, plus the structural ones for a note's own fields: a 30-character title,
    a 1,200-character body or 12 hashtags used to pass with exit 0, because ``check()``
    looks at words only. The file's final line break is not part of the note."""
    if field in ("title", "body", "hashtags"):
        return engine.check_note(**{field: text.rstrip("\r\n")})
    return engine.check(text, field=field)


def run(args) -> int:
    if args.lang:
        set_language(args.lang)
    names = _expand(args.files)
    texts = [(name, _read(name)) for name in names]  # read all first: errors before output
    engine = _load_engine(args.rules)
    results = []
    blocked = False
    for name, text in texts:
        findings = _check(engine, text, args.field)
        blocked = blocked or any(f.severity.value == "block" for f in findings)
        results.append((name if name != "-" else "<stdin>", text, findings))
    if args.output_format == "json":
        payload = {
            "results": [
                {"file": name, "findings": [f.to_dict() for f in findings]}
                for name, _, findings in results
            ]
        }
        print_json(payload)
    else:
        _print_text(results)
    return 1 if blocked else 0


MAX_SHOWN_CHARS = 40  # a too-long body's finding spans everything past the limit


def _shorten(text: str) -> str:
    """The matched text as quoted in a report line (JSON keeps it whole)."""
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def _print_text(results) -> None:
    total = 0
    for name, text, findings in results:
        lines = _Lines(text)
        for f in findings:
            line, col = lines.line_col(f.start)
            shown = _shorten(f.text).replace("\n", "⏎")
            suggestion = f" → {' / '.join(f.suggestions)}" if f.suggestions else ""
            print(
                f"{name}:{line}:{col} {f.severity.value} {f.category} "
                f"「{shown}」 {f.message}{suggestion}"
            )
        total += len(findings)
    files = len(results)
    print(
        tr(
            f"{total} finding(s) in {files} file(s)",
            f"共 {files} 个文件，{total} 处问题",
        ),
        file=sys.stderr,
    )
