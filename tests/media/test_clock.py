"""The playback clock: smooth between coarse reports, never backwards while playing."""

from __future__ import annotations

import itertools

import pytest

from rupture_annotator.media.clock import JUMP_MS, PlaybackClock


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
