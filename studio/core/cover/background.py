"""The cover's background: a photo cover-cropped around its subject, a colour or a gradient.

The focal point of a photo comes, in order, from the spec, from face detection (OpenCV's
bundled Haar cascade) or from a spectral-residual saliency map (Hou & Zhang 2007, computed
with numpy on L*a*b*), so that faces and the subject stay in frame when a 4:3 photo becomes a 3:4 cover.
Decoded photos, focal points and gradients are cached: the GUI re-renders on every keystroke
while the background stays the same.
"""

from __future__ import annotations

import hashlib
import math
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from studio.core.cover.spec import Background, PhotoStyle, parse_color
from studio.core.imageio import open_image

ANALYSIS_SIDE = 360  # faces and saliency are found on a copy this wide: fast, good enough


@dataclass(frozen=True)
class Focus:
    x: float  # 0..1 of the source image width
    y: float
    source: str  # "spec" | "face" | "saliency" | "center"


class _LRU:
    """A tiny thread-safe LRU cache for immutable values."""

    def __init__(self, size: int):
        self._size = size
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def discard(self, key: Any) -> None:
        with self._lock:
            self._data.pop(key, None)

    def discard_where(self, predicate) -> None:
        with self._lock:
            for key in [k for k in self._data if isinstance(k, tuple) and predicate(k)]:
                del self._data[key]

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._size:
                self._data.popitem(last=False)


_photos = _LRU(2)  # decoded photos are big (a 12 MP photo is 36 MB as RGB)
_focus = _LRU(16)
_fills = _LRU(8)
_fitted = _LRU(4)
bases = _LRU(4)  # render.py keeps finished backgrounds (photo + scrim + shapes) here
_refs: dict[Any, weakref.ref] = {}
_refs_lock = threading.Lock()


def clear_caches() -> None:
    """Forget every decoded photo, focus, fitted photo, gradient and finished base."""
    for cache in (_photos, _focus, _fills, _fitted, bases):
        cache.clear()


def _drop(key: Any) -> None:
    """Forget anything cached under a key whose object id was reused by a new image."""
    for cache in (_photos, _focus):
        cache.discard(key)
    _fitted.discard_where(lambda k: k[0] == key)
    bases.discard_where(lambda k: k[0] == key)


def _source_key(source: Any) -> Any:
    """A cache key that changes when the photo does; None when we cannot tell cheaply.

    PIL images are keyed by identity (checked through a weak reference): the GUI keeps one
    decoded photo object and must not pay for decoding or face detection on every keystroke.
    Callers must not mutate an image after rendering with it.
    """
    if isinstance(source, Image.Image):
        key = ("object", id(source), source.size, source.mode)
        with _refs_lock:
            ref = _refs.get(key)
            if ref is None or ref() is not source:
                _refs[key] = weakref.ref(source)
                for stale in [k for k, r in _refs.items() if r() is None]:
                    del _refs[stale]
                _drop(key)
        return key
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            stat = path.stat()
        except OSError:
            return None  # open_image will report the problem
        return ("path", str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if isinstance(source, bytes):
        return ("bytes", hashlib.blake2b(source, digest_size=16).digest())
    return None


def background_key(bg: Background) -> Any:
    """Key for caching everything derived from this background; None: do not cache."""
    if bg.image is None:
        return ("fill", bg.color, tuple(bg.colors), bg.angle)
    return _source_key(bg.image)


def load_photo(source: Any) -> tuple[Image.Image, Any]:
    """Decode (safely, upright, sRGB) with a cache keyed by path+mtime or content hash."""
    key = _source_key(source)
    if key is not None:
        cached = _photos.get(key)
        if cached is not None:
            return cached, key
    image = open_image(source)
    if key is not None:
        _photos.put(key, image)
    return image, key


def _faces(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    # Imported here: the photo package is not needed to start the cover editor.
    from studio.core.photo.faces import face_cascade

    cascade = face_cascade()
    if cascade is None:
        return []
    # Faces that matter for framing a cover are at least ~1/10 of the photo's short side.
    min_side = max(24, min(gray.shape) // 10)
    found = cascade.detectMultiScale(gray, scaleFactor=1.15, minNeighbors=6, minSize=(min_side, min_side))
    return [tuple(int(v) for v in f) for f in found] if len(found) else []


def _spectral_residual(channel: np.ndarray) -> np.ndarray:
    spectrum = np.fft.fft2(channel)
    log_amp = np.log(np.abs(spectrum) + 1e-9)
    residual = log_amp - cv2.blur(log_amp, (3, 3))
    return np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2


def saliency_map(rgb: np.ndarray) -> np.ndarray:
    """Spectral residual saliency of L*, a*, b* summed, on a 64×64 copy, normalised 0..1.

    Colour channels matter: a red dish on a grey table can have the table's lightness.
    The FFT treats the image as periodic, so a frame of 3 cells is ignored (edge artefacts).
    """
    if rgb.ndim == 2:
        rgb = np.repeat(rgb[..., None], 3, axis=2)
    small = cv2.resize(rgb, (64, 64), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float64)
    sal = np.zeros((64, 64))
    for c in range(3):
        channel = lab[..., c]
        if channel.std() > 1e-6:
            part = _spectral_residual(channel)
            sal += part / (part.max() or 1.0)
    sal = cv2.GaussianBlur(sal, (0, 0), 2.5)
    frame = np.zeros_like(sal)
    frame[3:-3, 3:-3] = 1.0
    sal *= frame
    peak = sal.max()
    return sal / peak if peak > 0 else sal


def find_focus(image: Image.Image) -> Focus:
    """Where the subject is: the faces' centre, else the saliency centroid, else the middle."""
    scale = ANALYSIS_SIDE / max(image.size)
    small = image if scale >= 1 else image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BILINEAR,
    )
    rgb = np.asarray(small.convert("RGB"))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    faces = _faces(gray)
    h, w = gray.shape
    if faces:
        x0 = min(f[0] for f in faces)
        y0 = min(f[1] for f in faces)
        x1 = max(f[0] + f[2] for f in faces)
        y1 = max(f[1] + f[3] for f in faces)
        return Focus((x0 + x1) / 2 / w, (y0 + y1) / 2 / h, "face")
    sal = saliency_map(rgb)
    threshold = np.quantile(sal, 0.95)
    weights = np.where(sal >= threshold, sal, 0.0)
    total = weights.sum()
    if total <= 0 or rgb.std(axis=(0, 1)).max() < 1.0:
        return Focus(0.5, 0.5, "center")
    ys, xs = np.mgrid[0:64, 0:64]
    return Focus(float((weights * (xs + 0.5)).sum() / total / 64),
                 float((weights * (ys + 0.5)).sum() / total / 64), "saliency")


def focus_for(image: Image.Image, key: Any, override: tuple[float, float] | None) -> Focus:
    if override is not None:
        return Focus(min(1.0, max(0.0, float(override[0]))), min(1.0, max(0.0, float(override[1]))), "spec")
    if key is not None:
        cached = _focus.get(key)
        if cached is not None:
            return cached
    focus = find_focus(image)
    if key is not None:
        _focus.put(key, focus)
    return focus


def crop_box(src: tuple[int, int], dst: tuple[int, int], focus: Focus) -> tuple[float, float, float, float]:
    """The source rectangle that fills ``dst`` (cover, no distortion) centred on the focus."""
    sw, sh = src
    dw, dh = dst
    scale = max(dw / sw, dh / sh)
    # Float rounding can make cw a hair wider than sw; clamp so the box never leaves the
    # source (Pillow refuses a resize box with a negative offset).
    cw, ch = min(dw / scale, sw), min(dh / scale, sh)
    left = max(0.0, min(focus.x * sw - cw / 2, sw - cw))
    top = max(0.0, min(focus.y * sh - ch / 2, sh - ch))
    return (left, top, left + cw, top + ch)


def gradient(size: tuple[int, int], colors: tuple[str, ...], angle: float) -> Image.Image:
    """A linear gradient through evenly spaced colour stops; 180° runs top to bottom."""
    key = (size, colors, angle)
    cached = _fills.get(key)
    if cached is not None:
        return cached
    w, h = size
    stops = np.array([parse_color(c)[:3] for c in colors], dtype=np.float32)
    if len(stops) == 1:
        stops = np.vstack([stops, stops])
    rad = math.radians(angle)
    dx, dy = math.sin(rad), -math.cos(rad)  # 0° points up, 90° right, 180° down
    xs = (np.arange(w, dtype=np.float32) + 0.5) / w - 0.5
    ys = (np.arange(h, dtype=np.float32) + 0.5) / h - 0.5
    proj = xs[None, :] * dx * (w / max(w, h)) + ys[:, None] * dy * (h / max(w, h))
    lo, hi = proj.min(), proj.max()
    t = (proj - lo) / (hi - lo if hi > lo else 1.0) * (len(stops) - 1)
    index = np.clip(np.floor(t).astype(np.int32), 0, len(stops) - 2)
    frac = (t - index)[..., None]
    pixels = stops[index] * (1 - frac) + stops[index + 1] * frac
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8), "RGB")
    _fills.put(key, image)
    return image


def _fill(bg: Background, size: tuple[int, int]) -> Image.Image:
    if bg.colors:
        return gradient(size, tuple(bg.colors), bg.angle).copy()
    return Image.new("RGB", size, parse_color(bg.color or "#FFFFFF")[:3])


def _treat(image: Image.Image, photo: PhotoStyle, unit: int) -> Image.Image:
    if photo.blur > 0:
        image = image.filter(ImageFilter.GaussianBlur(photo.blur * unit))
    if photo.dim > 0:
        image = Image.blend(image, Image.new("RGB", image.size, (0, 0, 0)), min(1.0, photo.dim))
    if photo.wash and photo.wash_opacity > 0:
        wash = Image.new("RGB", image.size, parse_color(photo.wash)[:3])
        image = Image.blend(image, wash, min(1.0, photo.wash_opacity))
    return image


def compose_background(
    bg: Background, photo: PhotoStyle, canvas_color: str, size: tuple[int, int],
    focal_point: tuple[float, float] | None,
) -> tuple[Image.Image, Focus | None]:
    """The canvas with the background drawn into the template's photo region."""
    w, h = size
    rx, ry, rw, rh = photo.region
    box = (round(rx * w), round(ry * h), round((rx + rw) * w), round((ry + rh) * h))
    region = (max(1, box[2] - box[0]), max(1, box[3] - box[1]))
    focus = None
    if bg.image is not None:
        image, key = load_photo(bg.image)
        focus = focus_for(image, key, focal_point)
        fit_key = (key, region, focus, photo) if key is not None else None
        fitted = _fitted.get(fit_key) if fit_key else None
        if fitted is None:
            fitted = image.resize(region, Image.Resampling.LANCZOS,
                                  box=crop_box(image.size, region, focus), reducing_gap=3.0)
            fitted = _treat(fitted, photo, min(w, h))
            if fit_key:
                _fitted.put(fit_key, fitted)
    else:
        fitted = _treat(_fill(bg, region), photo, min(w, h))
    if box == (0, 0, w, h):
        return fitted.copy(), focus
    canvas = Image.new("RGB", size, parse_color(canvas_color)[:3])
    mask = None
    if photo.radius > 0:
        mask = Image.new("L", region, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, region[0] - 1, region[1] - 1),
                                               radius=round(photo.radius * min(w, h)), fill=255)
    canvas.paste(fitted, box[:2], mask)
    return canvas, focus
