"""Test-wide setup: offscreen Qt, per-test user directories, English messages."""

from __future__ import annotations

import os

import pytest

# Qt aborts without a display unless told to render offscreen; set it before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Each test gets its own data/cache/log dirs so no test sees another's library."""
    base = tmp_path_factory.mktemp("user")
    for var, sub in (
        ("REDNOTE_DATA_DIR", "data"),
        ("REDNOTE_CACHE_DIR", "cache"),
        ("REDNOTE_LOG_DIR", "log"),
    ):
        monkeypatch.setenv(var, str(base / sub))
    monkeypatch.setenv("REDNOTE_LANG", "en")
    from studio.core import i18n

    i18n.set_language(None)
    yield
    i18n.set_language(None)
