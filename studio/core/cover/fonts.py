"""Bundled fonts: loading, character coverage, runs per font, and colour emoji.

Pillow has no font fallback, so text is cut into grapheme clusters and each cluster is given
to the first font whose cmap (read once with fontTools) covers it: the chosen font, then the
fallbacks listed in ``assets/fonts/fonts.toml``, then Noto Color Emoji. A code point that no
bundled font has is dropped and reported, so a render never shows a tofu box.

Thread safety: FreeType faces must not be shared between threads, so ``get_font`` keeps one
cache per thread. Everything else cached here (cmaps, emoji bitmaps) is immutable once built.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from studio.core.cover.errors import CoverError
from studio.core.i18n import tr
from studio.core.paths import fonts_dir
from studio.core.tomlfile import read_toml

ZWJ = 0x200D
VS15, VS16 = 0xFE0E, 0xFE0F
KEYCAP = 0x20E3
EMOJI_HEIGHT = 0.98  # emoji bitmap height as a fraction of the font size (matches CJK ink)
EMOJI_SIDE_BEARING = 0.04  # × size on each side of an emoji


@dataclass(frozen=True)
class FontInfo:
    id: str
    file: str
    family: str
    role: str
    license: str
    native_size: int = 0


@dataclass(frozen=True)
class Run:
    """A stretch of one line drawn with one font: kind is "text" or "emoji"."""

    kind: str
    font: str
    text: str


@cache
def _registry() -> tuple[dict[str, FontInfo], tuple[str, ...], str]:
    data = read_toml(fonts_dir() / "fonts.toml", CoverError)
    fonts = {}
    for entry in data["font"]:
        info = FontInfo(
            id=entry["id"], file=entry["file"], family=entry["family"], role=entry["role"],
            license=entry["license"], native_size=int(entry.get("native_size", 0)),
        )
        fonts[info.id] = info
    return fonts, tuple(data["fallback"]), data["emoji"]


def font_infos() -> list[FontInfo]:
    return list(_registry()[0].values())


def known_font_ids() -> set[str]:
    fonts, _, emoji = _registry()
    return {fid for fid in fonts if fid != emoji}


def _info(font_id: str) -> FontInfo:
    fonts = _registry()[0]
    if font_id not in fonts:
        raise CoverError(tr(f"unknown font {font_id!r}", f"未知字体 {font_id!r}"))
    return fonts[font_id]


@cache
def coverage(font_id: str) -> frozenset[int]:
    """The code points a font maps to glyphs (its best cmap)."""
    font = TTFont(fonts_dir() / _info(font_id).file, lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


_local = threading.local()


def get_font(font_id: str, size: int) -> ImageFont.FreeTypeFont:
    """A FreeType font at ``size`` px, cached per thread (faces are not thread-safe)."""
    fonts = getattr(_local, "fonts", None)
    if fonts is None:
        fonts = _local.fonts = {}
    key = (font_id, size)
    font = fonts.get(key)
    if font is None:
        if len(fonts) > 96:  # bound memory: sizes change while the user drags a slider
            fonts.clear()
        font = ImageFont.truetype(str(fonts_dir() / _info(font_id).file), size)
        fonts[key] = font
    return font


# --- grapheme clusters ---------------------------------------------------------------------


def _is_regional(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def _is_modifier(cp: int) -> bool:
    return 0x1F3FB <= cp <= 0x1F3FF


def _is_tag(cp: int) -> bool:
    return 0xE0020 <= cp <= 0xE007F


def clusters(text: str) -> list[str]:
    """Split text into user-perceived characters, keeping emoji sequences whole.

    Handles what covers meet: ZWJ sequences, skin tones, flags (regional-indicator pairs),
    keycaps, tag sequences (subdivision flags), variation selectors and combining marks.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        if _is_regional(ord(text[i])) and j < n and _is_regional(ord(text[j])):
            j += 1
        while j < n:
            cp = ord(text[j])
            if cp in (VS15, VS16, KEYCAP) or _is_modifier(cp) or _is_tag(cp):
                j += 1
            elif cp == ZWJ and j + 1 < n:
                j += 2
            elif unicodedata.category(text[j]).startswith("M"):
                j += 1
            else:
                break
        out.append(text[i:j])
        i = j
    return out


def is_emoji_cluster(cluster: str) -> bool:
    cps = [ord(c) for c in cluster]
    if VS15 in cps:
        return False
    if any(cp in (VS16, KEYCAP, ZWJ) or _is_modifier(cp) or _is_regional(cp) or _is_tag(cp)
           for cp in cps):
        return True
    emoji = _registry()[2]
    return cps[0] >= 0x1F000 and cps[0] in coverage(emoji)


def _essential(cluster: str) -> list[int]:
    """Code points a text font must cover (variation selectors are optional)."""
    return [ord(c) for c in cluster if ord(c) not in (VS15, VS16)]


def font_for(cluster: str, primary: str) -> str | None:
    """Which bundled font draws this cluster, or None if none can."""
    _, fallback, emoji = _registry()
    if is_emoji_cluster(cluster) and ord(cluster[0]) in coverage(emoji):
        return emoji
    needed = _essential(cluster)
    for font_id in (primary, *fallback):
        cmap = coverage(font_id)
        if all(cp in cmap for cp in needed):
            return font_id
    if ord(cluster[0]) in coverage(emoji):
        return emoji
    return None


def split_runs(text: str, primary: str) -> tuple[list[Run], list[str]]:
    """Runs of one font each, plus the clusters that no font covers (dropped)."""
    emoji = _registry()[2]
    runs: list[Run] = []
    missing: list[str] = []
    for cluster in clusters(text):
        if cluster in ("\u200b", "\u200d", "\ufeff") or unicodedata.category(cluster[0]) == "Cc":
            continue
        font_id = font_for(cluster, primary)
        if font_id is None:
            missing.append(cluster)
            continue
        kind = "emoji" if font_id == emoji else "text"
        if kind == "text":
            cluster = cluster.replace("\ufe0e", "").replace("\ufe0f", "")
        if runs and runs[-1].font == font_id and kind == "text":
            runs[-1] = Run(kind, font_id, runs[-1].text + cluster)
        else:
            runs.append(Run(kind, font_id, cluster))
    return runs, missing


# --- colour emoji ---------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _emoji_native(cluster: str) -> Image.Image:
    """One emoji cluster drawn at the font's only bitmap size, cropped to its ink."""
    info = _info(_registry()[2])
    font = ImageFont.truetype(str(fonts_dir() / info.file), info.native_size)
    width = max(1, int(font.getlength(cluster) + 0.5))
    ascent, descent = font.getmetrics()
    canvas = Image.new("RGBA", (width + 8, ascent + descent + 8), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((4, 4), cluster, font=font, embedded_color=True)
    bbox = canvas.getbbox()
    return canvas.crop(bbox) if bbox else canvas


@lru_cache(maxsize=512)
def emoji_image(cluster: str, size: int) -> Image.Image:
    """The emoji scaled for text of ``size`` px (shared, treat as read-only)."""
    native = _emoji_native(cluster)
    height = max(1, round(size * EMOJI_HEIGHT))
    width = max(1, round(native.width * height / native.height))
    return native.resize((width, height), Image.Resampling.LANCZOS)


def emoji_advance(cluster: str, size: int) -> float:
    return emoji_image(cluster, size).width + 2 * EMOJI_SIDE_BEARING * size


@lru_cache(maxsize=8192)
def text_width(font_id: str, size: int, text: str) -> float:
    """Advance width (shaped by raqm); cached: while typing, most words are measured again."""
    return get_font(font_id, size).getlength(text)


def run_width(run: Run, size: int) -> float:
    if run.kind == "emoji":
        return sum(emoji_advance(c, size) for c in clusters(run.text))
    return text_width(run.font, size, run.text)


@lru_cache(maxsize=64)
def ink_box(font_id: str, size: int) -> tuple[int, int]:
    """(top, bottom) of a CJK ideograph relative to the baseline (top negative)."""
    _, top, _, bottom = get_font(font_id, size).getbbox("国", anchor="ls")
    return top, bottom


def preload(font_ids: tuple[str, ...] = ("smiley", "wenkai", "wenkai-bold")) -> None:
    """Read cmaps ahead of time (the GUI calls this in the background at start-up)."""
    for font_id in (*font_ids, _registry()[2]):
        coverage(font_id)
