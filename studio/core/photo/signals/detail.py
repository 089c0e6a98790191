"""Edge-profile signals: over-sharpening halos and heavy local contrast ("HDR", "clarity").

Both edits are unsharp masks at different radii: out = in + k·(in − blur_r(in)). Across a
step edge this draws a bright rim on the light side and a dark rim on the dark side —
overshoot that a lens (whose blur is monotonic across an edge) never produces. We sample
luminance profiles across the strongest edges, along the gradient, and measure

    halo = (max(light rim) − light plateau)⁺ + (dark plateau − min(dark rim))⁺,
    H = mean over edges of halo / edge contrast (each term capped at 1),

as in the overshoot measures used for sharpening assessment (e.g. Ferzli & Karam's
perceptual sharpness work; Hsu & Chen, "Blind image quality assessment of over-sharpened
images", 2011).
sharpening (halos): the fingerprint is overshoot *on clean step edges* (Cao, Zhao & Ni,
"Unsharp masking sharpening detection via overshoot artifacts analysis", IEEE SPL 2011):
profiles across the strongest edges, ±8 px at working size, are normalised so the dark
plateau (5–8 px out) is 0 and the light one 1; edges whose plateaus are not flat (std >
0.15 × contrast — texture, not a step) are dropped, and the overshoot is read off the
*median* normalised profile (rims within 4 px):
    O = (max Q(1..4) − 1)⁺ + (−min Q(−4..−1))⁺.
A lens never overshoots, so O ≈ 0 on unsharpened photos whatever their content or contrast,
while an unsharp mask gives every clean edge the same relative overshoot. A small share of
the fine Laplacian-band slope (S = ln(E0/E1), E = mean |band|) breaks ties on photos without
clean edges: value = O + 0.1·S.
local_contrast: the same at a scale proportional to the image (rims up to ~3 % of the long
side), plus the mid-band contrast energy
    E = mean |G_σ1(Y) − G_σ2(Y)| / std(G_σ2(Y)),  σ1 = 2 px·s, σ2 = 16 px·s
(s = long side / 1000), which local-contrast filters raise even where there is no edge, plus
the clipping a local-contrast push leaves at the local extremes: a pixel moves by
k·(Y − local mean), so the pixels furthest from their neighbourhood mean (top 20 % of
|Y − G_8px·s(Y)|) are driven past 0/255 and pile up in the end bins of their histograms —
the end-spike fingerprint of the clipping signal (tone.end_spikes), read on those pixels only
(C = mean over R, G, B). value = E + wide-scale H + C.
E and H alone are population-bound: a crisp, contrasty scene has as much band energy as a
boosted flat one (own AUC 0.73 on the evaluation set); C is what separates them (0.92), and
it also rises on levels and strong sharpening, which clip the same pixels.
"""

from __future__ import annotations

import cv2
import numpy as np

from studio.core.i18n import tr
from studio.core.photo.signals.base import (
    Measurement,
    Signal,
    blur_large,
    channel_max,
    channel_min,
    level,
    normalise_map,
    percentile,
)
from studio.core.photo.signals.tone import end_spikes
from studio.core.photo.working import Frame

MAX_EDGES = 6000


def edge_points(y: np.ndarray, min_contrast: float, max_points: int = MAX_EDGES):
    """Pixels on strong step edges (non-maximum suppressed): x, y, unit normal, magnitude."""
    gx = cv2.Sobel(y, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(y, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    mag = np.hypot(gx, gy)
    h, w = y.shape
    border = 10
    cand = mag > max(min_contrast, percentile(mag, 97))
    cand[:border], cand[-border:], cand[:, :border], cand[:, -border:] = False, False, False, False
    ys, xs = np.nonzero(cand)
    if len(xs) == 0:
        return None
    nx, ny = gx[ys, xs] / mag[ys, xs], gy[ys, xs] / mag[ys, xs]
    # non-maximum suppression along the normal (nearest-pixel neighbours)
    ox, oy = np.rint(nx).astype(int), np.rint(ny).astype(int)
    m0 = mag[ys, xs]
    keep = (m0 >= mag[np.clip(ys + oy, 0, h - 1), np.clip(xs + ox, 0, w - 1)]) & (
        m0 >= mag[np.clip(ys - oy, 0, h - 1), np.clip(xs - ox, 0, w - 1)]
    )
    xs, ys, nx, ny, m0 = xs[keep], ys[keep], nx[keep], ny[keep], m0[keep]
    if len(xs) > max_points:  # deterministic thinning keeps results reproducible
        idx = np.linspace(0, len(xs) - 1, max_points).astype(int)
        xs, ys, nx, ny, m0 = xs[idx], ys[idx], nx[idx], ny[idx], m0[idx]
    return xs, ys, nx, ny, m0


def profiles(y: np.ndarray, pts, offsets: np.ndarray) -> np.ndarray:
    """Bilinear samples of ``y`` at each point + t·normal (rows: points, cols: offsets)."""
    xs, ys, nx, ny, _ = pts
    mx = (xs[:, None] + nx[:, None] * offsets[None, :]).astype(np.float32)
    my = (ys[:, None] + ny[:, None] * offsets[None, :]).astype(np.float32)
    return cv2.remap(y, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def overshoot(y: np.ndarray, pts, rim: int, plateau: tuple[int, int], step: float = 1.0):
    """Per-edge halo ratio (see module docstring) and the edge contrast."""
    t = np.arange(-plateau[1], plateau[1] + 1, dtype=np.float32) * step
    p = profiles(y, pts, t)
    c = plateau[1]  # index of offset 0
    light = p[:, c + plateau[0] : c + plateau[1] + 1].mean(axis=1)
    dark = p[:, c - plateau[1] : c - plateau[0] + 1].mean(axis=1)
    contrast = light - dark
    over = np.maximum(p[:, c + 1 : c + rim + 1].max(axis=1) - light, 0)
    under = np.maximum(dark - p[:, c - rim : c].min(axis=1), 0)
    ratio = np.minimum(over / np.maximum(contrast, 1e-3), 1) + np.minimum(
        under / np.maximum(contrast, 1e-3), 1
    )
    valid = contrast > 0.08
    return ratio[valid], contrast[valid], valid


def _evidence(shape, pts, valid, ratio, scale) -> np.ndarray:
    out = np.zeros(shape, dtype=np.float32)
    xs, ys = pts[0][valid], pts[1][valid]
    out[ys, xs] = ratio
    out = cv2.dilate(out, np.ones((5, 5), np.uint8))
    return normalise_map(out, scale)


def fine_band_slope(y: np.ndarray) -> float:
    """ln(energy of the finest Laplacian-pyramid band / the next band): sharpening lifts it."""
    energies = []
    cur = y
    for _ in range(2):
        down = cv2.pyrDown(cur)
        up = cv2.pyrUp(down, dstsize=(cur.shape[1], cur.shape[0]))
        energies.append(float(np.abs(cur - up).mean()) + 1e-5)
        cur = down
    return float(np.log(energies[0] / energies[1]))


FLAT_SIDES = 0.15  # plateau std (both sides) / edge contrast: "a clean step between flat areas"
MIN_FLAT_EDGES = 10
SLOPE_WEIGHT = 0.1  # fine-band slope is a weak global cue; a small share steadies the ranking


def flat_edge_overshoot(y: np.ndarray, pts, rim: int, plateau: tuple[int, int]):
    """Overshoot of the median contrast-normalised profile across clean step edges.

    Each profile is mapped so its dark plateau is 0 and its light plateau 1; only edges
    whose two plateaus are flat (std ≤ FLAT_SIDES × contrast) are kept, because texture
    beside an edge fakes overshoot (Cao et al. 2011 measure overshoot on edges with planar
    side regions for the same reason). Taking the median profile *before* looking for the
    peak removes the upward bias a per-edge max picks up from noise. Returns
    (overshoot, number of clean edges, per-edge ratios, mask of the clean edges).
    """
    t = np.arange(-plateau[1], plateau[1] + 1, dtype=np.float32)
    p = profiles(y, pts, t)
    c = plateau[1]
    light_w = p[:, c + plateau[0] : c + plateau[1] + 1]
    dark_w = p[:, c - plateau[1] : c - plateau[0] + 1]
    light, dark = light_w.mean(axis=1), dark_w.mean(axis=1)
    contrast = light - dark
    safe = np.maximum(contrast, 1e-3)
    flatness = (light_w.std(axis=1) + dark_w.std(axis=1)) / safe
    clean = (contrast > 0.08) & (flatness <= FLAT_SIDES)
    q = (p[clean] - dark[clean, None]) / safe[clean, None]
    per_edge = np.maximum(q[:, c + 1 : c + rim + 1].max(axis=1) - 1, 0) + np.maximum(
        -q[:, c - rim : c].min(axis=1), 0
    )
    if clean.sum() < MIN_FLAT_EDGES:
        return 0.0, int(clean.sum()), per_edge, clean
    med = np.median(q, axis=0)
    over = max(float(med[c + 1 : c + rim + 1].max()) - 1.0, 0.0) + max(
        -float(med[c - rim : c].min()), 0.0
    )
    return over, int(clean.sum()), per_edge, clean


def measure_halos(frame: Frame) -> Measurement:
    y = frame.y
    slope = fine_band_slope(y)
    pts = edge_points(y, min_contrast=0.02)
    if pts is None:  # nothing to sharpen: no strong edges
        return Measurement(SLOPE_WEIGHT * slope, {"edges": 0.0, "overshoot": 0.0, "fine_slope": slope})
    over, n, per_edge, clean = flat_edge_overshoot(y, pts, rim=4, plateau=(5, 8))
    details = {"edges": float(n), "overshoot": over, "fine_slope": slope}
    return Measurement(
        value=_halos_value(details),
        details=details,
        evidence=_evidence(y.shape, pts, clean, np.minimum(per_edge, 1.0), 0.3),
    )


def _halos_value(d: dict[str, float]) -> float:
    return d["overshoot"] + SLOPE_WEIGHT * d["fine_slope"]


def _halos_message(score: float, m: Measurement) -> str:
    return (
        tr("Edges look clean.", "边缘干净自然。"),
        tr(
            "Edges have thin bright and dark outlines — the photo has been sharpened.",
            "边缘出现细的亮边和暗边——照片被锐化过。",
        ),
        tr(
            "Strong halos outline every edge — over-sharpening, it looks crunchy and artificial.",
            "每条边缘都有明显光晕——过度锐化，看起来生硬不自然。",
        ),
    )[level(score)]


LOCAL_SIGMA = 8.0  # px·s: "the neighbourhood" a local-contrast push compares a pixel with
EXTREME_SHARE = 80  # percentile of |Y − local mean| above which a pixel is a local extreme


def local_extreme_clipping(frame: Frame) -> tuple[float, np.ndarray]:
    """End spikes (``tone.end_spikes``) of the R, G, B histograms of the local extremes only:
    the pixels furthest from their neighbourhood mean, which a local-contrast push moves
    furthest and drives past 0/255. Returns the mean over channels and a map (working size)
    of the clipped local extremes."""
    y = frame.y
    dev = np.abs(y - blur_large(y, LOCAL_SIGMA * frame.scale))
    flat = dev.ravel()[:: max(1, dev.size // 125_000)]  # a strided sample: the sort is the cost
    k = int(len(flat) * EXTREME_SHARE / 100)
    mask = dev > np.partition(flat, k)[k]
    rgb8 = frame.sample8  # unresampled values: resampling would smear the spikes
    if mask.shape != rgb8.shape[:2]:
        mask = cv2.resize(mask.astype(np.uint8), (rgb8.shape[1], rgb8.shape[0]),
                          interpolation=cv2.INTER_NEAREST).astype(bool)
    # end_spikes reads only the 8 bins at each end: count just the pixels that reach them
    lo = channel_min(rgb8) <= 7
    hi = channel_max(rgb8) >= 248
    ys, xs = np.nonzero((lo | hi) & mask)
    px = rgb8[ys, xs]
    spikes = [end_spikes(np.bincount(px[:, c], minlength=256).astype(np.float64)) for c in range(3)]
    clipped = np.zeros(rgb8.shape[:2], np.float32)
    ends = (px.max(axis=1) >= 254) | (px.min(axis=1) <= 2)
    clipped[ys[ends], xs[ends]] = 1.0
    if clipped.shape != y.shape:
        clipped = cv2.resize(clipped, (y.shape[1], y.shape[0]), interpolation=cv2.INTER_AREA)
    return float(np.mean(spikes)), clipped


def measure_local_contrast(frame: Frame) -> Measurement:
    y = frame.y
    s = frame.scale
    fine = cv2.GaussianBlur(y, (0, 0), 2.0 * s)
    coarse = blur_large(y, 16.0 * s)
    band = np.abs(fine - coarse)
    energy = float(band.mean() / max(float(coarse.std()), 0.02))
    step = max(1.0, 4.0 * s)
    smooth = cv2.GaussianBlur(y, (0, 0), max(1.0, step / 2))
    pts = edge_points(smooth, min_contrast=0.01)
    halo = 0.0
    if pts is not None:
        ratio, _, _ = overshoot(smooth, pts, rim=5, plateau=(7, 9), step=step)
        if len(ratio) >= 20:
            halo = float(ratio.mean())
    clip, clipped = local_extreme_clipping(frame)
    details = {"band_energy": energy, "wide_halo": halo, "extreme_clipping": clip}
    return Measurement(
        value=_local_contrast_value(details),
        details=details,
        # clipped local extremes show as strongly as a 0.08 band (≈ 0.63 on the map)
        evidence=normalise_map(np.maximum(band, 0.08 * clipped), 0.08),
    )


def _local_contrast_value(d: dict[str, float]) -> float:
    return d["band_energy"] + d["wide_halo"] + d["extreme_clipping"]


def _local_contrast_message(score: float, m: Measurement) -> str:
    return (
        tr("Local contrast looks natural.", "局部对比度自然。"),
        # Worded for every edit that drives it: most of the value is clipping at the local
        # extremes, which clarity/HDR, strong sharpening and hard curves all cause.
        tr(
            "Contrast around edges is pushed (clarity, structure or strong sharpening); "
            "textures look harsher than in real life.",
            "边缘附近的对比度被拉高（清晰度、结构或强锐化），纹理比真实更生硬。",
        ),
        tr(
            "Contrast is pushed hard around edges: blacks crushed and whites blown right beside "
            "outlines, gritty textures — the look of heavy clarity/HDR, sharpening or curves.",
            "边缘附近的对比度被大幅拉高：轮廓旁暗部死黑、亮部死白，纹理粗糙——"
            "重度清晰度/HDR、锐化或曲线调整的效果。",
        ),
    )[level(score)]


HALOS = Signal("halos", measure_halos, _halos_message, _halos_value)
LOCAL_CONTRAST = Signal(
    "local_contrast", measure_local_contrast, _local_contrast_message, _local_contrast_value
)
