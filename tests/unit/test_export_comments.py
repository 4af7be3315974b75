"""The Comments sheet and CSV: a row per comment, led by the columns every recording row has."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from rupture_annotator.domain.annotations import Comment, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.session import SessionInfo
from rupture_annotator.storage.export import ExportOptions, build_tables, export_study, study_of
from tests.factories import empty_project

WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def commented() -> Project:
    project = empty_project(coders=("ana", "ben"))
    project.set_session("rec1", SessionInfo(dyad="D1", session_number=2))
    formula = Comment(id="c1", author="sup", created=WHEN, text='=HYPERLINK("x","y")')
    plain = Comment(id="c2", author="sup", created=WHEN, text="Good repair.")
    project.add_annotation(
        "rec1",
        Rupture(
            id="r1",
            kind=RuptureKind.WITHDRAWAL,
            start_ms=5000,
            end_ms=9000,
            coder="ana",
            comments=(formula, plain),
        ),
    )
    project.add_annotation(
        "rec1",
        ResolutionStrategy(
            id="s1",
            start_ms=1000,
            end_ms=2000,
            coder="ben",
            comments=(Comment(id="c3", author="ana", created=WHEN, text="Why here?"),),
        ),
    )
    project.add_annotation(
        "rec1", Rupture(id="r2", kind=RuptureKind.CONFRONTATION, start_ms=0, end_ms=10, coder="ana")
    )
    return project


def test_one_row_per_comment_in_time_order_with_the_leading_columns() -> None:
    table = build_tables(study_of(commented(), None)).by_name("Comments")
    names = table.names
    assert names[:4] == ["project", "media", "recording_id", "dyad"]
    rows = [dict(zip(names, r, strict=True)) for r in table.rows]
    assert [(r["annotation_id"], r["comment_id"]) for r in rows] == [
        ("s1", "c3"),
        ("r1", "c1"),
        ("r1", "c2"),
    ]
    first = rows[0]
    assert first["annotation_kind"] == "resolution" and rows[1]["annotation_kind"] == "withdrawal"
    assert first["author"] == "ana" and first["time"] == "2026-03-04T05:06:07+00:00"
    assert first["dyad"] == "D1" and first["session_number"] == 2
    assert first["annotation_start"] == 1000 and first["text"] == "Why here?"


def test_only_the_exported_coder_s_spans_bring_their_comments() -> None:
    table = build_tables(study_of(commented(), None, coder="ana")).by_name("Comments")
    assert {r[table.names.index("annotation_id")] for r in table.rows} == {"r1"}


def test_comment_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    book, folder = tmp_path / "out.xlsx", tmp_path / "csv"
    export_study(
        study_of(commented(), None), ExportOptions(workbook=book, csv_dir=folder, plots=False)
    )
    ws = openpyxl.load_workbook(book)["Comments"]
    header = [c.value for c in ws[1]]
    cells = {
        row[header.index("comment_id")].value: row[header.index("text")]
        for row in ws.iter_rows(min_row=2)
    }
    assert cells["c1"].value == '=HYPERLINK("x","y")' and cells["c1"].quotePrefix
    assert cells["c2"].value == "Good repair." and not cells["c2"].quotePrefix
    text = (folder / "comments.csv").read_text(encoding="utf-8")
    texts = {r["comment_id"]: r["text"] for r in csv.DictReader(io.StringIO(text, newline=""))}
    assert texts == {"c1": '\'=HYPERLINK("x","y")', "c2": "Good repair.", "c3": "Why here?"}


def test_the_dictionary_describes_the_comments_sheet() -> None:
    dictionary = build_tables(study_of(commented(), None)).dictionary
    described = {(r[0], r[1]) for r in dictionary.rows}
    assert {("Comments", "author"), ("Comments", "time"), ("Comments", "text")} <= described
