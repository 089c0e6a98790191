"""Export strips metadata; bad or unusual input images give clear errors or convert correctly."""

import io

import numpy as np
import pytest
from PIL import Image

from studio.core.cover import CoverError, CoverSpec, export, render
from studio.core.imageio import ImageLoadError


def _gps_jpeg(path):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (3.0, 8.0, 51.0)
    gps[3] = "E"
    gps[4] = (101.0, 41.0, 10.0)
    Image.new("RGB", (640, 480), (120, 160, 200)).save(path, exif=exif.tobytes(),
                                                      comment=b"secret", quality=90)
    assert Image.open(path).getexif().get_ifd(0x8825)


@pytest.mark.parametrize("suffix", ["jpg", "png", "webp"])
def test_metadata_from_the_source_photo_is_not_exported(tmp_path, suffix):
    source = tmp_path / "gps.jpg"
    _gps_jpeg(source)
    image = render(CoverSpec(title="吉隆坡探店", size=(300, 400), background=str(source)))
    out = export(image, tmp_path / f"cover.{suffix}", quality=85)
    with Image.open(out) as saved:
        exif = saved.getexif()
        assert len(exif) == 0 and not exif.get_ifd(0x8825)
        assert "exif" not in saved.info and "xmp" not in saved.info and "comment" not in saved.info
        assert saved.info.get("icc_profile")  # tagged sRGB
        assert saved.size == (300, 400)
    assert b"PhoneMaker" not in out.read_bytes() and b"secret" not in out.read_bytes()


def test_jpeg_quality_changes_size(tmp_path):
    image = render(CoverSpec(title="质量", size=(300, 400), background=str(_noise(tmp_path))))
    low = export(image, tmp_path / "low.jpg", quality=30).stat().st_size
    high = export(image, tmp_path / "high.jpg", quality=95).stat().st_size
    assert low < high


def _noise(tmp_path):
    path = tmp_path / "noise.png"
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (200, 200, 3), dtype=np.uint8)).save(path)
    return path


def test_unknown_export_format_is_a_clear_error(tmp_path):
    # imageio.save_clean owns the format check; the cover path turns it into a CoverError
    image = Image.new("RGB", (10, 10))
    with pytest.raises(CoverError, match=r"cannot export as 'gif'; use png, jpg or webp"):
        export(image, tmp_path / "x.gif")
    with pytest.raises(CoverError, match="'tiff'"):
        export(image, tmp_path / "x.png", fmt="tiff")
    assert not list(tmp_path.iterdir())
    assert export(image, tmp_path / "x.JPEG").read_bytes()[:2] == b"\xff\xd8"
    with pytest.raises(CoverError):
        export(image, tmp_path / "x.jpg", quality=0)


def _render_with(background):
    return render(CoverSpec(title="测试", template="minimal", size=(150, 200), background=background))


def test_corrupt_file_names_the_file(tmp_path):
    path = tmp_path / "broken.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), (1, 2, 3)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue()[:300])
    with pytest.raises(ImageLoadError, match=r"broken\.jpg"):
        _render_with(str(path))


def test_heic_like_unknown_format_is_rejected_clearly(tmp_path):
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    with pytest.raises(ImageLoadError, match="HEIC"):
        _render_with(str(path))


def test_decompression_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.png"
    Image.new("1", (12000, 9000)).save(path)  # 108 MP of nothing: tiny file, huge decode
    with pytest.raises(ImageLoadError, match="too large"):
        _render_with(str(path))


def test_missing_file(tmp_path):
    with pytest.raises(ImageLoadError, match="not found"):
        _render_with(str(tmp_path / "nope.jpg"))


@pytest.mark.parametrize("mode", ["CMYK", "L", "I;16", "RGBA", "LA", "P"])
def test_unusual_pixel_formats_render(tmp_path, mode):
    base = Image.new("RGB", (120, 160), (200, 40, 40))
    if mode == "I;16":
        image = Image.fromarray(np.full((160, 120), 40000, dtype=np.uint16))
    elif mode == "CMYK":
        image = base.convert("CMYK")
    else:
        image = base.convert(mode)
    path = tmp_path / f"in.{'tif' if mode in ('CMYK', 'I;16') else 'png'}"
    image.save(path)
    cover = _render_with(str(path))
    assert cover.mode == "RGB" and cover.size == (150, 200)
    pixel = cover.getpixel((75, 60))
    if mode in ("L", "LA", "I;16"):
        assert abs(pixel[0] - pixel[1]) < 3 and abs(pixel[1] - pixel[2]) < 3  # stays grey
    else:
        assert pixel[0] > 150 and pixel[1] < 90, pixel  # stays red
