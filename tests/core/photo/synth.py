"""A synthetic "photograph" made in the test: smooth light, texture, edges, sensor noise and
a skin-coloured face-like ellipse, plus the edits the detector must notice."""

from __future__ import annotations

import cv2
import numpy as np


def photo(width: int = 480, height: int = 360, seed: int = 0) -> np.ndarray:
    """uint8 RGB: gradients + textured shapes + a skin ellipse + mild noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    u, v = xx / width, yy / height
    img = np.stack([0.35 + 0.25 * u, 0.45 + 0.2 * v, 0.55 - 0.2 * u * v], axis=2)
    # mid-frequency texture (foliage/fabric-like)
    tex = cv2.GaussianBlur(rng.normal(0, 1, (height, width)).astype(np.float32), (0, 0), 2.0)
    img += 0.05 * tex[..., None]
    # shapes with hard edges
    cv2.rectangle(img, (int(0.08 * width), int(0.55 * height)), (int(0.35 * width), int(0.92 * height)), (0.15, 0.22, 0.35), -1)
    cv2.circle(img, (int(0.8 * width), int(0.25 * height)), int(0.1 * height), (0.85, 0.8, 0.6), -1)
    cv2.line(img, (0, int(0.45 * height)), (width, int(0.4 * height)), (0.25, 0.3, 0.2), 3)
    # skin-coloured ellipse with its own fine texture
    skin = np.zeros((height, width), np.float32)
    cv2.ellipse(skin, (int(0.55 * width), int(0.6 * height)), (int(0.12 * width), int(0.2 * height)), 0, 0, 360, 1.0, -1)
    skin = cv2.GaussianBlur(skin, (0, 0), 1.0)[..., None]
    skin_rgb = np.array([0.86, 0.65, 0.53], np.float32) + 0.03 * tex[..., None]
    img = img * (1 - skin) + skin_rgb * skin
    img = cv2.GaussianBlur(img, (0, 0), 0.6)  # a lens is never perfectly sharp
    img += rng.normal(0, 2.0 / 255, img.shape).astype(np.float32)  # sensor noise
    return np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)


def saturate(img: np.ndarray, factor: float = 1.8) -> np.ndarray:
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] = np.clip(hsv[..., 1] * factor, 0, 255)
    return cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB)


def levels(img: np.ndarray, lo: float = 0.12, hi: float = 0.82) -> np.ndarray:
    out = (img.astype(np.float32) / 255 - lo) / (hi - lo)
    return np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8)


def unsharp(img: np.ndarray, sigma: float, amount: float) -> np.ndarray:
    f = img.astype(np.float32)
    out = f + amount * (f - cv2.GaussianBlur(f, (0, 0), sigma))
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def smooth(img: np.ndarray) -> np.ndarray:
    out = img
    for _ in range(3):
        out = cv2.bilateralFilter(out, 9, 30, 5)
    return out


def smooth_skin(img: np.ndarray) -> np.ndarray:
    """A beauty filter: the smoothing only inside the skin-coloured ellipse."""
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    cv2.ellipse(mask, (int(0.55 * w), int(0.6 * h)), (int(0.12 * w), int(0.2 * h)), 0, 0, 360, 1.0, -1)
    mask = cv2.GaussianBlur(mask, (0, 0), 2.0)[..., None]
    return np.clip(img * (1 - mask) + smooth(img) * mask + 0.5, 0, 255).astype(np.uint8)


def vignette(img: np.ndarray, depth: float = 0.6) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    mask = 1 - depth * np.clip(r2 / 2, 0, 1) ** 1.5
    return np.clip(img.astype(np.float32) * mask[..., None] + 0.5, 0, 255).astype(np.uint8)


def cast(img: np.ndarray) -> np.ndarray:
    gains = np.array([1.15, 1.0, 0.78], np.float32)
    return np.clip(img.astype(np.float32) * gains + 0.5, 0, 255).astype(np.uint8)


def warp(img: np.ndarray, amount: float = 0.03) -> np.ndarray:
    """Liquify-style local pinch around the ellipse (the "waist")."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy, r = 0.55 * w, 0.6 * h, 0.25 * w
    d2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / r**2
    push = amount * w * np.exp(-d2) * np.sign(xx - cx) * np.minimum(np.abs(xx - cx) / r, 1)
    return cv2.remap(img, xx + push, yy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def jpeg(img: np.ndarray, quality: int = 90) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def everything_maxed(img: np.ndarray) -> np.ndarray:
    """Every slider pushed: clarity, saturation, levels, sharpening, vignette."""
    out = unsharp(img, 20, 1.0)
    out = levels(saturate(out, 2.2), 0.15, 0.75)
    return vignette(unsharp(out, 1.5, 3.0), 0.7)
