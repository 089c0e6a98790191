"""title_scale: what the GUI's "Enlarge title" uses to raise the template's largest title size."""

import pytest

from studio.core.cover import CoverError, CoverSpec, render_with_report


def test_title_scale_lets_a_short_title_grow_and_is_bounded():
    _, plain = render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480)))
    _, larger = render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480), title_scale=1.2))
    assert larger.font_size > plain.font_size
    with pytest.raises(CoverError, match="title_scale"):
        render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480), title_scale=10))


@pytest.mark.parametrize("label", ["周末去哪儿玩吉隆坡城郊露营地合集新手也能轻松搞定",
                                   "Weekend getaway ideas near Kuala Lumpur for families with kids",
                                   "吉隆坡一日游攻略 Weekend in KL! " * 40])
def test_a_long_label_stays_on_the_cover(label):
    from studio.core.cover import list_templates

    for template in list_templates():
        _, result = render_with_report(CoverSpec(title="早餐吃什么", label=label, template=template.id, size=(270, 360)))
        left, top, right, bottom = result.label_bbox
        assert left >= 0 and right <= 270 and top >= 0 and bottom <= 360, (template.id, result.label_bbox)


def test_a_short_label_keeps_its_template_size():
    _, result = render_with_report(CoverSpec(title="早餐吃什么", label="干货", size=(270, 360)))
    assert result.label_bbox == (116, 31, 154, 52)


def test_a_too_long_subtitle_is_reported_as_the_subtitle():
    page = "周末去哪儿玩，吉隆坡一日游攻略 Weekend in KL! " * 20
    _, result = render_with_report(CoverSpec(title="早餐", subtitle=page, size=(270, 360)))
    assert any("subtitle" in w for w in result.warnings)
    assert not any("the title is too long" in w for w in result.warnings), result.warnings
