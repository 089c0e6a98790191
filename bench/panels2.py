"""Benchmark for the part-two panels (profile, cover, photos, export). Not a test.

Measures, on this machine:
- the longest UI-thread stall while a title / bio sentence is typed character by character
  into the Cover and Profile tabs (the live render runs off the UI thread): a 2 ms heartbeat
  timer records the gaps between its ticks; a gap above the interval is time the UI thread
  could not answer;
- preview and full-size render times of a cover, the header render, one photo analysis, and
  a note package export, each as the median of a few runs.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/panels2.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REDNOTE_DATA_DIR", tempfile.mkdtemp(prefix="bench-panels2-"))

from PIL import Image
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

TITLE = "吉隆坡人均50的肉骨茶，本地人才知道的老街第三家"
BIO = "执业八年的劳动法律师，用一分钟讲清一个职场常见问题"


def median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Heartbeat:
    """Records gaps between 2 ms timer ticks on the UI thread."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0

    def _tick(self):
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last)
        self.last = now

    def start(self):
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def stop(self):
        self.timer.stop()


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_into(widget, text: str, heartbeat: Heartbeat, keystroke_ms: int = 60) -> None:
    """One commit per character, ~60 ms apart (a fast IME typist), while the heartbeat runs."""
    heartbeat.start()
    for ch in text:
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
        pump(keystroke_ms)
    pump(1500)  # let the last render arrive and be shown
    heartbeat.stop()


def stall_report(gaps: list[float]) -> str:
    gaps = sorted(gaps)
    p95 = gaps[int(0.95 * (len(gaps) - 1))]
    return f"longest stall {max(gaps):.1f} ms, p95 gap {p95:.1f} ms over {len(gaps)} ticks"


def main() -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    from studio.core.compliance import Engine
    from studio.core.cover import CoverSpec, render, warm_up
    from studio.core.export import NotePackage, export_package
    from studio.core.photo import analyze
    from studio.core.profile import Bio, Profile, render_header
    from studio.gui.cover.panel import CoverPanel
    from studio.gui.profile.panel import ProfilePanel

    engine = Engine.default()
    warm_up()
    print(f"cover preview render (540×720): {median_ms(lambda: render(CoverSpec(title=TITLE, size=(540, 720)))):.0f} ms")
    print(f"cover full render (1080×1440):  {median_ms(lambda: render(CoverSpec(title=TITLE))):.0f} ms")
    profile = Profile(username="林小佳【律师】", bio=Bio(BIO, "每周更新", "欢迎私信"))
    print(f"profile header render (800 px): {median_ms(lambda: render_header(profile, width=800)):.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        photo = Path(tmp) / "p.jpg"
        Image.effect_noise((3000, 4000), 40).convert("RGB").save(photo, quality=90)
        print(f"photo analysis (12 MP JPEG):    {median_ms(lambda: analyze(photo), runs=3):.0f} ms")
        photos = []
        for i in range(9):
            path = Path(tmp) / f"{i}.jpg"
            Image.effect_noise((1200, 1600), 30).convert("RGB").save(path, quality=90)
            photos.append(path)
        package = NotePackage(TITLE, BIO * 10, ["吉隆坡", "美食"], cover_spec=CoverSpec(title=TITLE), photos=photos)
        out = Path(tmp) / "out"
        print(f"note package, 9 photos, zip:    {median_ms(lambda: export_package(package, out, as_zip=True), runs=3):.0f} ms")

    cover = CoverPanel(engine_source=lambda: engine)
    cover.resize(1400, 900)
    cover.show()
    pump(1500)
    beat = Heartbeat()
    type_into(cover.controls.title, TITLE, beat)
    print(f"cover tab, typing {len(TITLE)} characters: {stall_report(beat.gaps)}")

    panel = ProfilePanel(engine_source=lambda: engine)
    panel.resize(1400, 900)
    panel.show()
    pump(1500)
    beat = Heartbeat()
    type_into(panel.bio_fields["who"].editor, BIO, beat)
    print(f"profile tab, typing {len(BIO)} characters: {stall_report(beat.gaps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
