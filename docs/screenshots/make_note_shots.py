"""Screenshots of the Note tab in Chinese and English with a draft that has findings.

Run under a real X server for faithful rendering:
    xvfb-run -a -s "-screen 0 1600x1000x24" uv run python docs/screenshots/make_note_shots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    import subprocess

    for language, scheme in (("zh", "light"), ("en", "light"), ("zh", "dark")):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(
                os.environ, REDNOTE_DATA_DIR=tmp, REDNOTE_LOG_DIR=tmp, REDNOTE_LANG=language,
                REDNOTE_THEME=scheme,
            )
            code = subprocess.call([sys.executable, __file__, "--one", language, scheme], env=env)
            if code:
                return code
    return 0


def one(language: str, scheme: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from studio.core.library import Library
    from studio.gui import app as studio_app

    qapp = studio_app.create_app()
    library = Library.open()
    library.set_setting("language", language)
    ctx, window = studio_app.build(library)
    window.resize(1440, 900)
    window.show()
    ctx.engines.load_now()
    note = window.note
    deadline = time.time() + 20
    while note.checks_done == 0 and time.time() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    name = OUT / (f"note-{language}.png" if scheme == "light" else f"note-{language}-{scheme}.png")
    window.grab().save(str(name))
    print(name)
    if scheme == "light" and language == "en":  # the clean demo draft: "Ready to post"
        clean = library.list_drafts(ctx.workspace.id)[1]
        done = note.checks_done
        ctx.open_draft(clean.id)
        while note.checks_done == done and time.time() < deadline + 20:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        name = OUT / "note-ready-en.png"
        window.grab().save(str(name))
        print(name)
    window.close()
    library.close()
    del qapp
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        sys.exit(one(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "light"))
    sys.exit(main())
