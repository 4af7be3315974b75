"""The libvlc player: libvlc plays (picture and sound); paused pictures are exact frames.

How the pieces fit:
- libvlc draws into a native child window of the video surface where there is one (X11,
  Windows, macOS), otherwise into buffers through its video callbacks (vlc_frames), which the
  GUI thread paints.
- While paused (after open, seek, step, pause, end) the surface shows the exact frame for the
  position, decoded by exact_frames; the native window is hidden meanwhile. libvlc is moved to
  the same place in the background, so that playing starts from there.
- While libvlc's window lags the playhead (just resumed, just after a rate change) the surface
  shows exact frames that follow the playhead ("covering"), then libvlc's window is shown again
  without the black X would fill it with (x11_background).
- One PlaybackClock gives the position; libvlc's coarse time only steers it.
- Nothing here runs on a libvlc thread: state and time are polled on a GUI-thread timer, and
  libvlc's callbacks touch only their buffers. Every wait is bounded.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import vlc
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from rupture_annotator.media.clock import PlaybackClock
from rupture_annotator.media.exact_frames import ExactFrames, FrameFailure, FramePicture
from rupture_annotator.media.player import PlaybackState, Player, clamp_rate, frame_middle_ms
from rupture_annotator.media.probe import MediaInfo, ProbeError, probe
from rupture_annotator.media.shuttle import BACK_STEP_MS
from rupture_annotator.media.video_widget import AUDIO_ONLY_TEXT, NO_MEDIA_TEXT, VideoSurface
from rupture_annotator.media.vlc_frames import VideoFrames
from rupture_annotator.media.vlc_instance import new_instance
from rupture_annotator.media.x11_background import WindowBackgrounds

log = logging.getLogger(__name__)

OPENING_TEXT = "Opening the recording…"
PROBE_TIMEOUT_MS = 15_000
START_TIMEOUT_S = 5.0  # libvlc starting a recording
HOLD_TIMEOUT_S = 1.5  # libvlc resuming after a seek during playback
SYNC_DELAY_MS = 400  # libvlc follows paused seeks and steps once they pause this long
# paused on a frame, the exact-frame decoder's spare waits where "back 1 s" goes (Left, and J
# while paused: the jump back a coder makes to see a moment again; exact_frames.park)
PARK_BACK_MS = BACK_STEP_MS
# libvlc 3 misbehaves when its rate changes while it is paused, seeking or just resumed (it
# freezes, or jumps ahead and shows broken pictures up to the next keyframe), and when it seeks
# right after a rate change: both wait until it has played steadily this long
STEADY_S = 0.3
NEAR_END_MS = 1500
DEFER_VLC_START = True  # libvlc starts once the first exact picture is shown (see _load)
PAUSED_TICK_MS = 100
MAX_PICTURE = (1920, 1080)  # larger recordings are scaled down for painting
NATIVE_PLATFORMS = {"xcb", "windows", "cocoa"}
# libvlc's window is shown keeping the picture on screen, and gets its black background back
# once libvlc has drawn into it (x11_background)
BLACK_AGAIN_MS = 300
# While libvlc changes pace (resuming, a new rate) its window lags the playhead: on resuming it
# first shows again the picture it paused on (from its own paused seek, up to a few frames off),
# and after a rate change it plays out the pictures it had queued at the old rate and then
# stands still (measured: 7 frames at 1x, then still; the playhead 0.3-0.6 s away). Meanwhile
# the picture comes from exact frames that follow the playhead, and libvlc's window is shown
# again after this long (from when libvlc plays again):
RESUME_COVER_S = 0.25
RATE_COVER_S = 1.0
COVER_LEAD = 0.75  # of a tick: the middle of the time a covering picture is on screen
# ... and once libvlc's time has moved since (it runs: measured ~45 ms after resuming), or at
# the latest this much later (a libvlc that does not report)
COVER_WAIT_S = 2.0
PLUGINS_HINT = (
    "Video playback needs VLC's plugins, which were not found: reinstall VLC "
    "(on Debian/Ubuntu: sudo apt-get install vlc)."
)


@dataclass(frozen=True)
class _Probed:
    """A video probed, with its exact-frame decoder already asked for the first picture."""

    info: MediaInfo
    exact: ExactFrames
    request: int


class VlcUnavailable(RuntimeError):
    """libvlc loaded but cannot start; hint is the sentence for the user."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class VlcPlayer(Player):
    exact_frame_shown = Signal(int)  # frame index of an exact (paused) picture just painted
    _probed = Signal(int, object)  # generation, MediaInfo or ProbeError (from a worker thread)
    _decoded = Signal(int, object)  # generation, FramePicture or FrameFailure (worker thread)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        vlc_args: tuple[str, ...] = (),
        output: str | None = None,
    ) -> None:
        """output: "window" (libvlc draws into a native window) or "callbacks"; by platform."""
        super().__init__(parent)
        self._instance = new_instance(vlc_args)
        if self._instance is None:
            raise VlcUnavailable("libvlc could not start", PLUGINS_HINT)
        self._mp = self._instance.media_player_new()
        self._mp.video_set_mouse_input(False)
        self._mp.video_set_key_input(False)
        self._surface = VideoSurface()
        self._surface.picture_painted.connect(
            self._start_deferred, Qt.ConnectionType.QueuedConnection
        )
        self._surface.shown_size_changed.connect(self._fit_pictures)
        platform = QGuiApplication.platformName()
        self._output = output or ("window" if platform in NATIVE_PLATFORMS else "callbacks")
        self._backgrounds: WindowBackgrounds | None = None
        self._black_again = QTimer(self)
        self._black_again.setSingleShot(True)
        self._black_again.setInterval(BLACK_AGAIN_MS)
        self._black_again.timeout.connect(self._fill_black)
        if self._output == "window":
            self._attach_window()
            if platform == "xcb":
                self._backgrounds = WindowBackgrounds()
        self._frames: VideoFrames | None = None
        self._exact: ExactFrames | None = None
        # a video's decoder made while probing and not yet taken by _load (a probing thread
        # sets it, the GUI thread takes or closes it)
        self._prepared: ExactFrames | None = None
        self._prepared_lock = threading.Lock()
        # that decoder's first picture when it came before the probe's answer (both are queued
        # from different threads): shown by _load
        self._early_picture: FramePicture | FrameFailure | None = None
        self._info: MediaInfo | None = None
        self._state = PlaybackState.NO_MEDIA
        self._generation = 0
        self._clock = PlaybackClock()
        self._rate = 1.0  # the rate asked for
        self._vlc_rate = 1.0  # the rate libvlc plays at (the clock's rate)
        self._steady_since: float | None = None  # libvlc playing on undisturbed since
        self._rate_changed_at = 0.0
        self._pending_seek: int | None = None  # a seek waiting for a rate change to settle
        self._volume = 100
        self._muted = False
        self._last_emitted: int | None = None
        self._vlc_dirty = False  # libvlc is not where the position is
        self._vlc_near_end = False  # libvlc was last sent near the end
        self._vlc_ended = False  # libvlc reached the end and must be restarted to move
        self._vlc_failed = False
        self._starting_since: float | None = None  # libvlc started, not yet paused or playing
        self._vlc_deferred = False  # libvlc starts once the first picture is shown
        self._start_then_play = False
        self._hold_since = 0.0
        self._hold_report = -1
        self._play_sequence = -1  # callbacks: first libvlc picture accepted after play()
        self._cover_until: float | None = None  # playing: exact frames follow the playhead
        self._cover_frame = -1  # the frame last asked for while covering
        self._cover_report = -1  # libvlc's time when covering began
        self._wanted_request = 0
        self._answered_request = 0  # the newest exact request decoded (or failed)
        self._released = False
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick)
        self._sync = QTimer(self)
        self._sync.setSingleShot(True)
        self._sync.setInterval(SYNC_DELAY_MS)
        self._sync.timeout.connect(self._sync_vlc)
        self.open_timeout_ms = PROBE_TIMEOUT_MS
        self._open_timeout = QTimer(self)
        self._open_timeout.setSingleShot(True)
        self._open_timeout.timeout.connect(self._on_open_timeout)
        self._probed.connect(self._on_probed, Qt.ConnectionType.QueuedConnection)
        self._decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    # -- Player: loading -----------------------------------------------------------------
    def open(self, path: Path) -> None:
        self.close()
        self._generation += 1
        generation = self._generation
        self._surface.set_placeholder(OPENING_TEXT)
        threading.Thread(
            target=self._probe_in_background, args=(generation, Path(path)), daemon=True
        ).start()
        self._open_timeout.start(self.open_timeout_ms)

    def close(self) -> None:
        with self._prepared_lock:
            self._generation += 1
            prepared, self._prepared = self._prepared, None
        if prepared is not None:
            prepared.close()
        self._early_picture = None
        self._open_timeout.stop()
        self._sync.stop()
        self._tick.stop()
        if self._exact is not None:
            self._exact.close()
            self._exact = None
        if self._info is not None:
            self._mp.stop()
        self._info = None
        self._frames = None
        self._clock = PlaybackClock()
        self._clock.set_rate(self._vlc_rate)
        self._last_emitted = None
        self._pending_seek = None
        self._steady_since = None
        self._vlc_dirty = self._vlc_ended = self._vlc_failed = self._vlc_near_end = False
        self._starting_since = None
        self._vlc_deferred = False
        self._cover_until = None
        self._surface.set_placeholder(NO_MEDIA_TEXT)
        self._set_state(PlaybackState.NO_MEDIA)

    def release(self) -> None:
        """Free libvlc (before the application exits; the player is unusable afterwards)."""
        if self._released:
            return
        self.close()
        self._released = True
        self._black_again.stop()
        if self._backgrounds is not None:
            self._backgrounds.close()
        self._mp.release()
        self._instance.release()

    # -- Player: transport ---------------------------------------------------------------
    def play(self) -> None:
        if self._info is None or self._state == PlaybackState.PLAYING:
            return
        if self._vlc_failed:
            self.error_occurred.emit(self._cannot_play())
            return
        self._sync.stop()
        if self._exact is not None:
            self._exact.park(None)  # playing: the decoder's spare must not take libvlc's CPU
        self._start_deferred()
        if self._state == PlaybackState.ENDED:
            self._clock.set(0)
            self._vlc_dirty = True
        self._clock.start()
        if self._starting_since is not None:
            self._start_then_play = True
            self._hold_clock()
        elif self._vlc_ended:
            self._start_vlc(then_play=True)
            self._hold_clock()
        else:
            seeking = self._vlc_dirty or self._vlc_near_end
            if seeking:
                self._vlc_near_end = False
                self._vlc_seek(self._clock.position())
                self._vlc_dirty = False
            self._resume_vlc()
            self._clock.ignore_report(self._mp.get_time())
            if seeking:
                self._hold_clock()  # libvlc is seeking: wait for its pictures
        self._set_state(PlaybackState.PLAYING)
        self._tick.start(self._display_interval())

    def pause(self) -> None:
        if self._state != PlaybackState.PLAYING:
            return
        self._cover_until = None
        if self._starting_since is not None:
            self._start_then_play = False
        else:
            self._mp.set_pause(1)
        # a whole millisecond, as position_ms() tells it: a fraction left on the clock could sit
        # past a frame's edge that its whole millisecond has not reached, and the picture would
        # be the next frame while the frame counter names this one
        position = int(min(self._clock.stop(), float(self.duration_ms())))
        self._clock.set(position)
        self._set_state(PlaybackState.PAUSED)
        self._show_exact_here()
        self._emit_position(force=True)
        self._tick.start(PAUSED_TICK_MS)

    def seek(self, ms: int) -> None:
        if self._info is None:
            return
        ms = int(min(max(0, ms), max(0, self.duration_ms() - 1)))
        if self._state == PlaybackState.PLAYING:
            self._clock.set(ms)
            if self._starting_since is None:
                if time.monotonic() - self._rate_changed_at < STEADY_S:
                    self._pending_seek = ms
                else:
                    self._vlc_seek(ms)
            self._hold_clock()
        else:
            if self._state == PlaybackState.ENDED:
                self._set_state(PlaybackState.PAUSED)
            self._clock.set(ms)
            self._show_exact(ms)
            self._follow_later()
        self._emit_position(force=True)

    def step(self, frames: int) -> None:
        if self._info is None or not frames:
            return
        self.pause()
        if self._state == PlaybackState.ENDED:
            self._set_state(PlaybackState.PAUSED)
        if not self._info.has_video:
            self.seek(self.position_ms() + round(frames * 1000 / self.fps()))
            return
        frame = min(max(0, self.frame_index() + frames), self.frame_count() - 1)
        self._clock.set(self.frame_to_ms(frame))
        self._show_exact(frame_middle_ms(frame, self.fps(), self.first_frame_ms()))
        self._follow_later()
        self._emit_position(force=True)

    def set_rate(self, rate: float) -> None:
        """Takes effect once libvlc plays steadily (at once if it does)."""
        rate = clamp_rate(rate)
        changed, self._rate = rate != self._rate, rate
        self._apply_rate()
        if changed:
            self.rate_changed.emit(rate)

    def rate(self) -> float:
        return self._rate

    def set_volume(self, percent: int) -> None:
        self._volume = min(100, max(0, int(percent)))
        self._mp.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._mp.audio_set_mute(self._muted)

    def is_muted(self) -> bool:
        return self._muted

    # -- Player: reading -----------------------------------------------------------------
    def position_ms(self) -> int:
        if self._info is None:
            return 0
        return int(min(self._clock.position(), self._info.duration_ms))

    def state(self) -> PlaybackState:
        return self._state

    def media_info(self) -> MediaInfo | None:
        return self._info

    def video_widget(self) -> QWidget:
        return self._surface

    def output(self) -> str:
        """How libvlc's pictures reach the screen: "window" or "callbacks"."""
        return self._output

    def exact_picture_pending(self) -> bool:
        """An exact (paused) picture has been asked for and is not yet shown."""
        return (
            self._exact is not None
            and self._state != PlaybackState.PLAYING
            and self._answered_request != self._wanted_request
        )

    def backend_time_ms(self) -> int:
        """libvlc's own (coarse) idea of the time; for tests and measurements."""
        return int(self._mp.get_time())

    def native_window(self) -> QWidget:
        return self._surface.native_window()

    def drawing_window(self) -> int:
        """The native window libvlc draws into (0: it renders through callbacks)."""
        if sys.platform.startswith("win"):
            return int(self._mp.get_hwnd() or 0)
        if sys.platform == "darwin":
            return int(self._mp.get_nsobject() or 0)
        return int(self._mp.get_xwindow() or 0)

    # -- loading -------------------------------------------------------------------------
    def _probe_in_background(self, generation: int, path: Path) -> None:
        try:
            result: MediaInfo | ProbeError = probe(path)
        except ProbeError as exc:
            result = exc
        except Exception as exc:  # a damaged file can make FFmpeg fail in any way
            log.warning("probing %s failed: %s", path, exc)
            result = ProbeError(f"{path}: not a video or audio file that can be played.")
        if isinstance(result, MediaInfo) and result.has_video:
            # the first picture's decode starts here, not once the GUI thread has taken the
            # probe's answer (it may still be building the window): shown sooner on opening
            exact = ExactFrames(
                result.path,
                lambda picture: self._from_worker(self._decoded, generation, picture),
                max_size=MAX_PICTURE,
            )
            opened = _Probed(result, exact, exact.request(0))
            with self._prepared_lock:
                if generation != self._generation:  # closed or opened again meanwhile
                    exact.close(timeout=0)
                    return
                self._prepared = exact  # closed by close() until _load takes it
            with contextlib.suppress(RuntimeError):  # the player is gone
                self._probed.emit(generation, opened)
            return
        self._from_worker(self._probed, generation, result)

    @staticmethod
    def _from_worker(signal: object, generation: int, result: object) -> None:
        """Hand a worker thread's result to the GUI thread (queued connection)."""
        with contextlib.suppress(RuntimeError):  # the player is gone: nobody to tell
            signal.emit(generation, result)  # type: ignore[attr-defined]

    @Slot(int, object)
    def _on_probed(self, generation: int, result: object) -> None:
        if generation != self._generation:
            if isinstance(result, _Probed):
                result.exact.close()
            return
        self._open_timeout.stop()
        if isinstance(result, ProbeError):
            self._surface.set_placeholder(NO_MEDIA_TEXT)
            self.error_occurred.emit(str(result))
            return
        if isinstance(result, _Probed):
            self._load(result.info, result)
            return
        assert isinstance(result, MediaInfo)
        self._load(result, None)  # audio only

    def _on_open_timeout(self) -> None:
        self._generation += 1
        self._surface.set_placeholder(NO_MEDIA_TEXT)
        seconds = self.open_timeout_ms / 1000
        self.error_occurred.emit(
            f"The recording took too long to open (over {seconds:g} s); "
            "its drive may not be answering."
        )

    def _load(self, info: MediaInfo, opened: _Probed | None) -> None:
        """opened: a video's exact-frame decoder, already asked for the first picture while
        probing (None for audio only)."""
        self._info = info
        media = self._instance.media_new_path(str(info.path))
        self._mp.set_media(media)
        media.release()
        if opened is not None:
            if self._output == "callbacks":
                w, h = _fit(info.width or 640, info.height or 360, MAX_PICTURE)
                self._frames = VideoFrames(w, h)
                self._frames.attach(self._mp)
            self._exact = opened.exact
            if self._surface.isVisible():
                self._exact.fit_to(*self._surface.shown_size())
            with self._prepared_lock:
                self._prepared = None
            self._wanted_request = opened.request  # asked for at 0 already
            self._surface.set_placeholder("")
        else:
            self._surface.set_placeholder(AUDIO_ONLY_TEXT)
        self._clock = PlaybackClock()
        self._clock.set_rate(self._vlc_rate)
        self._set_state(PlaybackState.PAUSED)
        if self._exact is not None and DEFER_VLC_START:
            # libvlc starting alongside competes for the CPU with the first picture's decode
            # and paint (on two cores the app showed it about 40 ms later, of ~0.9 s); it is
            # not needed before playing, and starts once that picture has been painted
            # (the surface's picture_painted) or play is pressed
            self._vlc_deferred = True
        else:
            self._start_vlc(then_play=False)
        self._tick.start(PAUSED_TICK_MS)
        early, self._early_picture = self._early_picture, None
        if early is not None:
            self._on_decoded(self._generation, early)
        self.media_loaded.emit(info)
        self._emit_position(force=True)

    def _start_vlc(self, *, then_play: bool) -> None:
        """Start libvlc (muted, pictures ignored) and pause it once it runs: _on_tick ends it."""
        if self._vlc_ended or self._starting_since is not None:
            self._mp.stop()
        self._vlc_ended = False
        self._mp.audio_set_mute(True)
        self._mp.play()
        self._starting_since = time.monotonic()
        self._start_then_play = then_play
        self._vlc_dirty = True
        if self._output == "window":
            self._surface.show_native(False)

    def _start_deferred(self) -> None:
        if self._vlc_deferred:
            self._vlc_deferred = False
            self._start_vlc(then_play=False)

    def _started(self) -> None:
        """libvlc runs: move it to the position, then pause it or let it play."""
        self._starting_since = None
        self._vlc_seek(self._clock.position())
        self._vlc_dirty = False
        if self._start_then_play:
            self._resume_vlc()
        else:
            self._mp.set_pause(1)
            self._mp.audio_set_mute(self._muted)

    def _resume_vlc(self) -> None:
        self._mp.audio_set_mute(self._muted)
        self._mp.audio_set_volume(self._volume)
        self._mp.play()
        self._steady_since = None if self._clock.is_held() else time.monotonic()
        if self._frames is not None:
            self._play_sequence = self._frames.sequence()
        if self._output == "window" and self._info is not None and self._info.has_video:
            if self._surface.native_window().isHidden() and self._surface.image() is not None:
                self._cover(RESUME_COVER_S)  # the paused picture stays until libvlc catches up
            else:
                self._show_vlc_window()

    def _show_vlc_window(self) -> None:
        """Show libvlc's window over the surface, which keeps its picture until libvlc draws."""
        if self._backgrounds is not None and self._surface.native_window().isHidden():
            self._backgrounds.keep_pixels(self.drawing_window())
            self._black_again.start()
        self._surface.show_native(True)

    def _cover(self, seconds: float) -> None:
        """For a while, the picture is the exact frame at the playhead (window output)."""
        if self._output != "window":
            return
        if self._exact is None:  # nothing to cover with: libvlc's window at once
            self._show_vlc_window()
            return
        until = time.monotonic() + seconds
        if self._cover_until is None:
            self._cover_report = self._mp.get_time()
        self._cover_until = max(self._cover_until or 0.0, until)
        self._cover_frame = -1
        self._follow_with_exact()

    def _follow_with_exact(self) -> None:
        """Covering: ask for the playhead's frame when it has moved on; hand the picture back to
        libvlc once the cover time is over and libvlc plays (the playhead not held, libvlc's
        time moved)."""
        if self._cover_until is None:
            return
        now = time.monotonic()
        if self._clock.is_held() or self._starting_since is not None:
            self._cover_until = max(self._cover_until, now + RESUME_COVER_S)
        elif now >= self._cover_until and (
            self._mp.get_time() != self._cover_report or now >= self._cover_until + COVER_WAIT_S
        ):
            self._cover_until = None
            self._show_vlc_window()
            return
        # the frame the playhead will be in while this picture is on screen: it arrives a few
        # ms after the request and stays until the next tick's
        lead = COVER_LEAD * self._tick.interval() * self._clock.rate()
        ahead = self._clock.position() + (0.0 if self._clock.is_held() else lead)
        frame = min(self.ms_to_frame(int(min(ahead, self.duration_ms()))), self.frame_count() - 1)
        if frame != self._cover_frame:
            self._cover_frame = frame
            self._show_exact(frame_middle_ms(frame, self.fps(), self.first_frame_ms()))

    def _fill_black(self) -> None:
        if self._backgrounds is not None:
            self._backgrounds.fill_black(self.drawing_window())

    def _hold_clock(self) -> None:
        """Keep the playhead still until libvlc runs again (it is seeking or starting)."""
        self._steady_since = None
        self._clock.hold()
        self._hold_since = time.monotonic()
        self._hold_report = self._mp.get_time()
        if self._frames is not None:
            self._play_sequence = self._frames.sequence()

    def _vlc_running(self, reported: int) -> tuple[bool, float | None]:
        """Whether libvlc runs again after a seek or start, and from where if it says."""
        if self._frames is not None:
            # a fresh picture (the first one may repeat the old): it runs from the position now
            return self._frames.sequence() > self._play_sequence + 1, None
        # no pictures to see: its time moving past the position, and not the stale value
        if reported > self._clock.position() and reported != self._hold_report:
            return True, float(reported)
        return False, None

    # -- following -----------------------------------------------------------------------
    def _follow_later(self) -> None:
        """libvlc follows paused seeks and steps once they settle (it needs no exact frame)."""
        self._vlc_dirty = True
        self._sync.start()

    def _sync_vlc(self) -> None:
        if not self._vlc_dirty or self._info is None or self._state == PlaybackState.PLAYING:
            return
        if self._answered_request != self._wanted_request:
            # the exact frame is still being decoded (a long way from a keyframe): libvlc's
            # own seek would halve its share of the CPU; follow once the frame is shown
            self._sync.start()
            return
        if self._vlc_ended:
            self._start_vlc(then_play=False)
            return
        if self._starting_since is None:
            self._vlc_seek(self._clock.position())
            self._vlc_dirty = False

    def _vlc_seek(self, ms: float) -> None:
        target = self._vlc_time(ms)
        self._mp.set_time(target)
        # paused there, libvlc reads to the end of the file and then ignores further paused
        # seeks until it plays again: playing must then wait for it as after a seek
        if target > self.duration_ms() - NEAR_END_MS:
            self._vlc_near_end = True

    def _vlc_time(self, ms: float) -> int:
        """Where to send libvlc for position ms: the middle of the frame that contains it."""
        if self._info is None or not self._info.has_video:
            return int(ms)
        frame = self.ms_to_frame(int(ms))
        middle = frame_middle_ms(frame, self.fps(), self.first_frame_ms())
        return int(min(middle, max(0, self.duration_ms() - 1)))

    # -- the GUI-thread timer ------------------------------------------------------------
    def _on_tick(self) -> None:
        if self._info is None:
            return
        vstate = self._mp.get_state()
        if vstate == vlc.State.Error:
            self._on_vlc_error()
            return
        if self._starting_since is not None:
            if vstate in (vlc.State.Playing, vlc.State.Paused):
                self._started()
            elif time.monotonic() - self._starting_since > START_TIMEOUT_S:
                self._on_vlc_error()
                return
        if self._state != PlaybackState.PLAYING:
            return
        if vstate == vlc.State.Ended:
            self._on_ended()
            return
        if self._starting_since is None:
            reported = self._mp.get_time()
            now = time.monotonic()
            if self._pending_seek is not None and now - self._rate_changed_at >= STEADY_S:
                self._vlc_seek(self._pending_seek)
                self._pending_seek = None
                self._hold_clock()
            elif self._clock.is_held():
                running, at = self._vlc_running(reported)
                if running or now - self._hold_since > HOLD_TIMEOUT_S:
                    self._clock.release(at)
                    self._clock.ignore_report(reported)
                    self._steady_since = now
            elif reported >= 0:
                self._clock.observe(reported)
            self._apply_rate()
        self._follow_with_exact()
        self._take_vlc_picture()
        self._emit_position()

    def _apply_rate(self) -> None:
        """Give libvlc the rate asked for, if it plays steadily enough to take it."""
        if self._vlc_rate == self._rate or self._state != PlaybackState.PLAYING:
            return
        now = time.monotonic()
        steady = self._steady_since is not None and now - self._steady_since >= STEADY_S
        if not steady or self._pending_seek is not None or self._starting_since is not None:
            return
        self._mp.set_rate(self._rate)
        self._vlc_rate = self._rate
        self._clock.set_rate(self._rate)
        self._rate_changed_at = now
        self._cover(RATE_COVER_S)

    def _take_vlc_picture(self) -> None:
        if self._frames is None or self._starting_since is not None:
            return
        # the first picture after play() may be libvlc's repeat of its paused one
        if self._frames.sequence() <= self._play_sequence + 1:
            return
        taken = self._frames.take()
        if taken is None:
            return
        _, data = taken
        f = self._frames
        image = QImage(data, f.width, f.height, f.stride, QImage.Format.Format_RGB32)
        self._surface.set_image(image, owner=data)

    def _on_ended(self) -> None:
        self._cover_until = None
        self._vlc_ended = True
        self._clock.stop()
        self._clock.set(self.duration_ms())
        self._set_state(PlaybackState.ENDED)
        if self._info is not None and self._info.has_video:
            last = self.frame_count() - 1
            self._show_exact(frame_middle_ms(last, self.fps(), self.first_frame_ms()))
        self._emit_position(force=True)
        self._tick.start(PAUSED_TICK_MS)

    def _on_vlc_error(self) -> None:
        first = not self._vlc_failed
        self._vlc_failed = True
        self._cover_until = None
        self._starting_since = None
        if self._state == PlaybackState.PLAYING:
            self._clock.stop()
            self._clock.set(self.position_ms())
            self._set_state(PlaybackState.PAUSED)
            self._show_exact_here()
        self._tick.stop()
        if first:
            self.error_occurred.emit(self._cannot_play())

    def _cannot_play(self) -> str:
        name = self._info.path.name if self._info else "This recording"
        return f"VLC cannot play {name}; it may be damaged or in a format VLC does not know."

    # -- exact pictures ------------------------------------------------------------------
    @Slot(int, int)
    def _fit_pictures(self, width: int, height: int) -> None:
        """Paused pictures are converted at the size they are shown at; a picture made for a
        smaller surface is made again (from the decoded frames kept) when the surface grows."""
        if self._exact is None or self._info is None:
            return
        self._exact.fit_to(width, height)
        image = self._surface.image()
        if image is None or self._state == PlaybackState.PLAYING or self.exact_picture_pending():
            return
        w, h = self._exact.picture_size(self._info.width or 0, self._info.height or 0)
        if image.width() < w or image.height() < h:
            self._show_exact_here()

    def _show_exact(self, ms: float) -> None:
        if self._exact is not None:
            self._wanted_request = self._exact.request(ms)

    def _show_exact_here(self) -> None:
        """The exact picture of the frame the playhead is in, asked for at that frame's middle
        (far from its edges, like a step)."""
        if self._info is not None and self._info.has_video:
            middle = frame_middle_ms(self.frame_index(), self.fps(), self.first_frame_ms())
            self._show_exact(min(middle, float(max(0, self.duration_ms() - 1))))

    @Slot(int, object)
    def _on_decoded(self, generation: int, result: object) -> None:
        playing = self._state == PlaybackState.PLAYING
        if generation != self._generation or (playing and self._cover_until is None):
            return
        if self._exact is None:  # the first picture, before the probe's answer: _load shows it
            if isinstance(result, FramePicture | FrameFailure):
                self._early_picture = result
            return
        if isinstance(result, FrameFailure):
            if playing:  # covering: libvlc's own pictures will do
                self._cover_until = None
                self._show_vlc_window()
                return
            self._start_deferred()
            if result.request == self._wanted_request:
                self._answered_request = result.request
                self.error_occurred.emit(result.message)
            return
        assert isinstance(result, FramePicture)
        if playing and result.preview:
            return  # covering: a keyframe shown while the frame is decoded is a wrong picture
        image = QImage(
            result.data, result.width, result.height, result.stride, QImage.Format.Format_RGB32
        )
        self._surface.set_image(image, owner=result.data)
        if self._output == "window":
            self._surface.show_native(False)
        if playing:  # covering: not a paused picture
            return
        if result.request == self._wanted_request and not result.preview:
            self._answered_request = result.request
            frame = round((result.pts_ms - self.first_frame_ms()) * self.fps() / 1000)
            back = self.position_ms() - PARK_BACK_MS
            self._exact.park(back if back > 0 else None)  # (the first frame: a keyframe)
            self.exact_frame_shown.emit(max(0, frame))

    # -- helpers -------------------------------------------------------------------------
    def _emit_position(self, force: bool = False) -> None:
        position = self.position_ms()
        if force or position != self._last_emitted:
            self._last_emitted = position
            self.position_changed.emit(position)

    def _set_state(self, state: PlaybackState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)

    def _display_interval(self) -> int:
        screen = QGuiApplication.primaryScreen()
        hz = screen.refreshRate() if screen is not None else 0.0
        return max(8, round(1000 / hz)) if hz and hz > 1 else 16

    def _attach_window(self) -> None:
        handle = int(self._surface.native_window().winId())
        if sys.platform.startswith("win"):
            self._mp.set_hwnd(handle)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(handle)
        else:
            self._mp.set_xwindow(handle)


def _fit(width: int, height: int, box: tuple[int, int]) -> tuple[int, int]:
    scale = min(1.0, box[0] / width, box[1] / height)
    return max(2, int(width * scale)), max(2, int(height * scale))
