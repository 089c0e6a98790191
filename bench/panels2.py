"""Benchmark for the part-two panels (profile, cover, photos, export). Not a test.

Measures, on this machine:
- the longest UI-thread stall while a title / bio sentence is typed character by character
  (one input-method commit every 60 ms, bench/_keystrokes.py, shared with bench/gui.py)
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

from _keystrokes import pump, type_text  # bench/ is on sys.path when run as a script
from PIL import Image
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


def type_into(widget, text: str) -> str:
    """Type like a fast IME typist (a commit every 60 ms, 2 ms heartbeat; 1.5 s after the
    last key lets the last render arrive and be shown) and report the UI-thread stalls."""
    m = type_text(widget, text, interval_ms=60, heartbeat_ms=2, settle_ms=1500).summary()
    return f"longest stall {m['gap_max']:.1f} ms, p95 gap {m['gap_p95']:.1f} ms over {m['ticks']} ticks"


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
    print(f"cover tab, typing {len(TITLE)} characters: {type_into(cover.controls.title, TITLE)}")

    panel = ProfilePanel(engine_source=lambda: engine)
    panel.resize(1400, 900)
    panel.show()
    pump(1500)
    print(f"profile tab, typing {len(BIO)} characters: {type_into(panel.bio_fields['who'].editor, BIO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
