import pytest

from studio.core.text import count_length, overflow_start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claude 4.6发布，AI助手又进化了", 15),  # confirmed against the platform
        ("", 0),
        ("a", 1),  # half rounds up
        ("ab", 1),
        ("中文", 2),
        ("😀", 2),  # a surrogate pair: two units of weight 2
        ("👨‍👩‍👧", 8),  # 3 astral emoji (2 units) + 2 ZWJ (1 unit): 8 units of weight 2
    ],
)
def test_title_length(text, expected):
    assert count_length(text) == expected
    assert count_length(text, "platform") == expected


def test_body_and_methods():
    assert count_length("ab😀", "characters") == 3
    assert count_length("ab😀", "utf16") == 4
    assert count_length("ab😀", "platform") == 3
    with pytest.raises(ValueError):
        count_length("x", "bytes")


def test_lone_surrogates_are_counted_not_fatal():
    assert count_length("\ud800") == 1


def test_overflow_start():
    assert overflow_start("字" * 20, 20) is None
    assert overflow_start("字" * 21, 20) == 20
    assert overflow_start("a" * 41, 20) == 40
    assert overflow_start("字" * 19 + "😀", 20) == 19  # the emoji takes it to 21
    assert overflow_start("abcd", 3, "characters") == 3
    assert overflow_start("a😀b", 2, "utf16") == 1
