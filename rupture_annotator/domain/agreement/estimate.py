"""What every statistic returns: a value with its interval, or no value and the reason why.

A statistic that cannot be computed (one coder, fewer than two units, no variance) is never a
NaN, a crash or a made-up number: its value is None and `note` says why in one sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Estimate:
    value: float | None
    ci_low: float | None = None
    ci_high: float | None = None
    note: str = ""
    n_units: int = 0

    @property
    def defined(self) -> bool:
        return self.value is not None


def undefined(note: str, n_units: int = 0) -> Estimate:
    return Estimate(None, None, None, note, n_units)


def finite(value: float | None) -> float | None:
    """The value as a plain float, or None when it is not a finite number."""
    if value is None:
        return None
    v = float(value)
    return v if math.isfinite(v) else None


def estimate(
    value: float | None,
    ci: tuple[float | None, float | None] = (None, None),
    n_units: int = 0,
    note: str = "",
) -> Estimate:
    """An estimate from raw numbers: a non-finite value becomes None with the note given."""
    v = finite(value)
    if v is None:
        return undefined(note or "The statistic is undefined for these data.", n_units)
    low, high = finite(ci[0]), finite(ci[1])
    return Estimate(v, low, high, "", n_units)
