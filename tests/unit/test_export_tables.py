"""The tables the export builds once from the domain: names, links, filters, mixed codebooks."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.export import build_tables, load_study, study_of
from rupture_annotator.storage.export.columns import RESERVED, Table, safe_name
from rupture_annotator.storage.export.study import (
    Study,
    StudyError,
    StudyProject,
    project_labels,
    snapshot,
)
from tests.factories import big_project, empty_project
from tests.unit.export_study import LAYOUT, study_project, write_study

SPSS_R_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")


@given(st.text(max_size=80))
def test_safe_name_always_gives_a_name_spss_and_r_accept(raw: str) -> None:
    name = safe_name(raw)
    assert SPSS_R_NAME.fullmatch(name), name
    assert not name.endswith("_") and name.lower() not in RESERVED


def test_safe_name_keeps_good_names_and_mends_bad_ones() -> None:
    assert safe_name("wd_denial") == "wd_denial"
    assert safe_name("WD_P") == "WD_P"
    assert safe_name("2nd rating") == "v_2nd_rating"
    assert safe_name("to") == "to_v"
    assert safe_name("Über-Sicht ") == "ber_Sicht"
    assert len(safe_name("x" * 100)) == 64


def test_table_columns_are_unique_ignoring_case() -> None:
    t = Table("T", "")
    assert [t.add(n, "int", "") for n in ("note", "Note", "note", "x" * 70)] == [
        "note",
        "Note_2",
        "note_3",
        "x" * 64,
    ]


def test_project_labels_tell_same_named_files_apart(tmp_path: Path) -> None:
    a, b = tmp_path / "x" / "s.rupture.json", tmp_path / "y" / "s.rupture.json"
    assert project_labels([a, b]) == ["x/s", "y/s"]
    assert project_labels([a, tmp_path / "t.rupture.json"]) == ["s", "t"]


def test_a_study_folder_loads_every_project_in_it(tmp_path: Path) -> None:
    write_study(tmp_path)
    study = load_study([tmp_path])
    assert [sp.label for sp in study.projects] == list(LAYOUT)
    assert all(sp.path is not None and sp.path.is_absolute() for sp in study.projects)


def test_every_bad_project_is_named_with_its_problem(tmp_path: Path) -> None:
    write_study(tmp_path)
    (tmp_path / "broken.rupture.json").write_text('{"schema_version": 1,')
    empty = tmp_path / "empty"
    empty.mkdir()
    try:
        load_study([tmp_path, tmp_path / "missing.rupture.json", empty])
    except StudyError as exc:
        problems = exc.problems
    else:
        raise AssertionError("a broken project was accepted")
    assert len(problems) == 3
    assert any("broken.rupture.json: is not valid JSON" in p for p in problems)
    assert any("missing.rupture.json: no such file" in p for p in problems)
    assert any(p.startswith(str(empty)) and "no .rupture.json" in p for p in problems)


def test_an_unknown_coder_is_refused(tmp_path: Path) -> None:
    write_study(tmp_path)
    try:
        load_study([tmp_path], coder="zoe")
    except StudyError as exc:
        assert "'zoe' is not a coder" in str(exc) and "ana" in str(exc)
    else:
        raise AssertionError("an unknown coder was accepted")


def test_coder_filter_keeps_only_that_coders_rows() -> None:
    project = study_project(1)
    tables = build_tables(study_of(project, None, coder="ben"))
    for table in tables.data:
        coders = {row[table.names.index("coder")] for row in table.rows}
        assert coders == {"ben"}, table.name
    ben = [r for rec in project.media for r in rec.ruptures if r.coder == "ben"]
    assert len(tables.by_name("Ruptures").rows) == len(ben)
    about = dict(tables.by_name("About").rows)  # type: ignore[arg-type]
    assert about["coder"] == "ben"


def test_links_stay_within_one_coder_so_every_subset_gives_the_same_numbers() -> None:
    project = empty_project(coders=("ana", "ben"))
    r = Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=0, end_ms=1000, coder="ana")
    project.add_annotation("rec1", r)
    with pytest.raises(EditError, match="a strategy answers a rupture of the same coder"):
        project.add_annotation(
            "rec1",
            ResolutionStrategy(
                start_ms=2000, end_ms=3000, coder="ben", strategy_ids=("rs_clarify",),
                rupture_id=r.id,
            ),
        )  # fmt: skip
    project.add_annotation(
        "rec1",
        ResolutionStrategy(
            start_ms=2000, end_ms=3000, coder="ana", strategy_ids=("rs_clarify",),
            rupture_id=r.id,
        ),
    )  # fmt: skip
    project.add_annotation(
        "rec1",
        ResolutionStrategy(start_ms=4000, end_ms=5000, coder="ben", strategy_ids=("rs_clarify",)),
    )
    both = build_tables(study_of(project, None))
    ana = build_tables(study_of(project, None, "ana"))
    for tables in (both, ana):
        ruptures = tables.by_name("Ruptures").frame()
        assert (ruptures["n_strategies"][0], ruptures["has_strategy"][0]) == (1, 1)
        sessions = tables.by_name("Sessions").frame().set_index("coder")
        assert sessions.loc["ana", "n_with_strategy"] == 1
    assert both.by_name("Sessions").frame().set_index("coder").loc["ben", "n_with_strategy"] == 0


def test_projects_with_different_codebooks_share_one_layout() -> None:
    old = empty_project()
    old.add_annotation(
        "rec1",
        Rupture(
            kind=RuptureKind.WITHDRAWAL,
            start_ms=0,
            end_ms=1000,
            coder="ana",
            marker_ids=("wd_denial",),
        ),
    )
    new = Project(codebook=load_codebook("3rs-2022"))
    new.add_coder("ana")
    new.add_recording(MediaRef(path="s.mp4", duration_ms=600_000), "rec1")
    new.add_annotation(
        "rec1",
        Rupture(
            kind=RuptureKind.WITHDRAWAL,
            start_ms=0,
            end_ms=1000,
            coder="ana",
            marker_ids=("wd_masking",),
            actor="therapist",
        ),
    )
    tables = build_tables(Study((StudyProject("old", None, old), StudyProject("new", None, new))))
    ruptures = tables.by_name("Ruptures").frame()
    assert list(ruptures["wd_denial"]) == [1, pd.NA]
    assert list(ruptures["wd_masking"]) == [pd.NA, 1]
    assert list(ruptures["actor"]) == [None, "therapist"]  # 2015 codes no actors
    segments = tables.by_name("Segments").frame()
    assert {"wd_significance", "WD_P"} <= set(segments.columns)
    codebook = tables.by_name("Codebook").frame()
    assert set(codebook["codebook"]) == {"3rs-2015", "3rs-2022"}


def test_frame_gives_timedeltas_and_seconds() -> None:
    frame = build_tables(study_of(study_project(0), None)).by_name("Ruptures").frame()
    first = frame.iloc[0]
    assert first["start"] == pd.Timedelta(milliseconds=290_000)
    assert first["start_s"] == 290.0
    assert str(frame["wd_denial"].dtype) == "Int64"


def test_snapshot_is_untouched_by_later_edits() -> None:
    project = empty_project()
    copy = snapshot(project)
    project.add_annotation(
        "rec1", Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=0, end_ms=10, coder="ana")
    )
    assert copy.media[0].ruptures == [] and len(project.media[0].ruptures) == 1


def test_rows_grow_with_the_annotations() -> None:
    project = big_project(900, n_media=3)
    tables = build_tables(study_of(project, None))
    assert len(tables.by_name("Ruptures").rows) == 600
    assert len(tables.by_name("Resolutions").rows) == 300
    assert len(tables.by_name("Sessions").rows) == 3 * 2
    assert len(tables.by_name("Segments").rows) == 3 * 2 * 12
