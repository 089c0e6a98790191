"""Rendering: geometry inside the safe area, colour emoji, no tofu, determinism, threads."""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from studio.core.cover import CoverSpec, list_templates, render, render_with_report
from studio.core.cover.fonts import clusters, coverage, font_for, is_emoji_cluster, split_runs

from .conftest import SMALL, photo

TITLES = ["早餐吃什么", "一周减脂餐｜打工人也能坚持的早餐🍳", "Why I stopped buying fast fashion",
          "🍳🥑🥐☕️👩🏽‍💻", "这是一个非常非常长的标题用来测试四十个字符的情况到底会怎么样呢我们来看看"]


def test_default_spec_renders_a_3_4_cover():
    image, result = render_with_report(CoverSpec(title="早餐吃什么"))
    assert image.size == (1080, 1440) and image.mode == "RGB"
    assert result.font_size >= 150  # a short title is set big
    assert "".join(result.lines) == "早餐吃什么"
    assert result.legibility.ok


@pytest.mark.parametrize("template", [t.id for t in list_templates()])
@pytest.mark.parametrize("title", TITLES)
def test_text_stays_inside_the_safe_area(template, title):
    spec = CoverSpec(title=title, subtitle="副标题 subtitle", label="干货", template=template,
                     size=SMALL, background=photo())
    _, result = render_with_report(spec)
    left, top, right, bottom = result.safe_area
    for box in (result.title_bbox, result.subtitle_bbox, result.label_bbox, *result.line_boxes):
        assert box is not None
        assert box[0] >= left - 1 and box[1] >= top - 1, (box, result.safe_area)
        assert box[2] <= right + 1 and box[3] <= bottom + 1, (box, result.safe_area)
    assert result.lines and not result.dropped


def test_at_least_eight_distinct_templates():
    templates = list_templates()
    assert len(templates) >= 8
    renders = [np.asarray(render(CoverSpec(title="早餐吃什么", template=t.id, size=(180, 240))), np.int16)
               for t in templates]
    for i in range(len(renders)):
        for j in range(i + 1, len(renders)):
            assert np.abs(renders[i] - renders[j]).mean() > 8, (templates[i].id, templates[j].id)


def _saturation(pixels: np.ndarray) -> np.ndarray:
    hi, lo = pixels.max(axis=-1).astype(float), pixels.min(axis=-1).astype(float)
    return (hi - lo) / np.maximum(hi, 1)


def test_colour_emoji_are_really_coloured():
    # Grey background, black/white text: any saturated pixel must come from the emoji.
    spec = CoverSpec(title="🍓🍊", template="minimal", size=SMALL, background="#808080")
    image, result = render_with_report(spec)
    box = np.asarray(image.crop(result.title_bbox))
    assert (_saturation(box) > 0.5).mean() > 0.2
    plain = np.asarray(render(CoverSpec(title="早餐", template="minimal", size=SMALL, background="#808080")))
    assert (_saturation(plain) > 0.5).mean() < 0.001


def test_every_title_code_point_has_a_bundled_font():
    text = "".join(TITLES) + "《》「」“”（）！？，。、；：…%℃¥°·—～abcXYZ0123456789"
    for cluster in clusters(text):
        if cluster.isspace():
            continue
        font = font_for(cluster, "smiley")
        assert font is not None, f"U+{ord(cluster[0]):04X}"
        needed = [ord(c) for c in cluster if ord(c) not in (0xFE0F, 0x200D)]
        if not is_emoji_cluster(cluster):
            assert all(cp in coverage(font) for cp in needed)
        else:
            assert ord(cluster[0]) in coverage(font)


def _uncovered() -> str:
    for cp in (0x0F00, 0x1D11E, 0x13000, 0x10900, 0xE000):
        if font_for(chr(cp), "smiley") is None:
            return chr(cp)
    pytest.skip("every candidate is covered")


def test_a_character_no_font_has_is_dropped_with_a_warning_not_a_box():
    odd = _uncovered()
    runs, missing = split_runs(f"早餐{odd}", "smiley")
    assert missing == [odd] and "".join(r.text for r in runs) == "早餐"
    image, result = render_with_report(CoverSpec(title=f"早餐{odd}吃", size=SMALL))
    assert result.dropped == (odd,)
    assert any(f"U+{ord(odd):04X}" in w for w in result.warnings)
    clean = render(CoverSpec(title="早餐吃", size=SMALL))
    assert np.array_equal(np.asarray(image), np.asarray(clean))


def test_rendering_is_deterministic_and_thread_safe():
    specs = [CoverSpec(title=t, template=tid, size=(270, 360), background=photo(seed=i))
             for i, (t, tid) in enumerate(zip(TITLES, ["sticker", "marker", "magazine", "bold-center", "split"],
                                              strict=True))]
    serial = [np.asarray(render(s)) for s in specs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda s: np.asarray(render(s)), specs * 2))
    for i, image in enumerate(parallel):
        assert np.array_equal(image, serial[i % len(specs)])


@pytest.mark.parametrize(("preset", "size"), [("3:4", (1080, 1440)), ("1:1", (1080, 1080)), ("4:3", (1440, 1080))])
def test_presets(preset, size):
    assert CoverSpec(preset=preset).canvas_size() == size


def test_custom_size_and_subtitle_and_label():
    image, result = render_with_report(
        CoverSpec(title="周末去哪儿", subtitle="三个小众公园", label="合集", template="sticker", size=(300, 400)))
    assert image.size == (300, 400)
    assert result.subtitle_lines and result.subtitle_font_size > 0
    assert result.label_bbox is not None
    assert result.subtitle_bbox[1] > result.title_bbox[3] - 2  # subtitle sits under the title


def test_low_contrast_is_flagged_with_advice():
    spec = CoverSpec(title="白色的字", template="minimal", title_color="#F4F4F4", size=SMALL)
    _, result = render_with_report(spec)
    leg = result.legibility
    assert not leg.ok and leg.contrast < 3
    assert any("contrast" in a for a in leg.advice)


def test_stroke_rescues_contrast_on_a_busy_photo():
    busy = photo()
    bare = render_with_report(CoverSpec(title="今天吃什么", template="marker", title_color="#888888",
                                        scrim=False, highlight_color="#888888", size=SMALL, background=busy))[1]
    outlined = render_with_report(CoverSpec(title="今天吃什么", template="bold-center", size=SMALL,
                                            background=busy))[1]
    assert bare.legibility.contrast < 2
    assert outlined.legibility.contrast >= 3 and outlined.legibility.ok


def test_small_glyphs_are_flagged():
    spec = CoverSpec(title="这是一个非常非常长的标题" * 16, template="minimal", max_lines=8)
    _, result = render_with_report(spec)
    assert result.legibility.thumbnail_glyph_px < 12
    assert not result.legibility.ok
    assert any("feed size" in a for a in result.legibility.advice)


def test_background_colour_and_gradient():
    red = render(CoverSpec(title="红", background="#FF0000", template="minimal", size=(200, 200)))
    assert red.getpixel((5, 5)) == (250, 250, 247)  # minimal frames the photo region
    assert red.getpixel((100, 40)) == (255, 0, 0)
    grad = np.asarray(render(CoverSpec(title="a", template="bold-center", size=(200, 300))))
    assert not np.array_equal(grad[5, 100], grad[295, 100])


def test_photo_is_not_distorted_and_fills_the_canvas():
    source = Image.new("RGB", (400, 100), (10, 200, 30))
    image = render(CoverSpec(title="绿", template="bold-center", size=(300, 400), background=source,
                             scrim=False))
    corners = [image.getpixel(p) for p in ((0, 0), (299, 0), (0, 399), (299, 399))]
    assert all(c == (10, 200, 30) for c in corners)


@pytest.mark.parametrize("template", [t.id for t in list_templates()])
@pytest.mark.parametrize("size", [(400, 300), (300, 300)])
def test_landscape_and_square_stay_inside_the_safe_area(template, size):
    _, result = render_with_report(CoverSpec(title="一周减脂餐｜打工人也能坚持的早餐🍳", subtitle="十分钟",
                                             template=template, size=size))
    left, top, right, bottom = result.safe_area
    for box in (result.title_bbox, result.subtitle_bbox, *result.line_boxes):
        assert box[0] >= left - 1 and box[1] >= top - 1 and box[2] <= right + 1 and box[3] <= bottom + 1


@pytest.mark.parametrize("template", [t.id for t in list_templates()])
def test_long_text_on_a_tiny_canvas_still_stays_inside(template):
    # Found by fuzzing: 60 characters with descenders, quotes and emoji, plus a subtitle, 180×240.
    title = "“你好”gypq（一周减脂）早餐吃什么🍳" * 3
    _, result = render_with_report(CoverSpec(title=title, subtitle="副标题gy很长很长" * 2, label="干货😀",
                                             template=template, size=(180, 240)))
    left, top, right, bottom = result.safe_area
    for box in (result.title_bbox, result.subtitle_bbox, result.label_bbox, *result.line_boxes):
        if box is not None:
            assert box[0] >= left - 1 and box[1] >= top - 1 and box[2] <= right + 1 and box[3] <= bottom + 1
    assert result.warnings  # too long for the template: said so


FUZZ = list("早餐吃什么一周减脂打工人了吧的，。！？、：；（）《》「」“”…｜ \n") + list("abgyXY09%.-") + [
    "🍳", "👩🏽‍💻", "🇨🇳", "1️⃣", "❤️", "\u200d", "\ufe0f", "\x00", "\U0001d11e"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.lists(st.sampled_from(FUZZ), max_size=60), subtitle=st.lists(st.sampled_from(FUZZ), max_size=20),
       template=st.sampled_from([t.id for t in list_templates()]),
       size=st.sampled_from([(180, 240), (240, 180), (200, 200)]))
def test_property_any_text_renders_inside_the_safe_area(title, subtitle, template, size):
    image, result = render_with_report(CoverSpec(title="".join(title), subtitle="".join(subtitle),
                                                 template=template, size=size, label="干货"))
    assert image.size == size
    left, top, right, bottom = result.safe_area
    for box in (result.title_bbox, result.subtitle_bbox, result.label_bbox, *result.line_boxes):
        if box is not None:
            assert box[0] >= left - 1 and box[1] >= top - 1 and box[2] <= right + 1 and box[3] <= bottom + 1
