"""File names suggested from note titles are valid on every system."""

from __future__ import annotations

import pytest

from studio.core.library import safe_file_stem


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("周末去哪儿?", "周末去哪儿_"),
        ("3/5 好物", "3_5 好物"),
        ('a:b*c"d<e>f|g\\h', "a_b_c_d_e_f_g_h"),
        ("吉隆坡探店｜3家店：必吃", "吉隆坡探店｜3家店：必吃"),  # full-width marks are fine
        ("..", "note"),
        ("   ", "note"),
        ("end. ", "end"),
        ("tab\there", "tab here"),
    ],
)
def test_safe_file_stem(title, stem):
    assert safe_file_stem(title, "note") == stem


def test_long_titles_are_cut():
    assert safe_file_stem("字" * 60, "note") == "字" * 40
