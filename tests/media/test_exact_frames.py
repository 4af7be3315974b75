"""Real libvlc, real recordings: seeks and steps show the frame asked for; the playhead is true.

Each kind of file gets 30 random seeks, 20 steps forward and 20 back, and 5 s of playback, in
both video outputs (tests/media/conftest.py). The frame shown is read from the number strip
of the picture painted: by the video surface (callbacks) or on screen (window).

Playhead-versus-picture checks skip the first pictures after play or a rate change, counted
in media time on the playhead from where playing started and from libvlc's first time report
(which the clock steers by), not in seconds of wall-clock time: the playhead stands still until
libvlc's pictures move, and libvlc needs longer to get going on a loaded machine, which must
not fail the test. After that the playhead must stay within
one frame of the picture. With callbacks, the picture and
the playhead are both taken in the same GUI tick, so a late tick delays them alike. In the
window output libvlc puts its pictures on screen from its own thread and clock, and the
playhead is steered only by libvlc's coarse time reports (there is no picture to watch), so
it takes longer to settle (WARM_UP_MS) and may be off by one display refresh more
(REFRESH_MS of wall time, measured: up to 5 ms of media time past a frame at 0.5x).
"""

from __future__ import annotations

import itertools
import math
import queue
import random
import time

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media import exact_frames
from rupture_annotator.media.clock import SLEW_SECONDS
from rupture_annotator.media.exact_frames import ExactFrames, FramePicture
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import (
    VIDEO_KINDS,
    both_outputs,
    counted_seeks,
    frame_containing,
    frame_times,
    open_recording,
    shown_frame,
    wait_until,
)
from tests.videos import make_video

pytestmark = pytest.mark.media

# media ms played after play() before the playhead must be on the picture (README: Playback
# accuracy)
WARM_UP_MS = {"callbacks": 300, "window": 1000}
# a rate asked before play applies once libvlc plays steadily; then libvlc first shows what
# it queued at the old rate
FAST_WARM_UP_MS = 2500
SLOW_SETTLE_MS = 1000  # after a change to 0.5x
REFRESH_MS = {"callbacks": 0.0, "window": 1000 / 60}


SLEW_MS = 1000 * SLEW_SECONDS  # media ms (at 1x) the clock takes to work off a report's error


def _warmed_up(
    samples: list[tuple[float, int, int | None]], start_ms: int, warm_ms: float
) -> list[tuple[float, int, int | None]]:
    """The samples from the first whose playhead is warm_ms past start_ms."""
    return [s for s in samples if s[1] >= start_ms + warm_ms]


def _steered(
    samples: list[tuple[float, int, int | None]], reports: list[int], start_ms: int, output: str
) -> list[tuple[float, int, int | None]]:
    """The samples once the playhead runs on libvlc's reports: WARM_UP_MS played, and the
    clock has had libvlc's first new time report after play and slewed its error away. Both
    are counted in media time: on a loaded machine the first report comes later, not faster."""
    first = next((s[1] for s, r in zip(samples, reports, strict=True) if r != reports[0]), None)
    if first is None:
        return []
    return _warmed_up(samples, max(start_ms + WARM_UP_MS[output], first + SLEW_MS), 0)


def _settle(qtbot: QtBot, player: VlcPlayer, frame: int) -> int | None:
    wait_until(qtbot, lambda: shown_frame(player) == frame and player.frame_index() == frame)
    return shown_frame(player)


@both_outputs
@pytest.mark.parametrize("kind", VIDEO_KINDS)
def test_random_seeks_show_the_frame_that_contains_the_time(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str
) -> None:
    path = open_recording(qtbot, vlc_player, kind)
    times = frame_times(path)
    rnd = random.Random(kind)
    misses = []
    for _ in range(30):
        ms = rnd.randrange(0, vlc_player.duration_ms())
        expected = frame_containing(times, ms)
        vlc_player.seek(ms)
        assert vlc_player.position_ms() == ms
        shown = _settle(qtbot, vlc_player, expected)
        if shown != expected or vlc_player.frame_index() != expected:
            misses.append((ms, expected, shown, vlc_player.frame_index()))
    assert misses == []


@both_outputs
@pytest.mark.parametrize("kind", VIDEO_KINDS)
def test_twenty_steps_forward_then_back_are_exact(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str
) -> None:
    open_recording(qtbot, vlc_player, kind)
    start = random.Random(kind).randrange(10, vlc_player.frame_count() - 30)
    vlc_player.seek(vlc_player.frame_to_ms(start))
    assert _settle(qtbot, vlc_player, start) == start
    path = [start + i for i in range(1, 21)] + [start + 20 - i for i in range(1, 21)]
    misses = []
    for expected in path:
        vlc_player.step(1 if expected > vlc_player.frame_index() else -1)
        assert vlc_player.frame_index() == expected  # tracked at once, before the picture
        if _settle(qtbot, vlc_player, expected) != expected:
            misses.append((expected, shown_frame(vlc_player)))
    assert misses == []
    assert vlc_player.frame_index() == start


@both_outputs
@pytest.mark.parametrize("kind", VIDEO_KINDS)
def test_playhead_is_monotonic_and_within_a_frame_of_the_picture(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str, output: str
) -> None:
    open_recording(qtbot, vlc_player, kind)
    period = 1000 / vlc_player.fps()
    first = vlc_player.first_frame_ms()
    vlc_player.seek(3000)
    _settle(qtbot, vlc_player, vlc_player.ms_to_frame(3000))
    qtbot.wait(1000)  # a coder looks at the frame before playing on
    samples: list[tuple[float, int, int | None]] = []
    reports: list[int] = []
    vlc_player.position_changed.connect(
        lambda ms: (
            samples.append((time.monotonic(), ms, shown_frame(vlc_player))),
            reports.append(vlc_player.backend_time_ms()),
        )
    )
    vlc_player.play()
    qtbot.wait(5000)
    vlc_player.pause()
    assert vlc_player.state() == PlaybackState.PAUSED

    positions = [ms for _, ms, _ in samples]
    assert len(positions) > 100  # about one per display refresh
    assert all(b >= a for a, b in itertools.pairwise(positions)), "went backwards"
    assert positions[-1] - positions[0] > 4000
    errors = []
    for _, ms, frame in _steered(samples, reports, 3000, output):
        if frame is None:
            continue
        begin = first + frame * period  # the picture shows [begin, begin + period)
        errors.append(max(0.0, begin - ms, ms - (begin + period)))
    assert len(errors) > 100
    tolerance = period + REFRESH_MS[output]
    assert max(errors) <= tolerance, f"playhead off the picture by {max(errors):.0f} ms"
    # paused, the picture is the frame of the position again
    paused_at = vlc_player.frame_index()
    assert _settle(qtbot, vlc_player, paused_at) == paused_at


def _offsets(
    samples: list[tuple[float, int, int | None]], first: int, period: float
) -> list[float]:
    """How far each playhead sample is from the time span of the picture shown with it."""
    out = []
    for _, ms, frame in samples:
        if frame is not None:
            begin = first + frame * period
            out.append(max(0.0, begin - ms, ms - (begin + period)))
    return out


@both_outputs
def test_rate_changes_take_effect_and_the_playhead_returns_to_the_picture(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str
) -> None:
    open_recording(qtbot, vlc_player, "mp4_bframes")
    period = 1000 / vlc_player.fps()
    vlc_player.set_rate(2.0)  # asked while paused: applies once playing steadily
    assert vlc_player.rate() == 2.0
    vlc_player.seek(1000)
    qtbot.wait(500)
    samples: list[tuple[float, int, int | None]] = []
    vlc_player.position_changed.connect(
        lambda ms: samples.append((time.monotonic(), ms, shown_frame(vlc_player)))
    )
    start = time.monotonic()
    vlc_player.play()
    qtbot.wait(2500)
    half = time.monotonic()
    at_change = vlc_player.position_ms()
    vlc_player.set_rate(0.5)
    qtbot.wait(3000)
    vlc_player.pause()
    end = time.monotonic()

    def speed(t0: float, t1: float) -> float:
        window = [(t, ms) for t, ms, _ in samples if t0 <= t <= t1]
        return (window[-1][1] - window[0][1]) / ((window[-1][0] - window[0][0]) * 1000)

    assert speed(start + 1.0, half) == pytest.approx(2.0, rel=0.15)
    assert speed(half + 1.5, end) == pytest.approx(0.5, rel=0.15)
    positions = [ms for _, ms, _ in samples]
    assert all(b >= a for a, b in itertools.pairwise(positions))
    # once libvlc has shown what it had queued at the old rate, the playhead is on the picture
    before = [s for s in samples if s[0] <= half]
    fast = _offsets(_warmed_up(before, 1000, FAST_WARM_UP_MS), 0, period)
    slow = _offsets(
        _warmed_up([s for s in samples if s[0] > half], at_change, SLOW_SETTLE_MS), 0, period
    )
    # at 2x, 2 frames of media time = 1 frame of wall time
    assert fast and max(fast) <= 2 * (period + REFRESH_MS[output])
    assert slow and max(slow) <= period + 0.5 * REFRESH_MS[output]


@both_outputs
def test_seeking_near_the_end_and_back_then_playing(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str
) -> None:
    # paused near its end, libvlc ignores later seeks until it plays: playing must still start
    # from the position, on the right pictures
    open_recording(qtbot, vlc_player, "mp4_bframes")
    period = 1000 / vlc_player.fps()
    vlc_player.seek(vlc_player.duration_ms() - 400)
    qtbot.wait(600)
    vlc_player.seek(5000)
    qtbot.wait(600)
    samples: list[tuple[float, int, int | None]] = []
    reports: list[int] = []
    vlc_player.position_changed.connect(
        lambda ms: (
            samples.append((time.monotonic(), ms, shown_frame(vlc_player))),
            reports.append(vlc_player.backend_time_ms()),
        )
    )
    vlc_player.play()
    # 3 s: the window output's warm-up (WARM_UP_MS) leaves about 2 s to judge; after 2 s of
    # play there were 46-63 samples left, and the count alone failed the test 1 run in ~10
    qtbot.wait(3000)
    vlc_player.pause()
    offsets = _offsets(_steered(samples, reports, 5000, output), 0, period)
    assert len(offsets) > 50 and max(offsets) <= period + REFRESH_MS[output]
    assert 7000 < vlc_player.position_ms() < 8600


@both_outputs
def test_playing_to_the_end_and_again(qtbot: QtBot, vlc_player: VlcPlayer) -> None:
    open_recording(qtbot, vlc_player, "mp4")
    last = vlc_player.frame_count() - 1
    vlc_player.seek(vlc_player.duration_ms() - 700)
    qtbot.wait(400)
    with qtbot.waitSignal(
        vlc_player.state_changed, timeout=5000, check_params_cb=lambda s: s == "ended"
    ):
        vlc_player.play()
    assert vlc_player.position_ms() == vlc_player.duration_ms()
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == last)
    assert vlc_player.frame_index() == last
    vlc_player.step(-1)
    assert _settle(qtbot, vlc_player, last - 1) == last - 1
    vlc_player.seek(2000)
    vlc_player.play()  # libvlc must be restarted after its end
    qtbot.wait(1500)
    vlc_player.pause()
    assert 2800 < vlc_player.position_ms() < 4000
    assert _settle(qtbot, vlc_player, vlc_player.frame_index()) == vlc_player.frame_index()


@pytest.mark.parametrize("kind", ["mp4_2997"])
def test_pausing_a_fraction_past_a_frame_edge_shows_the_frame_the_counter_names(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str
) -> None:
    """The playing clock runs in fractions of a millisecond. Paused at 6673.4 ms of a 29.97 fps
    recording, the playhead (whole ms: 6673) is in frame 199, while the fraction is already
    past frame 200's edge at 6673.34: the picture must be frame 199 too, not the next one."""
    open_recording(qtbot, vlc_player, kind)
    period = 1000 / vlc_player.fps()
    first = vlc_player.first_frame_ms()
    frame = next(
        f
        for f in range(150, 400)
        if (first + f * period) % 1 > 0.2  # an edge inside a millisecond, not on one
    )
    edge = first + frame * period
    past = (edge + math.ceil(edge)) / 2  # past the edge, before the next whole millisecond
    assert vlc_player.ms_to_frame(int(past)) == frame - 1
    clock = vlc_player._clock
    real_stop = clock.stop

    def stop_past_the_edge() -> float:
        real_stop()
        clock.set(past)
        return past

    vlc_player.seek(int(edge) - 1000)
    vlc_player.play()
    qtbot.wait(300)
    clock.stop = stop_past_the_edge  # type: ignore[method-assign]
    vlc_player.pause()
    assert vlc_player.frame_index() == frame - 1
    assert _settle(qtbot, vlc_player, frame - 1) == frame - 1


@both_outputs
def test_variable_frame_rate_seeks_show_the_frame_of_the_time(
    qtbot: QtBot, vlc_player: VlcPlayer
) -> None:
    path = open_recording(qtbot, vlc_player, "vfr")
    info = vlc_player.media_info()
    assert info is not None and info.variable_frame_rate
    times = frame_times(path)
    rnd = random.Random(5)
    for _ in range(12):
        ms = rnd.randrange(0, int(times[-1]) + 40)
        expected = frame_containing(times, ms)
        vlc_player.seek(ms)
        assert wait_until(qtbot, lambda e=expected: shown_frame(vlc_player) == e), (ms, expected)


@both_outputs
@pytest.mark.parametrize("kind", ["mkv_offset", "mkv", "mp4_2997"])
def test_both_edges_of_a_frame_show_it_and_the_counter_names_it(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str
) -> None:
    # on Matroska starting 21 ms in, seeking to a frame's first millisecond showed the frame
    # before it while the counter named the frame itself (a float rounded down on the way to
    # stream ticks)
    path = open_recording(qtbot, vlc_player, kind)
    times = frame_times(path)
    frames = random.Random(kind).sample(range(1, len(times) - 1), 25)
    misses = []
    for n in frames:
        for ms in (math.ceil(times[n]), math.ceil(times[n + 1]) - 1):
            vlc_player.seek(ms)
            wait_until(qtbot, lambda n=n: shown_frame(vlc_player) == n, 2.0)
            if shown_frame(vlc_player) != n or vlc_player.frame_index() != n:
                misses.append((ms, n, shown_frame(vlc_player), vlc_player.frame_index()))
    assert misses == []


@pytest.mark.parametrize("kind", ["mkv_offset", "mkv", "mp4_bframes", "mp4_2997", "webm"])
def test_exact_frames_gives_the_frame_from_its_first_to_its_last_millisecond(kind: str) -> None:
    path = make_video(kind)
    times = frame_times(path)
    pictures: queue.Queue[object] = queue.Queue()
    exact = ExactFrames(path, pictures.put)
    try:
        for n in range(150):
            for ms in (math.ceil(times[n]), math.ceil(times[n + 1]) - 1):
                exact.request(ms)
                picture = pictures.get(timeout=10)
                assert isinstance(picture, FramePicture)
                assert picture.pts_ms == times[n], (ms, n)
    finally:
        exact.close()


@pytest.mark.parametrize("index", [True, False])
def test_a_jump_forward_decodes_on_unless_a_keyframe_lies_between(
    index: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mp4_bframes has keyframes at 0 and 10 s. From 1 s, 6 s is in the same group of pictures:
    decoding on is shorter than a seek back to 0. From 6 s, 11 s is past the keyframe at 10 s:
    a seek starts there. Without the index (the previous rule) a jump of over 2.5 s seeks."""
    monkeypatch.setattr(exact_frames, "KEYFRAME_INDEX", index)
    path = make_video("mp4_bframes")
    times = frame_times(path)
    pictures: queue.Queue[object] = queue.Queue()
    exact = ExactFrames(path, pictures.put)
    seeks = counted_seeks(monkeypatch, exact)
    try:
        counts = []
        for ms in (1000, 6000, 11000, 11500):
            exact.request(ms)
            picture = pictures.get(timeout=10)
            assert isinstance(picture, FramePicture)
            assert picture.pts_ms == times[frame_containing(times, ms)], ms
            counts.append(len(seeks))
    finally:
        exact.close()
    assert counts == ([1, 1, 2, 2] if index else [1, 2, 3, 3])
