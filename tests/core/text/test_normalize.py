import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.core.text import Normalizer, fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ＶＸ", "vx"),
        ("ＮＯ．１", "no.1"),
        ("開光發財", "开光发财"),
        ("①₁¹❶１壹➊⓵", "11111111"),
        ("𝐯𝐱🅥🅧Ⓥⓧ", "vxvxvx"),
        ("vх", "vx"),  # Cyrillic х
        ("v×", "vx"),
        ("ⅴⅹ", "vx"),  # roman numerals
        ("➕V", "+v"),
        ("\ud800", "\ufffd"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_compact_drops_separators_but_not_sentence_punctuation():
    norm = Normalizer().normalize("最 好*用·的\u200b，加\n微 🔥信")
    assert norm.compact == "最好用的,加\n微信"
    assert norm.folded == "最 好*用·的\u200b,加\n微 🔥信"


def test_index_maps_back_to_the_original():
    text = "😀最 好"
    norm = Normalizer().normalize(text)
    assert norm.compact == "最好"
    assert norm.original_span(0, 2) == (1, 4)


def test_keep_makes_symbols_significant():
    assert Normalizer().key("🛰") == ""
    assert Normalizer(frozenset("🛰")).key("🛰") == "🛰"
    assert Normalizer(frozenset("🛰")).normalize("a🛰🔥").compact == "a🛰"


def test_term_keys_fold_like_text():
    normalizer = Normalizer()
    assert normalizer.key("No.1") == normalizer.key("ＮＯ １") == "no1"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=100))
def test_views_are_consistent(text):
    norm = Normalizer().normalize(text)
    assert len(norm.folded) == len(text)
    assert len(norm.compact) == len(norm.index)
    if len(norm.index):
        assert np.all(np.diff(norm.index) > 0)
        assert norm.index[-1] < len(text)
    assert fold(norm.folded) == norm.folded  # idempotent
