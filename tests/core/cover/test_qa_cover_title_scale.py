"""title_scale: what the GUI's "Enlarge title" uses to raise the template's largest title size."""

import pytest

from studio.core.cover import CoverError, CoverSpec, render_with_report


def test_title_scale_lets_a_short_title_grow_and_is_bounded():
    _, plain = render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480)))
    _, larger = render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480), title_scale=1.2))
    assert larger.font_size > plain.font_size
    with pytest.raises(CoverError, match="title_scale"):
        render_with_report(CoverSpec(title="早餐吃什么", size=(360, 480), title_scale=10))
