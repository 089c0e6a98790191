"""The public API: report shape, verdict stability, robustness to awkward input, threads."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from studio.core.i18n import set_language
from studio.core.imageio import ImageLoadError
from studio.core.photo import PhotoReport, analyze
from studio.core.photo.calibration import CalibrationError, Logistic, Scale, load
from studio.core.photo.signals import SIGNAL_IDS, SIGNALS
from studio.core.photo.signals.base import NOTICEABLE_SCORE, STRONG_SCORE
from studio.core.photo.working import WORKING_LONG_SIDE, load_frame

from . import synth


@pytest.fixture(scope="module")
def base() -> np.ndarray:
    return synth.jpeg(synth.photo(), 92)


def _heavy(img: np.ndarray) -> np.ndarray:
    return synth.jpeg(synth.everything_maxed(img), 92)


def test_report_shape(base):
    report = analyze(base)
    assert isinstance(report, PhotoReport)
    assert 0 <= report.score <= 100
    assert report.verdict in ("ok", "caution", "over")
    assert [s.id for s in report.signals] == [
        "saturation", "clipping", "combing", "halos", "smoothing", "local_contrast", "vignette",
        "colour_cast",
    ]
    for s in report.signals:
        assert 0 <= s.score <= 1 and s.message
    assert report.heatmap is not None and report.heatmap.shape == base.shape[:2]
    assert report.heatmap.min() >= 0 and report.heatmap.max() <= 1
    data = report.to_dict()
    assert set(data) == {"file", "score", "verdict", "signals"}
    assert set(data["signals"][0]) == {"id", "value", "score", "message"}


def test_heavy_edit_scores_higher_and_is_flagged(base):
    natural, heavy = analyze(base), analyze(_heavy(base))
    assert heavy.score > natural.score + 20
    assert heavy.verdict == "over"
    assert natural.verdict != "over"


def test_verdict_is_stable_under_benign_changes(base):
    ref = analyze(base)
    h, w = base.shape[:2]
    variants = [
        synth.jpeg(base, 75),
        np.asarray(Image.fromarray(base).resize((int(w * 0.7), int(h * 0.7)), Image.Resampling.LANCZOS)),
        base[int(0.05 * h) : int(0.95 * h), int(0.05 * w) : int(0.95 * w)],
    ]
    for img in variants:
        report = analyze(img)
        assert report.verdict == ref.verdict
        assert abs(report.score - ref.score) < 20


def test_messages_follow_the_language(base):
    set_language("zh")
    try:
        report = analyze(_heavy(base))
    finally:
        set_language(None)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in report.top_signals()[0].message)


def test_calibration_is_fitted_data():
    cal = load()
    assert set(cal.signals) == set(SIGNAL_IDS)
    assert set(cal.retouch) == {"geometric", "photometric", "local_photometric", "sharpness", "colour"}
    assert 0 < cal.score_scale.caution < cal.score_scale.over
    # the anchors put the verdict thresholds at 40 and 70 on the displayed scale
    assert cal.score_scale(cal.score_scale.caution) == pytest.approx(40)
    assert cal.score_scale(cal.score_scale.over) == pytest.approx(70)
    assert cal.verdict(39.9) == "ok" and cal.verdict(40) == "caution" and cal.verdict(70) == "over"


@pytest.mark.parametrize(("content", "words"), [
    (None, "cannot read"),
    (b"[signals\n", "not valid TOML"),
    (b"[signals.saturation]\ncenter = 1\n", "incomplete"),
])
def test_a_broken_calibration_is_a_calibration_error_naming_the_file(tmp_path, content, words):
    path = tmp_path / "calibration.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CalibrationError, match=words) as info:
        load(path)
    assert "calibration.toml" in str(info.value)


def _save(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        lambda b: Image.fromarray(b).convert("L"),
        lambda b: Image.fromarray(b).convert("RGBA"),
        lambda b: Image.fromarray(np.asarray(Image.fromarray(b).convert("L"), np.uint16) * 257),
        lambda b: Image.open(io.BytesIO(_save(Image.fromarray(b).convert("CMYK"), "JPEG"))),
        lambda b: Image.fromarray(b[:40, :50]),  # smaller than 64 px
    ],
    ids=["grey", "alpha", "16bit", "cmyk-jpeg", "tiny"],
)
def test_awkward_pixel_layouts_are_analysed(base, make):
    report = analyze(make(base))
    assert 0 <= report.score <= 100


def test_exif_orientation_is_honoured(base, tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° to display
    path = tmp_path / "rotated.jpg"
    Image.fromarray(base).save(path, "JPEG", exif=exif)
    report = analyze(path)
    h, w = base.shape[:2]
    assert report.working_size == (h, w)
    assert report.size == (h, w)
    assert report.file == str(path)


def test_huge_photo_is_analysed_at_working_size(tmp_path):
    # 8000×6000 = 48 MP; a smooth image keeps the JPEG (and the test) small and fast.
    big = Image.fromarray(synth.photo(800, 600)).resize((8000, 6000), Image.Resampling.BILINEAR)
    path = tmp_path / "big.jpg"
    big.save(path, "JPEG", quality=85)
    report = analyze(path, heatmap=False)
    assert report.size == (8000, 6000)
    assert max(report.working_size) <= WORKING_LONG_SIDE


def test_bad_inputs_name_the_file(tmp_path):
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(_save(Image.fromarray(synth.photo()), "JPEG")[:500])
    unsupported = tmp_path / "notes.txt"
    unsupported.write_text("hello")
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12000, 12000)).save(bomb)
    for path in (corrupt, truncated, unsupported, bomb, tmp_path / "missing.png"):
        with pytest.raises(ImageLoadError) as info:
            analyze(path)
        assert path.name in str(info.value)


def test_too_small_to_judge(tmp_path):
    path = tmp_path / "dot.png"
    Image.new("RGB", (8, 8), (200, 100, 50)).save(path)
    with pytest.raises(ImageLoadError, match="too small"):
        analyze(path)


def test_thread_safe(base):
    images = [base, _heavy(base)] * 3
    with ThreadPoolExecutor(4) as pool:
        reports = list(pool.map(lambda im: analyze(im, heatmap=False), images))
    assert {round(r.score, 6) for r in reports[0::2]} == {round(reports[0].score, 6)}
    assert {round(r.score, 6) for r in reports[1::2]} == {round(reports[1].score, 6)}



def test_ok_verdict_never_uses_the_strong_wording(base):
    """A signal past its own decision point under an overall "ok" gets the milder sentence,
    so the reasons never contradict "looks natural"."""
    shipped = load()
    # Every signal's curve centred far below its value (score ≈ 1), anchors so high that the
    # photo still reads "ok".
    lenient = replace(
        shipped,
        signals={k: Logistic(center=-1e6, width=1.0) for k in shipped.signals},
        score_scale=Scale(caution=1e9, over=1e10),
    )
    report = analyze(base, heatmap=False, calibration=lenient)
    assert report.verdict == "ok"
    frame = load_frame(base)
    softened = 0
    for signal, result in zip(SIGNALS, report.signals, strict=True):
        assert result.score > STRONG_SCORE  # the score itself is reported unchanged
        m = signal.measure(frame)
        assert result.message == signal.message(STRONG_SCORE - 0.01, m)
        softened += result.message != signal.message(result.score, m)
    assert softened == len(SIGNALS)  # every signal has a distinct strong sentence


def test_reasons_never_include_an_all_is_well_sentence(base):
    """A signal just under the 'noticeable' level words itself as fine ("White balance looks
    neutral."); listing that as a reason for an edited verdict would be nonsense."""
    from studio.core.photo.report import SignalResult

    report = analyze(base, heatmap=False)
    almost = SignalResult("colour_cast", 1.0, NOTICEABLE_SCORE - 0.02, "White balance looks neutral.")
    strong = SignalResult("halos", 1.0, 0.9, "Edges have outlines.")
    mixed = replace(report, signals=[almost, strong])
    assert mixed.top_signals(3) == [strong]
    assert mixed.top_signals(3, min_score=0.0) == [strong]


def test_scale_floor_shows_as_zero_and_keeps_the_anchors():
    scale = Scale(caution=1.0, over=10.0, floor=0.01)
    assert scale(0.01) == 0.0 and scale(0.0) == 0.0
    assert scale(1.0) == pytest.approx(40) and scale(10.0) == pytest.approx(70)
    assert 0 < scale(0.02) < scale(0.5) < 40
