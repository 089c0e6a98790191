"""The face cascade loads under a non-ASCII folder (Windows: OpenCV opens paths with the ANSI
code page, so a cascade under C:\\Users\\张三\\… came back empty and faces went undetected)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import cv2
import numpy as np

from studio.core.photo import faces


def _in_fresh_thread(fn):
    out = []
    thread = threading.Thread(target=lambda: out.append(fn()))  # the cascade is cached per thread
    thread.start()
    thread.join()
    return out[0]


def test_cascade_under_a_chinese_folder(tmp_path, monkeypatch):
    folder = tmp_path / "张三" / "cascades"
    folder.mkdir(parents=True)
    shutil.copy(Path(cv2.data.haarcascades) / faces._CASCADE, folder)
    monkeypatch.setattr(cv2.data, "haarcascades", str(folder) + "/")
    real = cv2.CascadeClassifier

    def windows_like(*args):
        # What OpenCV does on Windows with a non-ASCII path: an empty classifier, no error.
        if args and not str(args[0]).isascii():
            return real()
        return real(*args)

    monkeypatch.setattr(cv2, "CascadeClassifier", windows_like)
    cascade = _in_fresh_thread(faces.face_cascade)
    assert cascade is not None and not cascade.empty()
    grey = np.full((120, 120), 128, np.uint8)
    assert len(cascade.detectMultiScale(grey)) == 0  # usable, not just non-empty


def test_missing_cascade_file_means_no_detector(tmp_path, monkeypatch):
    monkeypatch.setattr(cv2.data, "haarcascades", str(tmp_path) + "/")
    assert _in_fresh_thread(faces.face_cascade) is None
