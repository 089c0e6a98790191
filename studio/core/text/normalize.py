"""Normalising text so that disguised words match, with a map back to the original.

Two views of a text are built, both vectorised with numpy lookup tables (no Python loop per
character, so 1 MB normalises in milliseconds):

- **folded**: one code point per original code point (so offsets are identical): full-width →
  ASCII, lower case, traditional → simplified (OpenCC ``t2s`` applied per character, which
  keeps lengths equal), digit styles (① ₁ ¹ ❶ 壹 …) → ASCII digits, enclosed/math/emoji
  letters (Ⓥ 𝐯 🅥 🇻) → ASCII letters, common Cyrillic/Greek look-alikes → Latin, lone
  surrogates → U+FFFD (so regex engines never choke);
- **compact**: the folded text with evasion separators removed (spaces, zero-width and
  format characters, combining marks, ``* . - _ / | ~ · •`` and similar, emoji and pictographs
  used as spacers) but NOT sentence punctuation (，。！？；：、 , ! ? ; : and line breaks), so
  ordinary adjacent words in different clauses are never joined. ``index[i]`` is the offset in
  the original text of compact character ``i``.

Tables are built once per process on first use (~50 ms).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

_SIZE = 0x110000
_lock = threading.Lock()

# Chinese financial numerals read as digits everywhere (plain 一二三 only inside number
# detectors: they are far too common in ordinary words).
_FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
# Plain Chinese numerals, used only by the digit view of the contact detectors.
_PLAIN_DIGITS = {
    "〇": "0", "零": "0", "○": "0",
    "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
}  # fmt: skip
# Look-alike letters from other scripts that evade Latin terms (vх with a Cyrillic х).
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ν": "v", "ο": "o", "α": "a", "ι": "i", "κ": "k", "ρ": "p",
    "➕": "+", "✚": "+", "﹢": "+", "﹫": "@", "∗": "*", "×": "x",
}  # fmt: skip
# ASCII symbols inserted between the characters of a word (最*好, v.x, 加-v).
_ASCII_SEPARATORS = " \t\f\v*.-_/|~`^=\\'\""
# Other spacers seen in evasion: middle dots, bullets, dashes, wave dashes.
_OTHER_SEPARATORS = "·•・‧∙⋅◦〜～‐‑‒–—―"
# Line and paragraph breaks are sentence boundaries, never removed.
_LINE_BREAKS = "\n\r\x85\u2028\u2029"


def _t2s_pairs() -> list[tuple[str, str]]:
    """Traditional → simplified, character by character (phrase rules would change lengths)."""
    import opencc

    converter = opencc.OpenCC("t2s")
    ranges = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2A6E0))
    chars = [chr(cp) for lo, hi in ranges for cp in range(lo, hi)]
    # Newlines keep OpenCC from forming multi-character phrases across neighbours.
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # defensive: never trust a length-changing conversion
        return []
    return [(a, b) for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1]


def _build_fold() -> np.ndarray:
    fold = np.arange(_SIZE, dtype=np.uint32)
    fold[0xD800:0xE000] = 0xFFFD  # lone surrogates
    fold[0xFF01:0xFF5F] = np.arange(0x21, 0x7F, dtype=np.uint32)  # full-width ASCII
    fold[0x3000] = 0x20  # ideographic space
    # Lower case for scripts where it is one code point to one code point.
    for cp in range(0x41, 0x530):
        low = chr(cp).lower()
        if len(low) == 1:
            fold[cp] = ord(low)
    # Digits and letters in styles: super/subscripts, circled, dingbats, math alphanumerics.
    for lo, hi in ((0xB2, 0xBA), (0x2070, 0x20A0), (0x2150, 0x2190), (0x2460, 0x2500), (0x2776, 0x2794),
                   (0x1D400, 0x1D800), (0x1F100, 0x1F150), (0x1FBF0, 0x1FBFA)):  # fmt: skip
        for cp in range(lo, hi):
            norm = unicodedata.normalize("NFKC", chr(cp)).lower()
            if len(norm) == 1 and norm.isascii() and norm.isalnum():
                fold[cp] = ord(norm)
    # Dingbat circled digits without a compatibility decomposition (❶ ➀ ➊ ⓵ ⓿).
    for base in (0x2776, 0x2780, 0x278A, 0x24F5):
        fold[base : base + 9] = np.arange(ord("1"), ord("9") + 1, dtype=np.uint32)
    fold[0x24FF] = ord("0")
    # Negative circled / negative squared / regional-indicator letters (🅥 🆇 🇻).
    for base in (0x1F150, 0x1F170, 0x1F1E6):
        fold[base : base + 26] = np.arange(ord("a"), ord("z") + 1, dtype=np.uint32)
    for src, dst in _CONFUSABLES.items():
        fold[ord(src)] = ord(dst)
    for src, dst in _t2s_pairs():
        fold[ord(src)] = ord(dst)
    for digit, char in enumerate(_FINANCIAL_DIGITS):
        fold[ord(char)] = ord("0") + digit
    # Compose until idempotent (貳 → 贰 → 2) so fold(fold(x)) == fold(x).
    for _ in range(4):
        composed = fold[fold]
        if np.array_equal(composed, fold):
            break
        fold = composed
    return fold


def _build_separators() -> np.ndarray:
    """Which FOLDED code points are evasion separators in the compact view."""
    sep = np.zeros(_SIZE, dtype=bool)
    for char in _ASCII_SEPARATORS + _OTHER_SEPARATORS:
        sep[ord(char)] = True
    for lo, hi in ((0x80, 0x30000), (0xE0000, 0xE01F0)):
        for cp in range(lo, hi):
            category = unicodedata.category(chr(cp))
            if category in ("Mn", "Me", "Cf", "Zs"):
                sep[cp] = True
            elif category in ("So", "Sk") and (0x2190 <= cp < 0x2C00 or 0x1F000 <= cp < 0x1FB00):
                sep[cp] = True  # emoji, pictographs, arrows, stars used as spacers
    sep[0x1F3FB:0x1F400] = True  # skin-tone modifiers
    for char in _LINE_BREAKS:
        sep[ord(char)] = False
    return sep


@cache
def _digit_table() -> np.ndarray:
    table = np.arange(_SIZE, dtype=np.uint32)
    for src, dst in _PLAIN_DIGITS.items():
        table[ord(src)] = ord(dst)
    return table


def digit_codes(folded_codes: np.ndarray) -> np.ndarray:
    """Folded code points with plain Chinese numerals (一 二 三 … 〇 零 幺 两) as ASCII digits."""
    return _digit_table()[folded_codes]


_tables: tuple[np.ndarray, np.ndarray] | None = None


def tables() -> tuple[np.ndarray, np.ndarray]:
    """(fold, separator) lookup tables, built once per process (thread-safe)."""
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = (_build_fold(), _build_separators())
    return _tables


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def _decode(codes: np.ndarray) -> str:
    return codes.astype("<u4", copy=False).tobytes().decode("utf-32-le")


def fold(text: str) -> str:
    """The folded view of ``text`` (same length, one code point per code point)."""
    fold_table, _ = tables()
    return _decode(fold_table[_codes(text)])


def is_separator(char: str) -> bool:
    """Whether a (folded) character is removed from the compact view by default."""
    return bool(tables()[1][ord(char)])


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    folded: str
    compact: str
    index: np.ndarray  # compact offset -> original offset (int64)
    folded_codes: np.ndarray

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering compact [start, end) (end > start)."""
        return int(self.index[start]), int(self.index[end - 1]) + 1


class Normalizer:
    """Builds the folded and compact views. ``keep`` lists symbol characters that a rule set
    uses inside its terms (🛰 for WeChat, ❤ in ❤居): those stop being separators."""

    def __init__(self, keep: frozenset[str] = frozenset()) -> None:
        fold_table, sep = tables()
        self.keep = frozenset(c for c in keep if sep[ord(c)])
        if self.keep:
            sep = sep.copy()
            for char in self.keep:
                sep[ord(char)] = False
        self._fold = fold_table
        self._sep = sep

    def normalize(self, text: str) -> Normalized:
        folded_codes = self._fold[_codes(text)]
        index = np.flatnonzero(~self._sep[folded_codes])
        return Normalized(
            original=text,
            folded=_decode(folded_codes),
            compact=_decode(folded_codes[index]),
            index=index,
            folded_codes=folded_codes,
        )

    def key(self, term: str) -> str:
        """How a rule term looks in the compact view (what the automaton stores)."""
        folded_codes = self._fold[_codes(term)]
        return _decode(folded_codes[~self._sep[folded_codes]])
