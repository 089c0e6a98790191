"""Runs the over-editing detector on the avatar in the background and says the verdict in words."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from studio.gui.workers import LatestRequestWorker


def _analyze(path: str):
    from studio.core.photo import analyze  # imported lazily: OpenCV loads in the worker

    return analyze(path)


class AvatarCheck(QObject):
    def __init__(self, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self._label = label
        self._job = LatestRequestWorker("avatar-check", self)
        self._job.finished.connect(self._show)
        self._job.failed.connect(lambda message: self._label.setText(
            self.tr("Photo check unavailable: {}").format(message)))
        self.last_report = None

    def check(self, path: str) -> None:
        self.last_report = None
        if not path:
            self._job.cancel()
            self._label.setText("")
            return
        self._label.setText(self.tr("Checking the avatar for heavy editing…"))
        self._job.submit(lambda: _analyze(path))

    def _show(self, report) -> None:
        self.last_report = report
        words = {
            "ok": self.tr("Natural look (editing score {score:.0f}/100)."),
            "caution": self.tr("Noticeably edited (score {score:.0f}/100): keep it close to how you look."),
            "over": self.tr("Heavily edited (score {score:.0f}/100): the platform polices over-edited photos."),
        }
        text = words.get(report.verdict, "{score:.0f}").format(score=report.score)
        top = report.top_signals(2)
        if top and report.verdict != "ok":
            text += " " + " ".join(s.message for s in top)
        self._label.setText(text)
