"""`rupture-annotator agreement --gold NAME`: pass/fail per statistic against the lab's thresholds,
in the workbook and in the exit status."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import Rupture, SegmentRating
from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.agreement import AgreementOptions, agreement
from rupture_annotator.storage.agreement.gold import (
    DEFAULT_THRESHOLDS,
    check_against_gold,
    parse_threshold,
)
from rupture_annotator.storage.export import load_study
from tests.unit.agreement_study import SEGMENT_MS, coder_project, fake_recordings, save

SEGMENTS = 8
# (withdrawal significance per segment, a withdrawal rupture in the segment)
GOLD = [(1, False), (4, True), (2, True), (5, True), (1, False), (3, True), (2, False), (4, True)]


def coded(coder: str, plan: list[tuple[int, bool]], root: Path) -> Project:
    refs = fake_recordings(root / "videos", 1)
    project = coder_project(coder, refs, SEGMENTS * SEGMENT_MS)
    for i, (rating, rupture) in enumerate(plan):
        project.set_segment_rating(
            "r00",
            SegmentRating(
                segment_index=i,
                coder=coder,
                values={"wd_significance": rating, "cf_significance": 1 + i % 2},
            ),
        )
        if rupture:
            start = i * SEGMENT_MS + 20_000
            project.add_annotation(
                "r00",
                Rupture(
                    kind=RuptureKind.WITHDRAWAL,
                    start_ms=start,
                    end_ms=start + 15_000,
                    coder=coder,
                    marker_ids=("wd_minimal_response",),
                ),
            )
    return project


def study(root: Path, trainee_plan: list[tuple[int, bool]], thresholds: dict[str, float]) -> Path:
    gold = coded("expert", GOLD, root)
    gold.set_study(StudySettings(gold_coder="expert", thresholds=thresholds))
    save(gold, root / "expert" / "s.rupture.json")
    save(coded("trainee", trainee_plan, root), root / "trainee" / "s.rupture.json")
    return root


def test_a_trainee_far_from_gold_fails_and_the_command_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = [(5 - r + 1 if r > 2 else 4, not p) for r, p in GOLD]
    root = study(tmp_path / "study", wrong, {})
    out = tmp_path / "gold.xlsx"
    assert main(["agreement", str(root), "-o", str(out), "--gold", "expert"]) == 1
    printed = capsys.readouterr().out
    assert "FAIL  trainee against expert" in printed
    assert "wd_significance ICC(2,1)" in printed
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[:2] == ["Summary", "Gold"]
    rows = list(book["Gold"].iter_rows(values_only=True))
    head = rows[0]
    table = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    by = {(r["variable"], r["statistic"]): r for r in table}
    assert by[("wd_significance", "ICC(2,1)")]["threshold"] == 0.75
    assert by[("wd_significance", "ICC(2,1)")]["result"] == "FAIL"
    assert by[("withdrawal_present", "cohen_kappa")]["threshold"] == 0.6
    assert {r["coder_result"] for r in table} == {"FAIL"}


def test_the_corrected_trainee_passes_and_the_command_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    close = [(r, p) for r, p in GOLD]
    close[2] = (3, True)  # one rating one point off
    root = study(tmp_path / "study", close, {})
    assert (
        main(["agreement", str(root), "--json", str(tmp_path / "a.json"), "--gold", "expert"]) == 0
    )
    assert "PASS  trainee against expert" in capsys.readouterr().out


def test_thresholds_come_from_the_command_else_the_gold_file_else_the_defaults(
    tmp_path: Path,
) -> None:
    close = [(r, p) for r, p in GOLD]
    close[2] = (3, True)
    root = study(tmp_path / "study", close, {"ICC(2,1)": 0.999})
    report = agreement(load_study([root]), AgreementOptions(gold="expert"))
    from_file = check_against_gold(report)
    assert from_file.thresholds == {"ICC(2,1)": 0.999} and not from_file.passed()
    given = check_against_gold(report, {"ICC(2,1)": 0.5})
    assert given.passed("trainee")
    assert DEFAULT_THRESHOLDS == {"ICC(2,1)": 0.75, "cohen_kappa": 0.60}
    assert (
        main(
            [
                "agreement",
                str(root),
                "--json",
                str(tmp_path / "b.json"),
                "--gold",
                "expert",
                "--threshold",
                "ICC(2,1)=0.5",
            ]
        )
        == 0
    )


def test_a_bad_threshold_is_refused_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert parse_threshold("cohen_kappa=0.6") == ("cohen_kappa", 0.6)
    with pytest.raises(ValueError, match="STATISTIC=MINIMUM"):
        parse_threshold("0.6")
    assert (
        main(["agreement", str(tmp_path), "--json", "x", "--gold", "e", "--threshold", "k=2"]) == 2
    )
    assert "from -1 to 1" in capsys.readouterr().err
    assert main(["agreement", str(tmp_path), "--json", "x", "--threshold", "k=0.5"]) == 2
    assert "--threshold needs --gold" in capsys.readouterr().err
