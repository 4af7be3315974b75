"""The widget a recording is shown in: a picture, a native window for libvlc, or a placeholder."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

NO_MEDIA_TEXT = "No recording open"
AUDIO_ONLY_TEXT = "Audio only: this recording has no picture"


class VideoSurface(QWidget):
    """Paints the newest frame scaled to fit, or a one-line placeholder on black.

    When libvlc draws into a native window, that window is a child covering this widget and the
    placeholder shows only while it is hidden.
    """

    picture_painted = Signal()  # a picture (not the placeholder) has just been painted
    # the size pictures are shown at, in device pixels, once shown and whenever it changes
    shown_size_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoSurface")
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._owner: object = None  # the bytes an image was made over, kept alive with it
        self._placeholder = NO_MEDIA_TEXT
        self._native: QWidget | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def placeholder(self) -> str:
        """The text shown when there is no picture ('' while a picture is shown)."""
        return "" if self._image is not None or self._native_visible() else self._placeholder

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._image = None
        self._owner = None
        self.show_native(False)
        self.update()

    def set_image(self, image: QImage | None, owner: object = None) -> None:
        """Show a picture; owner is the buffer it was built on, if it does not own its bytes."""
        self._image = image
        self._owner = owner
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def native_window(self) -> QWidget:
        """A child with its own native window, for players that draw straight to the screen."""
        if self._native is None:
            native = QWidget(self)
            native.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            native.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
            native.setAutoFillBackground(True)
            pal = native.palette()
            pal.setColor(native.backgroundRole(), QColor("black"))
            native.setPalette(pal)
            native.setGeometry(self.rect())
            native.hide()
            self._native = native
        return self._native

    def show_native(self, visible: bool) -> None:
        if self._native is not None:
            self._native.setVisible(visible)
        self.update()

    def _native_visible(self) -> bool:
        return self._native is not None and not self._native.isHidden()

    def shown_size(self) -> tuple[int, int]:
        """The widget's size in device pixels: the most a picture can show here."""
        ratio = self.devicePixelRatioF()
        return math.ceil(self.width() * ratio), math.ceil(self.height() * ratio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._native is not None:
            self._native.setGeometry(self.rect())
            handle = self._native.windowHandle()
            if handle is not None and self._native.isHidden():
                # Qt gives a hidden native child's window its new size only when it is shown,
                # and libvlc sizes its own window from it meanwhile: its first pictures after
                # play were placed for the old size (measured: 60 px too low for ~60 ms)
                handle.setGeometry(self.rect())
        super().resizeEvent(event)
        if self.isVisible():
            self.shown_size_changed.emit(*self.shown_size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_size_changed.emit(*self.shown_size())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self._image is not None and not self._image.isNull():
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        elif not self._native_visible():
            painter.setPen(QColor("#d0d0d0"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
        painter.end()
        if self._image is not None and not self._image.isNull():
            self.picture_painted.emit()
