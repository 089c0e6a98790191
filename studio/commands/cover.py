"""`rednote-studio cover`: render a cover from a title (or a TOML spec) to PNG/JPEG."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from studio.commands import InputError, print_json
from studio.core.i18n import pick, tr
from studio.core.tomlfile import read_toml


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cover",
        help=tr("render a cover image with the title set on it", "生成带标题的封面图"),
        description=tr(
            "Render a Xiaohongshu cover: the title typeset on a photo, colour or gradient, "
            "checked for legibility at feed size, saved without metadata.",
            "生成小红书封面：标题排在照片、纯色或渐变上，检查信息流尺寸下的可读性，导出时不含元数据。",
        ),
    )
    parser.add_argument("--title", help=tr("the title (use \\n for a line break)", "标题（用 \\n 换行）"))
    parser.add_argument("--subtitle", help=tr("a smaller line under the title", "标题下方的小字"))
    parser.add_argument("--label", help=tr("sticker text such as 干货 (\"\" for none)", "贴纸文字，如 干货（\"\" 表示不要）"))
    parser.add_argument("--template", help=tr("template id (see --list-templates)", "模板 ID（见 --list-templates）"))
    parser.add_argument("--background", metavar="IMAGE|#RRGGBB",
                        help=tr("a photo or a colour", "照片文件或颜色"))
    parser.add_argument("--preset", choices=("3:4", "1:1", "4:3"), help=tr("canvas shape", "画布比例"))
    parser.add_argument("--size", metavar="WxH", help=tr("custom size in pixels, e.g. 1242x1660", "自定义像素尺寸，如 1242x1660"))
    parser.add_argument("--font", help=tr("title font id: smiley, wenkai, wenkai-bold", "标题字体 ID：smiley、wenkai、wenkai-bold"))
    parser.add_argument("--focal", metavar="X,Y", help=tr("focal point of the photo, 0..1 each", "照片焦点，取值 0..1"))
    parser.add_argument("--spec", metavar="FILE.toml", help=tr("a full cover spec; flags override it", "完整封面配置文件；命令行参数优先"))
    parser.add_argument("--output", "-o", metavar="FILE", help=tr("where to write .png/.jpg/.webp", "输出文件 .png/.jpg/.webp"))
    parser.add_argument("--quality", type=int, default=92, help=tr("JPEG/WebP quality 1–100", "JPEG/WebP 质量 1–100"))
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="report_format",
                        help=tr("report format", "报告格式"))
    parser.add_argument("--strict", action="store_true",
                        help=tr("exit 1 when the legibility check fails", "可读性检查未通过时退出码为 1"))
    parser.add_argument("--list-templates", action="store_true", help=tr("list templates and exit", "列出模板后退出"))
    parser.set_defaults(func=run)


def _list_templates(fmt: str) -> int:
    from studio.core.cover import list_templates

    templates = list_templates()
    if fmt == "json":
        print_json([{"id": t.id, "name": t.name, "description": t.description} for t in templates])
    else:
        for t in templates:
            print(f"{t.id:14} {_pad(pick(t.name), 18)} {pick(t.description)}")
    return 0


def _pad(text: str, columns: int) -> str:
    """Pad to ``columns`` terminal columns: a Chinese character takes two (the Chinese list's
    descriptions started at a different column on every line)."""
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(1, columns - width)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise InputError(tr(f"--size {text!r}: expected WIDTHxHEIGHT, e.g. 1080x1440",
                            f"--size {text!r}：格式应为 宽x高，如 1080x1440")) from None
    return w, h


def _parse_focal(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise InputError(tr(f"--focal {text!r}: expected X,Y such as 0.5,0.3",
                            f"--focal {text!r}：格式应为 X,Y，如 0.5,0.3")) from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise InputError(tr("--focal values must be between 0 and 1", "--focal 的取值须在 0 到 1 之间"))
    return x, y


def _build_spec(args: argparse.Namespace):
    from studio.core.cover import Background, CoverSpec, spec_from_mapping

    if args.spec:
        path = Path(args.spec)
        data = read_toml(path, InputError)
        spec = spec_from_mapping(data, base_dir=path.resolve().parent)
    else:
        spec = CoverSpec()
    if args.title is not None:
        spec.title = args.title.replace("\\n", "\n")
    if args.subtitle is not None:
        spec.subtitle = args.subtitle.replace("\\n", "\n")
    if args.label is not None:
        spec.label = args.label
    for name in ("template", "preset", "font"):
        if getattr(args, name) is not None:
            setattr(spec, name, getattr(args, name))
    if args.preset is not None:
        spec.size = None  # a preset on the command line beats a size in the spec file
    if args.size:
        spec.size = _parse_size(args.size)
    if args.focal:
        spec.focal_point = _parse_focal(args.focal)
    if args.background:
        value = args.background
        if value.startswith("#"):
            spec.background = Background(color=value)
        else:
            spec.background = Background(image=str(Path(value).expanduser()))
    if not spec.title.strip():
        raise InputError(tr("a title is required (--title or title in --spec)", "需要标题（--title 或配置文件中的 title）"))
    return spec


def run(args: argparse.Namespace) -> int:
    from studio.core.cover import CoverError, export, render_with_report
    from studio.core.imageio import ImageLoadError

    if args.list_templates:
        return _list_templates(args.report_format)
    if not args.output:
        raise InputError(tr("--output FILE is required", "需要 --output 输出文件"))
    try:
        spec = _build_spec(args)
        image, result = render_with_report(spec)
        path = export(image, args.output, quality=args.quality)
    except (CoverError, ImageLoadError) as exc:
        raise InputError(str(exc)) from None
    report = result.as_dict(str(path))
    if args.report_format == "json":
        print_json(report)
    else:
        leg = result.legibility
        verdict = tr("legible", "可读") if leg.ok else tr("hard to read", "不易阅读")
        print(tr(f"wrote {path} ({result.width}×{result.height}, template {result.template})",
                 f"已写入 {path}（{result.width}×{result.height}，模板 {result.template}）"))
        print(tr(f"title: {result.font_size} px, {len(result.lines)} line(s): ",
                 f"标题：{result.font_size} 像素，{len(result.lines)} 行：") + " / ".join(result.lines))
        print(tr(f"legibility: {verdict}; contrast {leg.contrast:.1f}:1, glyphs {leg.thumbnail_glyph_px:.1f} px at feed size",
                 f"可读性：{verdict}；对比度 {leg.contrast:.1f}:1，信息流中字高 {leg.thumbnail_glyph_px:.1f} 像素"))
        for line in leg.advice:
            print(f"  - {line}")
    # Warnings (e.g. a character no bundled font has) go to stderr once, in either format.
    for warning in result.warnings:
        print(tr(f"warning: {warning}", f"警告：{warning}"), file=sys.stderr)
    return 1 if args.strict and not result.legibility.ok else 0
