"""Render the profile header as it appears in the app: background, avatar, username, bio, stats.

The layout follows the phone app at 390 pt wide and scales to the requested pixel width, so
the PNG is a faithful preview a creator (or an agency's client) can look at before posting.
"""

from __future__ import annotations

from PIL import Image, ImageDraw

from studio.core.i18n import tr

from . import textdraw
from .imaging import Focus, circle_avatar, circle_mask, fill, placeholder_avatar
from .model import Profile

PHONE_WIDTH = 390  # layout unit: points of a typical phone
ACCENT = (255, 36, 66)  # the platform's red
PLACEHOLDER = (236, 120, 140)


def _gradient(size: tuple[int, int], top: int, bottom: int) -> Image.Image:
    """A black overlay whose alpha goes from ``top`` to ``bottom`` (keeps white text readable)."""
    width, height = size
    column = Image.linear_gradient("L").resize((1, height))
    alpha = column.point(lambda v: round(top + (bottom - top) * v / 255)).resize((width, height))
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    overlay.putalpha(alpha)
    return overlay


def _default_background(size: tuple[int, int]) -> Image.Image:
    base = Image.new("RGB", size, (58, 52, 68))
    glow = Image.new("RGB", size, (120, 64, 84))
    # Diagonal blend: average of a vertical and a horizontal ramp.
    ramp = Image.linear_gradient("L").resize(size)
    mask = Image.blend(ramp, ramp.transpose(Image.Transpose.ROTATE_90).resize(size), 0.5)
    return Image.composite(glow, base, mask)


def _bio_lines(profile: Profile, width: int) -> list[str]:
    s = width / PHONE_WIDTH
    lines = textdraw.wrap(profile.bio.compose(), textdraw.text_font(False), round(14 * s),
                          width - 2 * round(16 * s), max_lines=6)
    if not profile.bio.compose():
        lines = [tr("Your bio appears here: who you are, what you offer, how to reach you.",
                    "简介会显示在这里：你是谁、你提供什么、怎么联系你。")]
    return lines


def _background_height(width: int, bio_lines: int) -> int:
    """Height of the photo area behind the header: it grows with the bio's line count."""
    s = width / PHONE_WIDTH

    def px(v: float) -> int:
        return round(v * s)

    return px(56) + px(80) + px(18) + bio_lines * px(21) + px(16) + px(62) + px(16)


def background_aspect(profile: Profile, width: int = 1080) -> float:
    """Width / height of the background area for this profile (the cropper frames this shape)."""
    return width / _background_height(width, len(_bio_lines(profile, width)))


def render_header(
    profile: Profile,
    avatar: Image.Image | None = None,
    background: Image.Image | None = None,
    width: int = 1080,
) -> Image.Image:
    """An RGB image of the header; ``avatar``/``background`` are decoded images (or None)."""
    s = width / PHONE_WIDTH

    def px(v: float) -> int:
        return round(v * s)

    regular, bold = textdraw.text_font(False), textdraw.text_font(True)
    pad = px(16)
    name_size, bio_size, small = px(21), px(14), px(12)
    bio_lines = _bio_lines(profile, width)
    bio_block = len(bio_lines) * px(21)
    avatar_d = px(80)
    top = px(56)
    body_top = top + avatar_d + px(18)
    stats_top = body_top + bio_block + px(16)
    sheet_top = stats_top + px(62)
    height = sheet_top + px(48)
    area = (width, _background_height(width, len(bio_lines)))

    canvas = (fill(background, area, profile.background_focus)
              if background is not None else _default_background(area))
    canvas = canvas.convert("RGBA")
    canvas.alpha_composite(_gradient(canvas.size, 70, 190))
    image = Image.new("RGBA", (width, height), (255, 255, 255, 255))
    image.alpha_composite(canvas, (0, 0))
    draw = ImageDraw.Draw(image)

    if profile.background_text.strip():
        lines = textdraw.wrap(profile.background_text.strip(), bold, px(16), width - 2 * pad, 2)
        for i, line in enumerate(lines):
            w = textdraw.measure(line, bold, px(16))
            textdraw.draw_line(image, (width - pad - w, px(14) + i * px(22)), line, bold, px(16), (255, 255, 255, 235))

    # Avatar with a white ring, as in the app.
    ring = px(3)
    image.paste((255, 255, 255, 255), (pad - ring, top - ring), circle_mask(avatar_d + 2 * ring))
    if avatar is not None:
        disc = circle_avatar(avatar, avatar_d, profile.avatar_focus or Focus())
    else:
        disc = placeholder_avatar(avatar_d, profile.name[:1], PLACEHOLDER)
    image.alpha_composite(disc, (pad, top))
    if avatar is None:
        initial = (profile.name.strip() or profile.username.strip() or "?")[:1].upper()
        w = textdraw.measure(initial, bold, px(34))
        textdraw.draw_line(image, (pad + (avatar_d - w) // 2, top + px(18)), initial, bold, px(34), (255, 255, 255, 255))

    name_x = pad + avatar_d + px(14)
    username = profile.username.strip() or tr("Your username", "你的用户名")
    name_lines = textdraw.wrap(username, bold, name_size, width - name_x - pad, max_lines=2)
    y = top + px(10) if len(name_lines) == 1 else top
    for line in name_lines:
        textdraw.draw_line(image, (name_x, y), line, bold, name_size, (255, 255, 255, 255))
        y += px(27)
    textdraw.draw_line(image, (name_x, y + px(4)), tr("RED ID: ——", "小红书号：——"), regular, small, (230, 230, 235, 220))

    y = body_top
    fill_bio = (255, 255, 255, 240) if profile.bio.compose() else (255, 255, 255, 150)
    for line in bio_lines:
        textdraw.draw_line(image, (pad, y), line, regular, bio_size, fill_bio)
        y += px(21)

    x = pad
    for label in (tr("Following", "关注"), tr("Followers", "粉丝"), tr("Likes & saves", "获赞与收藏")):
        textdraw.draw_line(image, (x, stats_top), "—", bold, px(16), (255, 255, 255, 255))
        textdraw.draw_line(image, (x, stats_top + px(22)), label, regular, small, (235, 235, 240, 210))
        x += max(px(56), textdraw.measure(label, regular, small) + px(22))
    button = tr("Edit profile", "编辑资料")
    bw = textdraw.measure(button, regular, px(13)) + px(28)
    bx, by = width - pad - bw, stats_top + px(4)
    draw.rounded_rectangle((bx, by, bx + bw, by + px(32)), radius=px(16), outline=(255, 255, 255, 200), width=max(1, px(1)))
    textdraw.draw_line(image, (bx + px(14), by + px(7)), button, regular, px(13), (255, 255, 255, 255))

    # The white sheet with the tabs marks where the header ends.
    draw.rounded_rectangle((0, sheet_top, width, height + px(20)), radius=px(14), fill=(255, 255, 255, 255))
    x = pad
    for i, tab in enumerate((tr("Notes", "笔记"), tr("Collections", "收藏"), tr("Liked", "赞过"))):
        colour = (34, 34, 34, 255) if i == 0 else (140, 140, 140, 255)
        textdraw.draw_line(image, (x, sheet_top + px(12)), tab, bold if i == 0 else regular, px(15), colour)
        tw = textdraw.measure(tab, regular, px(15))
        if i == 0:
            draw.rounded_rectangle((x + tw // 2 - px(10), sheet_top + px(36), x + tw // 2 + px(10), sheet_top + px(39)),
                                   radius=px(2), fill=ACCENT)
        x += tw + px(28)
    return image.convert("RGB")
