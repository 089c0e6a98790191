"""Built-in detectors for contact data (phone numbers, emails, URLs, QQ numbers, handles).

They run on the folded view (lower-case, half-width, simplified, ASCII digits: same offsets
as the original) or on its digit view (plain Chinese numerals 一二三 as digits too), so every
span is directly an original span. The expressions are fixed and vetted here (bounded
repetition, no nested quantifiers), so Python's ``re`` cannot backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from studio.core.text.normalize import Normalized

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
_STRONG_CUES = (
    r"微信号|微信|v信|薇信|威信|维信|绿泡泡|🛰|(?<![a-z])(?:vx|wx|weixin|wechat|v|line|"
    r"telegram|tg|ins|ig)"
)
_WEAK_CUES = r"加我|联系我|联系方式|联系|账号|私我|(?<![a-z])id"
_HANDLE = re.compile(
    rf"(?:({_STRONG_CUES})|({_WEAK_CUES}))(?:号码|号|id)?[ \t]{{0,3}}(?:[:是为][ \t]{{0,3}})?"
    r"([a-z][a-z0-9_\-]{5,19}|[0-9]{5,12})(?![a-z0-9_\-])"
)


def _spans(pattern: re.Pattern, text: str, group: int = 0) -> list[Span]:
    return [m.span(group) for m in pattern.finditer(text)]


def _has_digit_run(norm: Normalized, minimum: int) -> bool:
    """Cheap vectorised precheck: enough digits (incl. Chinese numerals) to form a number."""
    codes = norm.folded_codes
    digits = np.count_nonzero((codes >= 0x30) & (codes <= 0x39))
    return digits >= minimum or any(c in norm.folded for c in "一二三四五六七八九〇零幺两")


def cn_mobile(norm: Normalized) -> list[Span]:
    if not _has_digit_run(norm, 11):
        return []
    return _spans(_CN_MOBILE, norm.digit_view())


def my_phone(norm: Normalized) -> list[Span]:
    if not _has_digit_run(norm, 9):
        return []
    return _spans(_MY_PHONE, norm.digit_view())


def email(norm: Normalized) -> list[Span]:
    text = norm.folded
    spans = _spans(_EMAIL_PLAIN, text) if "@" in text else []
    if any(cue in text for cue in ("at", "艾特", "圈a", "#")):
        spans += [s for s in _spans(_EMAIL_OBFUSCATED, text) if s not in spans]
    return spans


def url(norm: Normalized) -> list[Span]:
    text = norm.folded
    spans: list[Span] = []
    if "://" in text:
        spans += _spans(_URL_SCHEME, text)
    if "." in text:
        spans += _spans(_URL_WWW, text)
        spans += _spans(_URL_BARE, text)
    if any(cue in text for cue in ("点", "dot", "。")):
        spans += _spans(_URL_SPOKEN, text)
    # Drop spans inside another (www.x.com is also a bare domain) and e-mail domains.
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        if start > 0 and text[start - 1] == "@":
            continue
        kept.append((start, end))
    return kept


def qq_number(norm: Normalized) -> list[Span]:
    if not _has_digit_run(norm, 5):
        return []
    return _spans(_QQ, norm.digit_view(), group=1)


def contact_handle(norm: Normalized) -> list[Span]:
    spans = []
    for match in _HANDLE.finditer(norm.folded):
        handle = match.group(3)
        # After a weak cue (加我, 联系, id) only accept IDs that look like IDs, not words.
        if match.group(2) and not any(c.isdigit() or c in "_-" for c in handle):
            continue
        spans.append(match.span(3))
    return spans


CONTACT: dict[str, Callable[[Normalized], list[Span]]] = {
    "cn_mobile": cn_mobile,
    "my_phone": my_phone,
    "email": email,
    "url": url,
    "qq_number": qq_number,
    "contact_handle": contact_handle,
}
