"""The Player interface: the only way the rest of the app plays a recording.

Positions are media time in milliseconds, the timestamps FFmpeg reads from the file (edit lists
applied). Frame n covers [first + n / fps, first + (n + 1) / fps), where `first` is the first
frame's time (0 in most files, a few ms in some Matroska files); the frame shown for a position
is the frame that contains it, and a position before the first frame shows the first frame. All
signals are emitted on the GUI thread.
"""

from __future__ import annotations

import math
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rupture_annotator.media.probe import MediaInfo

MIN_RATE = 0.25
MAX_RATE = 4.0
DEFAULT_FPS = 25.0  # frame arithmetic for audio-only recordings, which have no frames of their own


class PlaybackState(StrEnum):
    NO_MEDIA = "no_media"
    PLAYING = "playing"
    PAUSED = "paused"
    ENDED = "ended"


def clamp_rate(rate: float) -> float:
    return min(MAX_RATE, max(MIN_RATE, float(rate)))


def frame_to_ms(frame: int, fps: float, first_ms: int = 0) -> int:
    """The first whole millisecond inside frame `frame` (so ms_to_frame gives it back)."""
    if frame <= 0:
        return 0
    return max(0, math.ceil(first_ms + frame * 1000.0 / fps - 1e-6))


def ms_to_frame(ms: float, fps: float, first_ms: int = 0) -> int:
    """The frame that contains media time `ms`."""
    return max(0, math.floor((ms - first_ms) * fps / 1000.0 + 1e-6))


def frame_middle_ms(frame: int, fps: float, first_ms: int = 0) -> float:
    """The middle of a frame: the time a seek asks for, far from both of its edges."""
    return first_ms + (frame + 0.5) * 1000.0 / fps


class Player(QObject):
    """Abstract player. Failures are reported through error_occurred, never raised."""

    position_changed = Signal(int)  # ms, smooth (interpolated), throttled to the display rate
    state_changed = Signal(str)  # a PlaybackState value
    media_loaded = Signal(object)  # a media.probe.MediaInfo
    error_occurred = Signal(str)  # one plain sentence for the user
    rate_changed = Signal(float)  # the rate asked for, whoever asked (review, shuttle, the menu)

    # -- what each backend implements ---------------------------------------------------------
    def open(self, path: Path) -> None:
        """Load a recording, paused on its first frame; media_loaded or error_occurred follows."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def seek(self, ms: int) -> None:
        """Show the frame that contains `ms` (paused or playing)."""
        raise NotImplementedError

    def step(self, frames: int) -> None:
        """Pause and move `frames` frames forward (negative: back), exactly."""
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def rate(self) -> float:
        raise NotImplementedError

    def set_volume(self, percent: int) -> None:
        raise NotImplementedError

    def volume(self) -> int:
        raise NotImplementedError

    def set_muted(self, muted: bool) -> None:
        raise NotImplementedError

    def is_muted(self) -> bool:
        raise NotImplementedError

    def position_ms(self) -> int:
        raise NotImplementedError

    def state(self) -> PlaybackState:
        raise NotImplementedError

    def media_info(self) -> MediaInfo | None:
        raise NotImplementedError

    def video_widget(self) -> QWidget:
        """The surface the window embeds; shows a placeholder for audio-only or no media."""
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.state() == PlaybackState.PLAYING:
            self.pause()
        elif self.state() != PlaybackState.NO_MEDIA:
            self.play()

    def duration_ms(self) -> int:
        info = self.media_info()
        return info.duration_ms if info else 0

    def fps(self) -> float:
        """Frames per second of the video; DEFAULT_FPS for audio-only or no media."""
        info = self.media_info()
        return info.fps if info and info.fps else DEFAULT_FPS

    def frame_index(self) -> int:
        return min(self.ms_to_frame(self.position_ms()), self.frame_count() - 1)

    def frame_count(self) -> int:
        info = self.media_info()
        if info is not None and info.frame_count:
            return info.frame_count
        return max(1, self.ms_to_frame(max(0, self.duration_ms() - 1)) + 1)

    def first_frame_ms(self) -> int:
        info = self.media_info()
        return info.first_frame_ms if info and info.has_video else 0

    def frame_to_ms(self, frame: int) -> int:
        return frame_to_ms(frame, self.fps(), self.first_frame_ms())

    def ms_to_frame(self, ms: int) -> int:
        return ms_to_frame(ms, self.fps(), self.first_frame_ms())

    def has_video(self) -> bool:
        info = self.media_info()
        return bool(info and info.has_video)
