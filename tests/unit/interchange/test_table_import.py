"""Span tables (CSV/XLSX) in: seconds or clock times, every bad row reported by its line, and
spans matched onto an open project's recordings by name, then by fingerprint."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import openpyxl
import pytest

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.interchange.mapping import Mapping
from rupture_annotator.storage.interchange.plan import apply_plan, plan_import, undo_plan
from rupture_annotator.storage.interchange.source import InterchangeError
from rupture_annotator.storage.interchange.tables import read_table
from rupture_annotator.storage.media_files import fingerprint
from tests.factories import codebook, empty_project

CSV = """\ufeffOnset;Offset;Kind;Markers;Coder;Note
12.5;20;withdrawal;wd_denial, Minimal response;ana;"quiet; looks away"
0:01:05.250;0:01:10;WD;2;ben;
30;25;withdrawal;;ana;
abc;40;confrontation;;ana;
50;55;;;ana;
1:02;1:05.5;strategy;rs_clarify;ana;
"""


def _plan(path: Path, project: Project | None, mapping: Mapping | None = None):  # type: ignore[no-untyped-def]
    return plan_import(
        read_table(path),
        mapping or Mapping(codes={"WD": {"span": "withdrawal"}}),  # type: ignore[dict-item]
        codebook(),
        project=project,
        project_dir=path.parent,
        source_dir=path.parent,
    )


def test_a_csv_table_with_semicolons_bom_clock_times_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "session.csv"
    path.write_text(CSV, encoding="utf-8")
    source = read_table(path)
    assert source.problems == [
        "line 4: offset '25' is not after onset",
        "line 5: onset 'abc' is not a time",
        "line 6: kind is empty",
    ]
    plan = _plan(path, empty_project(coders=("ana",)))
    spans = sorted(
        (a.start_ms, a.end_ms, a.coder, getattr(a, "marker_ids", ()), a.note)
        for r in plan.recordings
        for a in r.annotations
    )
    assert spans == [
        (12_500, 20_000, "ana", ("wd_denial", "wd_minimal_response"), "quiet; looks away"),
        (62_000, 65_500, "ana", (), ""),
        (65_250, 70_000, "ben", ("wd_minimal_response",), ""),
    ]
    assert plan.new_coders == ["ben"]
    assert any("line 6" in s for s in plan.skipped), "bad rows are listed with the plan"


def test_an_xlsx_table_with_spreadsheet_times(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["onset", "offset", "kind", "markers", "coder", "note", "significance"])
    sheet.append(
        [time(0, 2, 3, 500_000), time(0, 2, 10), "confrontation", "cf_control", "ana", "", 4]
    )
    sheet.append([5, 9.25, "withdrawal", "", "ana", "=cmd()", None])
    sheet.append([None, 9, "withdrawal", "", "ana", "", None])
    book.save(tmp_path / "coding.xlsx")
    source = read_table(tmp_path / "coding.xlsx")
    assert source.problems == ["line 4: onset (empty) is not a time"]
    plan = _plan(tmp_path / "coding.xlsx", empty_project())
    rows = sorted((a.start_ms, a.end_ms, a.note) for r in plan.recordings for a in r.annotations)
    # a formula is never evaluated: its cached value (none, as openpyxl wrote it) is read
    assert rows == [(5_000, 9_250, ""), (123_500, 130_000, "")]
    (cf,) = [a for r in plan.recordings for a in r.annotations if a.start_ms == 123_500]
    assert isinstance(cf, Rupture) and cf.significance == 4


def test_a_table_without_the_needed_columns_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("start,end,what\n1,2,x\n")
    with pytest.raises(InterchangeError, match=r"^t\.csv: the header \(line 1\) has no onset"):
        read_table(tmp_path / "t.csv")


def test_recordings_matched_by_name_then_fingerprint_and_undone_whole(tmp_path: Path) -> None:
    (tmp_path / "orig.mp4").write_bytes(b"the same recording" * 1000)
    (tmp_path / "renamed.mp4").write_bytes(b"the same recording" * 1000)
    project = Project(codebook=codebook())
    project.add_coder("ana")
    project.add_recording(MediaRef(path="other.mp4", duration_ms=600_000), "r_other")
    renamed = MediaRef(
        path="renamed.mp4", duration_ms=600_000, fingerprint=fingerprint(tmp_path / "renamed.mp4")
    )
    project.add_recording(renamed, "r_renamed")
    (tmp_path / "t.csv").write_text(
        "onset,offset,kind,coder,media\n"
        "1,2,withdrawal,ana,orig.mp4\n"
        "3,4,withdrawal,ana,other.mp4\n"
        "5,6,withdrawal,ana,unknown.mp4\n"
        "7,8,withdrawal,cara,other.mp4\n"
    )
    plan = _plan(tmp_path / "t.csv", project)
    placed = {r.source_key: (r.recording_id, len(r.annotations)) for r in plan.recordings}
    assert placed == {"orig.mp4": ("r_renamed", 1), "other.mp4": ("r_other", 2)}
    assert any(
        s.startswith("unknown.mp4: its 1 span(s) were left out: no recording in the project")
        for s in plan.skipped
    )
    before = project.model_dump_json()
    added = apply_plan(project, plan)
    assert project.annotation_count() == 3 and "cara" in project.coders
    undo_plan(project, added, plan.new_coders)
    assert project.model_dump_json() == before
