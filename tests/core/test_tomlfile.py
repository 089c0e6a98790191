"""The shared TOML reader: the table, or the caller's error naming the file."""

from __future__ import annotations

import pytest

from studio.core.copywriting.library import CopyDataError, load_hooks
from studio.core.profile.data import ProfileDataError, load_limits
from studio.core.tomlfile import read_toml


class Oops(Exception):
    pass


def test_reads_a_table(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text('title = "早餐"\n[a]\nb = 1\n', encoding="utf-8")
    assert read_toml(path, Oops) == {"title": "早餐", "a": {"b": 1}}


@pytest.mark.parametrize(("content", "words"), [
    (None, "cannot read"),
    (b"title = \n", "not valid TOML"),
    (b'title = "\xff"\n', "not UTF-8"),
])
def test_problems_raise_the_callers_error_naming_the_file(tmp_path, content, words):
    path = tmp_path / "bad.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(Oops, match=words) as info:
        read_toml(path, Oops)
    assert "bad.toml" in str(info.value)


def test_data_loaders_use_it(tmp_path):
    (tmp_path / "hooks.toml").write_text("[[hook]\n", encoding="utf-8")
    (tmp_path / "limits.toml").write_text("[bio\n", encoding="utf-8")
    with pytest.raises(CopyDataError, match=r"hooks\.toml: not valid TOML"):
        load_hooks(tmp_path)
    with pytest.raises(ProfileDataError, match=r"limits\.toml: not valid TOML"):
        load_limits(tmp_path)


def test_a_utf8_bom_is_not_an_error(tmp_path):
    # Windows PowerShell 5 ("Set-Content -Encoding utf8") and older Notepad write a BOM.
    path = tmp_path / "spec.toml"
    path.write_bytes(b"\xef\xbb\xbf" + 'title = "早餐"\n'.encode())
    assert read_toml(path, Oops) == {"title": "早餐"}
