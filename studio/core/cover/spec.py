"""What a cover is made of, as plain data: the user's ``CoverSpec`` and a template's design.

A *template* is the whole design (boxes, fonts, colours, effects) and lives in
``assets/templates/*.toml``. A ``CoverSpec`` carries the content (title, subtitle, label,
background) plus a handful of overrides; ``resolve_style`` folds those overrides into the
template so that the renderer only ever reads one fully specified ``Template``.

Lengths in templates are fractions: boxes of the canvas width/height; text sizes, margins,
radii and line widths of the canvas's short side (the width of a 3:4 cover); strokes and
shadows of the font size. That keeps one design valid for 3:4, 1:1 and 4:3.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from studio.core.cover.errors import CoverError
from studio.core.i18n import tr

Box = tuple[float, float, float, float]  # x, y, width, height as fractions of the canvas

PRESETS: dict[str, tuple[int, int]] = {
    "3:4": (1080, 1440),
    "1:1": (1080, 1080),
    "4:3": (1440, 1080),
}
MAX_SIDE = 4096
MIN_SIDE = 64
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def parse_color(value: str, where: str = "color") -> tuple[int, int, int, int]:
    """'#RRGGBB' or '#RRGGBBAA' -> RGBA tuple."""
    if not isinstance(value, str) or not _COLOR.match(value):
        raise CoverError(
            tr(
                f"{where}: {value!r} is not a colour; use #RRGGBB",
                f"{where}：{value!r} 不是颜色，请使用 #RRGGBB 格式",
            )
        )
    digits = value[1:]
    rgba = [int(digits[i : i + 2], 16) for i in range(0, len(digits), 2)]
    return (*rgba[:3], rgba[3] if len(rgba) == 4 else 255)  # type: ignore[return-value]


# --- template parts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Shadow:
    offset: tuple[float, float] = (0.0, 0.04)  # fractions of the font size
    blur: float = 0.06
    color: str = "#000000"
    opacity: float = 0.45


@dataclass(frozen=True)
class Highlight:
    """The marker look: a band behind each line."""

    color: str = "#FFE14D"
    opacity: float = 1.0
    height: float = 0.5  # fraction of the font size
    offset: float = 0.12  # band bottom sits this far (× size) below the baseline
    pad: float = 0.12  # horizontal overhang, × size
    radius: float = 0.0  # × band height


@dataclass(frozen=True)
class TextStyle:
    font: str = "smiley"
    color: str = "#FFFFFF"
    align: str = "center"  # left | center | right
    valign: str = "center"  # top | center | bottom (within box)
    box: Box = (0.08, 0.30, 0.84, 0.40)
    max_lines: int = 3
    line_spacing: float = 1.12
    max_size: float = 0.16  # × short side
    min_size: float = 0.045
    stroke: float = 0.0  # × font size
    stroke_color: str = "#000000"
    outer_stroke: float = 0.0  # a second, wider stroke (sticker look), × font size
    outer_stroke_color: str = "#FFFFFF"
    shadow: Shadow | None = None
    highlight: Highlight | None = None


@dataclass(frozen=True)
class SubtitleStyle:
    font: str = "wenkai-bold"
    color: str = "#FFFFFF"
    size: float = 0.045  # × short side (upper bound; shrinks to fit)
    min_size: float = 0.03
    gap: float = 0.35  # space above, × title size
    align: str = ""  # empty: same as the title
    max_lines: int = 2
    stroke: float = 0.0
    stroke_color: str = "#000000"
    pill: str = ""  # background pill colour; empty: none
    pill_opacity: float = 1.0
    shadow: Shadow | None = None


@dataclass(frozen=True)
class LabelStyle:
    """A rounded sticker such as 干货 or 合集."""

    text: str = ""  # default text when the spec gives none
    font: str = "smiley"
    color: str = "#FFFFFF"
    background: str = "#FF2442"
    position: tuple[float, float] = (0.08, 0.06)  # anchor point, fractions of canvas
    anchor: str = "left"  # left | center | right: which side of the label sits on the point
    size: float = 0.05  # text size, × short side
    radius: float = 0.5  # × label height
    rotation: float = 0.0  # degrees, counter-clockwise


@dataclass(frozen=True)
class Shape:
    """Decoration drawn over the background and under the text."""

    kind: str = "rect"  # rect | line | circle | rules | check
    box: Box = (0.0, 0.0, 1.0, 1.0)
    color: str = "#FFFFFF"
    opacity: float = 1.0
    radius: float = 0.0  # rect corner radius, × short side
    width: float = 0.004  # stroke width for line/rules/outlines, × short side
    outline: str = ""  # outline colour for rect/circle; empty: filled
    spacing: float = 0.06  # rules: distance between lines, × canvas height
    square: bool = False  # keep a rect square (centred in its box) whatever the canvas shape


@dataclass(frozen=True)
class PhotoStyle:
    region: Box = (0.0, 0.0, 1.0, 1.0)
    radius: float = 0.0  # × short side
    dim: float = 0.0  # 0..1, darkens the photo
    blur: float = 0.0  # × short side
    wash: str = ""  # optional colour laid over the photo at wash_opacity
    wash_opacity: float = 0.0


@dataclass(frozen=True)
class Scrim:
    side: str = "bottom"  # bottom | top | full
    extent: float = 0.55  # fraction of canvas height covered by the ramp
    color: str = "#000000"
    opacity: float = 0.6


@dataclass(frozen=True)
class Background:
    """A photo (path, bytes or PIL image), a solid colour or a linear gradient."""

    image: Any = None  # str | Path | bytes | PIL.Image.Image
    color: str = ""
    colors: tuple[str, ...] = ()
    angle: float = 180.0  # gradient direction in degrees: 180 = top to bottom


@dataclass(frozen=True)
class Template:
    id: str
    name: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    canvas: str = "#FFFFFF"  # colour outside the photo region
    background: Background = Background(colors=("#F6D365", "#FDA085"))
    photo: PhotoStyle = PhotoStyle()
    scrim: Scrim | None = None
    shapes: tuple[Shape, ...] = ()
    title: TextStyle = TextStyle()
    subtitle: SubtitleStyle = SubtitleStyle()
    label: LabelStyle = LabelStyle()
    safe_margin: float = 0.05  # × short side, on every side


# --- the user's spec -------------------------------------------------------------------------


@dataclass
class CoverSpec:
    """Everything needed to render one cover. ``CoverSpec(title="早餐吃什么")`` is enough."""

    title: str = ""
    subtitle: str = ""
    label: str | None = None  # None: the template's default label; "": no label
    template: str = "bold-center"
    preset: str = "3:4"
    size: tuple[int, int] | None = None  # custom (width, height) instead of the preset
    background: Any = None  # Background, a path, "#RRGGBB", a PIL image, or None (template's)
    focal_point: tuple[float, float] | None = None  # 0..1; None: faces/saliency decide
    # Overrides of the template's design; None keeps the template's choice.
    font: str | None = None
    title_color: str | None = None
    align: str | None = None
    stroke: float | None = None  # × font size; 0 removes the stroke
    shadow: bool | None = None
    scrim: bool | None = None
    highlight_color: str | None = None
    max_lines: int | None = None
    safe_margin: float | None = None
    title_scale: float | None = None  # × the template's largest title size (1.2: up to 20% larger)

    def canvas_size(self) -> tuple[int, int]:
        if self.size is not None:
            w, h = (int(v) for v in self.size)
            if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
                raise CoverError(
                    tr(
                        f"size {w}×{h} is out of range ({MIN_SIDE}–{MAX_SIDE} px per side)",
                        f"尺寸 {w}×{h} 超出范围（每边 {MIN_SIDE}–{MAX_SIDE} 像素）",
                    )
                )
            return w, h
        if self.preset not in PRESETS:
            raise CoverError(
                tr(
                    f"unknown preset {self.preset!r}; use one of {', '.join(PRESETS)}",
                    f"未知的尺寸预设 {self.preset!r}，可选：{'、'.join(PRESETS)}",
                )
            )
        return PRESETS[self.preset]

    def resolved_background(self, template: Template) -> Background:
        bg = self.background
        if bg is None:
            return template.background
        if isinstance(bg, Background):
            return bg
        if isinstance(bg, str) and bg.startswith("#"):
            parse_color(bg, "background")
            return Background(color=bg)
        if isinstance(bg, str | Path | bytes | Image.Image):
            return Background(image=bg)
        raise CoverError(tr(f"unsupported background {bg!r}", f"不支持的背景 {bg!r}"))


def resolve_style(spec: CoverSpec, template: Template) -> Template:
    """Fold the spec's overrides into the template and validate the result."""
    title = template.title
    changes: dict[str, Any] = {}
    if spec.font is not None:
        changes["font"] = spec.font
    if spec.title_color is not None:
        changes["color"] = spec.title_color
    if spec.align is not None:
        changes["align"] = spec.align
    if spec.stroke is not None:
        changes["stroke"] = float(spec.stroke)
        if spec.stroke == 0:
            changes["outer_stroke"] = 0.0
    if spec.shadow is not None:
        changes["shadow"] = (title.shadow or Shadow()) if spec.shadow else None
    if spec.highlight_color is not None:
        changes["highlight"] = dataclasses.replace(
            title.highlight or Highlight(), color=spec.highlight_color
        )
    if spec.max_lines is not None:
        changes["max_lines"] = int(spec.max_lines)
    if spec.title_scale is not None:
        # Raising the cap lets a short title grow until the width stops it (more lines alone
        # never enlarged a title that was already at the template's largest size).
        scale = float(spec.title_scale)
        if not 0.5 <= scale <= 3.0:
            raise CoverError(tr(f"title_scale {scale:g} is out of range (0.5–3)",
                                f"title_scale {scale:g} 超出范围（0.5–3）"))
        changes["max_size"] = min(0.5, title.max_size * scale)
        changes["min_size"] = min(title.min_size, changes["max_size"])
    resolved = dataclasses.replace(template, title=dataclasses.replace(title, **changes))
    if spec.scrim is not None:
        resolved = dataclasses.replace(
            resolved, scrim=(template.scrim or Scrim()) if spec.scrim else None
        )
    if spec.safe_margin is not None:
        resolved = dataclasses.replace(resolved, safe_margin=float(spec.safe_margin))
    validate_template(resolved)
    return resolved


def validate_template(t: Template) -> None:
    from studio.core.cover.fonts import known_font_ids  # local: fonts imports spec

    where = f"template {t.id}"

    def check(ok: bool, en: str, zh: str) -> None:
        if not ok:
            raise CoverError(tr(f"{where}: {en}", f"模板 {t.id}：{zh}"))

    fonts = known_font_ids()
    for name, font in (("title", t.title.font), ("subtitle", t.subtitle.font), ("label", t.label.font)):
        check(font in fonts, f"unknown {name} font {font!r} (known: {', '.join(sorted(fonts))})",
              f"未知的{name}字体 {font!r}（可用：{'、'.join(sorted(fonts))}）")
    for align in (t.title.align, t.subtitle.align or "center", t.label.anchor):
        check(align in ("left", "center", "right"), f"bad alignment {align!r}", f"对齐方式 {align!r} 无效")
    check(t.title.valign in ("top", "center", "bottom"), "bad valign", "垂直对齐无效")
    check(1 <= t.title.max_lines <= 8, "max_lines must be 1–8", "最多行数须为 1–8")
    check(0 < t.title.min_size <= t.title.max_size <= 0.5, "bad title size range", "标题字号范围无效")
    check(0 <= t.safe_margin < 0.3, "safe_margin must be below 0.3", "安全边距须小于 0.3")
    check(0 <= t.title.stroke <= 0.3 and 0 <= t.title.outer_stroke <= 0.4, "stroke too wide", "描边过宽")
    x, y, w, h = t.title.box
    check(w > 0.1 and h > 0.05 and x >= 0 and y >= 0 and x + w <= 1 and y + h <= 1,
          "title box must lie inside the canvas", "标题区域须位于画布内")
    for c in _colors_of(t):
        parse_color(c, where)
    if t.scrim is not None:
        check(t.scrim.side in ("bottom", "top", "full"), "bad scrim side", "渐变遮罩方向无效")
    for shape in t.shapes:
        check(shape.kind in ("rect", "line", "circle", "rules", "check"), f"unknown shape {shape.kind!r}",
              f"未知的形状 {shape.kind!r}")


def _colors_of(t: Template) -> list[str]:
    colors = [t.canvas, t.title.color, t.title.stroke_color, t.title.outer_stroke_color,
              t.subtitle.color, t.subtitle.stroke_color, t.label.color, t.label.background]
    colors += [c for c in (t.subtitle.pill, t.photo.wash, t.background.color) if c]
    colors += list(t.background.colors)
    colors += [s.color for s in t.shapes] + [s.outline for s in t.shapes if s.outline]
    for extra in (t.title.shadow, t.title.highlight, t.subtitle.shadow, t.scrim):
        if extra is not None:
            colors.append(extra.color)
    return colors


# --- building dataclasses from TOML tables -------------------------------------------------


def from_mapping(cls: type, data: Any, where: str) -> Any:
    """Build a (nested) dataclass from a TOML table, rejecting unknown keys and wrong types."""
    if not isinstance(data, dict):
        raise CoverError(tr(f"{where}: expected a table", f"{where}：应为表（table）"))
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise CoverError(
            tr(f"{where}: unknown key(s) {', '.join(unknown)}", f"{where}：未知的键 {'、'.join(unknown)}")
        )
    values = {key: _coerce(hints[key], value, f"{where}.{key}") for key, value in data.items()}
    return cls(**values)


def _coerce(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if value is None and type(None) in args:
            return None
        errors = []
        for option in options:
            try:
                return _coerce(option, value, where)
            except CoverError as exc:
                errors.append(str(exc))
        raise CoverError(errors[0] if errors else where)
    if dataclasses.is_dataclass(hint):
        return from_mapping(hint, value, where)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise CoverError(tr(f"{where}: expected a list", f"{where}：应为列表"))
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], v, where) for v in value)
        if len(value) != len(args):
            raise CoverError(
                tr(f"{where}: expected {len(args)} numbers", f"{where}：应为 {len(args)} 个数值")
            )
        return tuple(_coerce(a, v, where) for a, v in zip(args, value, strict=True))
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise CoverError(tr(f"{where}: expected a table of texts", f"{where}：应为文本表"))
        return dict(value)
    if hint is Any:
        return value
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint in (str, bool) and isinstance(value, hint):
        return value
    expected = getattr(hint, "__name__", str(hint))
    raise CoverError(tr(f"{where}: expected {expected}, got {value!r}", f"{where}：应为 {expected}，实际为 {value!r}"))


def spec_from_mapping(data: dict, base_dir: Path | None = None) -> CoverSpec:
    """A CoverSpec from a TOML document; relative image paths are resolved against base_dir."""
    data = dict(data)
    bg = data.pop("background", None)
    spec = from_mapping(CoverSpec, data, "spec")
    if isinstance(bg, dict):
        bg = from_mapping(Background, bg, "spec.background")
    elif bg is not None and not isinstance(bg, str):
        raise CoverError(tr("spec.background: expected a path, #RRGGBB or a table",
                            "spec.background：应为路径、#RRGGBB 或表"))
    if isinstance(bg, str) and not bg.startswith("#"):
        bg = Background(image=bg)
    if isinstance(bg, Background) and isinstance(bg.image, str) and base_dir is not None:
        path = Path(bg.image).expanduser()
        bg = dataclasses.replace(bg, image=str(path if path.is_absolute() else base_dir / path))
    spec.background = bg
    return spec
