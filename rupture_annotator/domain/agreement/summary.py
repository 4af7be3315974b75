"""The Summary's rows: which statistics each kind of variable gets, with bands and meanings.

- counts (markers, strategies, ruptures per segment or session): the six ICCs;
- ratings (segment and session ratings): the six ICCs and Krippendorff's α interval;
- presence (0/1 per segment): percent agreement, Cohen's κ (two coders) or Fleiss' κ (three or
  more), Krippendorff's α nominal.

ICCs, percent agreement and κ use the units every coder gave a value for; α uses every unit
with values from at least two coders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from rupture_annotator.domain.agreement.alpha import krippendorff_alpha
from rupture_annotator.domain.agreement.bands import band
from rupture_annotator.domain.agreement.estimate import Estimate, undefined
from rupture_annotator.domain.agreement.events import EventSummary
from rupture_annotator.domain.agreement.icc import FORMS, icc
from rupture_annotator.domain.agreement.kappa import cohen_kappa, fleiss_kappa, percent_agreement

Level = Literal["segment", "session", "event"]
VariableKind = Literal["count", "rating", "presence"]
DEFAULT_ICC = "ICC(2,1)"

MEANINGS = {
    "ICC(1,1)": "One-way random, single coder: as if each unit had been coded by other coders.",
    "ICC(2,1)": "The default. Two-way random, absolute agreement, single coder: report it when "
    "one trained coder's scores are analysed and the coders stand for any trained coder.",
    "ICC(3,1)": "Two-way mixed, consistency, single coder: these coders only; a constant "
    "offset between them is not counted against agreement.",
    "ICC(1,k)": "One-way random, the mean of the coders.",
    "ICC(2,k)": "Two-way random, absolute agreement, the mean of the coders: report it instead "
    "of ICC(2,1) when the analysed score is the coders' average.",
    "ICC(3,k)": "Two-way mixed, consistency, the mean of the coders.",
    "percent_agreement": "The share of units on which every coder gave the same value (not "
    "corrected for chance).",
    "cohen_kappa": "Cohen's kappa, two coders, corrected for chance; 95% interval from "
    "Cohen's (1960) standard error.",
    "fleiss_kappa": "Fleiss' kappa, three or more coders, corrected for chance.",
    "krippendorff_alpha_nominal": "Krippendorff's alpha for categories; every unit with "
    "values from two coders or more counts (missing values allowed).",
    "krippendorff_alpha_interval": "Krippendorff's alpha for ratings taken as numbers; every "
    "unit with ratings from two coders or more counts (missing ratings allowed).",
    "pairs": "Ruptures the two coders both marked: same kind, overlapping by at least the "
    "minimum share of the shorter one.",
    "only_first": "Ruptures only the first coder marked.",
    "only_second": "Ruptures only the second coder marked.",
    "matched_share": "2 × pairs / all ruptures of both coders: the share of ruptures the "
    "other coder also marked.",
    "onset_diff_median_s": "Median of |difference| between paired ruptures' starts, seconds.",
    "onset_diff_iqr_s": "Interquartile range of those start differences, seconds.",
    "offset_diff_median_s": "Median of |difference| between paired ruptures' ends, seconds.",
    "offset_diff_iqr_s": "Interquartile range of those end differences, seconds.",
    "same_markers_share": "The share of pairs whose two ruptures have the same markers.",
    "marker_jaccard_mean": "Mean over pairs of shared markers / all markers of the pair.",
}


@dataclass(frozen=True)
class Variable:
    name: str  # the export column it is computed on, e.g. wd_minimal_response_n
    level: Level
    kind: VariableKind
    label: str = ""  # in words, e.g. "withdrawal marker 'Minimal response', count"


@dataclass(frozen=True)
class AgreementRow:
    variable: str
    level: Level
    statistic: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n_units: int
    n_coders: int
    coders: tuple[str, ...]
    note: str
    band: str
    meaning: str

    def as_dict(self) -> dict[str, object]:
        return {
            "variable": self.variable,
            "level": self.level,
            "statistic": self.statistic,
            "value": self.value,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "n_units": self.n_units,
            "n_coders": self.n_coders,
            "coders": list(self.coders),
            "note": self.note or None,
            "band": self.band or None,
        }


def statistic_names(kind: VariableKind, n_coders: int) -> tuple[str, ...]:
    if kind == "count":
        return FORMS
    if kind == "rating":
        return (*FORMS, "krippendorff_alpha_interval")
    kappa = "cohen_kappa" if n_coders <= 2 else "fleiss_kappa"
    return ("percent_agreement", kappa, "krippendorff_alpha_nominal")


def _row(
    variable: Variable | str,
    level: Level,
    statistic: str,
    e: Estimate,
    coders: Sequence[str],
) -> AgreementRow:
    name = variable.name if isinstance(variable, Variable) else variable
    return AgreementRow(
        name,
        level,
        statistic,
        e.value,
        e.ci_low,
        e.ci_high,
        e.n_units,
        len(coders),
        tuple(coders),
        e.note,
        band(statistic, e.value),
        MEANINGS.get(statistic, ""),
    )


def variable_rows(
    variable: Variable, values: npt.ArrayLike, coders: Sequence[str]
) -> list[AgreementRow]:
    """Every statistic for one variable: values is units × coders, NaN where none was given."""
    x = np.asarray(values, dtype=float).reshape(-1, len(coders)) if coders else np.empty((0, 0))
    names = statistic_names(variable.kind, len(coders))
    if len(coders) < 2:
        who = f"one coder ({coders[0]})" if coders else "no coder"
        note = f"Only {who} coded these units: agreement needs two."
        return [
            _row(variable, variable.level, s, undefined(note, x.shape[0]), coders) for s in names
        ]
    if x.size == 0 or np.isnan(x).all():
        note = "No coder gave a value for this variable on any unit."
        return [_row(variable, variable.level, s, undefined(note, 0), coders) for s in names]
    complete = x[~np.isnan(x).any(axis=1)]
    out: dict[str, Estimate] = {}
    if variable.kind in ("count", "rating"):
        out.update(icc(complete))
        if variable.kind == "rating":
            out["krippendorff_alpha_interval"] = krippendorff_alpha(x, "interval")
    else:
        out["percent_agreement"] = percent_agreement(complete)
        if len(coders) == 2:
            out["cohen_kappa"] = (
                cohen_kappa(complete[:, 0], complete[:, 1])
                if len(complete) >= 2
                else undefined(
                    f"Fewer than 2 units coded by both coders ({len(complete)}): no agreement "
                    "to compute.",
                    len(complete),
                )
            )
        else:
            out["fleiss_kappa"] = fleiss_kappa(complete)
        out["krippendorff_alpha_nominal"] = krippendorff_alpha(x, "nominal")
    return [_row(variable, variable.level, s, out[s], coders) for s in names]


def event_rows(variable: str, summary: EventSummary, coders: Sequence[str]) -> list[AgreementRow]:
    """The event statistics of one pair of coders (variable: a rupture kind, or 'ruptures')."""
    events = 2 * summary.pairs + summary.only_first + summary.only_second
    counts = {
        "pairs": Estimate(float(summary.pairs), None, None, "", events),
        "only_first": Estimate(float(summary.only_first), None, None, "", events),
        "only_second": Estimate(float(summary.only_second), None, None, "", events),
    }
    estimates = {
        **counts,
        "matched_share": summary.matched_share,
        "onset_diff_median_s": summary.onset_diff_median_s,
        "onset_diff_iqr_s": summary.onset_diff_iqr_s,
        "offset_diff_median_s": summary.offset_diff_median_s,
        "offset_diff_iqr_s": summary.offset_diff_iqr_s,
        "same_markers_share": summary.same_markers_share,
        "marker_jaccard_mean": summary.marker_jaccard_mean,
    }
    return [_row(variable, "event", s, e, coders) for s, e in estimates.items()]
