"""Avatar circle crop and background fill, both steered by a focal point.

A focal point is (x, y) in 0..1 of the source image: the part of the photo the creator wants
kept in view. ``zoom`` ≥ 1 narrows the crop around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

SUPERSAMPLE = 4  # anti-aliased circle edge


@dataclass(frozen=True, slots=True)
class Focus:
    x: float = 0.5
    y: float = 0.5
    zoom: float = 1.0

    def clamped(self) -> Focus:
        return Focus(min(1.0, max(0.0, self.x)), min(1.0, max(0.0, self.y)), min(5.0, max(1.0, self.zoom)))


def crop_box(size: tuple[int, int], aspect: float, focus: Focus) -> tuple[int, int, int, int]:
    """The largest box of ``aspect`` (w/h), shrunk by zoom, centred on the focus, kept inside."""
    focus = focus.clamped()
    width, height = size
    if width / height > aspect:
        box_h = height / focus.zoom
        box_w = box_h * aspect
    else:
        box_w = width / focus.zoom
        box_h = box_w / aspect
    left = min(max(focus.x * width - box_w / 2, 0), width - box_w)
    top = min(max(focus.y * height - box_h / 2, 0), height - box_h)
    return round(left), round(top), round(left + box_w), round(top + box_h)


def fill(image: Image.Image, size: tuple[int, int], focus: Focus = Focus()) -> Image.Image:
    """Cover ``size`` with the image (crop, never letterbox) around the focal point."""
    box = crop_box(image.size, size[0] / size[1], focus)
    return image.convert("RGB").resize(size, Image.Resampling.LANCZOS, box=box)


def circle_mask(diameter: int) -> Image.Image:
    big = Image.new("L", (diameter * SUPERSAMPLE, diameter * SUPERSAMPLE), 0)
    ImageDraw.Draw(big).ellipse((0, 0, big.width - 1, big.height - 1), fill=255)
    return big.resize((diameter, diameter), Image.Resampling.LANCZOS)


def circle_avatar(image: Image.Image, diameter: int, focus: Focus = Focus()) -> Image.Image:
    """A round RGBA avatar of ``diameter`` pixels, transparent outside the circle."""
    square = fill(image, (diameter, diameter), focus).convert("RGBA")
    square.putalpha(circle_mask(diameter))
    return square


def placeholder_avatar(diameter: int, initial: str, colour: tuple[int, int, int]) -> Image.Image:
    """Used before an avatar is chosen: a soft colour disc (the initial is drawn by the caller)."""
    disc = Image.new("RGBA", (diameter, diameter), (*colour, 255))
    disc.putalpha(circle_mask(diameter))
    return disc


def soften(image: Image.Image, radius: float) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(radius)) if radius > 0 else image
