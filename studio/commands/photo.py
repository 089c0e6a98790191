"""`rednote-studio photo-check`: is this photo over-edited? Score, verdict and reasons.

Exit codes: 0 no photo is `over`, 1 at least one is, 2 input errors (a file that cannot be
read is reported and the other photos are still checked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.commands import InputError, expand_wildcards, print_json
from studio.core.i18n import tr
from studio.core.imageio import ImageLoadError
from studio.core.photo import PhotoReport, analyze
from studio.core.photo.calibration import CalibrationError, load
from studio.core.photo.compare import OriginalMismatchError
from studio.core.photo.working import load_frame


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "photo-check",
        help=tr("check photos for over-editing", "检查照片是否修图过度"),
        description=tr(
            "Score each photo 0–100 for signs of heavy editing (higher = more edited) and explain why.",
            "为每张照片的修图痕迹打分 0–100（越高修得越重），并说明原因。",
        ),
    )
    parser.add_argument("images", nargs="+", metavar="IMAGE", help=tr("photos to check", "要检查的照片"))
    parser.add_argument(
        "--original",
        metavar="FILE",
        help=tr(
            "the unedited original, to measure retouching (liquify, smoothing) against it",
            "未修图的原图，用来对比测量修图程度（液化、磨皮）",
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("text for people (default) or json for scripts", "text 供阅读（默认），json 供脚本使用"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        load()
    except CalibrationError as exc:
        raise InputError(str(exc)) from None
    original = None
    if args.original:
        if Path(args.original).is_dir():
            raise InputError(_folder_message(args.original))
        try:
            original = load_frame(args.original)
        except ImageLoadError as exc:
            raise InputError(str(exc)) from None
    reports: list[PhotoReport] = []
    errors: list[str] = []
    for path in expand_wildcards(args.images):
        if Path(path).is_dir():
            errors.append(_folder_message(path))
            continue
        try:
            reports.append(analyze(path, original=original, heatmap=False))
        except OriginalMismatchError as exc:  # a wrong --original: still judge the photo alone
            errors.append(str(exc))
            reports.append(analyze(path, heatmap=False))
        except ImageLoadError as exc:
            errors.append(str(exc))
    if args.format == "json":
        payload: dict = {"results": [r.to_dict() for r in reports]}
        if errors:
            payload["errors"] = errors
        print_json(payload)
    else:
        for report in reports:
            print(format_text(report))
    for message in errors:
        print(f"rednote-studio: {message}", file=sys.stderr)
    if errors:
        return 2
    return 1 if any(r.verdict == "over" for r in reports) else 0


def _folder_message(path: str) -> str:
    """The reader would say "file not found" for a folder that is right there."""
    example = Path(path) / "*.jpg"
    return tr(f"{path}: is a folder; give the photos in it (for example {example})",
              f"{path}：这是文件夹，请给出其中的照片（例如 {example}）")


_VERDICT_TEXT = {
    "ok": ("looks natural", "看起来自然"),
    "caution": ("noticeably edited", "修图痕迹明显"),
    "over": ("over-edited", "修图过度"),
}


def format_text(report: PhotoReport) -> str:
    en, zh = _VERDICT_TEXT[report.verdict]
    lines = [f"{report.file}: {report.score:.0f}/100 — {tr(en, zh)} ({report.verdict})"]
    top = report.top_signals()
    for s in top:
        lines.append(f"  • {s.message} [{s.id} {s.score:.2f}]")
    if report.note:  # not judged as a photo (a text card): say so instead of listing reasons
        lines.append(f"  • {report.note}")
    # When the comparison with the original decides the verdict, its line below is the reason;
    # "no strong sign of editing" under "over-edited" would contradict it.
    elif not top and (report.retouch is None or report.verdict == "ok"):
        lines.append("  • " + tr("No strong sign of editing.", "没有明显的修图迹象。"))
    if report.retouch is not None:
        r = report.retouch
        lines.append(
            "  " + tr(f"Retouching vs original: {r.magnitude:.0f}/100 — ", f"与原图相比的修图程度：{r.magnitude:.0f}/100 — ") + r.message
        )
    return "\n".join(lines)
