"""The playback clock: smooth between coarse reports, never backwards while playing.

The unit tests drive the clock with a fake time source; the last test drives it with real
libvlc in both video outputs (tests/media/conftest.py).
"""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.clock import JUMP_MS, PlaybackClock
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import (
    both_outputs,
    frame_containing,
    frame_times,
    open_recording,
    shown_frame,
    wait_until,
)


class FakeTime:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def advance(self, ms: float) -> None:
        self.t += ms / 1000


def _clock(start_ms: float = 1000.0) -> tuple[PlaybackClock, FakeTime]:
    now = FakeTime()
    clock = PlaybackClock(now)
    clock.set(start_ms)
    return clock, now


def test_paused_clock_stands_still() -> None:
    clock, now = _clock()
    now.advance(500)
    assert clock.position() == pytest.approx(1000)


def test_runs_at_the_rate_between_reports() -> None:
    clock, now = _clock()
    clock.start()
    now.advance(100)
    assert clock.position() == pytest.approx(1100)
    clock.set_rate(2.0)
    now.advance(100)
    assert clock.position() == pytest.approx(1300)
    clock.set_rate(0.25)
    now.advance(400)
    assert clock.position() == pytest.approx(1400)


def test_a_rate_change_does_not_take_the_backends_repeated_report_for_news() -> None:
    """libvlc repeats its last time report until its next update. Seen again just after a
    slow-down, that stale value (half a second behind) looked like a jump back and held the
    playhead still while the picture played on."""
    clock, now = _clock()
    clock.start()
    now.advance(250)
    clock.observe(1250.0)
    now.advance(200)
    clock.observe(1250.0)  # repeated: not news
    assert clock.position() == pytest.approx(1450)
    clock.set_rate(0.5)
    now.advance(100)
    clock.observe(1250.0)  # still the same old report after the change
    now.advance(100)
    assert clock.position() == pytest.approx(1450 + 100)  # runs on at the new rate
    clock.observe(1540.0)  # the next report is news again
    assert clock.position() == pytest.approx(1550)


def test_small_differences_are_slewed_smoothly_not_jumped() -> None:
    clock, now = _clock()
    clock.start()
    now.advance(250)
    clock.observe(1290.0)  # the backend is 40 ms ahead
    before = clock.position()
    assert before == pytest.approx(1250)  # no jump at the report
    steps = []
    for _ in range(40):
        now.advance(16)
        steps.append(clock.position())
    deltas = [b - a for a, b in zip([before, *steps], steps, strict=False)]
    assert all(16 <= d <= 16 * 1.75 + 1e-9 for d in deltas)  # never more than 75 % faster
    assert abs(steps[-1] - (1290 + 40 * 16)) < 1  # caught up


def test_never_goes_backwards_while_playing() -> None:
    clock, now = _clock()
    clock.start()
    now.advance(300)
    seen = [clock.position()]
    clock.observe(1200.0)  # 100 ms behind: slowed down, not stepped back
    for _ in range(30):
        now.advance(16)
        seen.append(clock.position())
    clock.observe(900.0)  # far behind (a jump): held until the time catches up
    for _ in range(60):
        now.advance(16)
        seen.append(clock.position())
    assert all(b >= a for a, b in itertools.pairwise(seen))
    assert seen[-1] > seen[0]


def test_a_report_far_ahead_is_a_jump() -> None:
    clock, now = _clock()
    clock.start()
    now.advance(100)
    clock.observe(1100.0 + JUMP_MS + 200)
    assert clock.position() == pytest.approx(1100 + JUMP_MS + 200)


def test_repeated_and_ignored_reports_change_nothing() -> None:
    clock, now = _clock()
    clock.start()
    clock.ignore_report(1000.0)  # the backend's time at the start, repeated until it moves
    now.advance(200)
    clock.observe(1000.0)
    now.advance(16)
    assert clock.position() == pytest.approx(1216)


def test_seek_pause_and_hold_snap() -> None:
    clock, now = _clock()
    clock.start()
    now.advance(100)
    clock.set(5000)
    assert clock.position() == pytest.approx(5000)
    clock.hold()
    now.advance(300)
    assert clock.position() == pytest.approx(5000) and clock.is_held()
    clock.release(5120)
    now.advance(10)
    assert clock.position() == pytest.approx(5130)
    assert clock.stop() == pytest.approx(5130)
    now.advance(100)
    assert clock.position() == pytest.approx(5130) and not clock.is_playing()


# -- the clock driving a real player, in both video outputs ------------------------------------
@pytest.mark.media
@both_outputs
def test_a_real_playhead_moves_with_the_pictures_and_stops_on_the_one_shown(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str
) -> None:
    # a Matroska file whose first frame starts 21 ms in: the clock counts from the file's
    # time, the pictures from their own timestamps
    path = open_recording(qtbot, vlc_player, "mkv_offset")
    times = frame_times(path)
    period = 1000 / vlc_player.fps()
    vlc_player.seek(2000)
    start = frame_containing(times, 2000)
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == start)
    qtbot.wait(600)
    samples: list[tuple[int, int | None]] = []
    vlc_player.position_changed.connect(lambda ms: samples.append((ms, shown_frame(vlc_player))))
    vlc_player.play()
    qtbot.wait(3000)
    vlc_player.pause()
    # in media time, not wall-clock time: skip the first second played (libvlc getting going)
    steady = [(ms, f) for ms, f in samples if f is not None and ms >= 3000]
    assert len(steady) > 30
    (ms0, f0), (ms1, f1) = steady[0], steady[-1]
    moved, shown = ms1 - ms0, times[f1] - times[f0]
    # each end is within a frame of its picture (plus a display refresh when libvlc draws)
    assert abs(moved - shown) <= 2 * period + (2 * 1000 / 60 if output == "window" else 0)
    assert all(b[0] >= a[0] for a, b in itertools.pairwise(samples))
    # paused: the counter, the picture and the position name the same frame
    position = vlc_player.position_ms()
    expected = frame_containing(times, position)
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == expected)
    assert vlc_player.frame_index() == expected
