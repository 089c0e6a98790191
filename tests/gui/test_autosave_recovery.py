"""Autosave without any explicit save, and recovery after the app process is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from studio.core.library import Library, SessionLock
from tests.gui.conftest import commit_text

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from studio.core.library import Library, SessionLock
    from studio.gui import app as studio_app
    from tests.gui.conftest import commit_text

    qapp = studio_app.create_app()
    library = Library.open()
    SessionLock(library.path.parent).acquire()
    ctx, window = studio_app.build(library)
    window.show()
    ctx.new_draft()
    saved = []
    ctx.draft.saved.connect(lambda d: saved.append(d.body))
    commit_text(window.note.composer.body, "还没手动保存的文字")
    while not saved:  # nobody calls save(): only the autosave timer can fill this
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    print("autosaved", ctx.draft.draft.id, flush=True)
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    """
)


def test_autosave_happens_on_its_own(qtbot, studio_window):
    ctx, window = studio_window
    ctx.new_draft()
    commit_text(window.note.composer.body, "自动保存")
    assert ctx.draft.dirty
    # Autosave fires about a second after the last change; the generous timeout only
    # absorbs a loaded CI machine (a 5 s waitSignal failed once with other suites running).
    qtbot.waitUntil(lambda: not ctx.draft.dirty, timeout=20000)
    other = Library.open(ctx.library.path)  # a second connection sees the committed text
    assert other.get_draft(ctx.draft.draft.id).body == "自动保存"
    other.close()


def test_killed_app_restores_the_unsaved_text_on_next_start(qtbot, tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True, cwd=root
    )
    try:
        line = child.stdout.readline().split()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert line[0] == "autosaved"
    draft_id = int(line[1])

    from studio.gui import app as studio_app

    studio_app.create_app()
    library = Library.open()
    assert SessionLock(library.path.parent).acquire() is True  # the kill is noticed
    ctx, window = studio_app.build(library)
    try:
        assert ctx.draft.draft.id == draft_id  # the draft being edited reopens
        assert window.note.composer.body.toPlainText() == "还没手动保存的文字"
    finally:
        window.close()
        window.deleteLater()
        library.close()
