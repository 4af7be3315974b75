"""Real libvlc, real recordings: seeks and steps show the frame asked for; the playhead is true.

Each kind of file gets 30 random seeks, 20 steps forward and 20 back, and 5 s of playback.
The frame shown is read from the number strip of the picture the video surface paints.
"""

from __future__ import annotations

import itertools
import random
import time

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import (
    VIDEO_KINDS,
    frame_containing,
    frame_times,
    open_recording,
    shown_frame,
    wait_until,
)

pytestmark = pytest.mark.media

WARM_UP_S = 0.3  # libvlc's first pictures after play() come late; see the README


def _settle(qtbot: QtBot, player: VlcPlayer, frame: int) -> int | None:
    wait_until(qtbot, lambda: shown_frame(player) == frame and player.frame_index() == frame)
    return shown_frame(player)


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


@pytest.mark.parametrize("kind", VIDEO_KINDS)
def test_playhead_is_monotonic_and_within_a_frame_of_the_picture(
    qtbot: QtBot, vlc_player: VlcPlayer, kind: str
) -> None:
    open_recording(qtbot, vlc_player, kind)
    period = 1000 / vlc_player.fps()
    first = vlc_player.first_frame_ms()
    vlc_player.seek(3000)
    _settle(qtbot, vlc_player, vlc_player.ms_to_frame(3000))
    qtbot.wait(1000)  # a coder looks at the frame before playing on
    samples: list[tuple[float, int, int | None]] = []
    vlc_player.position_changed.connect(
        lambda ms: samples.append((time.monotonic(), ms, shown_frame(vlc_player)))
    )
    start = time.monotonic()
    vlc_player.play()
    qtbot.wait(5000)
    vlc_player.pause()
    assert vlc_player.state() == PlaybackState.PAUSED

    positions = [ms for _, ms, _ in samples]
    assert len(positions) > 100  # about one per display refresh
    assert all(b >= a for a, b in itertools.pairwise(positions)), "went backwards"
    assert positions[-1] - positions[0] > 4000
    errors = []
    for t, ms, frame in samples:
        if t - start < WARM_UP_S or frame is None:
            continue
        begin = first + frame * period  # the picture shows [begin, begin + period)
        errors.append(max(0.0, begin - ms, ms - (begin + period)))
    assert len(errors) > 100
    assert max(errors) <= period, f"playhead off the picture by {max(errors):.0f} ms"
    # paused, the picture is the frame of the position again
    paused_at = vlc_player.frame_index()
    assert _settle(qtbot, vlc_player, paused_at) == paused_at


def _offsets(
    samples: list[tuple[float, int, int | None]], first: int, period: float, after: float
) -> list[float]:
    """How far each playhead sample is from the time span of the picture shown with it."""
    out = []
    for t, ms, frame in samples:
        if t >= after and frame is not None:
            begin = first + frame * period
            out.append(max(0.0, begin - ms, ms - (begin + period)))
    return out


def test_rate_changes_take_effect_and_the_playhead_returns_to_the_picture(
    qtbot: QtBot, vlc_player: VlcPlayer
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
    fast = _offsets([s for s in samples if s[0] <= half], 0, period, start + 1.5)
    slow = _offsets(samples, 0, period, half + 2.0)
    assert fast and max(fast) <= 2 * period  # 2 frames of media time = 1 frame of wall time
    assert slow and max(slow) <= period


def test_seeking_near_the_end_and_back_then_playing(qtbot: QtBot, vlc_player: VlcPlayer) -> None:
    # paused near its end, libvlc ignores later seeks until it plays: playing must still start
    # from the position, on the right pictures
    open_recording(qtbot, vlc_player, "mp4_bframes")
    period = 1000 / vlc_player.fps()
    vlc_player.seek(vlc_player.duration_ms() - 400)
    qtbot.wait(600)
    vlc_player.seek(5000)
    qtbot.wait(600)
    samples: list[tuple[float, int, int | None]] = []
    vlc_player.position_changed.connect(
        lambda ms: samples.append((time.monotonic(), ms, shown_frame(vlc_player)))
    )
    start = time.monotonic()
    vlc_player.play()
    qtbot.wait(2000)
    vlc_player.pause()
    offsets = _offsets(samples, 0, period, start + 0.5)
    assert len(offsets) > 50 and max(offsets) <= period
    assert 6000 < vlc_player.position_ms() < 7600


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
