"""One photo's card: thumbnail (optionally with the heat map), score, verdict and reasons."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from studio.gui.common.images import to_pixmap
from studio.gui.theme import OK_COLOR, SEVERITY_COLORS

VERDICT_COLOURS = {"ok": OK_COLOR, "caution": SEVERITY_COLORS["warn"], "over": SEVERITY_COLORS["block"]}
CARD_WIDTH = 250


class PhotoCard(QFrame):
    remove_requested = Signal(object)
    compare_requested = Signal(object)

    def __init__(self, key: object, name: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.setFixedWidth(CARD_WIDTH)
        self._plain: QPixmap | None = None
        self._heat: QPixmap | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        self.image = QLabel(self)
        self.image.setFixedSize(CARD_WIDTH - 20, CARD_WIDTH - 20)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("photoThumb")
        layout.addWidget(self.image)
        self.file_name = name  # as the user added it
        self.name = QLabel(self)
        self.name.setObjectName("muted")
        # Phone and WeChat exports have long names with no spaces: shorten in the middle
        # (the tooltip keeps it whole) rather than cut off at the card's edge.
        self.name.setText(self.name.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, CARD_WIDTH - 20))
        self.name.setToolTip(name)
        layout.addWidget(self.name)
        head = QHBoxLayout()
        self.verdict = QLabel(self)
        self.verdict.setObjectName("photoVerdict")
        head.addWidget(self.verdict)
        head.addStretch(1)
        self.score = QLabel(self)
        self.score.setObjectName("photoScore")
        head.addWidget(self.score)
        layout.addLayout(head)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate while this photo is analysed
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        layout.addWidget(self.busy)
        self.signals = QLabel(self)
        self.signals.setWordWrap(True)
        self.signals.setObjectName("photoSignals")
        layout.addWidget(self.signals)
        self.retouch = QLabel(self)
        self.retouch.setWordWrap(True)
        self.retouch.setVisible(False)
        layout.addWidget(self.retouch)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.heat = QCheckBox(self.tr("Heat map"), self)
        self.heat.setToolTip(self.tr("Tint the areas where the editing was detected"))
        self.heat.setEnabled(False)
        self.heat.toggled.connect(self._show_pixmap)
        row.addWidget(self.heat)
        row.addStretch(1)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("link")
        remove.setToolTip(self.tr("Remove this photo from the note"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self.key))
        row.addWidget(remove)
        layout.addLayout(row)
        self.compare = QPushButton(self.tr("Compare with original…"), self)
        self.compare.setToolTip(self.tr("Pick the unedited photo to measure how much it was retouched"))
        self.compare.clicked.connect(lambda: self.compare_requested.emit(self.key))
        layout.addWidget(self.compare)
        self.set_waiting()

    def set_waiting(self) -> None:
        self.set_pending(self.tr("Waiting to be checked…"))

    def set_pending(self, text: str) -> None:
        self.failed = False
        self.busy.setVisible(True)
        self.verdict.setText(text)
        self.score.clear()

    def set_error(self, message: str) -> None:
        self.failed = True
        self.busy.setVisible(False)
        heading = self.tr("Could not check this photo")  # not inside the f-string: lupdate would miss it
        self.verdict.setText(f'<span style="color:#E5484D">{heading}</span>')
        self.signals.setText(message)
        self.signals.setVisible(True)
        self.retouch.setVisible(False)  # an earlier before/after line no longer applies

    def set_result(self, result, verdict_text: str) -> None:
        report = result.report
        self.failed = False
        self.busy.setVisible(False)
        colour = VERDICT_COLOURS.get(report.verdict, "#888888")
        self.verdict.setText(f'<span style="color:{colour}; font-weight:600">● {verdict_text}</span>')
        self.score.setText(self.tr("score {}").format(f"{report.score:.0f}/100"))
        self.score.setToolTip(self.tr("0 = untouched, 100 = heavily edited"))
        # For a natural verdict only strong signals are worth a creator's attention.
        top = report.top_signals(3) if report.verdict != "ok" else report.top_signals(2, min_score=0.5)
        if report.note:  # a text card or graphic: not judged as a photo, and why
            self.signals.setText(report.note)
        elif top:
            self.signals.setText("\n".join(f"• {s.message}" for s in top))
        elif report.retouch is not None and report.verdict != "ok":
            # The before/after comparison is the reason (say, a liquified waist): "no sign of
            # reshaping" above it would contradict it.
            self.signals.clear()
        else:
            self.signals.setText(self.tr("No sign of heavy filters, smoothing or reshaping."))
        self.signals.setVisible(bool(self.signals.text()))
        if report.retouch is not None:
            self.retouch.setText(self.tr("Before/after: retouch {}/100. {}").format(
                f"{report.retouch.magnitude:.0f}", report.retouch.message))
        elif result.original_error:  # the chosen original could not be read
            self.retouch.setText(f'<span style="color:#E5484D">{html.escape(result.original_error)}</span>')
        else:
            self.retouch.clear()
        self.retouch.setVisible(bool(self.retouch.text()))
        self._plain = to_pixmap(result.thumbnail)
        self._heat = to_pixmap(result.overlay) if result.overlay is not None else None
        self.heat.setEnabled(self._heat is not None)
        self._show_pixmap()

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        self._plain = pixmap
        self._show_pixmap()

    def _show_pixmap(self) -> None:
        pixmap = self._heat if self.heat.isChecked() and self._heat is not None else self._plain
        if pixmap is not None:
            self.image.setPixmap(pixmap.scaled(self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
