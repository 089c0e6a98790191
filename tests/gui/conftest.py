"""Fixtures for the note composer tests: a real library, the real engine, the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QInputMethodEvent

from studio.core.library import Library


@pytest.fixture
def studio_window(qtbot):
    """The main window on a fresh library (demo seeded), engine loaded synchronously."""
    from studio.gui import app as studio_app
    from studio.gui import i18n

    studio_app.create_app()
    library = Library.open()
    ctx, window = studio_app.build(library)
    qtbot.addWidget(window)
    window.show()
    ctx.engines.load_now()
    yield ctx, window
    window.close()
    window.note.shutdown()
    window.deleteLater()  # no later LanguageChange may reach a window whose library is closed
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.apply_language("en")
    library.close()


def commit_text(widget, text: str) -> None:
    """Type non-ASCII text as an input method would (keyClicks would abort on CJK)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def wait_for_check(qtbot, note, predicate, timeout=5000):
    qtbot.waitUntil(lambda: predicate(note.sidebar.findings), timeout=timeout)
