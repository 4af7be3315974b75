"""Agreement on categories (presence 0/1): percent agreement, Cohen's κ, Fleiss' κ.

- percent agreement: the share of units on which every coder gave the same value;
- Cohen's κ (1960), two coders, with the approximate 95% interval from Cohen's standard error
  sqrt(po(1 - po) / (N (1 - pe)^2));
- Fleiss' κ (1971), any fixed number of coders per unit (no interval: Fleiss gives a standard
  error only under the hypothesis κ = 0).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from scipy.stats import norm

from rupture_annotator.domain.agreement.estimate import Estimate, estimate, undefined


def _few_units(n: int) -> Estimate:
    return undefined(f"Fewer than 2 units coded by every coder ({n}): no agreement to compute.", n)


def percent_agreement(matrix: npt.ArrayLike) -> Estimate:
    """units × coders, complete: the share of units where all coders agree."""
    x = np.asarray(matrix, dtype=float)
    n, k = x.shape
    if k < 2:
        return undefined("Agreement needs at least two coders.", n)
    if n < 1:
        return _few_units(n)
    same = (x == x[:, :1]).all(axis=1)
    return Estimate(float(same.mean()), None, None, "", n)


def cohen_table(
    first: npt.ArrayLike, second: npt.ArrayLike
) -> tuple[npt.NDArray[np.float64], list[float]]:
    """The square table of counts (rows: the first coder's category, columns: the second's)."""
    a = np.asarray(first, dtype=float)
    b = np.asarray(second, dtype=float)
    categories = sorted(set(a.tolist()) | set(b.tolist()))
    index = {c: i for i, c in enumerate(categories)}
    table = np.zeros((len(categories), len(categories)))
    np.add.at(table, ([index[v] for v in a.tolist()], [index[v] for v in b.tolist()]), 1)
    return table, categories


def cohen_kappa_from_table(table: npt.ArrayLike, confidence: float = 0.95) -> Estimate:
    """Cohen's κ from a square table of counts."""
    t = np.asarray(table, dtype=float)
    total = float(t.sum())
    n = round(total)
    if n < 2:
        return _few_units(n)
    p = t / total
    po = float(np.trace(p))
    pe = float((p.sum(axis=1) * p.sum(axis=0)).sum())
    if pe >= 1 - 1e-12:
        return undefined(
            "Both coders gave one and the same value on every unit: κ is undefined (chance "
            "agreement is 100%); see percent_agreement.",
            n,
        )
    kappa = (po - pe) / (1 - pe)
    se = math.sqrt(po * (1 - po) / (total * (1 - pe) ** 2))
    z = float(norm.ppf(1 - (1 - confidence) / 2))
    return estimate(kappa, (max(-1.0, kappa - z * se), min(1.0, kappa + z * se)), n)


def cohen_kappa(first: npt.ArrayLike, second: npt.ArrayLike, confidence: float = 0.95) -> Estimate:
    """Cohen's κ of two coders' values on the same units (no missing values)."""
    table, _ = cohen_table(first, second)
    return cohen_kappa_from_table(table, confidence)


def category_counts(matrix: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """units × coders values → units × categories counts (how many coders chose each)."""
    x = np.asarray(matrix, dtype=float)
    categories = np.unique(x)
    return np.stack([(x == c).sum(axis=1) for c in categories], axis=1).astype(float)


def fleiss_kappa_from_counts(counts: npt.ArrayLike) -> Estimate:
    """Fleiss' κ from a units × categories table of counts; every unit rated by as many coders."""
    c = np.asarray(counts, dtype=float)
    n = c.shape[0]
    if n < 2:
        return _few_units(n)
    raters = c.sum(axis=1)
    m = float(raters[0])
    if not np.all(raters == m):
        raise ValueError("Fleiss' kappa needs the same number of coders on every unit")
    if m < 2:
        return undefined("Agreement needs at least two coders.", n)
    p_unit = ((c * c).sum(axis=1) - m) / (m * (m - 1))
    p_bar = float(p_unit.mean())
    p_cat = c.sum(axis=0) / (n * m)
    pe = float((p_cat**2).sum())
    if pe >= 1 - 1e-12:
        return undefined(
            "Every coder gave one and the same value on every unit: κ is undefined (chance "
            "agreement is 100%); see percent_agreement.",
            n,
        )
    return estimate((p_bar - pe) / (1 - pe), (None, None), n)


def fleiss_kappa(matrix: npt.ArrayLike) -> Estimate:
    """Fleiss' κ of a units × coders matrix of categories (complete units)."""
    x = np.asarray(matrix, dtype=float)
    if x.shape[1] < 2:
        return undefined("Agreement needs at least two coders.", x.shape[0])
    if x.shape[0] < 2:
        return _few_units(x.shape[0])
    return fleiss_kappa_from_counts(category_counts(x))
