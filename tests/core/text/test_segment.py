from studio.core.text import segment


def test_is_word_uses_jieba_boundaries():
    assert not segment.is_word("红包退回来了", 1, 3)  # 包退 straddles 红包 / 退回
    assert segment.is_word("无效包退", 2, 4)
    assert segment.is_word("包退", 0, 2)


def test_boundaries_include_ends_and_word_edges():
    marks = segment.boundaries("我爱北京天安门")
    assert 0 in marks and 7 in marks
    assert 4 in marks  # 北京 | 天安门
    assert 5 not in marks and 6 not in marks  # inside 天安门
