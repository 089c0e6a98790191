"""Word segmentation with jieba, loaded lazily.

jieba takes about a second to load its dictionary, so nothing here runs at import time:
``warm_up()`` loads it (call it from a worker thread at start-up), otherwise the first call
that needs a word boundary loads it. Only short windows around a candidate hit are
segmented, never whole notes on every keystroke.
"""

from __future__ import annotations

import logging
import threading
import warnings
from functools import lru_cache

_lock = threading.Lock()
_cut_lock = threading.Lock()  # jieba's tokenizer is not documented as thread-safe
_tokenizer = None
_added: set[str] = set()


def _load():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                with warnings.catch_warnings():  # jieba 0.42's old regexes warn on import
                    warnings.simplefilter("ignore", DeprecationWarning)
                    warnings.simplefilter("ignore", SyntaxWarning)
                    import jieba

                from studio.core.paths import user_cache_dir

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.tmp_dir = str(user_cache_dir())  # its dictionary cache
                tokenizer.initialize()
                _tokenizer = tokenizer
    return _tokenizer


def add_words(words) -> None:
    """Teach the shared tokenizer words its stock dictionary splits (打工人, 肉骨茶)."""
    tokenizer = _load()
    with _cut_lock:
        new = [w for w in words if w not in _added]
        for word in new:
            tokenizer.add_word(word)
        _added.update(new)
    if new:
        boundaries.cache_clear()


def cut(text: str, hmm: bool = False) -> list[str]:
    """jieba words of ``text``. One tokenizer serves the whole app (the compliance engine
    and the cover's line breaking): loading jieba costs a second and a dictionary's memory."""
    tokenizer = _load()
    with _cut_lock:
        return tokenizer.lcut(text, HMM=hmm)


def warm_up() -> None:
    """Load the dictionary now (blocking, ~1 s the first time, less with its cache)."""
    _load()


def is_ready() -> bool:
    return _tokenizer is not None


@lru_cache(maxsize=4096)
def boundaries(text: str) -> frozenset[int]:
    """Offsets in ``text`` where one word ends and the next begins (0 and len included).
    Cached: while typing, the same windows are segmented again and again."""
    result = {0}
    position = 0
    for word in cut(text):
        position += len(word)
        result.add(position)
    return frozenset(result)


def _crossed(text: str, position: int, freq: dict) -> bool:
    """Whether some dictionary word spans ``position`` (starts before it, ends after it).

    jieba without HMM only ever joins characters into dictionary words, so if none spans a
    position, every segmentation has a boundary there and jieba need not run. jieba's FREQ
    holds every prefix of every word (frequency 0), which lets each scan stop early."""
    if position <= 0 or position >= len(text):
        return False
    for i in range(max(0, position - 6), position):
        # Every prefix of a word is in FREQ, so if text[i:position+1] is not, no word
        # starting at i reaches past ``position``.
        j = position + 1
        count = freq.get(text[i:j])
        while count is not None:
            if count:
                return True
            j += 1
            if j > len(text):
                break
            count = freq.get(text[i:j])
    return False


def is_word(text: str, start: int, end: int, context: int = 8) -> bool:
    """Whether text[start:end] is made of whole words when a window around it is segmented
    (so 包退 inside 红包退回 is not a word of its own)."""
    freq = _load().FREQ
    if not _crossed(text, start, freq) and not _crossed(text, end, freq):
        return True
    lo = max(0, start - context)
    marks = boundaries(text[lo : end + context])
    return (start - lo) in marks and (end - lo) in marks
