"""Chinese-aware line breaking: words from jieba, kinsoku rules, balanced lines.

The title is cut into *units* that must never be split: a jieba word (早餐), a Latin word or
number (iPhone15Pro, 4.6, 100%), an emoji sequence, with punctuation glued to its neighbour
so that no line starts with ，。！？ and no line ends with （《「. Lines may break only between
units. ``balanced_breaks`` then picks, among the breaks that use the fewest lines, the one whose
lines are most even, preferring breaks after punctuation and avoiding a lone last character.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from studio.core.cover.fonts import clusters, is_emoji_cluster
from studio.core.text import segment

# No line may start with these (closing punctuation, pauses, ellipsis) ...
NO_START = set("，。！？、；：）》」』】〕〉…‥,.!?;:)]}’”·～~%‰℃°・｜|")
# ... and none may end with these (opening brackets and quotes).
NO_END = set("（《「『【〔〈“‘([{￥$#@")
# Breaking after these is natural in a Chinese title; particles (了, 吧) stay with their word.
GOOD_BREAK_AFTER = set("，。！？；：、｜|!?,;:")
PARTICLES = set("了的吗呢吧啊呀哦哈么着过")
# One-character adverbs jieba cuts off their word (最|容易, 太|好吃): they lead the next word.
LEADERS = set("最很太超更不没第每")
# Words creators use that jieba's stock dictionary splits wrongly (打工人 -> 打 / 工人).
EXTRA_WORDS = (
    "打工人", "减脂餐", "干货", "种草", "拔草", "探店", "平替", "氛围感", "早八", "宝藏",
    "小红书", "绝绝子", "yyds", "OOTD", "vlog", "Vlog", "冷知识", "保姆级", "一人食", "懒人",
    "通勤", "穿搭", "护肤", "显瘦", "新手", "避雷", "合集", "攻略", "清单", "必看", "神器",
    # Malaysian Chinese creators' places and dishes
    "吉隆坡", "槟城", "马六甲", "新山", "怡保", "肉骨茶", "椰浆饭", "叻沙", "咖椰", "白咖啡",
)


@dataclass(frozen=True)
class Unit:
    text: str
    space_before: bool = False  # a space separates it from the previous unit
    penalty: float = 0.0  # cost of starting a line with this unit (negative: a good place)


_words_added = False


def _segmenter():
    """The app's shared jieba tokenizer, taught the creator words above (once)."""
    global _words_added
    if not _words_added:
        segment.add_words(EXTRA_WORDS)
        _words_added = True
    return segment


def warm_up() -> None:
    """Initialise the segmenter ahead of the first render (call from a background thread)."""
    _segmenter()


def _is_latin(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


def _ends_with_emoji(text: str) -> bool:
    return is_emoji_cluster(clusters(text)[-1])


def _pieces(paragraph: str) -> list[str]:
    """jieba words and single emoji clusters, in order."""
    out: list[str] = []
    buffer: list[str] = []

    segmenter = _segmenter()

    def flush() -> None:
        if buffer:
            out.extend(segmenter.cut("".join(buffer), hmm=True))
            buffer.clear()

    for cluster in clusters(paragraph):
        if is_emoji_cluster(cluster):
            flush()
            out.append(cluster)
        else:
            buffer.append(cluster)
    flush()
    return out


def tokenize(paragraph: str) -> list[Unit]:
    """Unbreakable units of one paragraph (no newlines inside)."""
    return list(_tokenize(paragraph))


@lru_cache(maxsize=256)  # re-rendering the same title (a colour change) skips jieba
def _tokenize(paragraph: str) -> tuple[Unit, ...]:
    units: list[Unit] = []
    pending_space = False
    last_piece = ""
    for piece in _pieces(paragraph):
        if piece.isspace():
            pending_space = bool(units)
            last_piece = ""
            continue
        prev = units[-1] if units else None
        glue = prev is not None and (
            piece[0] in NO_START
            or prev.text[-1] in NO_END
            or (not pending_space and all(ch in PARTICLES for ch in piece))
            or (not pending_space and last_piece in LEADERS and not _is_latin(piece[0]))
            # an emoji right after text belongs to that phrase (早餐🍳), never opens a line
            or (not pending_space and is_emoji_cluster(piece) and not _ends_with_emoji(prev.text))
            or (not pending_space and _is_latin(prev.text[-1]) and _is_latin(piece[0]))
        )
        if glue and prev is not None:
            joined = prev.text + (" " if pending_space else "") + piece
            units[-1] = Unit(joined, prev.space_before, prev.penalty)
        else:
            penalty = 0.0
            if prev is not None:
                if prev.text[-1] in GOOD_BREAK_AFTER:
                    penalty = -0.4  # 吉隆坡探店｜这家肉骨茶: the phrase boundary is the break
                elif pending_space:
                    penalty = -0.05
            units.append(Unit(piece, pending_space, penalty))
        pending_space = False
        last_piece = piece
    return tuple(units)


def split_unit(unit: Unit) -> list[Unit]:
    """Last resort for a unit wider than the line: per character, still obeying kinsoku."""
    parts: list[Unit] = []
    for cluster in clusters(unit.text):
        if parts and (cluster[0] in NO_START or parts[-1].text[-1] in NO_END):
            parts[-1] = Unit(parts[-1].text + cluster, parts[-1].space_before, 0.2)
        elif cluster == " ":
            continue
        else:
            space = not parts and unit.space_before
            parts.append(Unit(cluster, space, 0.0 if not parts else 0.2))
    return parts or [unit]


def line_width(widths: list[float], spaces: list[float], start: int, end: int) -> float:
    return sum(widths[start:end]) + sum(spaces[start + 1 : end])


def min_lines(widths: list[float], spaces: list[float], max_width: float) -> int | None:
    """Fewest lines (greedy is optimal for this); None if a unit alone is too wide."""
    lines, current = 1, 0.0
    for i, w in enumerate(widths):
        if w > max_width:
            return None
        extra = w + (spaces[i] if current > 0 else 0.0)
        if current > 0 and current + extra > max_width:
            lines, current = lines + 1, w
        else:
            current += extra
    return lines


def balanced_breaks(
    units: list[Unit], widths: list[float], spaces: list[float], max_width: float, lines: int
) -> list[int]:
    """Start indices of each line, for exactly ``lines`` lines, as even as possible."""
    return break_plan(units, widths, spaces, max_width, lines)[0]


def break_plan(
    units: list[Unit], widths: list[float], spaces: list[float], max_width: float, lines: int
) -> tuple[list[int], float]:
    """Line starts for exactly ``lines`` lines and the plan's cost (lower is better).

    Dynamic programme over break positions; cost per line is its squared slack relative to the
    widest allowed line, plus the unit's penalty, plus a heavy cost for a last line of one or
    two characters when there is more than one line.

    Only states that can still lead to a full plan are visited: a line holds only the units
    that fit in ``max_width`` (prefix sums, found with a moving pointer), and the first ``j``
    units are set in ``k`` lines only if they need at most ``k`` and the rest fit in the lines
    left (greedy counts from both ends). A pasted page of text once took minutes here (every
    state, every earlier break, each width summed again); the plans chosen are the same.
    """
    n = len(units)
    if lines <= 1 or n <= 1:
        return [0], 0.0
    inf = float("inf")
    if any(w > max_width for w in widths):
        return [0], inf
    # cum[j]: width of units[:j] laid on one line, minus the space before unit 0.
    cum = [0.0] * (n + 1)
    for j in range(n):
        cum[j + 1] = cum[j] + widths[j] + (spaces[j] if j > 0 else 0.0)

    def width(i: int, j: int) -> float:  # units[i:j] on one line
        return cum[j] - cum[i] - (spaces[i] if i > 0 else 0.0)

    fewest_before = _greedy_counts(widths, spaces, max_width)  # lines needed by units[:j]
    fewest_after = _greedy_counts(widths[::-1], _reverse_spaces(spaces), max_width)[::-1]  # by units[j:]
    chars = [0] * (n + 1)
    for j, unit in enumerate(units):
        chars[j + 1] = chars[j] + len(clusters(unit.text))
    # best[j][k]: cost of setting units[:j] in k lines; back[j][k]: start of the k-th line.
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, int]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    first = 0  # the first unit that can share a line ending before j
    for j in range(1, n + 1):
        while width(first, j) > max_width:
            first += 1
        for k in range(max(1, fewest_before[j]), min(j, lines - fewest_after[j]) + 1):
            for i in range(max(first, k - 1), j):
                previous = best[i].get(k - 1)
                if previous is None:
                    continue
                slack = (max_width - width(i, j)) / max_width
                cost = previous + slack * slack
                if i > 0:
                    cost += units[i].penalty
                if k == lines and j == n and chars[j] - chars[i] <= 2:
                    cost += 1.0
                if cost < best[j].get(k, inf) - 1e-12:
                    best[j][k] = cost
                    back[j][k] = i
    if lines not in best[n]:
        return [0], inf
    starts, j = [], n
    for k in range(lines, 0, -1):
        i = back[j][k]
        starts.append(i)
        j = i
    return sorted(starts), best[n][lines]


def _reverse_spaces(spaces: list[float]) -> list[float]:
    """Spaces for the units in reverse order: the space before unit i sits after it then."""
    n = len(spaces)
    return [spaces[n - j] if j > 0 else 0.0 for j in range(n)]


def _greedy_counts(widths: list[float], spaces: list[float], max_width: float) -> list[int]:
    """counts[j]: fewest lines for the first j units (greedy filling is optimal), counts[0] = 0."""
    counts = [0]
    lines, current = 0, 0.0
    for i, w in enumerate(widths):
        extra = w + (spaces[i] if current > 0 else 0.0)
        if lines == 0 or current + extra > max_width:
            lines, current = lines + 1, w
        else:
            current += extra
        counts.append(lines)
    return counts
