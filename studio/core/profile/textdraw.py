"""Small text layout for the profile header: font fallback (text font → colour emoji) and wrapping.

Pillow has no font fallback, so text is split into runs by cmap coverage (fontTools). Noto
Color Emoji only loads at size 109 (bitmap strikes), so emoji runs are drawn at 109 and scaled.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from studio.core.paths import fonts_dir

EMOJI_FILE = "NotoColorEmoji.ttf"
EMOJI_STRIKE = 109
# Characters that belong to the emoji before them (variation selector, ZWJ, skin tones, keycap).
_JOINERS = {0xFE0F, 0x200D, 0x20E3} | set(range(0x1F3FB, 0x1F400))


@lru_cache(maxsize=8)
def _cmap(path: str) -> frozenset[int]:
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


@lru_cache(maxsize=64)
def _font_for_thread(path: str, size: int, thread: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    # FreeType faces must not be shared between threads: one face per thread.
    return _font_for_thread(path, size, threading.get_ident())


@lru_cache(maxsize=8)
def font_path(name: str) -> str:
    # Cached: measuring resolved the assets folder on disk per call (most of a long wrap's time).
    path = fonts_dir() / name
    if not path.exists():
        raise FileNotFoundError(path)
    return str(path)


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    emoji: bool


def split_runs(text: str, text_font: str) -> list[Run]:
    covered = _cmap(text_font)
    emoji = _cmap(font_path(EMOJI_FILE))
    runs: list[Run] = []
    for ch in text:
        cp = ord(ch)
        if runs and runs[-1].emoji and (cp in _JOINERS or runs[-1].text[-1] == "\u200d"):
            is_emoji = True
        else:
            is_emoji = cp not in covered and cp in emoji
        if runs and runs[-1].emoji == is_emoji:
            runs[-1] = Run(runs[-1].text + ch, is_emoji)
        else:
            runs.append(Run(ch, is_emoji))
    return runs


@lru_cache(maxsize=256)
def _emoji_image(text: str, size: int) -> Image.Image:
    font = _font(font_path(EMOJI_FILE), EMOJI_STRIKE)
    left, top, right, bottom = font.getbbox(text)
    canvas = Image.new("RGBA", (max(1, right - left), max(1, bottom - top)), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((-left, -top), text, font=font, embedded_color=True)
    scale = size / EMOJI_STRIKE
    return canvas.resize((max(1, round(canvas.width * scale)), max(1, round(canvas.height * scale))),
                         Image.Resampling.LANCZOS)


def measure(text: str, font_file: str, size: int) -> int:
    width = 0
    for run in split_runs(text, font_file):
        if run.emoji:
            width += _emoji_image(run.text, size).width
        else:
            width += round(_font(font_file, size).getlength(run.text))
    return width


def draw_line(image: Image.Image, xy: tuple[int, int], text: str, font_file: str, size: int,
              fill: tuple[int, ...]) -> int:
    """Draw one line with its top at ``xy``; returns the width drawn."""
    draw = ImageDraw.Draw(image)
    x, y = xy
    font = _font(font_file, size)
    ascent, _ = font.getmetrics()
    for run in split_runs(text, font_file):
        if run.emoji:
            glyphs = _emoji_image(run.text, size)
            image.alpha_composite(glyphs.convert("RGBA"), (x, y + max(0, ascent - glyphs.height)))
            x += glyphs.width
        else:
            draw.text((x, y), run.text, font=font, fill=fill)
            x += round(font.getlength(run.text))
    return x - xy[0]


def _second_flag_half(token: str, ch: str) -> bool:
    """A flag is two regional-indicator letters: the second joins a lone first one."""
    def regional(c: str) -> bool:
        return 0x1F1E6 <= ord(c) <= 0x1F1FF

    return regional(ch) and regional(token[-1]) and (len(token) == 1 or not regional(token[-2]))


def _tokens(text: str) -> list[str]:
    """Latin words stay whole; every CJK character (or emoji cluster char) is its own token."""
    tokens: list[str] = []
    for ch in text:
        if tokens and (ord(ch) in _JOINERS or tokens[-1].endswith("\u200d") or _second_flag_half(tokens[-1], ch)):
            tokens[-1] += ch  # one emoji (👩🏽‍💻, 1️⃣, 🇲🇾) is never split across lines
            continue
        latin = ch.isascii() and not ch.isspace()
        if tokens and latin and tokens[-1][-1:].isascii() and not tokens[-1][-1:].isspace():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def _fitting_tokens(text: str, font_file: str, size: int, width: int) -> Iterator[str]:
    """Tokens, with any one wider than a whole line (a long link, #tag#tag#tag) cut into
    characters: kept whole, it ran off the right edge of the header. Lazy, so a wrap that
    stops early measures no more than it lays out."""
    for token in _tokens(text):
        if len(token) > 1 and measure(token, font_file, size) > width:
            yield from token
        else:
            yield token


def wrap(text: str, font_file: str, size: int, width: int, max_lines: int | None = None) -> list[str]:
    """Greedy wrap of each paragraph; an overflowing last line ends with an ellipsis.

    Stops once it knows the text overflows ``max_lines``: a pasted page in the bio was wrapped
    to the end (minutes for a megabyte) only to keep six lines of it.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _fitting_tokens(paragraph, font_file, size, width):
            candidate = line + token
            if line and measure(candidate, font_file, size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
                if max_lines is not None and len(lines) > max_lines:
                    break
            else:
                line = candidate
        if max_lines is not None and len(lines) > max_lines:
            break
        lines.append(line.rstrip())
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and measure(last + "…", font_file, size) > width:
            last = last[:-1]
        kept[-1] = last + "…"
        return kept
    return lines


def text_font(bold: bool = False) -> str:
    return font_path("LXGWWenKai-Bold.ttf" if bold else "LXGWWenKai-Regular.ttf")
