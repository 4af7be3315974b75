"""How loud a session is over time, and where it is silent.

Minimal responses and withdrawals are often silences, so coders look for them. The loudness
envelope is the RMS level of each 10 ms of the recording's sound (media/envelope.py decodes it
once); a pyramid of coarser levels (each the maximum of 4 of the level below) lets a view of any
length be drawn from about as many values as it has pixels, so a 3-hour session pans smoothly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

STEP_MS = 10  # one envelope value per 10 ms of sound
FANOUT = 4  # each level of the pyramid is the max of 4 values of the level below
FLOOR_DB = -70.0  # quieter than this draws as nothing
SILENCE_BLOCK_MS = 100  # silences are found on 100 ms blocks (a click does not end one)
SILENCE_ABOVE_FLOOR_DB = 10.0  # silent: within this of the recording's noise floor...
SILENCE_MIN_DB, SILENCE_MAX_DB = -60.0, -35.0  # ... with the threshold kept between these
DEFAULT_SILENCE_MS = 3000


@dataclass
class Envelope:
    """RMS level (linear, 1.0 = full scale) per step_ms of sound, with its pyramid."""

    rms: FloatArray
    step_ms: int = STEP_MS
    levels: list[FloatArray] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rms = np.asarray(self.rms, dtype=np.float32)
        self.levels = [self.rms]
        while len(self.levels[-1]) > 2 * FANOUT:
            top = self.levels[-1]
            n = len(top) // FANOUT * FANOUT
            coarser = top[:n].reshape(-1, FANOUT).max(axis=1)
            if n < len(top):
                coarser = np.append(coarser, top[n:].max())
            self.levels.append(coarser.astype(np.float32))

    @property
    def duration_ms(self) -> int:
        return len(self.rms) * self.step_ms

    def columns(self, start_ms: float, end_ms: float, width: int) -> FloatArray:
        """The loudest level in each of width columns across [start_ms, end_ms), from 0 (at or
        below FLOOR_DB) to 1 (full scale), on a decibel scale. Reads about width values per
        call whatever the span, from the coarsest level that still has one per column."""
        width = max(1, int(width))
        out = np.zeros(width, np.float32)
        if end_ms <= start_ms or not len(self.rms):
            return out
        per_column = (end_ms - start_ms) / self.step_ms / width  # level-0 values per column
        level = 0
        while level + 1 < len(self.levels) and per_column / FANOUT ** (level + 1) >= 1:
            level += 1
        values, step = self.levels[level], self.step_ms * FANOUT**level
        edges = np.linspace(start_ms, end_ms, width + 1) / step
        if per_column < 1:  # deeper than 10 ms a column: each shows the value under its middle
            middle = np.floor((edges[:-1] + edges[1:]) / 2).astype(np.int64)
            shown = (middle >= 0) & (middle < len(values))
            out[shown] = to_unit(values[middle[shown]])
            return out
        # one value or more per column: the columns partition the values [lo, next lo), and a
        # column whose end falls inside a value also takes that value
        lo = np.floor(edges[:-1]).astype(np.int64)
        hi = np.ceil(edges[1:]).astype(np.int64)
        shown = (lo >= 0) & (lo < len(values))
        if not shown.any():
            return out
        starts, ends = lo[shown], np.minimum(hi[shown], len(values))
        peak = np.maximum.reduceat(values, starts)
        peak[-1] = values[starts[-1] : max(ends[-1], starts[-1] + 1)].max()
        spill = ends[:-1] > starts[1:]
        peak[:-1][spill] = np.maximum(peak[:-1][spill], values[starts[1:][spill]])
        out[shown] = to_unit(peak)
        return out

    def threshold_db(self) -> float:
        """Silent means quieter than this: a little above the recording's noise floor (its
        10th percentile on 100 ms blocks), kept between -60 and -35 dBFS."""
        blocks = self._blocks_db()
        if not len(blocks):
            return SILENCE_MIN_DB
        floor = float(np.percentile(blocks, 10))
        return min(SILENCE_MAX_DB, max(SILENCE_MIN_DB, floor + SILENCE_ABOVE_FLOOR_DB))

    def silences(self, min_ms: int = DEFAULT_SILENCE_MS) -> list[tuple[int, int]]:
        """Stretches of at least min_ms quieter than threshold_db(), as (start ms, end ms)."""
        blocks = self._blocks_db()
        if not len(blocks):
            return []
        quiet = np.concatenate(([False], blocks < self.threshold_db(), [False]))
        change = np.flatnonzero(quiet[1:] != quiet[:-1])
        starts, ends = change[0::2] * SILENCE_BLOCK_MS, change[1::2] * SILENCE_BLOCK_MS
        ends = np.minimum(ends, self.duration_ms)
        keep = ends - starts >= min_ms
        return [(int(a), int(b)) for a, b in zip(starts[keep], ends[keep], strict=True)]

    def _blocks_db(self) -> FloatArray:
        per = max(1, SILENCE_BLOCK_MS // self.step_ms)
        n = len(self.rms) // per * per
        power = (self.rms[:n].astype(np.float64) ** 2).reshape(-1, per).mean(axis=1)
        if n < len(self.rms):
            power = np.append(power, float(np.mean(self.rms[n:].astype(np.float64) ** 2)))
        return to_db(np.sqrt(power)).astype(np.float32)


def to_db(rms: npt.NDArray[np.floating[Any]]) -> FloatArray:
    db: FloatArray = (20 * np.log10(np.maximum(rms, 1e-6))).astype(np.float32)
    return db


def to_unit(rms: FloatArray) -> FloatArray:
    """0 at FLOOR_DB or below, 1 at full scale, linear in decibels."""
    unit: FloatArray = np.clip((to_db(rms) - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0).astype(np.float32)
    return unit


def next_silence(silences: list[tuple[int, int]], ms: int, step: int) -> tuple[int, int] | None:
    """The first silence starting after ms (step 1), or the last starting before it (-1)."""
    if step > 0:
        return next((s for s in silences if s[0] > ms), None)
    return next((s for s in reversed(silences) if s[0] < ms), None)
