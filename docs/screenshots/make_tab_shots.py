"""Screenshots of the Profile, Cover and Photos tabs in Chinese and English.

Each language runs in its own process on a fresh data dir, so the app seeds its first-run
demo workspace (drafts and a food blogger's profile). The script then fills what a newcomer
would add by hand, with images generated here (no stock photos, nothing copyrighted):
an avatar, a header background and background text on the Profile tab; a photographic
background and a subtitle on the Cover; five photos (one strongly oversaturated) on Photos.
It waits for every background render/analysis before grabbing the 1440×900 window.

Run under a real X server for faithful rendering (fonts, colour emoji):
    xvfb-run -a -s "-screen 0 1600x1000x24" uv run python docs/screenshots/make_tab_shots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent
SIZE = (1440, 900)

# What the newcomer types in, per language (the emoji checks colour-emoji rendering too).
TEXT = {
    "zh": {"background": "🍜 吉隆坡 · 每周三家小店", "subtitle": "🍜 茨厂街 3 家老店 · 人均 RM15"},
    "en": {"background": "🍜 KL · three small places a week", "subtitle": "🍜 3 old shops · RM15 a head"},
}


# --------------------------------------------------------------------------- images
def _bokeh(width: int, height: int, seed: int, top, bottom, lights, blur: float = 6.0):
    """A soft out-of-focus photo: vertical gradient, glowing discs, lens blur, sensor noise."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    t = np.linspace(0.0, 1.0, height)[:, None, None]
    img = (1 - t) * np.array(top, float) + t * np.array(bottom, float)
    img = np.broadcast_to(img, (height, width, 3)).copy()
    yy, xx = np.mgrid[0:height, 0:width]
    for _ in range(lights):
        cx, cy = rng.uniform(0, width), rng.uniform(0, height * 0.75)
        radius = rng.uniform(0.02, 0.09) * width
        colour = np.array(rng.choice([(255, 214, 150), (255, 180, 120), (255, 240, 210),
                                      (250, 150, 110), (200, 220, 255)]), float)
        dist = np.hypot(xx - cx, yy - cy) / radius
        disc = np.clip(1.2 - dist, 0.0, 1.0) ** 0.6 * rng.uniform(0.25, 0.6)  # bright edge-soft disc
        img = img * (1 - disc[..., None]) + colour * disc[..., None]
    image = Image.fromarray(np.clip(img, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(blur))
    noisy = np.asarray(image, float) + rng.normal(0, 3.0, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype("uint8"))


def _dish(width: int, height: int, seed: int, table, food):
    """A top-down 'dish on a table' shot: bokeh table, a plate, food blobs, then blur and noise."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    image = _bokeh(width, height, seed, table, tuple(c * 0.6 for c in table), lights=10, blur=10)
    draw = ImageDraw.Draw(image)
    cx, cy, r = width * rng.uniform(0.42, 0.58), height * rng.uniform(0.45, 0.55), min(width, height) * 0.36
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 232, 224))
    draw.ellipse((cx - r * 0.82, cy - r * 0.82, cx + r * 0.82, cy + r * 0.82), fill=(246, 243, 236))
    for _ in range(60):
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0, r * 0.62)
        x, y, s = cx + d * np.cos(a), cy + d * np.sin(a), rng.uniform(0.05, 0.14) * r
        shade = np.clip(np.array(food[rng.integers(len(food))]) * rng.uniform(0.8, 1.1), 0, 255)
        draw.ellipse((x - s, y - s * 0.7, x + s, y + s * 0.7), fill=tuple(int(c) for c in shade))
    image = image.filter(ImageFilter.GaussianBlur(1.6))
    noisy = np.asarray(image, float) + rng.normal(0, 2.5, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype("uint8"))


def _oversaturate(image):
    """The kind of edit the photo checker is there for: saturation and contrast pushed hard."""
    from PIL import ImageEnhance

    return ImageEnhance.Contrast(ImageEnhance.Color(image).enhance(2.8)).enhance(1.35)


def make_images(folder: Path) -> dict[str, Path | list[Path]]:
    def save(image, name: str) -> Path:
        path = folder / name
        image.save(path, quality=90)
        return path

    noodles = [(214, 150, 60), (235, 200, 120), (120, 160, 70), (190, 60, 40)]
    dessert = [(250, 240, 220), (235, 210, 160), (170, 110, 60)]
    photos = [
        save(_dish(1600, 1200, 11, (120, 84, 56), noodles), "char-kway-teow.jpg"),
        save(_bokeh(1600, 1200, 12, (40, 52, 90), (210, 140, 90), lights=40), "petaling-street-night.jpg"),
        save(_dish(1200, 1600, 13, (84, 96, 104), dessert), "tofu-pudding.jpg"),
        save(_bokeh(1600, 1200, 14, (150, 190, 220), (225, 205, 170), lights=14, blur=9), "morning-kopitiam.jpg"),
        save(_oversaturate(_dish(1600, 1200, 15, (110, 70, 50), noodles)), "nasi-lemak-edited.jpg"),
    ]
    return {
        "avatar": save(_dish(800, 800, 21, (200, 90, 60), noodles), "avatar.jpg"),
        "header": save(_bokeh(1600, 1230, 22, (30, 36, 60), (150, 90, 70), lights=35), "header.jpg"),
        "cover": save(_bokeh(1500, 2000, 23, (60, 40, 70), (230, 150, 90), lights=45, blur=12), "cover-bg.jpg"),
        "photos": photos,
    }


# --------------------------------------------------------------------------- app driving
def _pump(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(what: str, ready, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while not ready():
        if time.time() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        _pump(50)


def _quiet(signal, ready, what: str, quiet_ms: int = 800) -> None:
    """Wait until ``ready()`` holds and ``signal`` has not fired for ``quiet_ms``: the last
    background job (latest request wins) has delivered its result."""
    last = [time.time()]
    signal.connect(lambda *_: last.__setitem__(0, time.time()))
    _wait(what, lambda: ready() and time.time() - last[0] > quiet_ms / 1000)


def _shot(window, name: str) -> None:
    _pump(300)
    path = OUT / name
    window.grab().save(str(path))
    print(path)


def one(language: str) -> int:
    from studio.core.library import Library
    from studio.gui import app as studio_app

    qapp = studio_app.create_app()
    library = Library.open()
    library.set_setting("language", language)
    ctx, window = studio_app.build(library)
    window.resize(*SIZE)
    window.show()
    ctx.engines.load_now()
    images = make_images(Path(os.environ["REDNOTE_DATA_DIR"]))
    text = TEXT[language]
    ids = [spec for spec in window.panels]

    # Profile: the demo's food blogger, plus an avatar, a header photo and text on it.
    window.tabs.setCurrentIndex(ids.index("profile"))
    profile = window.panels["profile"].panel
    profile.set_image("avatar", str(images["avatar"]))
    profile.set_image("background", str(images["header"]))
    profile.background_text.setText(text["background"])
    _quiet(profile.evaluated, lambda: profile._last is not None and profile._last.engine_ready
           and profile.avatar_check.last_report is not None, "the profile check")
    _shot(window, f"profile_{language}.png")

    # Cover and Photos on the clean demo draft (the risky one opens first).
    current = ctx.draft.draft.id
    clean = next(d for d in library.list_drafts(ctx.workspace.id) if not d.note_type and d.id != current)
    ctx.open_draft(clean.id)
    window.tabs.setCurrentIndex(ids.index("cover"))
    cover = window.panels["cover"].panel
    cover.set_background(images["cover"])
    cover.controls.edited.emit("subtitle", text["subtitle"])  # as typing into the field does
    _quiet(cover.rendered, lambda: cover._last is not None and cover._last.engine_ready
           and cover.spec().subtitle == text["subtitle"], "the cover render")
    _shot(window, f"cover_{language}.png")

    window.tabs.setCurrentIndex(ids.index("photos"))
    photos = window.panels["photos"].panel
    photos.add_photos(images["photos"])
    _wait("every photo verdict", lambda: len(photos.results()) == photos.photo_count() == len(images["photos"]),
          timeout=120)
    _shot(window, f"photos_{language}.png")

    window.close()
    library.close()
    del qapp
    return 0


def main() -> int:
    for language in ("zh", "en"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, REDNOTE_DATA_DIR=tmp, REDNOTE_LOG_DIR=tmp, REDNOTE_LANG=language,
                       REDNOTE_THEME="light")
            code = subprocess.call([sys.executable, __file__, "--one", language], env=env)
            if code:
                return code
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        sys.exit(one(sys.argv[2]))
    sys.exit(main())
