"""Built-in detectors for contact data (phone numbers, emails, URLs, QQ numbers, handles).

They run on the folded view (lower-case, half-width, simplified, ASCII digits: same offsets
as the original) or on its digit view (plain Chinese numerals 一二三 as digits too), so every
span is directly an original span. The expressions are fixed and vetted here (bounded
repetition, no nested quantifiers), so Python's ``re`` cannot backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import numpy as np

from studio.core.text.normalize import Normalized, digit_codes

Span = tuple[int, int]

# Characters creators put between digits: spaces (not line breaks), dashes, dots, brackets,
# zero-width and format characters, variation selectors, emoji.
_SEP = (
    r"[ \t\u00a0\-_.·•*/|~()\[\]\u200b-\u200f\u2060\ufeff\ufe0f"
    r"\u2600-\u27bf\U0001F000-\U0001FAFF]"
)
_GAP = _SEP + "{0,3}"
_D = "[0-9]"

_CN_MOBILE = re.compile(
    rf"(?<![0-9])(?:(?:\+|00)?86{_GAP})?1{_GAP}[3-9](?:{_GAP}{_D}){{9}}(?![0-9])"
)
# +60 / 60 / 0 then 1x and 7-8 more digits (Malaysian mobiles: 01x-xxx xxxx, 011-xxxx xxxx).
_MY_PHONE = re.compile(
    rf"(?<![0-9])(?:\+{_GAP}6{_GAP}0|(?<!\+)60|0){_GAP}1{_GAP}{_D}(?:{_GAP}{_D}){{7,8}}(?![0-9])"
)

TLDS = (
    "com|cn|net|org|io|co|me|my|sg|hk|tw|mo|info|top|xyz|cc|vip|shop|store|app|site|online|"
    "link|ly|gl|tv|ai|edu|gov|biz|club|live|life|fun|ink|work|tech|asia|uk|us|jp|kr|de|"
    "au|ca|fr|in|id|th|ph|vn|page|dev|ltd|wang|xin|pro|email|mobi|name"
)
_EMAIL_PLAIN = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9\-]{1,63}"
    r"(?:\.[a-z0-9\-]{1,63}){0,4}\.[a-z]{2,24}(?![a-z0-9])"
)
_AT = r"(?:[ \t]{0,2}(?:\(at\)|\[at\]|艾特|圈a|#|＠)[ \t]{0,2}|[ \t]{1,2}at[ \t]{1,2})"
_DOT = r"(?:[ \t]{0,2}(?:\.|\(dot\)|\[dot\]|点|。)[ \t]{0,2}|[ \t]{1,2}dot[ \t]{1,2})"
_EMAIL_OBFUSCATED = re.compile(
    rf"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{{0,63}}{_AT}[a-z0-9\-]{{1,63}}"
    rf"(?:{_DOT}[a-z0-9\-]{{1,63}}){{0,3}}{_DOT}(?:{TLDS})(?![a-z0-9])"
)
_URL_SCHEME = re.compile(r"(?:https?|ftp)://[a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_URL_WWW = re.compile(
    r"(?<![a-z0-9])www\.[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4}[/a-z0-9\-._~?#=&%]*"
)
_URL_BARE = re.compile(
    rf"(?<![a-z0-9@.\-])[a-z0-9][a-z0-9\-]{{0,62}}(?:\.[a-z0-9\-]{{1,63}}){{0,3}}\.(?:{TLDS})"
    rf"(?![a-z0-9\-])(?:/[a-z0-9\-._~/?#=&%]*)?"
)
_URL_SPOKEN = re.compile(
    rf"(?<![a-z0-9])[a-z0-9][a-z0-9\-]{{1,62}}[ \t]{{0,2}}(?:点|\(dot\)|\[dot\]|。|[ \t]dot[ \t])"
    rf"[ \t]{{0,2}}(?:{TLDS})(?![a-z0-9])"
)
_QQ = re.compile(
    rf"(?:(?<![a-z])qq|企鹅|扣扣|🐧|球球|(?<![a-z])q(?=号|群))(?:号码|号|群)?{_GAP}(?:[:是为]{_GAP})?"
    rf"({_D}(?:{_GAP}{_D}){{4,10}})(?![0-9])"
)
# Cues may be spaced out like the words they stand for (加 V 信, 微*信号); Latin cues are whole
# words ("v" in "version" or "ins" in "instantly" is no cue).
_CUE_GAP = r"[ \t*·.\-_/|~\u200b-\u200d]{0,2}"


def _spaced(*cues: str) -> str:
    return "|".join(_CUE_GAP.join(re.escape(c) for c in cue) for cue in cues)


_STRONG_CUES = (
    _spaced("微信号", "微信", "v信", "薇信", "威信", "维信", "绿泡泡") + "|🛰|"
    rf"(?<![a-z])(?:{_spaced('vx', 'wx', 'weixin', 'wechat')}|v|line|telegram|tg|ins|ig)(?![a-z])"
)
_WEAK_CUES = _spaced("加我", "联系我", "联系方式", "联系", "账号", "私我") + r"|(?<![a-z])id(?![a-z])"
_HANDLE = re.compile(
    rf"(?:({_STRONG_CUES})|({_WEAK_CUES}))(?:号码|号|id)?[ \t]{{0,3}}(?:[:是为][ \t]{{0,3}})?"
    r"([a-z][a-z0-9_\-]{5,19}|[0-9]{5,12})(?![a-z0-9_\-])"
)


class Context:
    """Per-check scratch space shared by the detectors: the digit view and candidate windows
    are computed once, and each expression only runs inside short windows around an anchor
    (a run of digits, an '@', a '.') instead of over the whole text."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.text = norm.folded
        self._digits: str | None = None
        self._digit_codes: np.ndarray | None = None
        self._digit_positions: np.ndarray | None = None
        self._digit_windows: dict[int, list[Span]] = {}
        self.emails: list[Span] | None = None  # url() needs them to skip e-mail domains

    @property
    def digit_codes(self) -> np.ndarray:
        if self._digit_codes is None:
            self._digit_codes = digit_codes(self.norm.folded_codes)
        return self._digit_codes

    @property
    def digits(self) -> str:
        """The digit view (plain Chinese numerals as digits), same offsets as the original."""
        if self._digits is None:
            self._digits = self.digit_codes.tobytes().decode("utf-32-le")
        return self._digits

    def digit_windows(self, minimum: int) -> list[Span]:
        """Windows around clusters of ≥ ``minimum`` digits (gaps of ≤ 4 separators), found
        with numpy, padded so that cues before a number fit in."""
        if minimum in self._digit_windows:
            return self._digit_windows[minimum]
        if self._digit_positions is None:
            codes = self.digit_codes
            self._digit_positions = np.flatnonzero((codes >= 0x30) & (codes <= 0x39))
        positions = self._digit_positions
        windows: list[Span] = []
        if len(positions) >= minimum:
            # Clusters of digits separated by at most 4 other characters, vectorised.
            breaks = np.flatnonzero(np.diff(positions) > 4) + 1
            firsts = np.concatenate(([0], breaks))
            lasts = np.concatenate((breaks, [len(positions)])) - 1
            big = (lasts - firsts + 1) >= minimum
            starts = (positions[firsts[big]] - 16).tolist()
            ends = (positions[lasts[big]] + 3).tolist()
            windows = list(zip(starts, ends, strict=True))
        self._digit_windows[minimum] = merge_spans(windows, len(self.text))
        return self._digit_windows[minimum]

    def anchor_windows(self, anchor: re.Pattern, before: int, after: int) -> list[Span]:
        spans = [(m.start() - before, m.end() + after) for m in anchor.finditer(self.text)]
        return merge_spans(spans, len(self.text))

    def literal_windows(self, literals: tuple[str, ...], before: int, after: int) -> list[Span]:
        """Windows around plain substrings, found with numpy over the folded code points (a
        regex alternation cannot skip ahead on a megabyte of Chinese; str.find is slow on
        strings that hold emoji)."""
        codes = self.norm.folded_codes
        spans: list[Span] = []
        if len(codes) < _SMALL_TEXT:  # a note: str.find beats numpy's per-call overhead
            text = self.text
            for literal in literals:
                at = text.find(literal)
                while at >= 0:
                    spans.append((at - before, at + len(literal) + after))
                    at = text.find(literal, at + 1)
            return merge_spans(spans, len(codes))
        candidates = np.flatnonzero(_char_table("".join(lit[0] for lit in literals))[codes])
        for literal in literals:
            at = candidates[codes[candidates] == ord(literal[0])]
            at = at[at + len(literal) <= len(codes)]
            for k in range(1, len(literal)):
                at = at[codes[at + k] == ord(literal[k])]
            spans.extend((a - before, a + len(literal) + after) for a in at.tolist())
        return merge_spans(spans, len(codes))

    def dot_windows(self, before: int, after: int) -> list[Span]:
        """Windows around a dot (. 点 。) that a top-level domain may follow: found with
        numpy, keeping only dots followed by a Latin letter, space or bracket."""
        codes = self.norm.folded_codes
        dots = np.flatnonzero(_char_table(".点。")[codes])
        dots = dots[dots + 1 < len(codes)]
        likely = _char_table(_AFTER_DOT)[codes[dots + 1]]
        spans = [
            (at - before, at + after)
            for at in dots[likely].tolist()
            if _TLD_AFTER_DOT.match(self.text, at + 1)
        ]
        spans += self.literal_windows(("://", "dot"), before, after)
        return merge_spans(spans, len(self.text))


_SMALL_TEXT = 50_000


@cache
def _char_table(chars: str) -> np.ndarray:
    """A lookup table over all code points: True for ``chars`` (index it with code arrays)."""
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


def merge_spans(spans: list[Span], size: int) -> list[Span]:
    """Overlapping or touching windows joined, clipped to [0, size)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(size, end)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _spans(pattern: re.Pattern, text: str, windows: list[Span], group: int = 0) -> list[Span]:
    # finditer(text, pos, endpos): look-behind still sees the text before ``pos``.
    return [m.span(group) for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


_AT_LITERALS = ("@", "艾特", "圈a", "#", "(at)", "[at]", " at ", " at\t", "\tat ")
# A dot (or 点/。) followed by a known top-level domain.
_AFTER_DOT = "abcdefghijklmnopqrstuvwxyz \t)]"
_TLD_AFTER_DOT = re.compile(rf"[ \t)\]]{{0,3}}(?:{TLDS})(?![a-z0-9])")
_HANDLE_ANCHOR = re.compile(r"[a-z0-9][a-z0-9_\-]{4,}")  # a possible ID; cues are looked for before it


def cn_mobile(ctx: Context) -> list[Span]:
    return _spans(_CN_MOBILE, ctx.digits, ctx.digit_windows(11))


def my_phone(ctx: Context) -> list[Span]:
    return _spans(_MY_PHONE, ctx.digits, ctx.digit_windows(9))


def email(ctx: Context) -> list[Span]:
    if ctx.emails is None:
        ctx.emails = []
        windows = ctx.literal_windows(_AT_LITERALS, 70, 80)
        if windows:
            spans = _spans(_EMAIL_PLAIN, ctx.text, windows)
            spans += [s for s in _spans(_EMAIL_OBFUSCATED, ctx.text, windows) if s not in spans]
            ctx.emails = spans
    return ctx.emails


def url(ctx: Context) -> list[Span]:
    windows = ctx.dot_windows(80, 200)
    if not windows:
        return []
    text = ctx.text
    spans: list[Span] = []
    for pattern in (_URL_SCHEME, _URL_WWW, _URL_BARE, _URL_SPOKEN):
        spans += _spans(pattern, text, windows)
    # Drop spans inside another (www.x.com is also a bare domain) and parts of e-mails.
    emails = email(ctx)
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        if (start > 0 and text[start - 1] == "@") or any(
            a <= start and end <= b for a, b in emails
        ):
            continue
        kept.append((start, end))
    return kept


def qq_number(ctx: Context) -> list[Span]:
    return _spans(_QQ, ctx.digits, ctx.digit_windows(5), group=1)


def contact_handle(ctx: Context) -> list[Span]:
    spans = []
    windows = ctx.anchor_windows(_HANDLE_ANCHOR, 24, 0)
    for lo, hi in windows:
        for match in _HANDLE.finditer(ctx.text, lo, hi):
            handle = match.group(3)
            # After a weak cue (加我, 联系, id) only accept IDs that look like IDs, not words.
            if match.group(2) and not any(c.isdigit() or c in "_-" for c in handle):
                continue
            spans.append(match.span(3))
    return spans


CONTACT: dict[str, Callable[[Context], list[Span]]] = {
    "cn_mobile": cn_mobile,
    "my_phone": my_phone,
    "email": email,
    "url": url,
    "qq_number": qq_number,
    "contact_handle": contact_handle,
}
