"""Build the over-editing evaluation set: openly licensed photos + graded ImageMagick edits.

Nothing is downloaded from the web. Photos come from
- the sample images shipped inside the scikit-image, scikit-learn and matplotlib wheels
  (located with ``uv run --no-project --with ...`` so the app never depends on them), and
- Debian's wallpaper packages (``apt-get install plasma-workspace-wallpapers mate-backgrounds
  lomiri-wallpapers-16.04 lomiri-wallpapers-20.04``), whose licences are in
  /usr/share/doc/<package>/copyright.
Only real photographs are used (illustrations in those packages are skipped by name); the
list with licences is in docs/photo-sources.md.

Every variant — the unedited photo included — goes through the same final encode
(ImageMagick, JPEG quality 90, 4:2:0) so that "was re-encoded" is not a cue. Edits are made
by ImageMagick (an independent tool: the detector's own code never produces them).
Everything lands in bench/.cache/photo/ (ignored by git).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

CACHE = Path(__file__).resolve().parent / ".cache" / "photo"
MASTER_LONG_SIDE = 1280  # wallpapers are up to 5K; phones export 1080–2000 px for posting
FINAL_QUALITY = 90
STRENGTHS = (1, 2, 3)
CONVERT = "/usr/bin/convert"  # /usr/local/bin/convert may be a sandbox stand-in


@dataclass(frozen=True)
class Source:
    name: str
    path: str  # filled at run time for wheel samples
    origin: str
    licence: str


_DEB_PHOTOS = {
    # package: (licence, [paths])
    "plasma-workspace-wallpapers": (
        "GPL-2+",
        [
            f"/usr/share/wallpapers/{n}/contents/images/{s}"
            for n, s in (
                ("BytheWater", "2560x1600.jpg"),
                ("ColdRipple", "2560x1600.jpg"),
                ("ColorfulCups", "2560x1600.jpg"),
                ("DarkestHour", "2560x1600.jpg"),
                ("EveningGlow", "2560x1600.jpg"),
                ("FallenLeaf", "2560x1600.jpg"),
                ("Grey", "2560x1600.jpg"),
                ("OneStandsOut", "2560x1600.jpg"),
                ("Path", "2560x1600.jpg"),
                ("summer_1am", "2560x1600.jpg"),
            )
        ],
    ),
    "mate-backgrounds": (
        "GPL-2+",
        [
            f"/usr/share/backgrounds/mate/nature/{n}.jpg"
            for n in (
                "Aqua", "Blinds", "Dune", "FreshFlower", "Garden", "GreenMeadow",
                "LadyBird", "RainDrops", "Storm", "TwoWings", "Wood", "YellowFlower",
            )
        ],
    ),
    "lomiri-wallpapers-16.04": (
        "CC-BY-4.0 / CC-BY-SA-4.0 / CC0-1.0 (per file, see copyright)",
        [
            f"/usr/share/backgrounds/{n}.jpg"
            for n in (
                "Bridge_by_Sander_Klootwijk", "Dragonfly_by_Bolly", "Picture_0B_by_freespace",
                "Picture_1A_by_freespace", "Wine_by_Jakkub_Mede",
                "aitzgorri_by_Aitzol_Berasategi", "free_by_Peter_Nerlich",
                "friends_by_Aitzol_Berasategi", "greentock_by_Peter_Nerlich",
                "life_by_Aitzol_Berasategi", "picosdeeuropa_by_Aitzol_Berasategi",
                "seeding_by_Clements_Engelhardt", "sunset_by_Aitzol_Berasategi",
            )
        ],
    ),
    "lomiri-wallpapers-20.04": ("CC-BY-SA-3.0", ["/usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg"]),
}

_WHEEL_SCRIPT = """
import os, skimage, sklearn, matplotlib
d = os.path.dirname
print("skimage", d(skimage.__file__) + "/data")
print("sklearn", d(sklearn.__file__) + "/datasets/images")
print("matplotlib", d(matplotlib.__file__) + "/mpl-data/sample_data")
"""
_WHEEL_PHOTOS = {
    "skimage": [
        ("astronaut.png", "public domain (NASA)"),
        ("chelsea.png", "CC0 (Stefan van der Walt)"),
        ("coffee.png", "CC0 (Rachel Michetti)"),
        ("rocket.jpg", "public domain (SpaceX)"),
    ],
    "sklearn": [("china.jpg", "CC-BY-2.0 (danielbuechele)"), ("flower.jpg", "CC-BY-2.0 (vultilion)")],
    "matplotlib": [("grace_hopper.jpg", "public domain (US Navy photograph)")],
}


def collect_sources() -> list[Source]:
    sources: list[Source] = []
    for package, (licence, paths) in _DEB_PHOTOS.items():
        present = [p for p in paths if Path(p).is_file()]
        if not present:
            print(f"  (skipping {package}: apt-get install {package})", file=sys.stderr)
        for p in present:
            name = Path(p).parts[4] if "/wallpapers/" in p else Path(p).stem
            sources.append(Source(name, p, f"Debian {package}", licence))
    try:
        out = subprocess.run(
            ["uv", "run", "--no-project", "--with", "scikit-image", "--with", "scikit-learn",
             "--with", "matplotlib", "python", "-c", _WHEEL_SCRIPT],
            capture_output=True, text=True, check=True, timeout=600,
        ).stdout
        dirs = dict(line.split(" ", 1) for line in out.strip().splitlines())
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"  (skipping wheel samples: {exc})", file=sys.stderr)
        dirs = {}
    for wheel, files in _WHEEL_PHOTOS.items():
        for filename, licence in files:
            if wheel in dirs and (Path(dirs[wheel]) / filename).is_file():
                sources.append(
                    Source(Path(filename).stem, str(Path(dirs[wheel]) / filename), f"{wheel} wheel", licence)
                )
    return sources


def _run(*args: str) -> None:
    subprocess.run([CONVERT, *args], check=True, capture_output=True, timeout=300)


def _vignette_mask(path: Path, size: tuple[int, int], depth: float) -> Path:
    """A smooth radial darkening mask (1 at the centre, 1-depth at the corners)."""
    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2
    mask = 1.0 - depth * np.clip(r2 / 2.0, 0, 1) ** 1.5
    Image.fromarray((mask * 255 + 0.5).astype(np.uint8), "L").save(path)
    return path


def skin_pixels(path: Path | str) -> np.ndarray:
    """Skin-coloured pixels by the RGB rule of Kovač et al. (2003) — deliberately not the
    detector's own YCrCb rule."""
    rgb = np.asarray(Image.open(path).convert("RGB")).astype(np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    return (r > 95) & (g > 40) & (b > 20) & (spread > 15) & (np.abs(r - g) > 15) & (r > g) & (r > b)


def _skin_mask(master: Path, path: Path) -> Path:
    """The skin pixels, feathered, as a beauty app's skin mask would be."""
    skin = skin_pixels(master)
    soft = np.asarray(Image.fromarray((skin * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3)))
    Image.fromarray(soft, "L").save(path)
    return path


def _edit_args(kind: str, s: int, size: tuple[int, int], seed: int, tmp: Path) -> list[str]:
    w, h = size
    long_side = max(w, h)
    if kind == "saturation":
        return ["-modulate", f"100,{(125, 150, 185)[s - 1]}"]
    if kind == "levels":
        lo, hi = ((3, 96), (7, 90), (12, 82))[s - 1]
        return ["-level", f"{lo}%,{hi}%"]
    if kind == "sharpen":
        sigma, amount = ((1.0, 1.0), (1.5, 2.0), (2.0, 3.5))[s - 1]
        return ["-unsharp", f"0x{sigma}+{amount}+0"]
    if kind == "smooth":
        sigma, thr = ((2, 8), (3, 12), (5, 20))[s - 1]
        return ["-selective-blur", f"0x{sigma}+{thr}%"]
    if kind == "skin_smooth":  # the same blur, only where the skin mask says (a beauty filter)
        sigma, thr = ((2, 8), (3, 12), (5, 20))[s - 1]
        mask = _skin_mask(tmp / "master.ppm", tmp / "skin.png")
        return ["(", "+clone", "-selective-blur", f"0x{sigma}+{thr}%", ")", str(mask), "-composite"]
    if kind == "local_contrast":
        radius = max(8, long_side // 40)
        return ["-local-contrast", f"{radius}x{(40, 80, 140)[s - 1]}"]
    if kind == "vignette":
        mask = _vignette_mask(tmp / f"mask{s}.png", size, (0.25, 0.45, 0.65)[s - 1])
        return [str(mask), "-compose", "multiply", "-composite"]
    if kind == "cast":
        k = (0.05, 0.10, 0.17)[s - 1]
        warm = seed % 2 == 0  # half the photos warm (orange) filters, half cool (teal)
        r, b = (1 + k, 1 - 1.4 * k) if warm else (1 - 1.2 * k, 1 + k)
        return ["-channel", "R", "-evaluate", "multiply", f"{r:.3f}",
                "-channel", "B", "-evaluate", "multiply", f"{b:.3f}", "+channel"]
    if kind == "warp":
        d = (0.006, 0.012, 0.025)[s - 1] * w
        cx = w * (0.35 + 0.3 * ((seed >> 3) % 5) / 4)
        cy = h * (0.35 + 0.3 * ((seed >> 6) % 5) / 4)
        a = 0.12 * w
        pts = [(cx + a, cy, cx + a - d, cy), (cx - a, cy, cx - a + d, cy)]
        pts += [(x, y, x, y) for x in (0, w / 2, w - 1) for y in (0, h / 2, h - 1) if (x, y) != (w / 2, h / 2)]
        spec = " ".join(f"{p[0]:.1f},{p[1]:.1f} {p[2]:.1f},{p[3]:.1f}" for p in pts)
        return ["-virtual-pixel", "edge", "-distort", "Shepards", spec]
    if kind == "resize":
        return ["-resize", "60%"]
    if kind == "crop":
        return ["-gravity", "center", "-crop", "85%x85%+0+0", "+repage"]
    raise ValueError(kind)


EDIT_KINDS = (
    "saturation", "levels", "sharpen", "smooth", "skin_smooth", "local_contrast", "vignette", "cast", "warp",
)
BENIGN_KINDS = ("resize", "crop", "recompress")


_FINAL = ["-strip", "-sampling-factor", "4:2:0", "-quality", str(FINAL_QUALITY)]


def build_photo(src: Source) -> list[dict]:
    """Master + all variants for one photo; returns manifest rows (cached on disk, and
    completed when an edit kind is added later)."""
    seed = int(hashlib.sha1(src.name.encode()).hexdigest(), 16)
    folder = CACHE / "set" / src.name
    done = folder / "rows.json"
    rows: list[dict] = json.loads(done.read_text()) if done.is_file() else []
    have = {(r["kind"], r["strength"]) for r in rows}
    wanted = [("unedited", 0)] + [
        (kind, s) for kind in (*EDIT_KINDS, "resize", "crop") for s in (STRENGTHS if kind in EDIT_KINDS else (0,))
    ] + [("recompress", 0)]
    missing = [k for k in wanted if k not in have]
    if not missing:
        return rows
    folder.mkdir(parents=True, exist_ok=True)
    master = folder / "master.ppm"  # uncompressed: ImageMagick reads it fastest
    with Image.open(src.path) as im:
        im = im.convert("RGB")
        im.thumbnail((MASTER_LONG_SIDE, MASTER_LONG_SIDE), Image.Resampling.LANCZOS)
        im.save(master)
        size = im.size

    def add(kind: str, strength: int, source: Path, args: list[str]) -> None:
        # Edit and final encode in one ImageMagick call, the same encode for every variant.
        out = folder / f"{kind}{strength}.jpg"
        _run(str(source), *args, *_FINAL, str(out))
        rows.append({"photo": src.name, "kind": kind, "strength": strength, "file": str(out)})

    for kind, s in missing:
        if kind == "recompress":
            low = folder / "_low.jpg"
            _run(str(master), "-quality", "70", str(low))  # a messaging app's recompression
            add("recompress", 0, low, [])
            low.unlink()
        elif kind == "unedited":
            add("unedited", 0, master, [])
        else:
            add(kind, s, master, _edit_args(kind, s, size, seed, folder))
    for m in (*folder.glob("mask*.png"), folder / "skin.png", master):
        m.unlink(missing_ok=True)
    done.write_text(json.dumps(rows))
    return rows


def build_set(jobs: int = 2) -> tuple[list[Source], list[dict]]:
    if not Path(CONVERT).exists():
        sys.exit("ImageMagick is needed: apt-get install -y imagemagick")
    sources = collect_sources()
    with ThreadPoolExecutor(jobs) as pool:
        rows = [r for photo_rows in pool.map(build_photo, sources) for r in photo_rows]
    (CACHE / "sources.json").write_text(json.dumps([s.__dict__ for s in sources], indent=1))
    return sources, rows


if __name__ == "__main__":
    if "--clean" in sys.argv:
        shutil.rmtree(CACHE / "set", ignore_errors=True)
    srcs, all_rows = build_set()
    print(f"{len(srcs)} photos, {len(all_rows)} variants in {CACHE}")
