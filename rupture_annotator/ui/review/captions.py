"""Captions over the video while a moment plays, large enough to read across a room.

libvlc draws into a native window of its own on X11, which paints over any child widget; the
captions are therefore a frameless tool window of their own, kept over the bottom of the video.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.review import Moment
from rupture_annotator.ui.timefmt import format_ms

MAX_NOTE_CHARS = 280


def caption_lines(moment: Moment, codebook: Codebook, *, show_note: bool) -> tuple[str, str, str]:
    """(headline, codes, note): what the captions say about a moment."""
    if moment.is_rupture:
        head = f"{moment.kind.capitalize()} rupture"
        if moment.rating is not None:
            head += f" · significance {moment.rating}"
    else:
        head = "Resolution strategy"
        if moment.rating is not None:
            head += f" · resolution {moment.rating}"
    head += f" · {format_ms(moment.start_ms).split('.')[0]}"  # milliseconds are noise here
    codes = " · ".join(moment.codes(codebook))
    note = moment.note.strip() if show_note else ""
    if len(note) > MAX_NOTE_CHARS:
        note = note[: MAX_NOTE_CHARS - 1].rstrip() + "…"
    return head, codes, note


class CaptionOverlay(QWidget):
    """A band of large text kept over the bottom of `video` (follows its moves and resizes)."""

    def __init__(self, video: QWidget) -> None:
        super().__init__(
            video.window(),
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowTransparentForInput,
        )
        self.setObjectName("review_captions")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._video = video
        self._wanted = False
        self._accent = QColor("#f2c14e")
        self.head, self.codes, self.note = QLabel(), QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 14)
        layout.setSpacing(4)
        for label, scale, bold in ((self.head, 1.0, True), (self.codes, 0.8, False)):
            label.setWordWrap(True)
            label.setProperty("scale", scale)
            label.setProperty("bold", bold)
            layout.addWidget(label)
        self.note.setWordWrap(True)
        self.note.setProperty("scale", 0.65)
        self.note.setProperty("bold", False)
        layout.addWidget(self.note)
        for label in (self.head, self.codes, self.note):
            label.setStyleSheet("color: white; background: transparent;")
        video.installEventFilter(self)
        video.window().installEventFilter(self)

    def show_moment(self, moment: Moment, codebook: Codebook, *, show_note: bool) -> None:
        head, codes, note = caption_lines(moment, codebook, show_note=show_note)
        self.head.setText(head)
        self.codes.setText(codes)
        self.codes.setVisible(bool(codes))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._accent = QColor(codebook.color_of(moment.kind))
        self._wanted = True
        self._place()

    def clear(self) -> None:
        self._wanted = False
        self.hide()

    def text(self) -> str:
        """What the captions say now (empty when hidden)."""
        if not self._wanted:
            return ""
        return "\n".join(p.text() for p in (self.head, self.codes, self.note) if not p.isHidden())

    def _place(self) -> None:
        video = self._video
        if not self._wanted or not video.isVisible() or video.window().isMinimized():
            self.hide()
            return
        width = video.width()
        base = max(16, min(48, width // 28))  # from a laptop panel to a wall screen
        for label in (self.head, self.codes, self.note):
            font = QFont(label.font())
            font.setPixelSize(int(base * float(label.property("scale"))))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)
        self.setFixedWidth(width)
        self.adjustSize()
        height = min(self.sizeHint().height(), max(1, video.height() * 2 // 3))
        self.setFixedHeight(height)
        top_left = video.mapToGlobal(QPoint(0, video.height() - height))
        self.move(top_left)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
        ):
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(16, 16, 16))
        painter.fillRect(0, 0, 10, self.height(), self._accent)
