"""Krippendorff's α (nominal or interval), missing values allowed, by the `krippendorff` package.

Input: units × coders with NaN where a coder gave no value (transposed for the package, which
takes coders × units). Only units with at least two values are pairable; a unit with one value
counts for nothing (Krippendorff 2011).
"""

from __future__ import annotations

from typing import Literal

import krippendorff
import numpy as np
import numpy.typing as npt

from rupture_annotator.domain.agreement.estimate import Estimate, estimate, undefined

Level = Literal["nominal", "interval"]


def krippendorff_alpha(matrix: npt.ArrayLike, level: Level) -> Estimate:
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2 or x.shape[1] < 2:
        return undefined("Agreement needs at least two coders.", x.shape[0] if x.ndim else 0)
    pairable = (~np.isnan(x)).sum(axis=1) >= 2
    n = int(pairable.sum())
    if n < 2:
        return undefined(
            f"Fewer than 2 units with values from two or more coders ({n}): α is undefined.", n
        )
    values = x[pairable]
    present = values[~np.isnan(values)]
    if np.ptp(present) == 0:
        return undefined(
            f"No variation: every value given is {present[0]:g}, so α is undefined (the "
            "coders agree, but nothing varies for them to agree on).",
            n,
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        value = float(krippendorff.alpha(reliability_data=values.T, level_of_measurement=level))
    return estimate(value, (None, None), n)
