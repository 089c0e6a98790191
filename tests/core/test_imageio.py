import io

import numpy as np
import pytest
from PIL import Image

from studio.core.imageio import ExportFormatError, ImageLoadError, open_image, save_clean


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # orientation: rotate 90° CW to display
    gps = {1: "N", 2: (22.0, 30.0, 0.0), 3: "E", 4: (114.0, 10.0, 0.0)}
    exif[0x8825] = gps
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_exif_orientation_is_honoured():
    image = open_image(_jpeg_with_gps())
    assert image.size == (48, 64)
    assert image.mode == "RGB"


@pytest.mark.parametrize("fmt", ["png", "jpg", "webp"])
def test_save_clean_drops_all_source_metadata(tmp_path, fmt):
    src = Image.open(io.BytesIO(_jpeg_with_gps()))
    assert src.getexif().get_ifd(0x8825)
    out = save_clean(src, tmp_path / f"out.{fmt}")
    reread = Image.open(out)
    assert not reread.getexif()
    assert "xmp" not in reread.info and "XML:com.adobe.xmp" not in reread.info
    assert b"GPS" not in out.read_bytes()


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(ImageLoadError) as info:
        open_image(tmp_path / "nope.jpg")
    assert "nope.jpg" in str(info.value)


def test_corrupt_and_truncated(tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image at all")
    with pytest.raises(ImageLoadError, match=r"bad\.jpg"):
        open_image(bad)
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(_jpeg_with_gps()[:200])
    with pytest.raises(ImageLoadError, match=r"cut\.jpg"):
        open_image(truncated)


def test_decompression_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12000, 12000)).save(bomb)  # 144 MP, a few KB on disk
    with pytest.raises(ImageLoadError, match="too large"):
        open_image(bomb)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Image.new("L", (10, 10), 128),
        lambda: Image.new("CMYK", (10, 10), (0, 255, 255, 0)),
        lambda: Image.new("RGBA", (10, 10), (255, 0, 0, 0)),
        lambda: Image.fromarray(np.full((10, 10), 65535, dtype=np.uint16)),
        lambda: Image.new("P", (10, 10), 3),
    ],
)
def test_pixel_layouts_become_rgb(make):
    image = open_image(make())
    assert image.mode == "RGB" and image.size == (10, 10)


def test_sixteen_bit_scales_to_eight_bit():
    image = open_image(Image.fromarray(np.full((4, 4), 65535, dtype=np.uint16)))
    assert image.getpixel((0, 0)) == (255, 255, 255)


def test_exports_are_byte_identical_for_identical_pixels(tmp_path):
    # The embedded sRGB profile used to carry its creation time, so every export differed.
    from PIL import ImageCms

    image = Image.new("RGB", (8, 8), (10, 20, 30))
    first = save_clean(image, tmp_path / "a.png").read_bytes()
    embedded = Image.open(tmp_path / "a.png").info["icc_profile"]
    assert embedded[24:36] == bytes.fromhex("07ea00010001000000000000")
    assert "sRGB" in ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(embedded)))
    assert save_clean(image, tmp_path / "b.png").read_bytes() == first


def test_save_clean_refuses_unknown_formats_before_writing(tmp_path):
    image = Image.new("RGB", (4, 4))
    with pytest.raises(ExportFormatError, match=r"cannot export as 'gif'; use png, jpg or webp"):
        save_clean(image, tmp_path / "x.gif")
    with pytest.raises(ExportFormatError, match="'bmp'"):
        save_clean(image, tmp_path / "x.png", fmt="bmp")
    assert not list(tmp_path.iterdir())
    # names are case-insensitive and jpg/jpeg are one format
    assert save_clean(image, tmp_path / "a.JPG").read_bytes()[:2] == b"\xff\xd8"
    assert save_clean(image, tmp_path / "b.out", fmt="webp").read_bytes()[8:12] == b"WEBP"


def test_a_huge_jpeg_is_accepted_when_it_can_be_decoded_reduced(tmp_path):
    """200 MP phone photos were refused outright although the photo check decodes them at 1/8."""
    photo = tmp_path / "huge.jpg"
    Image.new("RGB", (4000, 3000), (120, 90, 60)).save(photo, quality=80)  # 12 MP stands in for 200
    reduced = open_image(photo, max_pixels=1_000_000, draft_long_side=1000)
    assert max(reduced.size) <= 2000 and reduced.info["source_size"] == (4000, 3000)
    with pytest.raises(ImageLoadError, match=r"too large \(4000×3000\)"):
        open_image(photo, max_pixels=1_000_000)  # decoded in full it would exceed the limit
    png = tmp_path / "huge.png"
    Image.new("RGB", (4000, 3000)).save(png)
    with pytest.raises(ImageLoadError, match="too large"):
        open_image(png, max_pixels=1_000_000, draft_long_side=1000)  # PNG cannot be decoded reduced


def test_an_empty_file_is_called_empty(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ImageLoadError, match="empty"):
        open_image(empty)
    with pytest.raises(ImageLoadError, match="empty"):
        open_image(b"")


def test_chinese_corrupt_message_carries_no_english_detail(tmp_path):
    from studio.core.i18n import set_language

    good = tmp_path / "good.jpg"
    Image.new("RGB", (64, 64), (200, 10, 10)).save(good)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.read_bytes()[:300])
    set_language("zh")  # the autouse fixture in conftest.py resets it
    with pytest.raises(ImageLoadError) as err:
        open_image(cut)
    assert "图片已损坏或不完整" in err.value.reason
    assert not any("a" <= ch.lower() <= "z" for ch in err.value.reason), err.value.reason


def _exif_bytes() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = "a description long enough to matter" * 20  # ImageDescription
    return exif.tobytes()


@pytest.mark.parametrize(("options", "lossy"), [
    ({"quality": 80}, True),
    ({"quality": 80, "exif": _exif_bytes()}, True),  # extended (VP8X) layout: chunks before the image
    ({"quality": 80, "save_all": True, "append_images": [Image.new("RGB", (32, 32), "red")]}, True),
    ({"lossless": True}, False),
])
def test_lossy_webp_is_marked_limited_range(tmp_path, options, lossy):
    path = tmp_path / "x.webp"
    Image.new("RGB", (32, 32), (10, 200, 30)).save(path, **options)
    assert open_image(path).info.get("limited_range") is lossy
