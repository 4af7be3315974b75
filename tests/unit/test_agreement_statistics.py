"""The reliability statistics against published worked examples, to 3 decimals, and the cases
where a statistic is undefined: a value of None and a sentence, never NaN."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rupture_annotator.domain.agreement.alpha import krippendorff_alpha
from rupture_annotator.domain.agreement.bands import band
from rupture_annotator.domain.agreement.events import Event, pair_events, summarise
from rupture_annotator.domain.agreement.icc import FORMS, icc
from rupture_annotator.domain.agreement.kappa import (
    cohen_kappa,
    cohen_kappa_from_table,
    fleiss_kappa,
    fleiss_kappa_from_counts,
    percent_agreement,
)
from rupture_annotator.domain.agreement.summary import Variable, variable_rows

# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
# reliability. Psychological Bulletin 86(2), 420-428. Table 2: 6 targets x 4 judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]
SHROUT_FLEISS_ICC = {  # Table 4 of the paper
    "ICC(1,1)": 0.166,
    "ICC(2,1)": 0.290,
    "ICC(3,1)": 0.715,
    "ICC(1,k)": 0.443,
    "ICC(2,k)": 0.620,
    "ICC(3,k)": 0.909,
}
# The 95% intervals R's psych::ICC prints for the same data (its documentation's example,
# Revelle, psych package, ?ICC), to 2 decimals.
PSYCH_ICC_CI = {
    "ICC(1,1)": (-0.13, 0.72),
    "ICC(2,1)": (0.02, 0.76),
    "ICC(3,1)": (0.34, 0.95),
    "ICC(1,k)": (-0.88, 0.91),
    "ICC(2,k)": (0.07, 0.93),
    "ICC(3,k)": (0.68, 0.99),
}


def test_shrout_fleiss_1979_all_six_iccs() -> None:
    result = icc(SHROUT_FLEISS)
    assert list(result) == list(FORMS)
    for form, expected in SHROUT_FLEISS_ICC.items():
        assert round(result[form].value or math.nan, 3) == expected, form
        assert result[form].n_units == 6


def test_shrout_fleiss_intervals_match_psych_icc() -> None:
    result = icc(SHROUT_FLEISS)
    for form, (low, high) in PSYCH_ICC_CI.items():
        e = result[form]
        assert e.ci_low is not None and e.ci_high is not None
        assert round(e.ci_low, 2) == low, form
        assert round(e.ci_high, 2) == high, form


def test_cohen_kappa_2x2_worked_example() -> None:
    """Both yes 20, A yes / B no 5, A no / B yes 10, both no 15 (Cohen's kappa, Wikipedia's
    worked example of 50 grant proposals read by two readers): kappa = .400."""
    e = cohen_kappa_from_table([[20, 5], [10, 15]])
    assert round(e.value or math.nan, 3) == 0.400
    # Cohen's (1960) approximate standard error: sqrt(.7 * .3 / (50 * .5^2)) = .1296
    assert e.ci_low == pytest.approx(0.4 - 1.959964 * 0.129615, abs=1e-4)
    assert e.ci_high == pytest.approx(0.4 + 1.959964 * 0.129615, abs=1e-4)
    # the same from the two coders' values
    a = [1] * 25 + [0] * 25
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert round(cohen_kappa(a, b).value or math.nan, 3) == 0.400
    assert percent_agreement(np.column_stack([a, b])).value == pytest.approx(0.7)


# Fleiss' kappa, Wikipedia's worked example ("Fleiss' kappa", section Worked example): 10
# subjects each rated by 14 raters into 5 categories; P-bar = 0.378, Pe-bar = 0.213,
# kappa = 0.210.
FLEISS_WIKIPEDIA = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_wikipedia_worked_example() -> None:
    assert round(fleiss_kappa_from_counts(FLEISS_WIKIPEDIA).value or math.nan, 3) == 0.210
    # the same from a units x raters matrix of categories (which rater chose what is arbitrary)
    raw = [[c for c, n in enumerate(row, 1) for _ in range(n)] for row in FLEISS_WIKIPEDIA]
    e = fleiss_kappa(raw)
    assert round(e.value or math.nan, 3) == 0.210 and e.n_units == 10


# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
# Communication, University of Pennsylvania, section C "Nominal data, any number of observers,
# missing data": 4 observers x 12 units, nominal alpha = 0.743; the same data as interval
# values (section D): alpha = 0.849.
NAN = math.nan
KRIPPENDORFF_2011 = np.array(
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
        [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
    ]
).T  # units x coders


def test_krippendorff_2011_nominal_with_missing_values() -> None:
    e = krippendorff_alpha(KRIPPENDORFF_2011, "nominal")
    assert round(e.value or math.nan, 3) == 0.743
    assert e.n_units == 11, "unit 12 has one value: it is not pairable"


def test_krippendorff_2011_interval_with_missing_values() -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, "interval").value or math.nan, 3) == 0.849


@pytest.mark.parametrize(
    ("matrix", "words"),
    [
        ([[0, 0], [0, 0], [0, 0]], "No variance"),
        ([[3, 1]], "Fewer than 2 units"),
        ([[1], [2], [3]], "two coders"),
    ],
)
def test_undefined_iccs_are_none_with_a_sentence(matrix: list[list[int]], words: str) -> None:
    for form, e in icc(matrix).items():
        assert e.value is None and e.ci_low is None and e.ci_high is None, form
        assert words in e.note and e.note.endswith("."), form


def test_units_that_do_not_differ_leave_only_the_defined_forms() -> None:
    # coder A always says 1, B always 0: no variance between units
    result = icc([[1, 0], [1, 0], [1, 0]])
    assert result["ICC(3,1)"].value is None and "do not differ" in result["ICC(3,1)"].note
    assert result["ICC(1,1)"].value == pytest.approx(-1.0)


def test_kappa_and_alpha_with_one_value_everywhere() -> None:
    same = np.zeros((5, 2))
    assert percent_agreement(same).value == 1.0
    k = cohen_kappa(same[:, 0], same[:, 1])
    assert k.value is None and "undefined" in k.note
    f = fleiss_kappa(np.zeros((5, 3)))
    assert f.value is None and "undefined" in f.note
    a = krippendorff_alpha(same, "nominal")
    assert a.value is None and "No variation" in a.note


def test_one_coder_gives_a_sentence_for_every_statistic() -> None:
    rows = variable_rows(Variable("wd_denial_present", "segment", "presence"), [[1], [0]], ["ana"])
    assert [r.statistic for r in rows] == [
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha_nominal",
    ]
    assert all(
        r.value is None and r.note == "Only one coder (ana) coded these units: agreement needs two."
        for r in rows
    )


def test_rows_pick_cohen_for_two_and_fleiss_for_three_coders() -> None:
    v = Variable("x_present", "segment", "presence")
    two = variable_rows(v, [[1, 1], [0, 0], [1, 0], [0, 0]], ["a", "b"])
    three = variable_rows(v, [[1, 1, 1], [0, 0, 1], [1, 0, 1], [0, 0, 0]], ["a", "b", "c"])
    assert [r.statistic for r in two][1] == "cohen_kappa"
    assert [r.statistic for r in three][1] == "fleiss_kappa"
    rating = variable_rows(Variable("wd_significance", "segment", "rating"), SHROUT_FLEISS, "abcd")
    by = {r.statistic: r for r in rating}
    assert round(by["ICC(2,1)"].value or 0, 3) == 0.290
    assert by["ICC(2,1)"].band == "poor (Koo & Li)" and "default" in by["ICC(2,1)"].meaning
    assert by["ICC(3,k)"].band == "excellent (Koo & Li)"
    assert "krippendorff_alpha_interval" in by


def test_a_rating_nobody_gave_says_so() -> None:
    rows = variable_rows(Variable("r", "segment", "rating"), [[NAN, NAN], [NAN, NAN]], "ab")
    assert {r.note for r in rows} == {"No coder gave a value for this variable on any unit."}
    assert all(r.value is None and r.n_units == 0 for r in rows)


def test_missing_ratings_drop_the_unit_from_icc_but_not_from_alpha() -> None:
    x = [[1, 1], [2, 2], [3, NAN], [4, 5], [5, 5]]
    by = {r.statistic: r for r in variable_rows(Variable("r", "segment", "rating"), x, "ab")}
    assert by["ICC(2,1)"].n_units == 4
    assert by["krippendorff_alpha_interval"].n_units == 4  # unit 3 has one value
    assert by["krippendorff_alpha_interval"].value is not None


@pytest.mark.parametrize(
    ("statistic", "value", "words"),
    [
        ("ICC(2,1)", 0.49, "poor"),
        ("ICC(2,1)", 0.5, "moderate"),
        ("ICC(2,1)", 0.8, "good"),
        ("ICC(2,1)", 0.95, "excellent"),
        ("cohen_kappa", 0.15, "slight"),
        ("cohen_kappa", 0.4, "fair"),
        ("fleiss_kappa", 0.61, "substantial"),
        ("cohen_kappa", 0.85, "almost perfect"),
        ("cohen_kappa", -0.1, "poor"),
        ("krippendorff_alpha_nominal", 0.7, "tentative"),
        ("percent_agreement", 0.9, ""),
    ],
)
def test_bands(statistic: str, value: float, words: str) -> None:
    assert band(statistic, value).startswith(words)
    assert band(statistic, None) == ""


@settings(max_examples=150, deadline=None)
@given(
    arrays(
        np.float64,
        st.tuples(st.integers(0, 7), st.integers(1, 4)),
        elements=st.sampled_from([0.0, 1.0, 2.0, 5.0, NAN]),
    )
)
def test_never_nan_whatever_the_data(x: np.ndarray) -> None:
    """Any matrix, degenerate ones included: each value is a finite number or None + a note."""
    coders = [f"c{i}" for i in range(x.shape[1])]
    for kind in ("count", "rating", "presence"):
        for row in variable_rows(Variable("v", "segment", kind), x, coders):  # type: ignore[arg-type]
            for v in (row.value, row.ci_low, row.ci_high):
                assert v is None or math.isfinite(v)
            assert row.value is not None or row.note


def test_events_pair_by_kind_and_half_the_shorter_span() -> None:
    a = [
        Event("a1", "withdrawal", 10_000, 20_000, frozenset({"wd_denial"})),
        Event("a2", "withdrawal", 50_000, 52_000),
        Event("a3", "confrontation", 100_000, 110_000, frozenset({"cf_control"})),
        Event("a4", "withdrawal", 200_000, 204_000),
    ]
    b = [
        Event("b1", "withdrawal", 12_000, 21_000, frozenset({"wd_denial"})),
        Event("b2", "withdrawal", 51_500, 60_000),  # overlaps a2 by 0.5 s of its 2 s
        Event("b3", "withdrawal", 100_000, 110_000),  # same time as a3, other kind
        Event("b4", "withdrawal", 202_000, 203_000),  # inside a4: all of the shorter one
    ]
    m = pair_events(a, b)
    assert [(p.first.id, p.second.id) for p in m.pairs] == [("a1", "b1"), ("a4", "b4")]
    assert [e.id for e in m.only_first] == ["a2", "a3"]
    assert [e.id for e in m.only_second] == ["b2", "b3"]
    s = summarise([m])
    assert (s.pairs, s.only_first, s.only_second) == (2, 2, 2)
    assert s.matched_share.value == pytest.approx(0.5)
    assert s.onset_diff_median_s.value == pytest.approx(2.0)  # |2 s| and |2 s|
    assert s.offset_diff_median_s.value == pytest.approx(1.0)  # 1 s and 1 s
    assert s.same_markers_share.value == 1.0
    # a lower threshold pairs a2 with b2 too
    assert len(pair_events(a, b, min_overlap=0.25).pairs) == 3


def test_each_event_is_paired_once_with_the_best_overlap() -> None:
    a = [Event("a1", "withdrawal", 0, 10_000), Event("a2", "withdrawal", 8_000, 18_000)]
    b = [Event("b1", "withdrawal", 7_000, 17_000)]
    m = pair_events(a, b)
    assert [(p.first.id, p.second.id) for p in m.pairs] == [("a2", "b1")]
    empty = summarise([pair_events([], [])])
    assert empty.matched_share.value is None and "Neither coder" in empty.matched_share.note
