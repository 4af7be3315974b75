"""The transport bar: play/pause, frame steps, rate, volume, and the time and frame readout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.ui.timefmt import format_ms

Icon = QStyle.StandardPixmap
RATES = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 4.0)


class TransportBar(QWidget):
    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play = self._button(Icon.SP_MediaPlay, "Play / pause (Space)", player.toggle)
        self.back = self._button(
            Icon.SP_MediaSkipBackward, "Previous frame (,)", lambda: player.step(-1)
        )
        self.fwd = self._button(Icon.SP_MediaSkipForward, "Next frame (.)", lambda: player.step(1))
        self.time = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(11)
        self.time.setFont(mono)
        self.time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widest = "0:00:00.000 / 0:00:00  frame 000000"
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance(widest) + 8)
        self.rate = QComboBox()
        self.rate.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r in RATES:
            self.rate.addItem(f"{r:g}×", r)
        self.rate.setCurrentIndex(RATES.index(1.0))
        self.rate.setToolTip("Playback rate (J slower, L faster)")
        self.rate.activated.connect(lambda _i: player.set_rate(self.rate.currentData()))
        self.mute = self._button(Icon.SP_MediaVolume, "Mute", self._toggle_mute)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(70)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setToolTip("Volume")
        self.volume.valueChanged.connect(player.set_volume)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.back, self.play, self.fwd):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.time)
        layout.addStretch(1)
        layout.addWidget(self.rate)
        layout.addWidget(self.mute)
        layout.addWidget(self.volume)
        player.position_changed.connect(self.show_position)
        player.state_changed.connect(self._state)
        self.show_position(0)

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
        self.time.setText(
            f"{format_ms(ms)} / {format_ms(total, millis=False)}  frame {self.player.ms_to_frame(ms)}"
        )

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
