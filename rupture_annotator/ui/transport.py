"""The transport bar: play/pause, frame steps, rate, volume, and the time and frame readout.

The bar is one row when it is wide enough and wraps onto a second row when the video column is
narrow (review mode beside the list and the inspector): its pieces never shrink into each other.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.ui.timefmt import format_ms

Icon = QStyle.StandardPixmap
RATES = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 4.0)
WIDEST_TIME = "0:00:00.000 / 0:00:00"
WIDEST_FRAME = "0000000"  # the frame number of a 60 fps recording of 46 hours


class WrapRow(QLayout):
    """Items left to right, wrapping onto another row when the next one does not fit; the last
    item of the layout is pushed to the right end of its row. Items keep their size hints."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        widest = max((i.sizeHint().width() for i in self._shown()), default=0)
        width = widest + m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each row at this width (margins included)."""
        m = self.contentsMargins()
        room = max(0, width - m.left() - m.right())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            needed = w if not rows[-1] else used + self.spacing() + w
            if rows[-1] and needed > room:
                rows.append([item])
                used = w
            else:
                rows[-1].append(item)
                used = needed
        return rows

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        shown = self._shown()
        last = shown[-1] if shown else None
        y = rect.y() + m.top()
        right = rect.x() + rect.width() - m.right()
        for row in self.rows(rect.width()):
            height = max((i.sizeHint().height() for i in row), default=0)
            x = rect.x() + m.left()
            for item in row:
                size = item.sizeHint()
                left = right - size.width() if item is last and len(shown) > 1 else x
                if move:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(max(x, left), top), size))
                x = max(x, left) + size.width() + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + m.bottom()


class TransportBar(QWidget):
    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play = self._button(Icon.SP_MediaPlay, self.tr("Play / pause (Space)"), player.toggle)
        self.back = self._button(
            Icon.SP_MediaSkipBackward, self.tr("Previous frame (,)"), lambda: player.step(-1)
        )
        self.fwd = self._button(
            Icon.SP_MediaSkipForward, self.tr("Next frame (.)"), lambda: player.step(1)
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(11)
        self.time, self.frame = QLabel(), QLabel()
        widest_frame = self.tr("frame {n}").format(n=WIDEST_FRAME)
        for label, widest in ((self.time, WIDEST_TIME), (self.frame, widest_frame)):
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # a fixed width from the font: the readout does not jostle as the digits change
            label.setFixedWidth(label.fontMetrics().horizontalAdvance(widest) + 6)
        self.time.setToolTip(self.tr("Position / length of the recording"))
        self.frame.setToolTip(self.tr("Frame under the playhead (0 is the first)"))
        self.rate = QComboBox()
        self.rate.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r in RATES:
            self.rate.addItem(f"{r:g}×", r)
        self.rate.setCurrentIndex(RATES.index(1.0))
        self.rate.setToolTip(self.tr("Playback rate (J slower, L faster)"))
        self.rate.activated.connect(lambda _i: player.set_rate(self.rate.currentData()))
        self.mute = self._button(Icon.SP_MediaVolume, self.tr("Mute"), self._toggle_mute)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(80)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(player.set_volume)

        steps = self._group(self.back, self.play, self.fwd)
        sound = self._group(self.rate, self.mute, self.volume)
        layout = WrapRow(self, spacing=10)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (steps, self.time, self.frame, sound):
            layout.addWidget(w)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        player.position_changed.connect(self.show_position)
        player.rate_changed.connect(self.show_rate)
        player.state_changed.connect(self._state)
        self.show_position(0)

    def pieces(self) -> list[QWidget]:
        """Every control and readout of the bar, left to right."""
        return [
            self.back,
            self.play,
            self.fwd,
            self.time,
            self.frame,
            self.rate,
            self.mute,
            self.volume,
        ]

    @staticmethod
    def _group(*widgets: QWidget) -> QWidget:
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for w in widgets:
            row.addWidget(w)
        group.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return group

    def _button(self, icon: QStyle.StandardPixmap, tip: str, slot) -> QToolButton:  # type: ignore[no-untyped-def]
        b = QToolButton()
        b.setIcon(self.style().standardIcon(icon))
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setMinimumWidth(36)
        b.clicked.connect(slot)
        return b

    def show_position(self, ms: int) -> None:
        total = self.player.duration_ms()
        self.time.setText(f"{format_ms(ms)} / {format_ms(total, millis=False)}")
        self.frame.setText(self.tr("frame {n}").format(n=self.player.ms_to_frame(ms)))

    def show_rate(self, rate: float) -> None:
        i = self.rate.findData(rate)
        if i >= 0:
            self.rate.setCurrentIndex(i)

    def _toggle_mute(self) -> None:
        self.player.set_muted(not self.player.is_muted())
        muted = self.player.is_muted()
        self.mute.setIcon(
            self.style().standardIcon(Icon.SP_MediaVolumeMuted if muted else Icon.SP_MediaVolume)
        )

    def _state(self, state: str) -> None:
        playing = state == PlaybackState.PLAYING
        self.play.setIcon(
            self.style().standardIcon(Icon.SP_MediaPause if playing else Icon.SP_MediaPlay)
        )
