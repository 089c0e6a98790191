"""Decode any supported input into the bounded "working image" every signal reads.

Analysis runs at a long side of at most ``WORKING_LONG_SIDE`` pixels so that a 50 MP photo
costs the same as a phone export: memory stays bounded (~20 MB of float arrays) and time
is dominated by the decode. Large JPEGs are decoded with libjpeg's DCT scaling
(``Image.draft``) to the smallest 1/2ⁿ scale still at least the working size, which is
several times faster than a full decode and loses nothing at the working size.

Histogram statistics need the *unresampled* pixel values (resampling fills the gaps a tone
curve leaves), so ``Frame.sample8`` keeps a nearest-neighbour decimation of the decoded
8-bit image.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from studio.core.i18n import tr
from studio.core.imageio import ImageLoadError, open_image

WORKING_LONG_SIDE = 1280
SAMPLE_PIXELS = 1_500_000  # decimated 8-bit sample for histogram statistics
MIN_SIDE = 16

ImageInput = str | Path | bytes | Image.Image | np.ndarray


@dataclass
class Frame:
    """The working image and lazily derived planes (each computed once per analysis)."""

    rgb: np.ndarray  # float32 HxWx3 in [0, 1], sRGB
    sample8: np.ndarray  # uint8 hxwx3, nearest-neighbour decimated decode
    size: tuple[int, int]  # decoded (original) width, height
    name: str
    # Decoded from limited-range YUV (a lossy WebP): the decoder's 16–235 → 0–255 stretch combs
    # every histogram exactly as a levels edit does, so histogram gaps prove nothing here.
    limited_range: bool = False

    @property
    def shape(self) -> tuple[int, int]:
        return self.rgb.shape[:2]

    @cached_property
    def y(self) -> np.ndarray:
        """Luma (Rec. 601 weights, gamma-encoded), float32 in [0, 1]."""
        return cv2.cvtColor(self.rgb, cv2.COLOR_RGB2GRAY)

    @cached_property
    def lab(self) -> np.ndarray:
        """CIELab (D65) of every second pixel each way (colour statistics need no more):
        L in [0, 100], a/b roughly [-128, 127]."""
        return cv2.cvtColor(np.ascontiguousarray(self.rgb[::2, ::2]), cv2.COLOR_RGB2Lab)

    @cached_property
    def hsv(self) -> np.ndarray:
        """HSV with H in degrees, S and V in [0, 1]."""
        return cv2.cvtColor(self.rgb, cv2.COLOR_RGB2HSV)

    @cached_property
    def histograms(self) -> np.ndarray:
        """256-bin histograms of R, G and B of ``sample8``, shape (3, 256), float64: the
        clipping, combing and colour-cast signals all read them (cv2.calcHist is ~4× faster
        than np.bincount on a strided channel)."""
        return np.stack(
            [cv2.calcHist([self.sample8], [c], None, [256], [0, 256]).ravel() for c in range(3)]
        ).astype(np.float64)

    @cached_property
    def scale(self) -> float:
        """Working pixels per 1000 px of long side: lets signals use size-relative radii."""
        return max(self.shape) / 1000.0


def shrink(image: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    """``image`` resized (area averaging) so its long side is at most ``long_side``, and
    the factor ``f`` applied (1.0, and the same array, when it is already small enough).
    Sides round to the nearest pixel; map a point back to the input with ``/ f``. The
    working frame, the before/after comparison and face detection all shrink this way."""
    h, w = image.shape[:2]
    f = long_side / max(h, w)
    if f >= 1.0:
        return image, 1.0
    size = (max(1, round(w * f)), max(1, round(h * f)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), f


def _name(source: ImageInput) -> str:
    return str(source) if isinstance(source, str | Path) else "<image>"


def _array_image(array: np.ndarray) -> Image.Image:
    if array.dtype != np.uint8:
        if np.issubdtype(array.dtype, np.floating):
            array = np.clip(array * 255.0 + 0.5, 0, 255).astype(np.uint8)
        else:
            array = np.clip(array, 0, 255).astype(np.uint8)
    if array.ndim == 2:
        return Image.fromarray(array, "L")
    if array.ndim == 3 and array.shape[2] in (3, 4):
        return Image.fromarray(array, "RGB" if array.shape[2] == 3 else "RGBA")
    raise ImageLoadError("<array>", tr("expected an HxW or HxWx3 array", "需要 HxW 或 HxWx3 数组"))


def _to_pil(source: ImageInput) -> Image.Image:
    """Every input goes through ``open_image``: one place converts modes and flattens alpha."""
    if isinstance(source, np.ndarray):
        source = _array_image(source)
    return open_image(source, draft_long_side=WORKING_LONG_SIDE)  # type: ignore[arg-type]


def load_frame(source: ImageInput) -> Frame:
    """Decode, orient, convert to sRGB and shrink to the working size."""
    name = _name(source)
    image = _to_pil(source)
    width, height = image.size
    sw, sh = image.info.get("source_size", (width, height))
    source_size = (sw, sh) if (sw >= sh) == (width >= height) else (sh, sw)  # EXIF rotation
    if min(width, height) < MIN_SIDE:
        raise ImageLoadError(
            name,
            tr(
                f"the image is too small to judge ({width}×{height}; at least {MIN_SIDE} px per side)",
                f"图片太小，无法判断（{width}×{height}；每边至少 {MIN_SIDE} 像素）",
            ),
        )
    rgb8 = np.asarray(image, dtype=np.uint8)  # open_image always returns RGB
    step = max(1, int(np.ceil(np.sqrt(rgb8.shape[0] * rgb8.shape[1] / SAMPLE_PIXELS))))
    sample8 = np.ascontiguousarray(rgb8[::step, ::step])
    rgb8, _ = shrink(rgb8, WORKING_LONG_SIDE)
    rgb = rgb8.astype(np.float32) * (1.0 / 255.0)
    limited_range = bool(image.info.get("limited_range"))
    return Frame(rgb=rgb, sample8=sample8, size=source_size, name=name, limited_range=limited_range)
