"""A trainee checked against the gold standard: each headline statistic of gold vs trainee with
the lab's pass threshold beside it, pass or fail.

Which values a threshold judges follows from its statistic:
- an ICC form or Krippendorff's α interval: every segment rating (e.g. wd_significance);
- percent agreement, Cohen's / Fleiss' κ or α nominal: the presence of each rupture kind per
  segment (withdrawal_present, confrontation_present);
- an event statistic (e.g. matched_share): ruptures of any kind, paired.

An undefined value (e.g. κ when neither coder ever marked that kind) is not judged and says why.
A trainee passes when every judged value meets its threshold and at least one value was judged.
Thresholds come from the command (`--threshold`), else from the gold coder's project file
(`study.thresholds`), else the defaults: ICC(2,1) ≥ .75 on segment ratings, κ ≥ .60 on presence.
"""

from __future__ import annotations

from dataclasses import dataclass

from rupture_annotator.domain.agreement.summary import AgreementRow
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.storage.agreement.report import AgreementReport
from rupture_annotator.storage.export.columns import Table

DEFAULT_THRESHOLDS: dict[str, float] = {"ICC(2,1)": 0.75, "cohen_kappa": 0.60}
PRESENCE_STATISTICS = (
    "percent_agreement",
    "cohen_kappa",
    "fleiss_kappa",
    "krippendorff_alpha_nominal",
)


@dataclass(frozen=True)
class GoldRow:
    trainee: str
    gold: str
    variable: str
    statistic: str
    value: float | None
    threshold: float
    n_units: int
    note: str

    @property
    def passed(self) -> bool | None:
        """True/False against the threshold; None when the value is undefined."""
        return None if self.value is None else self.value >= self.threshold - 1e-12

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "not judged"}[self.passed]


@dataclass(frozen=True)
class GoldCheck:
    gold: str
    thresholds: dict[str, float]
    rows: list[GoldRow]

    def trainees(self) -> list[str]:
        return list(dict.fromkeys(r.trainee for r in self.rows))

    def passed(self, trainee: str | None = None) -> bool:
        rows = [r for r in self.rows if trainee is None or r.trainee == trainee]
        judged = [r.passed for r in rows if r.passed is not None]
        return bool(judged) and all(judged)


def thresholds_of(
    report: AgreementReport, given: dict[str, float] | None = None
) -> dict[str, float]:
    """The command's thresholds, else the gold file's, else the defaults."""
    if given:
        return dict(given)
    gold = report.options.gold
    for sp in report.study.study.projects:
        study = sp.project.study
        if study.thresholds and (study.gold_coder == gold or gold in sp.project.coders):
            return dict(study.thresholds)
    return dict(DEFAULT_THRESHOLDS)


def judged_by(statistic: str, row: AgreementRow, rating_names: set[str]) -> bool:
    if statistic.startswith("ICC(") or statistic == "krippendorff_alpha_interval":
        return row.level == "segment" and row.variable in rating_names
    if statistic in PRESENCE_STATISTICS:
        kinds = {f"{k.value}_present" for k in RuptureKind}
        return row.level == "segment" and row.variable in kinds
    return row.level == "event" and row.variable == "ruptures"


def check_against_gold(
    report: AgreementReport, thresholds: dict[str, float] | None = None
) -> GoldCheck:
    """Pass or fail per judged value of each coder against the report's gold coder."""
    gold = report.options.gold
    if gold is None:
        raise ValueError("The report compares no coder with a gold standard.")
    limits = thresholds_of(report, thresholds)
    ratings = {v.name for v in report.segments.variables if v.kind == "rating"}
    rows: list[GoldRow] = []
    for r in report.rows:
        if len(r.coders) != 2 or r.coders[0] != gold or r.statistic not in limits:
            continue
        if not judged_by(r.statistic, r, ratings):
            continue
        rows.append(
            GoldRow(
                r.coders[1],
                gold,
                r.variable,
                r.statistic,
                r.value,
                limits[r.statistic],
                r.n_units,
                r.note,
            )
        )
    return GoldCheck(gold, limits, rows)


def gold_table(check: GoldCheck) -> Table:
    t = Table(
        "Gold",
        f"Each coder against the gold standard ({check.gold}): pass when the value reaches the "
        "lab's threshold; undefined values are not judged.",
    )
    t.add("coder", "text", "The coder checked (the trainee).")
    t.add("gold", "text", "The gold-standard coder.")
    t.add("variable", "text", "The export column the statistic is computed on.")
    t.add("statistic", "text", "Which statistic.")
    t.add("value", "float", "Its value; blank when undefined (see note).")
    t.add("threshold", "float", "The lab's pass threshold for this statistic.")
    t.add("result", "text", "pass, FAIL, or not judged (undefined value).")
    t.add("n_units", "int", "How many units the value rests on.")
    t.add("note", "text", "Why the value is blank.")
    t.add("coder_result", "text", "The coder's overall result: pass only if nothing fails.")
    for r in check.rows:
        overall = "pass" if check.passed(r.trainee) else "FAIL"
        t.rows.append(
            [
                r.trainee,
                r.gold,
                r.variable,
                r.statistic,
                r.value,
                r.threshold,
                r.verdict,
                r.n_units,
                r.note or None,
                overall,
            ]
        )
    return t


def parse_threshold(text: str) -> tuple[str, float]:
    """ "ICC(2,1)=0.75" → ("ICC(2,1)", 0.75); raises ValueError with a sentence."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"{text!r}: give a threshold as STATISTIC=MINIMUM, e.g. ICC(2,1)=0.75.")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{text!r}: {value!r} is not a number.") from None
    if not -1 <= number <= 1:
        raise ValueError(f"{text!r}: a threshold is from -1 to 1.")
    return name.strip(), number


def verdict_lines(check: GoldCheck) -> list[str]:
    """What the command prints: each coder's result, then each value that failed."""
    lines: list[str] = []
    for trainee in check.trainees():
        rows = [r for r in check.rows if r.trainee == trainee]
        failed = [r for r in rows if r.passed is False]
        judged = sum(r.passed is not None for r in rows)
        result = "PASS" if check.passed(trainee) else "FAIL"
        lines.append(
            f"{result}  {trainee} against {check.gold}: {judged - len(failed)} of {judged} "
            "judged values reach their thresholds."
        )
        for r in failed:
            assert r.value is not None
            lines.append(
                f"  {r.variable} {r.statistic} = {r.value:.3f} < {r.threshold:g} "
                f"({r.n_units} units)"
            )
        if not judged:
            lines.append("  No value could be judged (see the Gold sheet's notes).")
    return lines
