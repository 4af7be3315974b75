"""A deterministic Player with no libvlc, for GUI tests and for running without VLC installed.

Time moves only by its own timer (a fixed step per tick, so runs are repeatable) or, with
`auto_advance=False`, only when a test calls `advance(ms)`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from rupture_annotator.media.player import PlaybackState, Player, clamp_rate
from rupture_annotator.media.probe import MediaInfo, ProbeError, probe
from rupture_annotator.media.video_widget import AUDIO_ONLY_TEXT, NO_MEDIA_TEXT, VideoSurface


def fake_media_info(
    path: str | Path = "session.mp4",
    *,
    duration_ms: int = 60_000,
    fps: float | None = 25.0,
    has_video: bool = True,
    width: int = 640,
    height: int = 360,
) -> MediaInfo:
    """A MediaInfo for a recording that need not exist."""
    return MediaInfo(
        path=Path(path),
        duration_ms=duration_ms,
        has_video=has_video,
        has_audio=True,
        fps=fps if has_video else None,
        width=width if has_video else None,
        height=height if has_video else None,
        codec="h264" if has_video else "aac",
        container="mov,mp4,m4a,3gp,3g2,mj2",
    )


class FakePlayer(Player):
    """Same interface as the libvlc player; every call is also logged in `calls`."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        media: MediaInfo | None = None,
        auto_advance: bool = True,
        tick_ms: int = 20,
    ) -> None:
        super().__init__(parent)
        self.calls: list[tuple[str, object]] = []
        self._preset = media  # what open() loads instead of probing the file
        self._info: MediaInfo | None = None
        self._state = PlaybackState.NO_MEDIA
        self._pos = 0.0
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._surface = VideoSurface()
        self._tick_ms = tick_ms
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(lambda: self.advance(self._tick_ms))
        self._auto = auto_advance

    # -- test controls ---------------------------------------------------------------------
    def set_next_media(self, media: MediaInfo | None) -> None:
        """What the next open() loads (None: probe the real file)."""
        self._preset = media

    def advance(self, ms: int) -> None:
        """Let `ms` of wall time pass: while playing, media time moves by ms × rate."""
        if self._state != PlaybackState.PLAYING or self._info is None:
            return
        self._pos += ms * self._rate
        if self._pos >= self._info.duration_ms:
            self._pos = float(self._info.duration_ms)
            self._timer.stop()
            self._emit_position()
            self._set_state(PlaybackState.ENDED)
            return
        self._emit_position()

    # -- Player ----------------------------------------------------------------------------
    def open(self, path: Path) -> None:
        self.calls.append(("open", Path(path)))
        self.close()
        if self._preset is not None:
            info = replace(self._preset, path=Path(path))
        else:
            try:
                info = self._probe(Path(path))
            except ProbeError as exc:
                self.error_occurred.emit(str(exc))
                return
        self._info = info
        self._pos = 0.0
        self._surface.set_placeholder("" if info.has_video else AUDIO_ONLY_TEXT)
        self._set_state(PlaybackState.PAUSED)
        self.media_loaded.emit(info)
        self._emit_position()

    def close(self) -> None:
        self._timer.stop()
        if self._info is None:
            return
        self._info = None
        self._pos = 0.0
        self._surface.set_placeholder(NO_MEDIA_TEXT)
        self._set_state(PlaybackState.NO_MEDIA)

    def play(self) -> None:
        self.calls.append(("play", None))
        if self._info is None:
            return
        if self._state == PlaybackState.ENDED:
            self._pos = 0.0
            self._emit_position()
        self._set_state(PlaybackState.PLAYING)
        if self._auto:
            self._timer.start()

    def pause(self) -> None:
        self.calls.append(("pause", None))
        if self._state == PlaybackState.PLAYING:
            self._timer.stop()
            self._set_state(PlaybackState.PAUSED)

    def seek(self, ms: int) -> None:
        self.calls.append(("seek", ms))
        if self._info is None:
            return
        self._pos = float(min(max(0, int(ms)), self._last_ms()))
        if self._state == PlaybackState.ENDED:
            self._set_state(PlaybackState.PAUSED)
        self._emit_position()

    def step(self, frames: int) -> None:
        self.calls.append(("step", frames))
        if self._info is None or not frames:
            return
        self.pause()
        if self._state == PlaybackState.ENDED:
            self._set_state(PlaybackState.PAUSED)
        last = self.ms_to_frame(self._last_ms())
        target = min(max(0, self.frame_index() + frames), last)
        self._pos = float(self.frame_to_ms(target))
        self._emit_position()

    def set_rate(self, rate: float) -> None:
        self.calls.append(("rate", rate))
        rate = clamp_rate(rate)
        changed, self._rate = rate != self._rate, rate
        if changed:
            self.rate_changed.emit(rate)

    def rate(self) -> float:
        return self._rate

    def set_volume(self, percent: int) -> None:
        self._volume = min(100, max(0, int(percent)))

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)

    def is_muted(self) -> bool:
        return self._muted

    def position_ms(self) -> int:
        return int(self._pos)

    def state(self) -> PlaybackState:
        return self._state

    def media_info(self) -> MediaInfo | None:
        return self._info

    def video_widget(self) -> QWidget:
        return self._surface

    # -- internals -------------------------------------------------------------------------
    def _probe(self, path: Path) -> MediaInfo:
        try:
            return probe(path)
        except ProbeError:
            raise
        except Exception as exc:  # a damaged file can make FFmpeg fail in any way
            raise ProbeError(f"{path}: not a video or audio file that can be played.") from exc

    def _last_ms(self) -> int:
        return max(0, (self._info.duration_ms if self._info else 0) - 1)

    def _emit_position(self) -> None:
        self.position_changed.emit(int(self._pos))

    def _set_state(self, state: PlaybackState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
