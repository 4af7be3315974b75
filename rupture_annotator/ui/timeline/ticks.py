"""Ruler ticks that adapt to zoom: a major step with room for a label, minor steps between."""

from __future__ import annotations

import math
from collections.abc import Iterator

# (major, minor) in ms; minor steps divide the major one at a spacing the eye can count.
STEPS: tuple[tuple[int, int], ...] = (
    (10, 2),
    (20, 5),
    (50, 10),
    (100, 20),
    (200, 50),
    (500, 100),
    (1_000, 200),
    (2_000, 500),
    (5_000, 1_000),
    (10_000, 2_000),
    (15_000, 5_000),
    (30_000, 5_000),
    (60_000, 10_000),
    (120_000, 30_000),
    (300_000, 60_000),
    (600_000, 120_000),
    (900_000, 300_000),
    (1_800_000, 300_000),
    (3_600_000, 600_000),
    (7_200_000, 1_800_000),
)
MIN_LABEL_PX = 96.0  # "0:00:00.00" plus breathing room


def tick_steps(ms_per_px: float, min_label_px: float = MIN_LABEL_PX) -> tuple[int, int]:
    """The smallest (major, minor) step whose major ticks are at least min_label_px apart."""
    for major, minor in STEPS:
        if major / ms_per_px >= min_label_px:
            return major, minor
    return STEPS[-1]


def ticks(start_ms: float, end_ms: float, step: int) -> Iterator[int]:
    """Multiples of step from start to end inclusive."""
    t = math.ceil(start_ms / step) * step
    while t <= end_ms:
        yield t
        t += step


def label(ms: int, step: int) -> str:
    """h:mm:ss, with as many decimals as the step needs (0:01:02.5 at 500 ms steps)."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    text = f"{h}:{m:02d}:{s:02d}"
    if step % 1000 == 0:
        return text
    digits = 1 if step % 100 == 0 else 2 if step % 10 == 0 else 3
    return f"{text}.{milli:03d}"[: len(text) + 1 + digits]
