"""'System' language in the app: without LANG (macOS from the Finder, Windows) ask Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from studio.core import i18n as core_i18n
from studio.gui import i18n


@pytest.fixture
def no_env(monkeypatch):
    for var in ("REDNOTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    yield
    core_i18n.set_language(None)


class _Locale:
    def __init__(self, languages):
        self._languages = languages

    def uiLanguages(self):
        return self._languages


@pytest.mark.parametrize(("languages", "expected"),
                         [(["zh-Hans-CN", "en-US"], "zh"), (["en-GB", "zh-Hans"], "en")])
def test_system_follows_qt_preferred_languages(qapp, no_env, monkeypatch, languages, expected):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: _Locale(languages)))
    assert i18n.resolve("system") == expected
    assert core_i18n.get_language() == expected  # engine messages follow the UI


def test_environment_still_wins(qapp, no_env, monkeypatch):
    monkeypatch.setenv("REDNOTE_LANG", "en")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: _Locale(["zh-Hans-CN"])))
    assert i18n.resolve("system") == "en"
