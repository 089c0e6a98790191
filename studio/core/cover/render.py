"""Render a CoverSpec: background, decorations, scrim, title, subtitle, label, legibility.

``render_with_report`` is the whole pipeline and returns the image with a ``RenderResult``
(what was set where, at what size, and how legible it is). It is deterministic and safe to
call from several threads at once (fonts are per thread, caches are locked).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from studio.core.cover import background as bg_mod
from studio.core.cover.effects import (
    Ink,
    TextLook,
    apply_scrim,
    draw_block,
    draw_label,
    draw_shapes,
)
from studio.core.cover.layout import Block, fit_text
from studio.core.cover.legibility import Legibility, assess
from studio.core.cover.spec import CoverSpec, Highlight, Template, resolve_style
from studio.core.cover.templates import load_template
from studio.core.i18n import tr


@dataclass(frozen=True)
class RenderResult:
    width: int
    height: int
    template: str
    font_size: int  # title size in px (0 without a title)
    lines: tuple[str, ...]
    legibility: Legibility
    subtitle_lines: tuple[str, ...] = ()
    subtitle_font_size: int = 0
    safe_area: tuple[int, int, int, int] = (0, 0, 0, 0)  # left, top, right, bottom
    title_bbox: tuple[int, int, int, int] | None = None  # ink of the title's fill
    subtitle_bbox: tuple[int, int, int, int] | None = None
    line_boxes: tuple[tuple[int, int, int, int], ...] = ()  # each title line's layout box
    label_bbox: tuple[int, int, int, int] | None = None
    focal_point: tuple[float, float] | None = None
    focal_source: str | None = None
    dropped: tuple[str, ...] = ()  # characters no bundled font has (not drawn)
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self, output: str | None = None) -> dict:
        """The CLI's JSON shape."""
        return {
            "output": output,
            "width": self.width,
            "height": self.height,
            "template": self.template,
            "font_size": self.font_size,
            "lines": list(self.lines),
            "subtitle_lines": list(self.subtitle_lines),
            "legibility": self.legibility.as_dict(),
            "warnings": list(self.warnings),
        }


def render(spec: CoverSpec) -> Image.Image:
    return render_with_report(spec)[0]


def _edge(look: TextLook):
    widest = max(look.stroke, look.outer_stroke)
    overhang = look.highlight.pad if look.highlight is not None else 0.0
    return lambda size: (max(widest, overhang)) * size + 1


def _title_look(style: Template) -> TextLook:
    t = style.title
    return TextLook(t.color, t.stroke, t.stroke_color, t.outer_stroke, t.outer_stroke_color,
                    t.shadow, t.highlight)


def _subtitle_look(style: Template) -> TextLook:
    s = style.subtitle
    pill = None
    if s.pill:  # a pill behind each subtitle line is a tall, fully rounded highlight
        pill = Highlight(color=s.pill, opacity=s.pill_opacity, height=1.45, offset=0.38,
                         pad=0.55, radius=0.5)
    return TextLook(s.color, s.stroke, s.stroke_color, shadow=s.shadow, highlight=pill)


def _box(style: Template, size: tuple[int, int]) -> tuple[float, float, float, float]:
    """The title box in pixels, clipped to the safe area."""
    w, h = size
    m = style.safe_margin * min(w, h)
    x, y, bw, bh = style.title.box
    left, top = max(x * w, m), max(y * h, m)
    right, bottom = min((x + bw) * w, w - m), min((y + bh) * h, h - m)
    return left, top, max(1.0, right - left), max(1.0, bottom - top)


def _base(spec: CoverSpec, template: Template, style: Template, size: tuple[int, int]):
    """Background + scrim + decorations: unchanged while the user types, so cached."""
    background = spec.resolved_background(template)
    key = bg_mod.background_key(background)
    focal = tuple(spec.focal_point) if spec.focal_point is not None else None
    cache_key = None
    if key is not None:
        cache_key = (key, size, style.photo, style.canvas, style.scrim, style.shapes, focal)
        cached = bg_mod.bases.get(cache_key)
        if cached is not None:
            return cached[0].copy(), cached[1]
    canvas, focus = bg_mod.compose_background(background, style.photo, style.canvas, size, focal)
    if style.scrim is not None:
        apply_scrim(canvas, style.scrim)
    draw_shapes(canvas, style.shapes)
    if cache_key is not None:
        bg_mod.bases.put(cache_key, (canvas.copy(), focus))
    return canvas, focus


def render_with_report(spec: CoverSpec) -> tuple[Image.Image, RenderResult]:
    template = load_template(spec.template)
    style = resolve_style(spec, template)
    size = spec.canvas_size()
    w, h = size
    canvas, focus = _base(spec, template, style, size)

    unit = min(w, h)  # text sizes and margins scale with the short side (see spec.py)
    bx, by, bw, bh = _box(style, size)
    t, s = style.title, style.subtitle
    title_look, sub_look = _title_look(style), _subtitle_look(style)
    sub_block: Block | None = None
    gap = 0.0
    if spec.subtitle.strip():
        sub_max = max(12, round(s.size * unit))
        sub_block = fit_text(
            spec.subtitle, s.font, bw, bh * 0.4, min_px=min(sub_max, round(s.min_size * unit)),
            max_px=sub_max, max_lines=s.max_lines, spacing=1.3 if s.pill else 1.2,
            align=s.align or t.align, edge=_edge(sub_look),
        )
        if sub_block is not None:
            gap = s.gap * unit + (0.3 * sub_block.size if s.pill else 0.0)
    def fit_title(height: float) -> Block | None:
        if not spec.title.strip():
            return None
        return fit_text(
            spec.title, t.font, bw, height, min_px=round(t.min_size * unit),
            max_px=round(t.max_size * unit), max_lines=t.max_lines, spacing=t.line_spacing,
            align=t.align, edge=_edge(title_look),
        )

    extra_warnings: list[str] = []
    title_block = fit_title(bh - ((sub_block.height + gap) if sub_block else 0.0))
    if title_block is None and sub_block is not None:
        gap = 0.0

    def group_height() -> float:
        return (title_block.height if title_block else 0.0) + gap + (sub_block.height if sub_block else 0.0)

    if group_height() > bh + 0.5 and sub_block is not None and title_block is not None:
        # No room for both: the title matters more than the subtitle.
        sub_block, gap = None, 0.0
        title_block = fit_title(bh)
        extra_warnings.append(tr("no room for the subtitle next to this long title; it was left out",
                                 "标题过长，没有空间放副标题，已省略副标题"))
    group_h = group_height()
    if t.valign == "top":
        y0 = by
    elif t.valign == "bottom":
        y0 = by + bh - group_h
    else:
        y0 = by + (bh - group_h) / 2

    elements: list[tuple[str, Ink, str, str]] = []
    title_ink = sub_ink = None
    line_boxes: list[tuple[int, int, int, int]] = []
    if title_block is not None:
        title_ink = draw_block(canvas, title_block, (bx, y0), bw, title_look)
        elements.append(("title", title_ink, t.font, spec.title))
        for line in title_block.lines:
            top = y0 + line.baseline + title_block.ink_top
            line_boxes.append((round(bx + line.x), round(top), round(bx + line.x + line.width),
                               round(top + title_block.size)))
    if sub_block is not None:
        sy = y0 + (title_block.height if title_block else 0.0) + gap
        sub_ink = draw_block(canvas, sub_block, (bx, sy), bw, sub_look)
        elements.append(("subtitle", sub_ink, s.font, spec.subtitle))

    label_text = style.label.text if spec.label is None else spec.label
    label_box = draw_label(canvas, label_text, style.label) if label_text.strip() else None

    legibility = assess(canvas, elements)
    dropped = tuple((title_block.missing if title_block else ()) + (sub_block.missing if sub_block else ()))
    warnings = list(title_block.warnings if title_block else ())
    if sub_block is not None and sub_block.warnings:
        # fit_text's own words say "the title": a long subtitle was reported as a long title.
        warnings.append(tr("the subtitle is too long for this template and was set smaller than its minimum size",
                           "副标题对该模板来说过长，已缩小到低于模板最小字号"))
    warnings += extra_warnings
    if dropped:
        shown = " ".join(f"U+{ord(c[0]):04X}" for c in dropped)
        warnings.append(tr(
            f"no bundled font has {len(dropped)} character(s) ({shown}); they were left out",
            f"内置字体缺少 {len(dropped)} 个字符（{shown}），已省略",
        ))
    m = round(style.safe_margin * unit)
    result = RenderResult(
        width=w, height=h, template=style.id,
        font_size=title_block.size if title_block else 0,
        lines=tuple(line.text for line in title_block.lines) if title_block else (),
        legibility=legibility,
        subtitle_lines=tuple(line.text for line in sub_block.lines) if sub_block else (),
        subtitle_font_size=sub_block.size if sub_block else 0,
        safe_area=(m, m, w - m, h - m),
        title_bbox=title_ink.bbox() if title_ink else None,
        subtitle_bbox=sub_ink.bbox() if sub_ink else None,
        line_boxes=tuple(line_boxes),
        label_bbox=label_box,
        focal_point=(focus.x, focus.y) if focus else None,
        focal_source=focus.source if focus else None,
        dropped=dropped,
        warnings=tuple(warnings),
    )
    return canvas, result
