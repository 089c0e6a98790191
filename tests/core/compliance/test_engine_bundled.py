"""The engine with the bundled rule packs (rules/*.toml): loads, caches, sees through evasion."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.core.compliance import CATEGORIES, Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.default()


def categories(engine: Engine, text: str) -> set[str]:
    return {f.category for f in engine.check(text)}


def test_default_is_built_once(engine):
    assert Engine.default() is engine


def test_every_content_category_has_rules(engine):
    present = {rule.category for rule in engine.rules}
    assert set(CATEGORIES) - {"custom"} <= present


@pytest.mark.parametrize("text", ["加 V 信", "加*v*信", "加V❤信聊", "➕ｖ", "薇 信：abc_123"])
def test_wechat_with_separators_is_redirect(engine, text):
    assert "redirect" in categories(engine, text)


@pytest.mark.parametrize("text", ["最近很忙", "第一次去", "保温杯", "最后一天", "big sale"])
def test_ordinary_words_are_not_flagged(engine, text):
    assert engine.check(text) == []


def test_contact_data_is_redirect(engine):
    found = engine.check("电话 138 1234 5678，邮箱 abc@qq.com")
    assert {f.category for f in found} == {"redirect"}
    assert {f.text for f in found} >= {"138 1234 5678", "abc@qq.com"}


def test_check_note_uses_pack_structure_rules(engine):
    findings = engine.check_note(title="字" * 25, hashtags=[f"t{i}" for i in range(11)])
    assert {f.category for f in findings} >= {"length", "hashtags"}


def test_importing_and_checking_does_not_load_jieba():
    # The GUI imports the engine on its main thread: jieba's ~1 s start must not happen there.
    code = (
        "import sys; from studio.core.compliance import Engine; "
        "Engine.default().check('今天天气很好，最好用的面霜'); print('jieba' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "最好用",
                    "加 V 信",
                    "保证",
                    "红包退回",
                    "138 1234 5678",
                    "😀",
                    "\u0301",
                    "\ud800",
                    "a@b.cn",
                    "#标签",
                    "第一次",
                    "❤️居",
                    "\u200d",
                ]
            ),
            st.text(max_size=4),
        ),
        max_size=25,
    )
)
def test_bundled_rules_keep_offsets_exact(parts):
    text = "".join(parts)
    engine = Engine.default()
    for field in ("body", "title", "username"):
        for finding in engine.check(text, field):
            assert 0 <= finding.start < finding.end <= len(text)
            assert finding.text == text[finding.start : finding.end]
