"""`rupture-annotator agreement` end to end, on project files saved in the app's own format."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import openpyxl
import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.agreement.icc import icc
from tests.unit.agreement_study import counts_study, random_study
from tests.unit.test_agreement_statistics import SHROUT_FLEISS, SHROUT_FLEISS_ICC

CODERS = ["ana", "ben", "cleo", "dan"]


def _no_nan(text: str) -> dict[str, list[dict[str, object]]]:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON")

    doc: dict[str, list[dict[str, object]]] = json.loads(text, parse_constant=refuse)
    return doc


def test_shrout_fleiss_counts_give_the_published_iccs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Four coder files whose wd_minimal_response counts per segment are the Shrout & Fleiss
    (1979) table give its six ICCs through the command, and the same from the workbook."""
    counts_study(tmp_path / "study", SHROUT_FLEISS, CODERS)
    out, js, folder = tmp_path / "out" / "agreement.xlsx", tmp_path / "a.json", tmp_path / "csv"
    status = main(
        [
            "agreement",
            str(tmp_path / "study"),
            "-o",
            str(out),
            "--json",
            str(js),
            "--csv",
            str(folder),
        ]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "Agreement of 4 coder(s) (ana, ben, cleo, dan) on 1 recording(s), 6 segment(s)" in (
        captured.out
    )
    rows = _no_nan(js.read_text())["rows"]
    icc_rows = {
        r["statistic"]: r
        for r in rows
        if r["variable"] == "wd_minimal_response_n" and r["level"] == "segment"
    }
    for form, expected in SHROUT_FLEISS_ICC.items():
        row = icc_rows[form]
        assert round(float(row["value"]), 3) == expected, form  # type: ignore[arg-type]
        assert row["n_units"] == 6 and row["n_coders"] == 4 and row["coders"] == CODERS
        assert set(row) >= {"variable", "level", "statistic", "value", "ci_low", "ci_high", "note"}

    # every statistic of a variable nobody coded is null with a sentence
    silent = [r for r in rows if r["variable"] == "cf_control_n" and r["level"] == "segment"]
    assert silent and all(r["value"] is None and "No variance" in str(r["note"]) for r in silent)

    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Summary",
        "Segments",
        "Sessions",
        "Events",
        "Disagreements",
        "About",
    ]
    summary = list(book["Summary"].iter_rows(values_only=True))
    head = summary[0]
    first = dict(zip(head, summary[1], strict=True))
    assert first["variable"] == "wd_significance", "the 3RS segment ratings come first"
    at = {(r[0], r[2], r[3]): dict(zip(head, r, strict=True)) for r in summary[1:]}
    default = at[("wd_minimal_response_n", "segment", "ICC(2,1)")]
    assert round(default["value"], 3) == 0.290 and "default" in default["meaning"]
    assert default["band"] == "poor (Koo & Li)" and default["n_units"] == 6

    # a reviewer recomputes from the Segments sheet and gets the same numbers
    seg = list(book["Segments"].iter_rows(values_only=True))
    h = seg[0]
    col, unit, coder = h.index("wd_minimal_response_n"), h.index("unit"), h.index("coder")
    wide: dict[str, dict[str, float]] = {}
    for r in seg[1:]:
        wide.setdefault(r[unit], {})[r[coder]] = r[col]
    matrix = [[wide[u][c] for c in CODERS] for u in wide]
    assert matrix == SHROUT_FLEISS
    again = icc(matrix)
    for form in SHROUT_FLEISS_ICC:
        assert at[("wd_minimal_response_n", "segment", form)]["value"] == pytest.approx(
            again[form].value
        )
    with (folder / "summary.csv").open(encoding="utf-8") as f:
        csv_rows = list(csv.DictReader(f))
    assert len(csv_rows) == len(rows)
    assert "nan" not in (folder / "summary.csv").read_text().lower().replace("meaning", "")


def test_a_realistic_study_with_three_coders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    random_study(tmp_path / "study", 3, ["ana", "ben", "cleo"], segments=4, spans_per_coder=30)
    js = tmp_path / "a.json"
    assert main(["agreement", str(tmp_path / "study"), "--json", str(js)]) == 0
    rows = _no_nan(js.read_text())["rows"]
    stats = {r["statistic"] for r in rows}
    assert {"fleiss_kappa", "krippendorff_alpha_nominal", "krippendorff_alpha_interval"} <= stats
    assert "cohen_kappa" not in stats
    levels = {r["level"] for r in rows}
    assert levels == {"segment", "session", "event"}
    sig = {r["statistic"]: r for r in rows if r["variable"] == "wd_significance"}
    assert sig["ICC(2,1)"]["n_units"] == 12 and sig["ICC(2,1)"]["value"] is not None
    pairs = [r for r in rows if r["level"] == "event" and r["statistic"] == "pairs"]
    assert {tuple(r["coders"]) for r in pairs} == {("ana", "ben"), ("ana", "cleo"), ("ben", "cleo")}  # type: ignore[arg-type]
    matched = [r for r in rows if r["statistic"] == "matched_share" and r["variable"] == "ruptures"]
    assert all(0.6 < float(r["value"]) <= 1 for r in matched)  # type: ignore[arg-type]


def test_gold_compares_each_coder_with_it(tmp_path: Path) -> None:
    random_study(tmp_path / "study", 2, ["expert", "t1", "t2"], segments=3, spans_per_coder=20)
    js = tmp_path / "a.json"
    lenient = ["--threshold", "ICC(2,1)=-1", "--threshold", "cohen_kappa=-1"]
    assert (
        main(
            ["agreement", str(tmp_path / "study"), "--json", str(js), "--gold", "expert", *lenient]
        )
        == 0
    )
    rows = _no_nan(js.read_text())["rows"]
    assert {tuple(r["coders"]) for r in rows} == {("expert", "t1"), ("expert", "t2")}  # type: ignore[arg-type]
    assert "cohen_kappa" in {r["statistic"] for r in rows}


def test_coders_limits_the_comparison(tmp_path: Path) -> None:
    random_study(tmp_path / "study", 2, ["ana", "ben", "cleo"], segments=3, spans_per_coder=20)
    js = tmp_path / "a.json"
    assert (
        main(["agreement", str(tmp_path / "study"), "--json", str(js), "--coders", "ana,cleo"]) == 0
    )
    assert {tuple(r["coders"]) for r in _no_nan(js.read_text())["rows"]} == {("ana", "cleo")}  # type: ignore[arg-type]


def test_an_unknown_coder_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    random_study(tmp_path / "study", 1, ["ana", "ben"], segments=2, spans_per_coder=5)
    out = tmp_path / "a.xlsx"
    assert main(["agreement", str(tmp_path / "study"), "-o", str(out), "--gold", "Ana"]) == 1
    err = capsys.readouterr().err
    assert "'Ana' is not a coder in these projects (coders: ana, ben)." in err
    assert "Nothing was written." in err and not out.exists()


def test_outputs_are_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", str(tmp_path)]) == 2
    assert "Name a workbook" in capsys.readouterr().err
    assert main(["agreement", str(tmp_path), "-o", str(tmp_path / "x.csv")]) == 2
    assert main(["agreement", str(tmp_path), "--json", "x", "--min-overlap", "0"]) == 2


def test_json_values_are_finite_or_null(tmp_path: Path) -> None:
    counts_study(tmp_path / "study", [[1, 1], [0, 0]], ["ana", "ben"])
    js = tmp_path / "a.json"
    assert main(["agreement", str(tmp_path / "study"), "--json", str(js)]) == 0
    for r in _no_nan(js.read_text())["rows"]:
        v = r["value"]
        assert v is None or math.isfinite(float(v))  # type: ignore[arg-type]
        assert v is not None or r["note"]


def test_a_study_of_one_coder_says_there_is_nothing_to_compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counts_study(tmp_path / "study", [[1], [2]], ["ana"])
    out = tmp_path / "a.xlsx"
    assert main(["agreement", str(tmp_path / "study"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "was coded by ana only: it is listed, not compared." in err
    assert "No recording in these files was coded by two or more of the coders" in err
    assert "Nothing was written." in err and not out.exists()
