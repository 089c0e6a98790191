"""Photo verdicts as stored with the draft and shown in the package report.

The photo panel stores a small summary of each ``PhotoReport`` in the draft media's
``extras`` (so export does not re-analyse 18 photos); this module owns that shape.
"""

from __future__ import annotations

from studio.core.i18n import tr

from .model import PhotoVerdict

SUMMARY_KEY = "analysis"


def verdict_label(verdict: str) -> str:
    return {
        "ok": tr("Natural", "自然"),
        "caution": tr("Noticeably edited", "修图明显"),
        "over": tr("Heavily edited", "过度修图"),
    }.get(verdict, verdict)


def summarize(report, top: int = 3) -> dict:
    """A JSON-able summary of a ``studio.core.photo.PhotoReport``."""
    summary = {
        "score": round(float(report.score), 1),
        "verdict": report.verdict,
        # a text card or thumbnail is not scored: the reason is the note, not the signals
        "signals": [report.note] if report.note else [s.message for s in report.top_signals(top)],
    }
    if report.retouch is not None:
        summary["retouch"] = {"magnitude": round(float(report.retouch.magnitude), 1),
                              "message": report.retouch.message}
    return summary


def verdict_from_summary(name: str, summary: dict | None) -> PhotoVerdict:
    if not summary:
        return PhotoVerdict(name, None, "unchecked", tr("Not checked", "未检查"))
    signals = list(summary.get("signals") or [])
    retouch = summary.get("retouch") or {}
    if retouch.get("message"):
        signals.append(tr(f"Compared with the original: {retouch['message']}",
                          f"与原图对比：{retouch['message']}"))
    verdict = str(summary.get("verdict", ""))
    score = summary.get("score")
    return PhotoVerdict(name, float(score) if isinstance(score, int | float) else None, verdict,
                        verdict_label(verdict), tuple(str(s) for s in signals))
