"""One playback clock: a smooth, monotonic position between a backend's coarse time reports.

libvlc reports the playing time in steps of about 250 ms (sometimes 500). Drawn directly, the
playhead would stutter. The clock runs from a monotonic wall clock at the playback rate and
treats each new report as a measurement: small differences are slewed away over half a second
(by running up to three quarters faster or slower), large ones are jumps. While playing the position
never decreases; on seek, pause and rate change it is set, not slewed. No Qt, no libvlc.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SLEW_SECONDS = 0.3  # a small difference is worked off over this long
MAX_SLEW = 0.75  # ... running at most this fraction faster or slower than the rate
JUMP_MS = 300.0  # a report further off than this (× rate) is a jump, not drift


class PlaybackClock:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._playing = False
        self._held = False
        self._rate = 1.0
        self._anchor_ms = 0.0  # position at _anchor_t
        self._anchor_t = now()
        self._speed = 1.0  # media ms per wall ms until _slew_until, then _rate
        self._slew_until = self._anchor_t
        self._floor = 0.0  # the smallest position it may still report while playing
        self._last_report: float | None = None

    # -- reading -----------------------------------------------------------------------------
    def position(self) -> float:
        """The current position in media milliseconds."""
        if not self._playing or self._held:
            return self._anchor_ms
        p = self._extrapolate(self._now())
        if p < self._floor:
            return self._floor
        self._floor = p
        return p

    def is_playing(self) -> bool:
        return self._playing

    def is_held(self) -> bool:
        return self._held

    def rate(self) -> float:
        return self._rate

    # -- setting -----------------------------------------------------------------------------
    def set(self, ms: float) -> None:
        """Snap to a position (seek, step, pause): no slewing, and the floor moves with it."""
        self._anchor_ms = float(ms)
        self._anchor_t = self._now()
        self._speed = self._rate
        self._slew_until = self._anchor_t
        self._floor = float(ms)
        self._last_report = None

    def start(self) -> None:
        """Start running from the current position."""
        if not self._playing:
            self._playing = True
            self.set(self._anchor_ms)

    def stop(self) -> float:
        """Stop at the current position and return it."""
        p = self.position()
        self._playing = False
        self._held = False
        self.set(p)
        return p

    def set_rate(self, rate: float) -> None:
        """Run on at a new rate from the current position. The backend's last report is kept:
        it repeats that value until its next update, which is then the first news at the new
        rate (taken for news, the stale value held the playhead still for up to 0.3 s)."""
        p = self.position()
        last = self._last_report
        self._rate = float(rate)
        self.set(p)
        self._last_report = last

    def hold(self) -> None:
        """Stay put (the backend is still seeking) until release()."""
        self._held = True

    def release(self, ms: float | None = None) -> None:
        """Run on from now, from `ms` if given (the backend's first picture after a seek)."""
        if self._held:
            self._held = False
            self.set(self._anchor_ms if ms is None else ms)
            if ms is not None:
                self._last_report = ms

    def ignore_report(self, reported_ms: float) -> None:
        """A report the backend will repeat until it moves (its time at a start or seek)."""
        self._last_report = reported_ms

    def observe(self, reported_ms: float) -> None:
        """Take a (coarse) position report from the backend while playing.

        Only a changed report is news: libvlc repeats its last value between updates, and
        keeps reporting the time it paused or seeked at for a while after it runs again.
        """
        if not self._playing or self._held or reported_ms == self._last_report:
            return
        self._last_report = reported_ms
        t = self._now()
        current = self._extrapolate(t)
        error = reported_ms - current
        if abs(error) > JUMP_MS * max(1.0, self._rate):
            # a jump: forward at once; backward holds the floor until the time catches up
            self._anchor_ms, self._anchor_t = float(reported_ms), t
            self._speed, self._slew_until = self._rate, t
            return
        slew = max(-MAX_SLEW, min(MAX_SLEW, error / (SLEW_SECONDS * 1000.0 * self._rate)))
        self._anchor_ms, self._anchor_t = current, t
        self._speed = self._rate * (1.0 + slew)
        self._slew_until = t + SLEW_SECONDS

    # -- internals ---------------------------------------------------------------------------
    def _extrapolate(self, t: float) -> float:
        slewing = max(0.0, min(t, self._slew_until) - self._anchor_t)
        after = max(0.0, t - max(self._slew_until, self._anchor_t))
        return self._anchor_ms + 1000.0 * (slewing * self._speed + after * self._rate)
