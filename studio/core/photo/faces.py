"""Where the people are: faces (Haar cascade) and skin (colour model), offline.

Why Haar: the opencv-python-headless **4.x** wheels ship the Viola–Jones cascades in
``cv2.data.haarcascades`` (5.x wheels dropped them), so pinning ``opencv-python-headless<5``
(pyproject.toml) gives an offline frontal-face detector with no model file of our own to
license or download. It misses profiles and small faces; the skin-colour fallback covers
those well enough to locate "where skin is" for the smoothing signal.

Skin model: the explicit YCrCb box of Chai & Ngan (1999), "Face segmentation using
skin-color map" (Cr 133–173, Cb 77–127), restricted to mid luminance so that white walls and
shadows do not count.

``CascadeClassifier`` objects are not documented as thread-safe, so each thread gets its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from studio.core.photo.working import shrink

_local = threading.local()
_CASCADE = "haarcascade_frontalface_default.xml"
DETECT_LONG_SIDE = 480  # faces ≥ ~8 % of the long side: the subjects a beauty filter is used on


def _load_cascade(path: Path) -> cv2.CascadeClassifier | None:
    """Parse the cascade from text read by Python: OpenCV opens a file path with the ANSI
    code page on Windows, so under a non-ASCII folder (a Chinese user name, an app unpacked
    into 下载) the cascade came back empty and face detection was silently off."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    storage = cv2.FileStorage(text, cv2.FILE_STORAGE_READ | cv2.FILE_STORAGE_MEMORY)
    cascade = cv2.CascadeClassifier()
    if not cascade.read(storage.getFirstTopLevelNode()) or cascade.empty():
        return None
    return cascade


def face_cascade() -> cv2.CascadeClassifier | None:
    """This thread's frontal-face cascade (None when the OpenCV build has no cascades)."""
    if not hasattr(_local, "cascade"):
        data = getattr(cv2, "data", None)
        _local.cascade = _load_cascade(Path(data.haarcascades) / _CASCADE) if data is not None else None
    return _local.cascade


@dataclass(frozen=True)
class People:
    faces: list[tuple[int, int, int, int]]  # x, y, w, h at working size
    skin: np.ndarray  # bool mask at working size: skin pixels (inside faces if any were found)
    face_mask: np.ndarray  # bool mask of the face ellipses (empty if none)


def detect_faces(y: np.ndarray) -> list[tuple[int, int, int, int]]:
    cascade = face_cascade()
    if cascade is None:
        return []
    small, f = shrink(y, DETECT_LONG_SIDE)
    grey = cv2.equalizeHist(np.clip(small * 255.0 + 0.5, 0, 255).astype(np.uint8))
    min_side = max(24, int(0.08 * max(grey.shape)))
    found = cascade.detectMultiScale(
        grey, scaleFactor=1.15, minNeighbors=6, minSize=(min_side, min_side)
    )
    return [
        (int(x / f), int(yy / f), int(fw / f), int(fh / f)) for (x, yy, fw, fh) in np.asarray(found).reshape(-1, 4)
    ]


def skin_colour_mask(rgb: np.ndarray) -> np.ndarray:
    ycrcb = cv2.cvtColor(rgb, cv2.COLOR_RGB2YCrCb) * 255.0
    yy, cr, cb = ycrcb[..., 0], ycrcb[..., 1], ycrcb[..., 2]
    return (cr >= 133) & (cr <= 173) & (cb >= 77) & (cb <= 127) & (yy > 50) & (yy < 235)


def find_people(rgb: np.ndarray, y: np.ndarray) -> People:
    faces = detect_faces(y)
    skin = skin_colour_mask(rgb)
    face_mask = np.zeros(y.shape, dtype=np.uint8)
    for x, yy, w, h in faces:
        # The cheeks/forehead ellipse inside the detector's box; hair and background stay out.
        cv2.ellipse(face_mask, (x + w // 2, yy + h // 2 + h // 12), (int(w * 0.38), int(h * 0.45)), 0, 0, 360, 1, -1)
    face_bool = face_mask.astype(bool)
    if faces:
        skin = skin & face_bool
    return People(faces=faces, skin=skin, face_mask=face_bool)
