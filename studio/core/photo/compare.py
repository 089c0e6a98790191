"""Before/after comparison: how much was the photo retouched, and where?

In the spirit of Kee & Farid (2011), "A perceptual metric for photo retouching" (PNAS 108):
they separate *geometric* change (a dense motion field between before and after, with
global transforms factored out — liquify, slimming, reshaping) from *photometric* change
(local SSIM and blur/sharpen filters fitted between the two), measured over the face and
the body, and map both onto a single perceptual scale. We keep their decomposition with
simple, documented statistics:

- global alignment: ORB features + RANSAC similarity, or a crop search by normalised
  cross-correlation for low-texture photos (absorbs benign resize, crop, shift);
- geometric: Farnebäck dense optical flow (Farnebäck 2003) between the aligned images, its
  best global affine fit removed; the statistic is the 99.5th percentile of the remaining
  displacement (smoothed over ~1 % of the image), over textured pixels only (flow is
  guesswork in sky or fog), in percent of the image diagonal;
- photometric: 1 − mean local SSIM (Wang et al. 2004, Gaussian window σ = 1.5) over the
  overlap, and over the detected faces when there are any; local photometric: the 99th
  percentile of 1 − SSIM averaged over patches of 5 % of the long side (retouching is local);
- sharpness: log2 of the ratio of mean |Laplacian of G_σ=2| after/before (< 0 smoothed,
  > 0 sharpened; the light blur keeps recompression noise loss from counting);
- colour: mean CIELab ΔE*ab over the overlap / 10.

magnitude = the calibrated evidence scale (see calibration.py) over those statistics.

Before any of that, the pair must show the same scene: the correlation of the two images'
coarse structure (Laplacian of a Gaussian with σ ≈ 1.1 % of the long side) over the aligned
overlap. On the calibration set it is 0.73–1.00 for every edit at strength 3 (the lowest are
local warps, which shift structure locally) and −0.07–0.24 for a photo paired with another
one; below ``MIN_STRUCTURE`` the comparison is refused (``OriginalMismatchError``) rather than
reported as a 79/100 "reshaped" retouch of two unrelated photos.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from studio.core.i18n import tr
from studio.core.imageio import ImageLoadError
from studio.core.photo.calibration import CAUTION_SCORE, OVER_SCORE, Calibration
from studio.core.photo.faces import detect_faces
from studio.core.photo.report import RetouchResult
from studio.core.photo.working import Frame, shrink

COMPARE_LONG_SIDE = 720
MIN_STRUCTURE = 0.5  # same scene: ≥ 0.73 on every edit measured; other photos: ≤ 0.24
_STRUCTURE_SIGMA = 8.0 / COMPARE_LONG_SIDE  # of the long side


class OriginalMismatchError(ImageLoadError):
    """The file given as the original does not show the same scene as the photo."""

    def __init__(self, original: str, photo: str):
        self.photo = photo
        super().__init__(
            original,
            tr(
                f"does not show the same scene as {Path(photo).name}, so it cannot be its original; "
                "the before/after comparison was skipped",
                f"与 {Path(photo).name} 不是同一画面，不可能是它的原图；已跳过修图前后对比",
            ),
        )


def structure_match(y0: np.ndarray, y1: np.ndarray, valid: np.ndarray) -> float:
    """Correlation of the coarse structure of two aligned greyscale images over ``valid``."""
    sigma = max(1.0, _STRUCTURE_SIGMA * max(y0.shape))
    l0 = cv2.Laplacian(cv2.GaussianBlur(y0, (0, 0), sigma), cv2.CV_32F)[valid]
    l1 = cv2.Laplacian(cv2.GaussianBlur(y1, (0, 0), sigma), cv2.CV_32F)[valid]
    if l0.size < 16 or l0.std() < 1e-6 or l1.std() < 1e-6:
        return 1.0  # featureless (a plain card): nothing to contradict the pairing
    return float(np.corrcoef(l0, l1)[0, 1])


def _to8(grey: np.ndarray) -> np.ndarray:
    return np.clip(grey * 255.0 + 0.5, 0, 255).astype(np.uint8)


def _grey8(rgb: np.ndarray) -> np.ndarray:
    return _to8(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))


# The alignment helpers take 8-bit greyscale (``_grey8``) computed once by the caller: the
# feature match, the crop search and the statistics all read the same planes.
def _orb_similarity(gb: np.ndarray, ga: np.ndarray) -> np.ndarray | None:
    orb = cv2.ORB_create(2000)
    kb, db = orb.detectAndCompute(gb, None)
    ka, da = orb.detectAndCompute(ga, None)
    if db is None or da is None or len(kb) < 12 or len(ka) < 12:
        return None
    matches = cv2.BFMatcher(cv2.NORM_HAMMING, crossCheck=True).match(da, db)
    if len(matches) < 12:
        return None
    src = np.float32([ka[m.queryIdx].pt for m in matches])
    dst = np.float32([kb[m.trainIdx].pt for m in matches])
    found, inliers = cv2.estimateAffinePartial2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=2.0)
    if found is None or inliers is None or inliers.sum() < 12:
        return None
    return found


def _crop_search(gb: np.ndarray, ga: np.ndarray) -> np.ndarray:
    """Best "after is a (resized) crop of before" hypothesis by normalised cross-correlation.

    The fallback for photos with too little texture for feature matching (fog, sky).
    """
    f = 160.0 / max(gb.shape)
    small_b = cv2.resize(gb, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    best, best_matrix = -2.0, None
    h, w = gb.shape
    ha, wa = ga.shape
    for share in np.linspace(0.6, 1.0, 21):  # after covers this share of before's width
        tw = max(8, round(small_b.shape[1] * share))
        th = max(8, round(tw * ha / wa))
        if th > small_b.shape[0] or tw > small_b.shape[1]:
            continue
        templ = cv2.resize(ga, (tw, th), interpolation=cv2.INTER_AREA)
        score = cv2.matchTemplate(small_b, templ, cv2.TM_CCOEFF_NORMED)
        _, peak, _, (x, y) = cv2.minMaxLoc(score)
        if peak > best:
            scale = share * w / wa
            best = peak
            best_matrix = np.array([[scale, 0, x / f], [0, scale, y / f]], dtype=np.float64)
    if best_matrix is None:
        best_matrix = np.array([[w / wa, 0, 0], [0, h / ha, 0]], dtype=np.float64)
    return best_matrix


def _warp(after: np.ndarray, matrix: np.ndarray, before: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    h, w = before.shape[:2]
    ha, wa = after.shape[:2]
    aligned = cv2.warpAffine(after, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    valid = cv2.warpAffine(np.ones((ha, wa), np.uint8), matrix, (w, h), flags=cv2.INTER_NEAREST)
    # Outside the overlap show the original itself, so no false edge (and no false motion)
    # appears where the crop ends.
    aligned = np.where(valid[..., None].astype(bool), aligned, before)
    margin = max(3, int(0.02 * max(h, w)))
    valid = cv2.erode(valid, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)).astype(bool)
    valid[:margin], valid[-margin:], valid[:, :margin], valid[:, -margin:] = False, False, False, False
    return aligned, valid


def align(
    before: np.ndarray, after: np.ndarray, grey_before: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Warp ``after`` onto ``before``'s pixel grid; returns (aligned rgb, valid mask).

    Candidates: feature-based similarity, "same framing, resized", and a crop search; the
    one leaving the smallest mean difference over its overlap wins. ``grey_before`` is
    ``_grey8(before)`` when the caller already has it.
    """
    h, w = before.shape[:2]
    ha, wa = after.shape[:2]
    gb = _grey8(before) if grey_before is None else grey_before
    ga = _grey8(after)
    candidates = [np.array([[w / wa, 0, 0], [0, h / ha, 0]], dtype=np.float64)]
    orb = _orb_similarity(gb, ga)
    if orb is not None:
        candidates.append(orb)
    candidates.append(_crop_search(gb, ga))
    best = None
    for matrix in candidates:
        aligned, valid = _warp(after, matrix, before)
        if valid.sum() < 0.2 * valid.size:
            continue
        err = float(np.abs(aligned - before).mean(axis=2)[valid].mean())
        if best is None or err < best[0]:
            best = (err, aligned, valid)
    if best is None:
        return _warp(after, candidates[0], before)
    return best[1], best[2]


def _flow(g0: np.ndarray, g1: np.ndarray) -> np.ndarray:
    return cv2.calcOpticalFlowFarneback(g0, g1, None, 0.5, 4, 21, 3, 5, 1.1, 0)


def _residual_flow(g0: np.ndarray, g1: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Local displacement magnitude (global affine removed) and where it is trustworthy.

    Trust needs forward–backward consistency (the flow back from the edited image lands
    where it started, within 1 px) — Farnebäck invents motion in flat areas otherwise.
    """
    flow = _flow(g0, g1)
    back = _flow(g1, g0)
    h, w = g0.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    back_at = cv2.remap(back, xx + flow[..., 0], yy + flow[..., 1], cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    consistent = np.hypot(*(flow + back_at).transpose(2, 0, 1)) < 1.0
    sel = (valid & consistent)[::4, ::4]
    design = np.stack([xx[::4, ::4][sel], yy[::4, ::4][sel], np.ones(sel.sum(), np.float32)], axis=1)
    residual = flow.copy()
    if len(design) >= 10:
        for c in range(2):
            coef, *_ = np.linalg.lstsq(design, flow[::4, ::4, c][sel], rcond=None)
            residual[..., c] -= coef[0] * xx + coef[1] * yy + coef[2]
    return np.hypot(residual[..., 0], residual[..., 1]), consistent


def ssim_map(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Local SSIM (Wang et al. 2004) with a Gaussian window, inputs in [0, 1]."""
    c1, c2 = 0.01**2, 0.03**2

    def blur(x: np.ndarray) -> np.ndarray:
        return cv2.GaussianBlur(x, (0, 0), 1.5)

    mu_a, mu_b = blur(a), blur(b)
    var_a = blur(a * a) - mu_a**2
    var_b = blur(b * b) - mu_b**2
    cov = blur(a * b) - mu_a * mu_b
    return ((2 * mu_a * mu_b + c1) * (2 * cov + c2)) / ((mu_a**2 + mu_b**2 + c1) * (var_a + var_b + c2))


def statistics(before: Frame, after: Frame) -> dict:
    # Compare at the smaller of the two resolutions: a downsized export must not look
    # "smoothed" just because the original has more pixels.
    target = min(COMPARE_LONG_SIDE, max(after.shape))
    b, _ = shrink(before.rgb, target)
    # before's greyscale, converted once: alignment, flow, SSIM and face detection read it.
    y0 = cv2.cvtColor(b, cv2.COLOR_RGB2GRAY)
    g0 = _to8(y0)
    a, valid = align(b, shrink(after.rgb, target)[0], grey_before=g0)  # absorbs any scale
    if valid.sum() < 0.2 * valid.size:
        valid[:] = True  # the photos do not overlap: compare as they are
    g1 = _grey8(a)
    diag = float(np.hypot(*g0.shape))
    motion, consistent = _residual_flow(g0, g1, valid)
    motion = cv2.GaussianBlur(motion * consistent, (0, 0), max(1.0, 0.01 * max(g0.shape)))
    # Flow is only trustworthy where there is texture to follow (not in sky or fog).
    yb, ya = g0.astype(np.float32) / 255.0, g1.astype(np.float32) / 255.0
    gx, gy = cv2.Sobel(yb, cv2.CV_32F, 1, 0), cv2.Sobel(yb, cv2.CV_32F, 0, 1)
    texture = cv2.GaussianBlur(gx * gx + gy * gy, (0, 0), 4.0)
    trusted = valid & consistent & (texture > 0.002)
    if trusted.sum() < 0.02 * trusted.size:  # almost no texture: use the best-textured tenth
        trusted = valid & consistent & (texture >= np.percentile(texture[valid], 90))
    if not trusted.any():
        trusted = valid
    geometric = float(np.percentile(motion[trusted], 99.5)) / diag * 100.0
    structure = structure_match(yb, ya, valid)
    ssim = ssim_map(yb, ya)
    photometric = float(1.0 - ssim[valid].mean())
    # Retouching is local (a face, a waist): the most-changed patch (~5 % of the long side)
    # says more than the average over a photo that is mostly untouched.
    dissim = cv2.blur((1.0 - ssim) * valid, (patch := max(5, int(0.05 * max(g0.shape))), patch))
    cover = cv2.blur(valid.astype(np.float32), (patch, patch))
    local = dissim / np.maximum(cover, 1e-3)
    local_photometric = float(np.percentile(local[cover > 0.99], 99)) if (cover > 0.99).any() else photometric
    # Laplacian of a slightly blurred copy: edge and texture sharpness, not the pixel-level
    # noise that a recompression alone removes.
    lap_b = np.abs(cv2.Laplacian(cv2.GaussianBlur(yb, (0, 0), 2.0), cv2.CV_32F))[valid].mean()
    lap_a = np.abs(cv2.Laplacian(cv2.GaussianBlur(ya, (0, 0), 2.0), cv2.CV_32F))[valid].mean()
    sharpness = float(np.log2((lap_a + 1e-4) / (lap_b + 1e-4)))
    lab_b, lab_a = cv2.cvtColor(b, cv2.COLOR_RGB2Lab), cv2.cvtColor(a, cv2.COLOR_RGB2Lab)
    colour = float(np.linalg.norm(lab_b - lab_a, axis=2)[valid].mean()) / 10.0
    face = None
    faces = detect_faces(y0)
    if faces:
        mask = np.zeros(valid.shape, bool)
        for x, y, w, h in faces:
            mask[y : y + h, x : x + w] = True
        mask &= valid
        if mask.sum() > 100:
            face = float(1.0 - ssim[mask].mean())
    return {
        "geometric": geometric,
        "photometric": photometric,
        "local_photometric": local_photometric,
        "sharpness": sharpness,
        "colour": colour,
        "face_photometric": face,
        "structure": structure,
        "motion": motion / max(0.004 * diag, 1e-6),
    }


def retouch_parts(stats: dict) -> dict[str, float]:
    """The statistics the magnitude is calibrated on (also used by the eval script)."""
    return {
        "geometric": stats["geometric"],
        "photometric": max(stats["photometric"], stats["face_photometric"] or 0.0),
        "local_photometric": stats.get("local_photometric", stats["photometric"]),
        "sharpness": abs(stats["sharpness"]),
        "colour": stats["colour"],
    }


def retouch_from_stats(stats: dict, cal: Calibration) -> RetouchResult:
    parts = retouch_parts(stats)
    magnitude = cal.retouch_magnitude(parts)
    scores = {k: cal.retouch[k](v) if k in cal.retouch else 0.0 for k, v in parts.items()}
    main = max(scores, key=scores.get)
    return RetouchResult(
        magnitude=magnitude,
        geometric=stats["geometric"],
        photometric=stats["photometric"],
        sharpness=stats["sharpness"],
        face_photometric=stats["face_photometric"],
        message=_message(magnitude, main, stats["sharpness"]),
        flow_map=np.clip(stats["motion"], 0, 1).astype(np.float32),
    )


def _message(magnitude: float, main: str, sharpness: float) -> str:
    if magnitude < CAUTION_SCORE:
        return tr("Close to the original: light retouching at most.", "与原图接近：最多是轻度修图。")
    what = {
        "geometric": tr("shapes were reshaped (liquify/slimming)", "形状被改动过（液化/瘦身）"),
        "photometric": tr("details and textures were changed", "细节和纹理被改动过"),
        "sharpness": tr("the photo was smoothed", "照片被磨皮/柔化")
        if sharpness < 0
        else tr("the photo was sharpened", "照片被锐化"),
        "colour": tr("colours and tones were changed", "色彩和影调被改动过"),
    }[main]
    if magnitude < OVER_SCORE:
        return tr(f"Noticeably retouched compared with the original: {what}.", f"与原图相比有明显修图：{what}。")
    return tr(
        f"Heavily retouched compared with the original: {what}.",
        f"与原图相比修图很重：{what}。",
    )
