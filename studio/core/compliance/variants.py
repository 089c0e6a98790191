"""Disguises creators use for redirect words, applied by the engine to ``redirect`` rules.

Rule authors write 微信 once; the engine also matches 薇信, V信, vx, 绿泡泡, 🛰 … Width, case,
traditional characters, digit styles and inserted symbols are handled by normalisation
(studio.core.text.normalize); this table covers what normalisation cannot: homophones,
look-alikes, emoji substitutes and pinyin. Each key is replaced inside a term by each of its
aliases (one or two substitutions per term), so 加微信 also yields +vx, 加🛰 and so on.

Some aliases are also ordinary words (球球 a pet's name, 咸鱼 salted fish, 纸飞机 a paper
plane, 爱居 inside 可爱居家服): the redirect pack lists those contexts as exceptions.
"""

from __future__ import annotations

import re
from itertools import islice

# fmt: off
ALIASES: dict[str, tuple[str, ...]] = {
    # WeChat: homophones (薇/威/维/徽 for 微), letters, pinyin, 绿泡泡 (green bubble), 🛰 (卫星).
    "微信": (
        "v信", "vx", "wx", "威信", "薇信", "维信", "徽信", "微芯", "薇芯", "v芯", "weixin",
        "wechat", "绿泡泡", "🛰", "卫星号", "vxin", "wei信",
    ),
    # Not 维: 加维 is inside 增加维生素.
    "微": ("薇", "威", "v"),
    "号码": ("号🐎", "号马", "号玛"),
    # Not 家/伽: 我家好友, 瑜伽好友 are ordinary words.
    "加": ("+",),
    "qq": ("企鹅", "扣扣", "🐧", "球球", "q号"),
    "ig": ("❤居", "爱居", "ins", "instagram"),
    "instagram": ("ins", "ig", "❤居"),
    "淘宝": ("某宝", "桃宝", "陶宝", "taobao"),  # not tb: "2 TB" of storage
    "抖音": ("某音", "斗音", "dou音", "douyin", "tiktok"),
    "facebook": ("fb", "脸书", "面书"),
    "whatsapp": ("瓦次艾普", "wa号"),
    "公众号": ("gzh", "公号", "工众号", "公粽号", "公重号"),
    "电话": ("电h", "dianhua", "tel"),
    "手机": ("shouji", "手j"),
    "私聊": ("s聊", "私l"),
    "拼多多": ("pdd", "某多多"),
    "闲鱼": ("咸鱼", "xianyu"),
    "telegram": ("tg", "电报", "纸飞机"),
}
# fmt: on

MAX_VARIANTS = 64


def _replace(term: str, key: str, alias: str) -> str:
    if key.isascii():  # Latin keys only as whole words: ig is not inside "signal"
        return re.sub(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", lambda _: alias, term)
    return term.replace(key, alias)


def expand(term: str) -> list[str]:
    """The term and its disguises (the term itself first), at most MAX_VARIANTS."""
    lowered = term.lower()
    variants = [lowered]
    for key, aliases in ALIASES.items():
        if key not in lowered:
            continue
        grown = [_replace(v, key, alias) for v in variants if key in v for alias in aliases]
        variants.extend(v for v in grown if v not in variants)
    return [term, *islice((v for v in variants[1:] if v != lowered), MAX_VARIANTS - 1)]
