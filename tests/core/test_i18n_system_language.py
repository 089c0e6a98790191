"""The system language when no environment variable names one (Windows; macOS from the Finder)."""

from __future__ import annotations

import locale

import pytest

from studio.core import i18n

_LOCALE_VARS = ("REDNOTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def no_env(monkeypatch):
    for var in _LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n, "_language", None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chinese (Simplified)_China", "zh"),  # what Python reports on Chinese Windows
        ("Chinese (Traditional)_Taiwan", "zh"),
        ("zh_CN", "zh"),
        ("English_United States", "en"),
        (None, "en"),
    ],
)
def test_windows_locale_names(no_env, monkeypatch, name, expected):
    monkeypatch.setattr(i18n.sys, "platform", "linux")  # the locale path, without ctypes.windll
    monkeypatch.setattr(locale, "getlocale", lambda *a: (name, "936"))
    assert i18n.get_language() == expected


@pytest.mark.parametrize(("langid", "expected"), [(0x0804, "zh"), (0x0404, "zh"), (0x0409, "en")])
def test_windows_display_language(no_env, monkeypatch, langid, expected):
    monkeypatch.setattr(i18n.sys, "platform", "win32")
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: "zh" if langid & 0x3FF == 0x04 else "en")
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("English_United States", "1252"))
    assert i18n.get_language() == expected


def test_environment_wins(no_env, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setattr(i18n.sys, "platform", "win32")
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: "en")
    assert i18n.get_language() == "zh"
