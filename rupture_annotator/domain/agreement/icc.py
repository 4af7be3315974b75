"""The six intraclass correlations of Shrout & Fleiss (1979), with their 95% intervals.

ICC(1,1) one-way random; ICC(2,1) two-way random, absolute agreement; ICC(3,1) two-way mixed,
consistency; the (·,k) forms are the reliability of the mean of the k coders. The intervals are
Shrout & Fleiss's F-based ones (McGraw & Wong 1996 for ICC(2,·)), as R's psych::ICC gives them.

Input: an n units × k coders matrix with no missing value (the caller keeps complete units).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.stats import f as f_dist

from rupture_annotator.domain.agreement.estimate import Estimate, estimate, undefined

FORMS = ("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)")
_TINY = 1e-12


def _ppf(q: float, df1: float, df2: float) -> np.float64:
    """The F quantile as a numpy float, so a division by it gives inf or nan, never raises."""
    if not (df1 > 0 and df2 > 0 and np.isfinite(df1) and np.isfinite(df2)):
        return np.float64("nan")
    return np.float64(f_dist.ppf(q, df1, df2))


def _single(f: np.float64, k: int) -> float:
    """A single-coder bound from an F bound; an infinite F (no error at all) gives 1."""
    return 1.0 if np.isposinf(f) else float((f - 1) / (f + k - 1))


def icc(matrix: npt.ArrayLike, confidence: float = 0.95) -> dict[str, Estimate]:
    """All six forms, keyed by name (FORMS); undefined ones carry a sentence why."""
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2:
        raise ValueError("icc needs a units × coders matrix")
    n, k = x.shape
    if k < 2:
        return dict.fromkeys(FORMS, undefined("Agreement needs at least two coders.", n))
    if n < 2:
        note = f"Fewer than 2 units coded by every coder ({n}): no ICC can be computed."
        return dict.fromkeys(FORMS, undefined(note, n))
    if np.isnan(x).any():
        raise ValueError("icc needs complete units (no missing values)")
    if np.ptp(x) == 0:
        note = (
            f"No variance: every coder gave {x.flat[0]:g} on every unit, so the ICC is "
            "undefined (the coders agree, but nothing varies for them to agree on)."
        )
        return dict.fromkeys(FORMS, undefined(note, n))

    grand = x.mean()
    ss_total = float(((x - grand) ** 2).sum())
    ssr = k * float(((x.mean(axis=1) - grand) ** 2).sum())
    ssc = n * float(((x.mean(axis=0) - grand) ** 2).sum())
    sse = max(ss_total - ssr - ssc, 0.0)
    scale = ss_total / (n * k)

    def clean(ms: float) -> np.float64:
        return np.float64(0.0 if abs(ms) <= _TINY * scale else ms)

    msr = clean(ssr / (n - 1))
    msc = clean(ssc / (k - 1))
    mse = clean(sse / ((n - 1) * (k - 1)))
    msw = clean((ssc + sse) / (n * (k - 1)))
    q = 1 - (1 - confidence) / 2
    flat = "The units do not differ (every unit has the same mean score), so this ICC is undefined."

    def ratio(num: float, den: float) -> float:
        return num / den if den > _TINY * scale else float("nan")

    out: dict[str, Estimate] = {}
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # ICC(1,·): one-way
        icc1 = ratio(msr - msw, msr + (k - 1) * msw)
        icc1k = ratio(msr - msw, msr)
        f1 = msr / msw if msw > 0 else float("inf")
        df1, df1w = n - 1, n * (k - 1)
        f1l = f1 / _ppf(q, df1, df1w)
        f1u = f1 * _ppf(q, df1w, df1)
        out["ICC(1,1)"] = estimate(icc1, (_single(f1l, k), _single(f1u, k)), n, flat)
        out["ICC(1,k)"] = estimate(icc1k, (1 - 1 / f1l, 1 - 1 / f1u), n, flat)

        # ICC(3,·): two-way mixed, consistency
        icc3 = ratio(msr - mse, msr + (k - 1) * mse)
        icc3k = ratio(msr - mse, msr)
        f3 = msr / mse if mse > 0 else float("inf")
        df3 = (n - 1) * (k - 1)
        f3l = f3 / _ppf(q, n - 1, df3)
        f3u = f3 * _ppf(q, df3, n - 1)
        out["ICC(3,1)"] = estimate(icc3, (_single(f3l, k), _single(f3u, k)), n, flat)
        out["ICC(3,k)"] = estimate(icc3k, (1 - 1 / f3l, 1 - 1 / f3u), n, flat)

        # ICC(2,·): two-way random, absolute agreement
        icc2 = ratio(msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n)
        icc2k = ratio(msr - mse, msr + (msc - mse) / n)
        low2 = high2 = float("nan")
        if mse == 0 and msc == 0:  # every coder gave every unit the same value
            low2 = high2 = 1.0
        elif np.isfinite(icc2) and mse > 0:
            a = k * icc2 / (n * (1 - icc2)) if icc2 != 1 else float("inf")
            b = 1 + k * icc2 * (n - 1) / (n * (1 - icc2)) if icc2 != 1 else float("inf")
            v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / df3)
            f2u = _ppf(q, n - 1, v)
            f2l = _ppf(q, v, n - 1)
            low2 = n * (msr - f2u * mse) / (f2u * (k * msc + (k * n - k - n) * mse) + n * msr)
            high2 = n * (f2l * msr - mse) / (k * msc + (k * n - k - n) * mse + n * f2l * msr)
        out["ICC(2,1)"] = estimate(icc2, (low2, high2), n, flat)
        out["ICC(2,k)"] = estimate(
            icc2k,
            (low2 * k / (1 + low2 * (k - 1)), high2 * k / (1 + high2 * (k - 1))),
            n,
            flat,
        )
    return {form: out[form] for form in FORMS}
