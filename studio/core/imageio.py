"""Safe image input and clean image output, shared by the cover and photo engines.

Input: every way a file can be wrong (missing, corrupt, truncated, a decompression bomb,
an unsupported format such as HEIC without a plugin) becomes an ``ImageLoadError`` whose
message names the file. Every supported pixel layout (palette, greyscale, 16-bit, CMYK,
alpha) comes out as 8-bit RGB in sRGB, upright according to its EXIF orientation.

Output: ``save_clean`` writes pixels only, never the source's EXIF/GPS/XMP/maker notes.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from studio.core.i18n import tr

# Decoded pixels: 80 MP bounds memory at ~240 MB RGB.
MAX_PIXELS = 80_000_000
# Stored pixels of a JPEG that is decoded reduced (``draft_long_side``): libjpeg scales by up to
# 1/8 while decoding, so a 200 MP phone photo (several 2026 phones have such a mode) decodes to
# ~3 MP. 400 MP still refuses absurd headers.
MAX_DRAFT_JPEG_PIXELS = 400_000_000
# Pillow refuses anything over ~179 MP inside Image.open, before a JPEG can be decoded reduced;
# the checks in ``_decode`` (made right after the header is read, before any pixel is decoded)
# are the policy instead, so Pillow's own guard only stays as a backstop above ours.
Image.MAX_IMAGE_PIXELS = MAX_DRAFT_JPEG_PIXELS
_SRGB = ImageCms.createProfile("sRGB")


def _fixed_date_icc(profile) -> bytes:
    """The profile's bytes with its creation date pinned (ICC header bytes 24-35), so the
    same pixels always export to the same file; lcms stamps the current time otherwise.
    The header's profile ID is zero (not computed), so no checksum needs updating."""
    data = bytearray(ImageCms.ImageCmsProfile(profile).tobytes())
    data[24:36] = bytes.fromhex("07ea00010001000000000000")  # 2026-01-01 00:00:00
    return bytes(data)


SRGB_ICC = _fixed_date_icc(_SRGB)


# What ``save_clean`` writes, by the name a user gives (a suffix or a --format value).
EXPORT_FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP"}


class ExportFormatError(ValueError):
    """An export was asked for a format ``save_clean`` does not write (a .gif path)."""


class ImageLoadError(Exception):
    """A user-facing problem with an image file; the message names the file."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def open_image(
    source: str | Path | bytes | Image.Image,
    *,
    max_pixels: int = MAX_PIXELS,
    keep_alpha: bool = False,
    background: tuple[int, int, int] = (255, 255, 255),
    draft_long_side: int | None = None,
) -> Image.Image:
    """Load an image as upright 8-bit sRGB ("RGB", or "RGBA" with ``keep_alpha``).

    ``draft_long_side`` lets a JPEG decode at a reduced scale (libjpeg DCT scaling by 1/2,
    1/4 or 1/8, never below that long side): several times faster for analysing huge photos.
    ``info["source_size"]`` keeps the stored width and height either way.
    """
    name = "<image>" if isinstance(source, bytes | Image.Image) else str(source)
    if isinstance(source, Image.Image):
        image = source
    else:
        image = _decode(source, name, max_pixels, draft_long_side)
    # A broken EXIF block must not make the photo unusable.
    with contextlib.suppress(Exception):
        image = ImageOps.exif_transpose(image) or image
    return _to_srgb(image, name, keep_alpha, background)


def _decode(
    source: str | Path | bytes, name: str, max_pixels: int, draft_long_side: int | None = None
) -> Image.Image:
    if not isinstance(source, bytes) and not Path(source).is_file():
        raise ImageLoadError(name, tr("file not found", "找不到文件"))
    if (len(source) if isinstance(source, bytes) else Path(source).stat().st_size) == 0:
        raise ImageLoadError(name, tr("the file is empty (0 bytes)", "文件是空的（0 字节）"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            fp = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
            with fp:
                image = Image.open(fp)
                width, height = image.size
                reduced = bool(draft_long_side) and image.format == "JPEG"
                # max_pixels bounds what is decoded; a JPEG decoded at 1/8 may store 64× that
                limit = min(64 * max_pixels, MAX_DRAFT_JPEG_PIXELS) if reduced else max_pixels
                if width * height > max(limit, max_pixels):
                    raise ImageLoadError(name, _too_large(width, height, max(limit, max_pixels)))
                if reduced and max(width, height) > draft_long_side:
                    f = draft_long_side / max(width, height)
                    image.draft(image.mode, (max(1, int(width * f + 0.999)), max(1, int(height * f + 0.999))))
                if image.size[0] * image.size[1] > max_pixels:  # the draft could not shrink it enough
                    raise ImageLoadError(name, _too_large(width, height, max_pixels))
                image.load()
                image.info["source_size"] = (width, height)
                if image.format == "WEBP":
                    image.info["limited_range"] = _webp_is_lossy(fp)
    except ImageLoadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageLoadError(name, _too_large(0, 0, max_pixels)) from None
    except UnidentifiedImageError:
        raise ImageLoadError(
            name,
            tr(
                "not a supported image (use JPEG, PNG or WebP; HEIC needs converting first)",
                "不是支持的图片格式（请使用 JPEG、PNG 或 WebP；HEIC 需先转换）",
            ),
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        # Pillow's reason is English; the Chinese message does without it.
        raise ImageLoadError(name, tr(f"the image is corrupt or truncated ({exc})", "图片已损坏或不完整")) from None
    return image


def _webp_is_lossy(fp) -> bool:
    """Whether a WebP file's image is VP8 (lossy, stored as limited-range YUV: decoding
    stretches 16–235 to 0–255, which leaves a levels-like comb in every RGB histogram)
    rather than VP8L (lossless RGB). Walks the RIFF chunk headers; reads no pixel data."""
    fp.seek(12)
    while len(header := fp.read(8)) == 8:
        fourcc, size = header[:4], int.from_bytes(header[4:], "little")
        if fourcc in (b"VP8 ", b"VP8L"):
            return fourcc == b"VP8 "
        if fourcc == b"ANMF":  # animation frame: 16 bytes of frame header, then its image chunk
            fp.seek(16, io.SEEK_CUR)
            continue
        fp.seek(size + (size & 1), io.SEEK_CUR)
    return False


def _too_large(width: int, height: int, max_pixels: int) -> str:
    size = f" ({width}×{height})" if width else ""
    limit = f"{max_pixels / 1e6:.0f}"
    return tr(
        f"the image is too large{size}; the limit is {limit} megapixels",
        f"图片过大{size}，上限为 {limit} 百万像素",
    )


def _to_srgb(
    image: Image.Image, name: str, keep_alpha: bool, background: tuple[int, int, int]
) -> Image.Image:
    icc = image.info.get("icc_profile")
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        array = np.asarray(image, dtype=np.float64)
        peak = 65535.0 if mode.startswith("I;16") or array.max() > 255 else 255.0
        image = Image.fromarray(np.clip(array / peak * 255.0 + 0.5, 0, 255).astype(np.uint8), "L")
    elif mode == "F":
        array = np.asarray(image, dtype=np.float64)
        image = Image.fromarray(np.clip(array * 255.0 + 0.5, 0, 255).astype(np.uint8), "L")
    elif mode in ("RGB;16", "RGBA;16", "RGBX"):
        image = image.convert("RGBA" if "A" in mode else "RGB")
    if icc and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        image = _apply_icc(image, icc)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        image = image.convert("RGBA")
        if keep_alpha:
            return image
        flat = Image.new("RGB", image.size, background)
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    try:
        converted = image.convert("RGB")
    except (OSError, ValueError) as exc:
        raise ImageLoadError(
            name,
            tr(f"unsupported pixel format {image.mode} ({exc})", f"不支持的像素格式 {image.mode}（{exc}）"),
        ) from None
    return converted.convert("RGBA") if keep_alpha else converted


def _apply_icc(image: Image.Image, icc: bytes) -> Image.Image:
    """Convert from the embedded colour profile to sRGB; ignore unreadable profiles."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode=out_mode) or image
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def clean_copy(image: Image.Image) -> Image.Image:
    """A copy that carries pixels only: no EXIF, GPS, XMP, ICC or text chunks."""
    mode = image.mode if image.mode in ("RGB", "RGBA", "L") else "RGB"
    pixels = image.convert(mode)
    fresh = Image.new(mode, pixels.size)
    fresh.paste(pixels)
    return fresh


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """Pillow's format name for ``fmt`` or, without it, the path's suffix (PNG if none);
    the one place that decides which export formats exist (covers, packages, avatars)."""
    name = (fmt or Path(path).suffix.lstrip(".") or "png").lower()
    if name not in EXPORT_FORMATS:
        raise ExportFormatError(tr(
            f"cannot export as {name!r}; use png, jpg or webp",
            f"无法导出为 {name!r}；请使用 png、jpg 或 webp",
        ))  # fmt: skip
    return EXPORT_FORMATS[name]


def save_clean(
    image: Image.Image, path: str | Path, *, fmt: str | None = None, quality: int = 92
) -> Path:
    """Write pixels only (PNG/JPEG/WebP), tagged sRGB, atomically (temp file then rename).
    An unknown format raises ``ExportFormatError`` before anything is written."""
    path = Path(path)
    fmt = export_format(path, fmt)
    image = clean_copy(image)
    if fmt == "JPEG" and image.mode != "RGB":
        image = image.convert("RGB")
    options: dict = {"icc_profile": SRGB_ICC}
    if fmt in ("JPEG", "WEBP"):
        options["quality"] = max(1, min(100, int(quality)))
    if fmt == "JPEG":
        options["optimize"] = True
    if fmt == "PNG":
        # zlib level 3 writes a photo cover ~2.6x faster than the default 6 for ~11% more bytes.
        options["compress_level"] = 3
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        image.save(tmp, format=fmt, **options)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
