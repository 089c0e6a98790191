"""Backgrounds: focal point from saliency, cover-crop around it, EXIF orientation, overrides."""

import io

import numpy as np
from PIL import Image

from studio.core.cover import CoverSpec, render_with_report
from studio.core.cover.background import Focus, crop_box, find_focus, gradient, saliency_map

from .conftest import photo


def test_saliency_finds_the_subject_off_centre():
    focus = find_focus(photo())
    assert focus.source in ("saliency", "face")
    assert focus.x > 0.65 and 0.3 < focus.y < 0.7


def test_flat_image_falls_back_to_the_centre():
    focus = find_focus(Image.new("RGB", (300, 200), (90, 90, 90)))
    assert (focus.x, focus.y, focus.source) == (0.5, 0.5, "center")


def test_saliency_map_is_normalised():
    sal = saliency_map(np.asarray(photo()))
    assert sal.shape == (64, 64) and sal.min() >= 0 and sal.max() == 1.0


def test_crop_keeps_the_focus_in_frame_and_stays_inside_the_image():
    for fx in (0.0, 0.2, 0.8, 1.0):
        left, top, right, bottom = crop_box((1600, 900), (1080, 1440), Focus(fx, 0.5, "spec"))
        assert left >= 0 and right <= 1600 + 1e-6 and top >= 0 and bottom <= 900 + 1e-6
        assert abs((right - left) / (bottom - top) - 1080 / 1440) < 1e-6
        assert left <= fx * 1600 <= right


def test_cover_crop_follows_the_subject():
    # 4:3 photo -> 3:4 cover: the red subject at x=0.8 must survive the crop.
    image, result = render_with_report(CoverSpec(title="a", template="minimal", size=(300, 400),
                                                 background=photo(), scrim=False))
    assert result.focal_source == "saliency"
    pixels = np.asarray(image)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 100)
    assert red.sum() > 500


def test_focal_point_override_wins():
    _, result = render_with_report(CoverSpec(title="a", size=(300, 400), background=photo(),
                                             focal_point=(0.1, 0.9)))
    assert result.focal_point == (0.1, 0.9) and result.focal_source == "spec"


def test_exif_orientation_is_honoured(tmp_path):
    # A landscape JPEG tagged "rotate 90° CW" is a portrait photo: top half red, bottom blue.
    stored = Image.new("RGB", (400, 300))
    stored.paste((255, 0, 0), (0, 0, 200, 300))  # left half -> becomes top after rotation
    stored.paste((0, 0, 255), (200, 0, 400, 300))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    path = tmp_path / "rotated.jpg"
    stored.save(path, exif=exif.tobytes(), quality=95)
    image, _ = render_with_report(CoverSpec(title="a", template="minimal", size=(300, 400),
                                            background=str(path), focal_point=(0.5, 0.5)))
    top = image.getpixel((150, 60))
    bottom = image.getpixel((150, 260))
    assert top[0] > 200 and top[2] < 60, top
    assert bottom[2] > 200 and bottom[0] < 60, bottom


def test_cached_photo_is_reloaded_when_the_file_changes(tmp_path):
    path = tmp_path / "p.png"
    Image.new("RGB", (300, 400), (255, 0, 0)).save(path)
    spec = CoverSpec(title="a", template="minimal", size=(150, 200), background=str(path))
    first, _ = render_with_report(spec)
    Image.new("RGB", (300, 401), (0, 0, 255)).save(path)
    second, _ = render_with_report(spec)
    assert first.getpixel((75, 60))[0] > 200 and second.getpixel((75, 60))[2] > 200


def test_gradient_runs_from_first_to_last_colour():
    img = np.asarray(gradient((10, 100), ("#000000", "#FFFFFF"), 180.0))
    assert img[0, 5, 0] < 10 and img[-1, 5, 0] > 245
    assert np.all(np.diff(img[:, 5, 0].astype(int)) >= 0)


def test_photo_bytes_are_accepted():
    buffer = io.BytesIO()
    photo().save(buffer, "PNG")
    image, _ = render_with_report(CoverSpec(title="a", size=(150, 200), background=buffer.getvalue()))
    assert image.size == (150, 200)


def test_faces_win_over_saliency(monkeypatch):
    from studio.core.cover import background

    monkeypatch.setattr(background, "_faces", lambda gray: [(10, 20, 30, 30), (60, 20, 30, 30)])
    focus = find_focus(photo())  # 600x450 analysed at 360x270
    assert focus.source == "face"
    assert abs(focus.x - 50 / 360) < 1e-6 and abs(focus.y - 35 / 270) < 1e-6


def test_face_detector_runs_offline_and_finds_nothing_in_noise():
    from studio.core.cover.background import _faces

    assert _faces(np.asarray(photo().convert("L"))) == []


def test_a_face_is_detected_and_kept_in_the_crop():
    from .conftest import drawn_face

    image = drawn_face()  # 4:3, face on the right at x = 620 / 800
    focus = find_focus(image)
    assert focus.source == "face"
    assert abs(focus.x - 620 / 800) < 0.05 and abs(focus.y - 250 / 600) < 0.08
    # Cropping 4:3 to 3:4 keeps 56 % of the width: centred, the face would be cut in half.
    def skin_pixels(focal):
        cover, result = render_with_report(CoverSpec(title="", template="bold-center", size=(300, 400),
                                                     scrim=False, background=image, focal_point=focal))
        px = np.asarray(cover).astype(int)
        skin = (abs(px[..., 0] - 205) < 20) & (abs(px[..., 1] - 160) < 20) & (abs(px[..., 2] - 130) < 20)
        return int(skin.sum()), result.focal_source

    found, source = skin_pixels(None)
    centred, _ = skin_pixels((0.5, 0.5))
    assert source == "face"
    assert found > 1.5 * centred  # the whole face in frame, not half of it


def test_crop_box_never_leaves_the_source_through_float_rounding():
    # Regression: some size pairs gave left = -1e-7 and Pillow refused the resize box.
    bad = 0
    for sw in range(300, 1400, 7):
        for sh in range(300, 1400, 11):
            for dst in ((1080, 1440), (1080, 1080), (1440, 1080)):
                for fx in (0.0, 0.5, 1.0):
                    left, top, right, bottom = crop_box((sw, sh), dst, Focus(fx, fx, "spec"))
                    if left < 0 or top < 0 or right > sw or bottom > sh:
                        bad += 1
    assert bad == 0
