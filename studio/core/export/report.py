"""report.html: the compliance report an agency sends a client for approval.

Self-contained (inline CSS, no scripts, no external requests). Every value that came from a
user or a rule file goes through ``html.escape``; the tests feed it markup to prove it.
"""

from __future__ import annotations

import datetime as _dt
from html import escape

from studio.core.compliance.model import Finding, Severity
from studio.core.i18n import get_language, tr

from .model import NotePackage, Override, PhotoVerdict
from .text import hashtag_line

_CSS = """
body{font-family:-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:0;background:#f6f6f8;color:#222;line-height:1.55}
main{max-width:880px;margin:0 auto;padding:32px 24px 64px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px}
.meta{color:#777;font-size:13px}
.card{background:#fff;border-radius:12px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.summary{display:flex;gap:12px;flex-wrap:wrap;margin-top:20px}
.pill{border-radius:999px;padding:6px 14px;font-weight:600;font-size:14px}
.ok{background:#e7f7ee;color:#17803d}.block{background:#fde8eb;color:#c4122f}
.warn{background:#fff3dd;color:#a35a00}.info{background:#e8f0fd;color:#2450a6}
table{width:100%;border-collapse:collapse;font-size:14px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #eee;vertical-align:top}
th{color:#666;font-weight:600}
mark{background:#ffe1e6;padding:0 2px;border-radius:3px}
pre{white-space:pre-wrap;font-family:inherit;margin:0}
.tags{color:#2450a6}
"""


def _sev_label(severity: Severity) -> str:
    return {
        Severity.BLOCK: tr("Blocking", "阻断"),
        Severity.WARN: tr("Warning", "警告"),
        Severity.INFO: tr("Note", "提示"),
    }[severity]


def _field_label(field: str) -> str:
    labels = {
        "title": tr("Title", "标题"), "body": tr("Body", "正文"), "hashtags": tr("Hashtags", "话题"),
        "bio": tr("Bio", "简介"), "username": tr("Username", "用户名"), "cover_text": tr("Cover text", "封面文字"),
    }
    return labels.get(field, field)


def _findings_table(findings: list[Finding]) -> str:
    if not findings:
        return f'<p class="card">{escape(tr("No findings: nothing here is known to get a note throttled.", "没有发现问题：未发现已知会导致限流的内容。"))}</p>'
    rows = []
    for f in sorted(findings, key=lambda f: (f.severity.rank, f.field, f.start)):
        suggestions = "、".join(f.suggestions) if get_language() == "zh" else ", ".join(f.suggestions)
        rows.append(
            "<tr>"
            f'<td><span class="pill {escape(f.severity.value)}">{escape(_sev_label(f.severity))}</span></td>'
            f"<td>{escape(_field_label(f.field))}</td>"
            f"<td><mark>{escape(f.text)}</mark></td>"
            f"<td>{escape(f.message)}<br><small class=\"meta\">{escape(f.category)} · {escape(f.rule_id)}</small></td>"
            f"<td>{escape(suggestions) or '—'}</td>"
            "</tr>"
        )
    head = "".join(f"<th>{escape(h)}</th>" for h in (
        tr("Severity", "级别"), tr("Where", "位置"), tr("Text", "内容"), tr("Why", "原因"), tr("Try instead", "建议替换")))
    return f'<div class="card"><table><tr>{head}</tr>{"".join(rows)}</table></div>'


def _overrides_table(overrides: list[Override]) -> str:
    if not overrides:
        return f'<p class="card">{escape(tr("None: every finding above is still open.", "无：以上问题均未被忽略。"))}</p>'
    scope = {"draft": tr("ignored in this note", "在本篇笔记中忽略"), "workspace": tr("allowed in the workspace", "在工作区中允许")}
    rows = "".join(
        f"<tr><td><mark>{escape(o.text)}</mark></td><td>{escape(o.rule_id)}</td>"
        f"<td>{escape(scope.get(o.scope, o.scope))}</td><td>{escape(o.note)}</td></tr>"
        for o in overrides
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in (tr("Text", "内容"), tr("Rule", "规则"), tr("Decision", "处理"), tr("Note", "备注")))
    return f'<div class="card"><table><tr>{head}</tr>{rows}</table></div>'


def _photos_table(verdicts: list[PhotoVerdict]) -> str:
    if not verdicts:
        return f'<p class="card">{escape(tr("No photos were checked.", "没有检查照片。"))}</p>'
    rows = "".join(
        f"<tr><td>{escape(v.name)}</td><td>{'—' if v.score is None else f'{v.score:.0f}'}</td>"
        f"<td>{escape(v.label or v.verdict)}</td><td>{'<br>'.join(escape(s) for s in v.signals) or '—'}</td></tr>"
        for v in verdicts
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in (
        tr("Photo", "照片"), tr("Editing score", "修图分数"), tr("Verdict", "结论"), tr("Signals", "依据")))
    return f'<div class="card"><table><tr>{head}</tr>{rows}</table></div>'


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def build_report(package: NotePackage, *, now: _dt.datetime | None = None) -> str:
    findings = list(package.findings)
    blocking = sum(1 for f in findings if f.severity is Severity.BLOCK)
    warnings = sum(1 for f in findings if f.severity is Severity.WARN)
    notes = len(findings) - blocking - warnings
    when = (now or _dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    status = (
        f'<span class="pill ok">{escape(tr("Ready to post", "可以发布"))}</span>' if blocking == 0
        else f'<span class="pill block">{escape(tr(f"{blocking} blocking", f"{blocking} 个阻断问题"))}</span>'
    )
    summary = (
        f'<div class="summary">{status}'
        f'<span class="pill warn">{escape(tr(_plural(warnings, "warning"), f"{warnings} 个警告"))}</span>'
        f'<span class="pill info">{escape(tr(_plural(notes, "note"), f"{notes} 条提示"))}</span>'
        f'<span class="pill info">{escape(tr(f"{len(package.overrides)} overridden", f"{len(package.overrides)} 项已忽略"))}</span></div>'
    )
    meta = [tr(f"Generated {when}", f"生成于 {when}")]
    if package.workspace:
        meta.append(tr(f"Workspace: {package.workspace}", f"工作区：{package.workspace}"))
    meta.extend(f"{k}: {v}" for k, v in package.extra.items())
    lang = "zh-CN" if get_language() == "zh" else "en"
    title = package.title.strip() or tr("(untitled note)", "（无标题笔记）")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(tr('Compliance report', '合规报告'))} · {escape(title)}</title><style>{_CSS}</style></head>"
        f"<body><main><p class=\"meta\">{escape(tr('RedNote Studio · compliance report', 'RedNote Studio · 合规报告'))}</p>"
        f"<h1>{escape(title)}</h1><p class=\"meta\">{escape(' · '.join(meta))}</p>{summary}"
        f"<h2>{escape(tr('The note', '笔记内容'))}</h2><div class=\"card\"><pre>{escape(package.body.strip())}</pre>"
        f"<p class=\"tags\">{escape(hashtag_line(package.hashtags))}</p></div>"
        f"<h2>{escape(tr('Findings', '检查结果'))}</h2>{_findings_table(findings)}"
        f"<h2>{escape(tr('Overrides', '已忽略的问题'))}</h2>{_overrides_table(list(package.overrides))}"
        f"<h2>{escape(tr('Photos', '照片检查'))}</h2>{_photos_table(list(package.photo_verdicts))}"
        "</main></body></html>\n"
    )
