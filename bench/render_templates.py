"""Render every bundled template to docs/templates/<id>.png (540×720, procedural photo).

    uv run python bench/render_templates.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cover_scenes import scene

from studio.core.cover import CoverSpec, export, list_templates, render_with_report

ROOT = Path(__file__).resolve().parents[1]
# One sample per template: (title, subtitle, label, scene).
SAMPLES = {
    "bold-center": ("一周减脂早餐🥑\n不重样", "打工人 10 分钟搞定", "干货", "cafe"),
    "top-band": ("吉隆坡探店｜这家肉骨茶绝了", "本地人私藏清单", "附地址", "peach"),
    "marker": ("新手化妆最容易踩的5个坑", "看完少花冤枉钱", "必看", "mint"),
    "magazine": ("秋天的第一杯咖啡☕️", "城市漫游指南 · Vol.12", "ISSUE 12", "forest"),
    "checklist": ("出国旅行必带清单✅", "收藏起来慢慢看", None, "sky"),
    "memo-card": ("25岁以后才明白的10件小事", "写给正在焦虑的你", None, "night"),
    "split": ("在家也能做的法式甜点", "零失败配方 · 附视频", "合集", "peach"),
    "minimal": ("周末的海边小镇", "一个人的短途旅行 📷", "VLOG", "sky"),
    "sticker": ("这也太好吃了吧!!😋", "学生党平价美食", "合集", "night"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "templates")
    parser.add_argument("--size", type=int, nargs=2, default=(540, 720))
    args = parser.parse_args()
    for template in list_templates():
        title, subtitle, label, scene_name = SAMPLES.get(template.id, ("早餐吃什么", "", None, "cafe"))
        # Light grain: previews stay small as PNG (film grain does not compress).
        photo = scene(scene_name, (810, 1080), seed=11, grain=1.0)
        spec = CoverSpec(title=title, subtitle=subtitle, label=label, template=template.id,
                         size=tuple(args.size), background=photo)
        start = time.perf_counter()
        image, result = render_with_report(spec)
        ms = (time.perf_counter() - start) * 1000
        path = export(image, args.out / f"{template.id}.png")
        leg = result.legibility
        print(f"{template.id:12} {ms:6.1f} ms  size={result.font_size:3}  lines={list(result.lines)}  "
              f"contrast={leg.contrast:.1f} glyph={leg.thumbnail_glyph_px:.1f} ok={leg.ok}  -> {path}")
        for warning in result.warnings:
            print("   warning:", warning)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
