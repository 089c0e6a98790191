"""Language choice for messages produced by the core engines (Qt-free).

Core messages are written in both languages at the call site with ``tr(en, zh)``; the
GUI uses Qt's translation system for its own strings and calls ``set_language`` so that
engine messages follow the same choice.
"""

from __future__ import annotations

import locale
import os
import sys

SUPPORTED = ("en", "zh")
_language: str | None = None


def env_language() -> str | None:
    """The language named by the environment (``REDNOTE_LANG`` or the POSIX locale
    variables), or None when none is set: as on Windows, and on macOS for an app
    started from the Finder or the Dock."""
    for var in ("REDNOTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return None


def _windows_ui_language() -> str | None:
    """The Windows display language: 0x04 is the primary language id of Chinese."""
    try:
        import ctypes

        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return "zh" if langid & 0x3FF == 0x04 else "en"


def _system_language() -> str:
    language = env_language()
    if language is None and sys.platform == "win32":
        language = _windows_ui_language()
    if language is not None:
        return language
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    # Windows names its locales "Chinese (Simplified)_China", not "zh_CN": checking only
    # "zh" showed every message in English on Chinese Windows.
    return "zh" if code.lower().startswith(("zh", "chinese")) else "en"


def get_language() -> str:
    global _language
    if _language is None:
        _language = _system_language()
    return _language


def set_language(language: str | None) -> None:
    """Set "en" or "zh"; None returns to the system default."""
    global _language
    if language is not None and language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}; expected one of {SUPPORTED}")
    _language = language


def tr(en: str, zh: str) -> str:
    """Pick the message for the current language."""
    return zh if get_language() == "zh" else en


def pick(messages: dict[str, str]) -> str:
    """Pick from a {"en": ..., "zh": ...} mapping (rule files store messages this way)."""
    lang = get_language()
    return messages.get(lang) or messages.get("en") or messages.get("zh") or ""
