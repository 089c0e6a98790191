"""Translations for the UI: every ``assets/translations/*_<locale>.qm`` is loaded.

Each engineer owns one ``.ts`` file (``app_zh_CN.ts`` for the composer, ``panels2_zh_CN.ts``
for the later panels, …); loading them all means nobody edits anybody else's file. The
language setting ("system", "en", "zh") overrides the system locale and is also passed to
``studio.core.i18n`` so engine messages follow the UI.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from studio.core import i18n as core_i18n
from studio.core import paths

log = logging.getLogger(__name__)

CHOICES = ("system", "en", "zh")
_LOCALES = {"zh": "zh_CN", "en": "en"}
_installed: list[QTranslator] = []


def translations_dir():
    return paths.assets_dir() / "translations"


def resolve(choice: str | None) -> str:
    """The effective language ("en"/"zh") for a setting value.

    A value this version does not know (a newer version's language, a damaged setting) means
    the system language: raising here kept the app from ever starting again.
    """
    if choice not in CHOICES:
        if choice is not None:
            log.warning("unknown language setting %r; using the system language", choice)
        choice = "system"
    core_i18n.set_language(system_language() if choice == "system" else choice)
    return core_i18n.get_language()


def system_language() -> str:
    """The environment's language if it names one, else the one the user reads the system in.

    On macOS an app started from the Finder or the Dock has no ``LANG``, and Python's locale
    says nothing about the user's languages; Qt reads the system's preferred languages there
    (and on Windows), so a Chinese Mac no longer opens the app in English."""
    language = core_i18n.env_language()
    if language is not None:
        return language
    preferred = QLocale.system().uiLanguages()
    if preferred:
        return "zh" if preferred[0].lower().startswith("zh") else "en"
    core_i18n.set_language(None)  # the core's own guess (the locale)
    return core_i18n.get_language()


def apply_language(choice: str | None) -> str:
    """Install translators for ``choice``; returns the effective language.

    Installing/removing translators makes Qt send LanguageChange to every widget, whose
    ``changeEvent`` re-sets its texts.
    """
    app = QCoreApplication.instance()
    language = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        _install(app, _LOCALES[language])
    # Qt posts LanguageChange to every window; deliver it now so the switch is immediate.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


def _install(app, locale: str) -> None:
    files = sorted(translations_dir().glob(f"*_{locale}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase",):  # standard dialogs (Save/Cancel, file dialog)
        translator = QTranslator(app)
        if translator.load(QLocale(locale), base, "_", qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation %s", path)
