"""One jieba tokenizer serves the whole app (loading it costs a second and its memory)."""

from studio.core.cover import breaking
from studio.core.text import segment


def test_cover_line_breaking_uses_the_shared_tokenizer():
    breaking.warm_up()
    assert segment.is_ready()
    # the cover's creator words are known to the shared tokenizer
    assert segment.cut("打工人早餐") == ["打工人", "早餐"]
    assert [u.text for u in breaking.tokenize("打工人早餐")] == ["打工人", "早餐"]
