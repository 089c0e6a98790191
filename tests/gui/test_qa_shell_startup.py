"""App shell defects found in QA: start-up with unusable folders, note commands from other tabs."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from studio import __version__
from studio.gui import errors


@pytest.fixture
def root_handlers():
    """Leave the root logger as it was (start-up adds handlers to it)."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_unusable_data_folder_is_explained_not_a_traceback(qtbot, tmp_path, monkeypatch, root_handlers):
    """A file where the data folder should be (or a read-only home) crashed the start-up
    with a traceback on stderr: started from a launcher, the app just never appeared."""
    from studio.gui import app

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("REDNOTE_DATA_DIR", str(blocker / "data"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[1:]))
    monkeypatch.setenv("REDNOTE_LOG_DIR", str(tmp_path / "log"))
    assert app.run() == 1
    ((title, message),) = shown
    assert title == "Cannot open the library" and "not-a-folder" in message
    # The log says which version met the problem, and what the problem was.
    log = (tmp_path / "log" / "studio.log").read_text(encoding="utf-8")
    assert f"RedNote Studio {__version__} starting" in log and "cannot open the library" in log


def test_unusable_log_folder_does_not_stop_the_app(tmp_path, monkeypatch, root_handlers):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("REDNOTE_LOG_DIR", str(blocker / "log"))
    assert errors.setup_logging() == ""
    logging.getLogger("studio").error("still logged")  # to stderr, without raising


def test_error_dialog_without_a_log_file_does_not_point_to_one(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    errors.show_error_dialog(RuntimeError("boom"), "details", True, "")
    assert shown == ["Your draft was saved."]


def test_find_and_templates_from_another_tab_show_the_note(qtbot, studio_window, monkeypatch):
    """Ctrl+F on the Photos tab put the cursor in the Note tab's hidden search box: nothing
    visible happened and what the user typed next went into that hidden box."""
    _ctx, window = studio_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentIndex(3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.note
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().isVisible())
    opened = []
    monkeypatch.setattr(window.note, "open_templates", lambda: opened.append(window.tabs.currentWidget()))
    window.tabs.setCurrentIndex(2)
    window.act_templates.trigger()
    assert opened == [window.note]


def test_an_error_repeated_in_every_repaint_shows_one_dialog(qtbot, monkeypatch, tmp_path, root_handlers):
    """An error in a paint event came back after every OK: dialog after dialog, and the log
    filled with the same traceback until the useful part rotated away."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda exc, *a: shown.append(str(exc)))
    monkeypatch.setenv("REDNOTE_LOG_DIR", str(tmp_path / "log"))
    log_path = errors.setup_logging()
    errors.install(lambda: True, log_path)

    def paint():
        raise ValueError("paint failed")

    for _ in range(50):
        try:
            paint()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    assert shown == ["paint failed"]
    with open(log_path, encoding="utf-8") as handle:
        text = handle.read()
    assert text.count("Traceback") == 1 and "the same error again (32 times)" in text
    # Another error is still reported, and so is this one after a quiet spell.
    try:
        raise KeyError("other")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 2
    monkeypatch.setattr(errors.time, "monotonic", lambda: 10**9)
    try:
        paint()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown[-1] == "paint failed" and len(shown) == 3


def test_an_error_in_a_pool_thread_is_reported_on_the_gui_thread(qtbot, monkeypatch):
    """PySide6 runs the hook on the pool thread whose QRunnable raised: the dialog was built
    there (and the draft saved from there), which Qt does not allow."""
    import sys
    import threading

    from PySide6.QtCore import QRunnable, QThreadPool

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    threads = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda exc, *a: threads.append(("dialog", threading.current_thread())))
    errors.install(lambda: threads.append(("save", threading.current_thread())), "")

    class Failing(QRunnable):
        def run(self):
            raise RuntimeError("in a pool thread")

    pool = QThreadPool()
    pool.start(Failing())
    assert pool.waitForDone(5000)
    qtbot.waitUntil(lambda: any(kind == "dialog" for kind, _ in threads))
    assert {thread for _, thread in threads} == {threading.main_thread()}


@pytest.mark.parametrize(("key", "value"), [("language", "fr"), ("language", 7), ("window_geometry", "garbage!!")])
def test_a_damaged_setting_does_not_stop_the_app_from_starting(qtbot, key, value):
    """A language this version does not know (a newer version's) or an undecodable window
    geometry raised in start-up, every time: the app could not be opened again."""
    from studio.core.library import Library
    from studio.gui import app, i18n

    app.create_app()
    library = Library.open()
    library.set_setting(key, value)
    _ctx, window = app.build(library)
    try:
        assert window.width() >= 800 and window.tabs.count() == 4
    finally:
        window.close()
        window.note.shutdown()
        window.deleteLater()  # no later LanguageChange may reach a window whose library is closed
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.apply_language("en")
        library.close()


def test_a_second_window_on_the_same_library_asks_first(qtbot, tmp_path, monkeypatch, root_handlers):
    """Two windows on one library overwrote each other's edits, and the first to quit removed
    the other's session lock."""
    import os

    from studio.core.library import Library
    from studio.gui import app

    monkeypatch.setenv("REDNOTE_LOG_DIR", str(tmp_path / "log"))
    library = Library.open()
    lock = library.path.parent / "session.lock"
    library.close()
    lock.write_text(f'{{"pid": {os.getppid()}}}', "utf-8")  # a live process that is not us
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    assert app.run() == 0
    assert len(asked) == 1 and "already running" in asked[0]
    assert str(os.getppid()) in lock.read_text("utf-8")  # the other window's lock is left alone
    # "Open anyway" is there for a stale lock whose process id was reused after a reboot.
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text() == "Open anyway"))
    assert app.open_second_instance(os.getppid()) is True
