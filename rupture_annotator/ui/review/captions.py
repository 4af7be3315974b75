"""Captions under the picture while a moment plays, large enough to read across a room.

They never cover the picture (the recording may carry subtitles of its own): they sit right under
it, in the letterbox band when that is tall enough, else in a band the window lays out under the
video (`CaptionOverlay.band`), which takes from the video only what its letterbox lacks.

libvlc draws into a native window of its own on X11, which paints over any child widget; the
captions are therefore a frameless tool window of their own, kept under the picture.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.review import Moment
from rupture_annotator.ui.timefmt import format_ms

MAX_NOTE_CHARS = 280
MAX_SHARE = 0.4  # of the video's room, at most, for captions (a long note is cut there)
BACKGROUND = QColor(16, 16, 16)


def caption_lines(moment: Moment, codebook: Codebook, *, show_note: bool) -> tuple[str, str, str]:
    """(headline, codes, note): what the captions say about a moment."""
    if moment.is_rupture:
        names = {
            "withdrawal": QCoreApplication.translate("CaptionOverlay", "Withdrawal rupture"),
            "confrontation": QCoreApplication.translate("CaptionOverlay", "Confrontation rupture"),
        }
        head = names.get(moment.kind, f"{moment.kind.capitalize()} rupture")
        if moment.rating is not None:
            rating = QCoreApplication.translate("CaptionOverlay", "significance {n}")
            head += " · " + rating.format(n=moment.rating)
    else:
        head = QCoreApplication.translate("CaptionOverlay", "Resolution strategy")
        if moment.rating is not None:
            rating = QCoreApplication.translate("CaptionOverlay", "resolution {n}")
            head += " · " + rating.format(n=moment.rating)
    head += f" · {format_ms(moment.start_ms).split('.')[0]}"  # milliseconds are noise here
    codes = " · ".join(moment.codes(codebook))
    note = moment.note.strip() if show_note else ""
    if len(note) > MAX_NOTE_CHARS:
        note = note[: MAX_NOTE_CHARS - 1].rstrip() + "…"
    return head, codes, note


def picture_rect(size: QSize, aspect: float | None) -> QRect:
    """Where a picture of this width/height ratio shows in a widget of this size: scaled to fit
    and centred, as libvlc and the video surface draw it (the whole widget if unknown)."""
    width, height = size.width(), size.height()
    if not aspect or aspect <= 0 or width <= 0 or height <= 0:
        return QRect(0, 0, max(0, width), max(0, height))
    w, h = width, round(width / aspect)
    if h > height:
        w, h = round(height * aspect), height
    return QRect((width - w) // 2, (height - h) // 2, w, h)


def band_height(width: int, room: int, aspect: float | None, captions: int) -> int:
    """How much of `room` (the height shared by the video and the band under it) the band needs
    so that `captions` px fit between the bottom of the picture and the bottom of the room."""
    if captions <= 0:
        return 0
    picture = picture_rect(QSize(width, room), aspect).height()
    spare = room - picture  # the letterbox, above and below the picture together
    if captions <= spare:
        # the picture keeps its size; the band takes only what the letterbox under it lacks
        return max(0, 2 * captions - spare)
    return min(room, captions)  # the picture shrinks to make room


class CaptionOverlay(QWidget):
    """A band of large text kept under the picture of `video` (follows its moves and resizes).

    aspect: the picture's width/height ratio (None: unknown, the picture fills the video).
    """

    def __init__(self, video: QWidget, aspect: Callable[[], float | None] | None = None) -> None:
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
        self._aspect = aspect or (lambda: None)
        self._wanted = False
        self._keep_room = False
        self._accent = QColor("#f2c14e")
        # the room under the video, for the host's layout: as tall as the letterbox falls short
        self.band = QWidget()
        self.band.setObjectName("review_caption_band")
        self.band.setAutoFillBackground(True)
        palette = self.band.palette()
        palette.setColor(self.band.backgroundRole(), QColor("black"))
        self.band.setPalette(palette)
        self.band.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._set_band(0)
        self.head, self.codes, self.note = QLabel(), QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 12)
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
        if not self._keep_room:
            self._set_band(0)

    def keep_room(self, keep: bool) -> None:
        """Keep the band's room between moments (the picture does not jump in size each time)."""
        self._keep_room = keep
        if not keep and not self._wanted:
            self._set_band(0)

    def text(self) -> str:
        """What the captions say now (empty when hidden)."""
        if not self._wanted:
            return ""
        return "\n".join(p.text() for p in (self.head, self.codes, self.note) if not p.isHidden())

    def picture(self) -> QRect:
        """Where the picture is, in the video widget's coordinates."""
        return picture_rect(self._video.size(), self._aspect())

    def _place(self) -> None:
        video = self._video
        if not self._wanted or not video.isVisible() or video.window().isMinimized():
            self.hide()
            return
        band = self.band
        laid_out = band.parentWidget() is not None
        room = video.height() + (band.height() if laid_out else 0)
        width = video.width()
        # from a laptop panel to a wall screen, and never more than the room allows
        base = max(14, min(48, width // 28, room // 22))
        for label in (self.head, self.codes, self.note):
            font = QFont(label.font())
            font.setPixelSize(int(base * float(label.property("scale"))))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)
        self.setFixedWidth(width)
        layout = self.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None else 0
        height = max(1, min(wanted, int(room * MAX_SHARE)))
        self.setFixedHeight(height)
        if laid_out:
            needed = band_height(width, room, self._aspect(), height)
            self._set_band(needed)  # the video resizes, and this runs again
        top = self.picture().bottom() + 1
        self.move(video.mapToGlobal(QPoint(0, top)))
        self.show()
        self.raise_()

    def _set_band(self, height: int) -> None:
        """Hidden when empty, so the layout keeps no spacing for it either."""
        height = height if self.band.parentWidget() is not None else 0
        if height != self.band.height() or self.band.isHidden() != (height == 0):
            self.band.setFixedHeight(height)
            self.band.setVisible(height > 0)

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
        painter.fillRect(self.rect(), BACKGROUND)
        painter.fillRect(0, 0, 10, self.height(), self._accent)
