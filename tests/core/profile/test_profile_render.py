"""Avatar crop geometry and the header preview."""

from __future__ import annotations

import numpy as np
from PIL import Image

from studio.core.profile import Bio, Focus, Profile, circle_avatar, crop_box, render_header


def test_crop_box_follows_the_focal_point_and_stays_inside():
    assert crop_box((400, 200), 1.0, Focus(0.0, 0.5)) == (0, 0, 200, 200)
    assert crop_box((400, 200), 1.0, Focus(1.0, 0.5)) == (200, 0, 400, 200)
    assert crop_box((400, 200), 1.0, Focus(0.5, 0.5, zoom=2)) == (150, 50, 250, 150)
    left, top, right, bottom = crop_box((300, 900), 1.0, Focus(0.5, 0.9))
    assert (right - left, bottom - top) == (300, 300) and bottom == 900


def test_circle_avatar_is_transparent_outside_and_shows_the_focus():
    # Left half red, right half blue: focusing right must give a blue avatar.
    image = Image.new("RGB", (400, 200), (255, 0, 0))
    image.paste((0, 0, 255), (200, 0, 400, 200))
    avatar = circle_avatar(image, 100, Focus(1.0, 0.5))
    pixels = np.asarray(avatar)
    assert pixels[0, 0, 3] == 0 and pixels[50, 50, 3] == 255
    assert tuple(pixels[50, 50, :3]) == (0, 0, 255)


def test_header_renders_text_and_images():
    profile = Profile(username="林小佳【律师】", name="林小佳", bio=Bio("执业八年", "讲职场法律 ✨", "欢迎私信"))
    empty = np.asarray(render_header(Profile(), width=540))
    filled = np.asarray(render_header(profile, avatar=Image.new("RGB", (64, 64), (0, 200, 0)),
                                      background=Image.new("RGB", (64, 64), (0, 0, 255)), width=540))
    assert filled.shape[1] == 540 and filled.shape[2] == 3
    assert not np.array_equal(empty[:200], filled[:200])
    # The green avatar appears where the avatar sits (16 pt from the left at 390 pt wide).
    s = 540 / 390
    assert tuple(filled[round((56 + 40) * s), round((16 + 40) * s)]) == (0, 200, 0)
