"""Plain words for a value, from the conventions the field cites with it.

- ICC: Koo & Li (2016): < .50 poor, .50–.75 moderate, .75–.90 good, > .90 excellent.
- κ: Landis & Koch (1977): < 0 poor, 0–.20 slight, .21–.40 fair, .41–.60 moderate,
  .61–.80 substantial, .81–1 almost perfect.
- α: Krippendorff (2004): ≥ .800 reliable, .667–.800 tentative conclusions only, < .667 not.
"""

from __future__ import annotations

KOO_LI = ((0.5, "poor"), (0.75, "moderate"), (0.9, "good"))
LANDIS_KOCH = (
    (0.0, "poor"),
    (0.2, "slight"),
    (0.4, "fair"),
    (0.6, "moderate"),
    (0.8, "substantial"),
)
KRIPPENDORFF = ((0.667, "unacceptable"), (0.8, "tentative"))


def _band(value: float, cuts: tuple[tuple[float, str], ...], top: str, inclusive: bool) -> str:
    for cut, name in cuts:
        if value < cut or (inclusive and value <= cut and cut > 0):
            return name
    return top


def band(statistic: str, value: float | None) -> str:
    """The band's name, with the convention it comes from; '' for none (or no value)."""
    if value is None:
        return ""
    if statistic.startswith("ICC"):
        return f"{_band(round(value, 3), KOO_LI, 'excellent', False)} (Koo & Li)"
    if statistic.endswith("kappa"):
        return f"{_band(round(value, 3), LANDIS_KOCH, 'almost perfect', True)} (Landis & Koch)"
    if statistic.startswith("krippendorff_alpha"):
        return f"{_band(round(value, 3), KRIPPENDORFF, 'acceptable', False)} (Krippendorff)"
    return ""
