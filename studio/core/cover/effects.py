"""Drawing: decorations, the contrast scrim, text blocks with their effects, the label sticker.

Text is drawn into greyscale masks (fill, stroke, outer stroke) over the block's bounding
region only, then the colours are laid onto the canvas through those masks in this order:
highlight bands, soft shadow, outer stroke, stroke, fill, colour emoji. Working on masks keeps
effects cheap and gives the legibility check the exact glyph coverage.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from studio.core.cover.fonts import (
    EMOJI_SIDE_BEARING,
    clusters,
    emoji_image,
    get_font,
    ink_box,
    run_width,
)
from studio.core.cover.layout import Block
from studio.core.cover.spec import Highlight, LabelStyle, Scrim, Shadow, Shape, parse_color


@dataclass(frozen=True)
class Ink:
    """Where a text element ended up: its fill mask over ``box`` (canvas pixels)."""

    mask: Image.Image  # "L", size of box
    box: tuple[int, int, int, int]  # left, top, right, bottom
    color: tuple[int, int, int]
    size: int
    inner_bbox: tuple[int, int, int, int] | None = None  # glyphs and emoji, within box

    def bbox(self) -> tuple[int, int, int, int] | None:
        """Canvas box of everything drawn for the text (fill and emoji; not stroke/shadow)."""
        inner = self.inner_bbox
        if inner is None:
            return None
        return (self.box[0] + inner[0], self.box[1] + inner[1],
                self.box[0] + inner[2], self.box[1] + inner[3])


def _alpha(mask: Image.Image, opacity: float) -> Image.Image:
    if opacity >= 1.0:
        return mask
    return mask.point([round(v * opacity) for v in range(256)])


def _paint(canvas: Image.Image, color: str | tuple, mask: Image.Image, opacity=1.0):
    """Lay a flat colour onto the canvas through a mask (only where the mask has ink)."""
    box = mask.getbbox()
    if box is None:
        return
    rgba = parse_color(color) if isinstance(color, str) else color
    mask = _alpha(mask.crop(box), opacity * rgba[3] / 255)
    canvas.paste(rgba[:3], box, mask)


def _square(rect: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The largest square centred in rect."""
    x0, y0, x1, y1 = rect
    side = min(x1 - x0, y1 - y0)
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    return (cx - side // 2, cy - side // 2, cx - side // 2 + side, cy - side // 2 + side)


def draw_shapes(canvas: Image.Image, shapes: tuple[Shape, ...]) -> None:
    w, h = canvas.size
    unit = min(w, h)
    for shape in shapes:
        x, y, bw, bh = shape.box
        rect = (round(x * w), round(y * h), round((x + bw) * w) - 1, round((y + bh) * h) - 1)
        if shape.square or shape.kind in ("circle", "check"):
            rect = _square(rect)  # badges, dots and ticks keep their shape on 4:3 and 1:1
        stroke = max(1, round(shape.width * unit))
        mask = Image.new("L", canvas.size, 0)
        draw = ImageDraw.Draw(mask)
        if shape.kind == "rect":
            radius = round(shape.radius * unit)
            if shape.outline:
                draw.rounded_rectangle(rect, radius=radius, outline=255, width=stroke)
            else:
                draw.rounded_rectangle(rect, radius=radius, fill=255)
        elif shape.kind == "line":
            draw.line((rect[0], rect[1], rect[2], rect[3] if bh else rect[1]), fill=255, width=stroke)
        elif shape.kind == "circle":
            if shape.outline:
                draw.ellipse(rect, outline=255, width=stroke)
            else:
                draw.ellipse(rect, fill=255)
        elif shape.kind == "rules":  # ruled notebook lines across the box
            step = max(4, round(shape.spacing * h))
            for yy in range(rect[1], rect[3] + 1, step):
                draw.line((rect[0], yy, rect[2], yy), fill=255, width=stroke)
        elif shape.kind == "check":  # a tick mark inside the box
            x0, y0, x1, y1 = rect
            points = [(x0 + 0.12 * (x1 - x0), y0 + 0.55 * (y1 - y0)),
                      (x0 + 0.40 * (x1 - x0), y0 + 0.80 * (y1 - y0)),
                      (x0 + 0.88 * (x1 - x0), y0 + 0.22 * (y1 - y0))]
            draw.line(points, fill=255, width=stroke, joint="curve")
        _paint(canvas, shape.color, mask, opacity=shape.opacity)


def apply_scrim(canvas: Image.Image, scrim: Scrim) -> None:
    """A smooth dark (or light) ramp under the text so it reads on a busy photo."""
    w, h = canvas.size
    alpha = np.zeros(h, dtype=np.float32)
    span = max(1, round(scrim.extent * h))
    ramp = np.linspace(0.0, 1.0, span, dtype=np.float32) ** 1.6  # eased: no visible edge
    if scrim.side == "bottom":
        alpha[h - span :] = ramp
    elif scrim.side == "top":
        alpha[:span] = ramp[::-1]
    else:
        alpha[:] = 1.0
    column = (alpha * scrim.opacity * 255 + 0.5).astype(np.uint8)
    mask = Image.fromarray(np.repeat(column[:, None], w, axis=1), "L")
    _paint(canvas, scrim.color, mask)


@dataclass(frozen=True)
class TextLook:
    color: str
    stroke: float = 0.0
    stroke_color: str = "#000000"
    outer_stroke: float = 0.0
    outer_stroke_color: str = "#FFFFFF"
    shadow: Shadow | None = None
    highlight: Highlight | None = None


def _pad(look: TextLook, size: int) -> int:
    pad = max(look.stroke, look.outer_stroke) * size + 4
    if look.shadow is not None:
        pad += (abs(look.shadow.offset[0]) + abs(look.shadow.offset[1]) + 3 * look.shadow.blur) * size
    if look.highlight is not None:
        pad = max(pad, (look.highlight.pad + 0.1) * size)
    return math.ceil(pad)


def draw_block(canvas: Image.Image, block: Block, origin: tuple[float, float],
               width: float, look: TextLook) -> Ink:
    """Draw a laid-out block whose top-left corner (ink top) is ``origin``."""
    size = block.size
    pad = _pad(look, size)
    left = max(0, math.floor(origin[0]) - pad)
    top = max(0, math.floor(origin[1]) - pad)
    right = min(canvas.width, math.ceil(origin[0] + width) + pad)
    bottom = min(canvas.height, math.ceil(origin[1] + block.height + size * 0.35) + pad)
    if right - left < 1 or bottom - top < 1:  # entirely off the canvas: nothing to draw
        return Ink(Image.new("L", (1, 1), 0), (0, 0, 1, 1), parse_color(look.color)[:3], size)
    region = (right - left, bottom - top)
    ox, oy = origin[0] - left, origin[1] - top

    fill = Image.new("L", region, 0)
    stroke = Image.new("L", region, 0) if look.stroke > 0 else None
    outer = Image.new("L", region, 0) if look.outer_stroke > 0 else None
    emoji = Image.new("RGBA", region, (0, 0, 0, 0))
    cjk_top, cjk_bottom = ink_box(block.font, size)
    emoji_mid = (cjk_top + cjk_bottom) / 2  # emoji centre on the ideographs' centre
    targets = [(fill, 0), (stroke, round(look.stroke * size)), (outer, round(look.outer_stroke * size))]
    draws = [(ImageDraw.Draw(m), sw) for m, sw in targets if m is not None]
    for line in block.lines:
        x = ox + line.x
        baseline = oy + line.baseline
        for run in line.runs:
            if run.kind == "emoji":
                for cluster in clusters(run.text):
                    img = emoji_image(cluster, size)
                    ex = round(x + EMOJI_SIDE_BEARING * size)
                    ey = round(baseline + emoji_mid - img.height / 2)
                    emoji.paste(img, (ex, ey), img)  # emoji never overlap: paste is enough
                    x += img.width + 2 * EMOJI_SIDE_BEARING * size
                continue
            font = get_font(run.font, size)
            for draw, sw in draws:
                draw.text((x, baseline), run.text, font=font, anchor="ls", fill=255,
                          stroke_width=sw, stroke_fill=255)
            x += run_width(run, size)

    area = canvas.crop((left, top, right, bottom))
    if look.highlight is not None:
        _highlight(area, block, (ox, oy), look.highlight)
    emoji_alpha = emoji.getchannel("A")
    if emoji_alpha.getbbox():  # outline emoji like the glyphs, so they sit in the same sticker
        stroke = _outline_emoji(stroke, emoji_alpha, round(look.stroke * size))
        outer = _outline_emoji(outer, emoji_alpha, round(look.outer_stroke * size))
    widest = outer or stroke or fill
    if look.shadow is not None:
        _shadow(area, widest, emoji_alpha, look.shadow, size)
    if outer is not None:
        _paint(area, look.outer_stroke_color, outer)
    if stroke is not None:
        _paint(area, look.stroke_color, stroke)
    color = parse_color(look.color)
    _paint(area, color, fill)
    emoji_box = emoji_alpha.getbbox()
    if emoji_box is not None:
        piece = emoji.crop(emoji_box)
        area.paste(piece, emoji_box[:2], piece)
    canvas.paste(area, (left, top))
    boxes = [b for b in (fill.getbbox(), emoji_alpha.getbbox()) if b]
    inner = (min(b[0] for b in boxes), min(b[1] for b in boxes),
             max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else None
    return Ink(fill, (left, top, right, bottom), color[:3], size, inner)


def _outline_emoji(mask: Image.Image | None, alpha: Image.Image, radius: int) -> Image.Image | None:
    if mask is None or radius <= 0:
        return mask
    box = alpha.getbbox()
    if box is None:
        return mask
    # Work on the emoji's own neighbourhood only, not the whole text block.
    box = (max(0, box[0] - radius), max(0, box[1] - radius),
           min(mask.width, box[2] + radius), min(mask.height, box[3] + radius))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    grown = Image.fromarray(cv2.dilate(np.asarray(alpha.crop(box)), kernel), "L")
    mask.paste(ImageChops.lighter(mask.crop(box), grown), box[:2])
    return mask


def _highlight(area: Image.Image, block: Block, origin: tuple[float, float], hl: Highlight) -> None:
    size = block.size
    mask = Image.new("L", area.size, 0)
    draw = ImageDraw.Draw(mask)
    band = hl.height * size
    for line in block.lines:
        x0 = origin[0] + line.x - hl.pad * size
        x1 = origin[0] + line.x + line.width + hl.pad * size
        y1 = origin[1] + line.baseline + hl.offset * size
        draw.rounded_rectangle((round(x0), round(y1 - band), round(x1), round(y1)),
                               radius=round(hl.radius * band), fill=255)
    _paint(area, hl.color, mask, opacity=hl.opacity)


def _shadow(area: Image.Image, glyphs: Image.Image, emoji_alpha: Image.Image,
            shadow: Shadow, size: int) -> None:
    source = ImageChops.lighter(glyphs, emoji_alpha) if emoji_alpha.getbbox() else glyphs
    mask = Image.new("L", area.size, 0)
    mask.paste(source, (round(shadow.offset[0] * size), round(shadow.offset[1] * size)))
    radius = shadow.blur * size
    if radius > 6:  # a soft shadow has no detail: blur at half size, scale back (3× faster)
        small = mask.resize((max(1, mask.width // 2), max(1, mask.height // 2)), Image.Resampling.BOX)
        mask = small.filter(ImageFilter.GaussianBlur(radius / 2)).resize(mask.size, Image.Resampling.BILINEAR)
    elif radius > 0:
        mask = mask.filter(ImageFilter.GaussianBlur(radius))
    _paint(area, shadow.color, mask, opacity=shadow.opacity)


def draw_label(canvas: Image.Image, text: str, style: LabelStyle) -> tuple[int, int, int, int] | None:
    """A rounded sticker with short text; returns its bounding box on the canvas.

    A longer text is set smaller, and at a third of the template's size cut with "…", so the
    sticker stays on the cover (a 24-character label ran off both sides on most templates)."""
    from studio.core.cover.fonts import split_runs

    text = text.strip()
    runs, _ = split_runs(text, style.font)
    if not runs:
        return None
    w, h = canvas.size
    size = max(10, round(style.size * min(w, h)))
    room = _label_room(canvas.size, style)
    fitted = _sticker(runs, size, style)
    if fitted.width > room:
        smaller = max(8, round(size * room / fitted.width), round(size / 3))
        fitted = _sticker(runs, smaller, style)
        if fitted.width > room:
            # The longest start of the text that fits with "…" (binary search: a pasted page
            # must not cost one sticker render per character).
            parts = clusters(text)

            def cut(n: int) -> Image.Image:
                return _sticker(split_runs("".join(parts[:n]).rstrip() + "…", style.font)[0], smaller, style)

            low, high = 1, len(parts) - 1
            while low < high:
                mid = (low + high + 1) // 2
                if cut(mid).width <= room:
                    low = mid
                else:
                    high = mid - 1
            fitted = cut(low)
    px, py = style.position[0] * w, style.position[1] * h
    if style.anchor == "center":
        px -= fitted.width / 2
    elif style.anchor == "right":
        px -= fitted.width
    left, top = round(px), round(py)
    canvas.paste(fitted, (left, top), fitted)
    return (left, top, left + fitted.width, top + fitted.height)


def _label_room(size: tuple[int, int], style: LabelStyle) -> float:
    """How wide the sticker may be from its anchor point without leaving the canvas."""
    w, h = size
    edge = 0.03 * min(w, h)
    px = style.position[0] * w
    if style.anchor == "center":
        return 2 * min(px, w - px) - 2 * edge
    if style.anchor == "right":
        return px - edge
    return w - px - edge


def _sticker(runs: list, size: int, style: LabelStyle) -> Image.Image:
    text_w = sum(run_width(r, size) for r in runs)
    pad_x, pad_y = round(size * 0.55), round(size * 0.32)
    top_ink, bottom_ink = -0.86 * size, 0.1 * size
    box_w = round(text_w + 2 * pad_x)
    box_h = round(bottom_ink - top_ink + 2 * pad_y)
    sticker = Image.new("RGBA", (box_w, box_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(sticker)
    draw.rounded_rectangle((0, 0, box_w - 1, box_h - 1), radius=round(style.radius * box_h),
                           fill=parse_color(style.background))
    x, baseline = pad_x, pad_y - top_ink
    for run in runs:
        if run.kind == "emoji":
            for cluster in clusters(run.text):
                img = emoji_image(cluster, size)
                sticker.alpha_composite(img, (round(x), max(0, round(baseline - 0.38 * size - img.height / 2))))
                x += img.width + 2 * EMOJI_SIDE_BEARING * size
        else:
            draw.text((x, baseline), run.text, font=get_font(run.font, size), anchor="ls",
                      fill=parse_color(style.color))
            x += run_width(run, size)
    if style.rotation:
        sticker = sticker.rotate(style.rotation, resample=Image.Resampling.BICUBIC, expand=True)
    return sticker
