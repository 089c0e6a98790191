"""The global exception hook saves the draft first, then shows the details."""

from __future__ import annotations

import sys

from studio.gui import errors
from tests.gui.conftest import commit_text


def test_unhandled_exception_saves_the_draft_and_reports(qtbot, studio_window, monkeypatch):
    ctx, window = studio_window
    shown = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda exc, details, saved, log: shown.append((exc, details, saved, log)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = errors.setup_logging()
    errors.install(ctx.draft.save, log_path)
    ctx.new_draft()
    commit_text(window.note.composer.body, "崩溃前写的字")
    assert ctx.draft.dirty
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert not ctx.draft.dirty
    assert ctx.library.get_draft(ctx.draft.draft.id).body == "崩溃前写的字"
    ((exc, details, saved, log),) = shown
    assert str(exc) == "boom" and "RuntimeError" in details and saved
    with open(log, encoding="utf-8") as handle:
        assert "boom" in handle.read()
