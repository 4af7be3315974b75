"""The segment table is derived from the spans and the entered ratings, never typed by hand."""

from __future__ import annotations

import dataclasses

import pytest

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.segments import (
    SegmentRow,
    coded_length_ms,
    segment_bounds,
    segment_count,
    segment_of,
    segment_table,
)
from rupture_annotator.storage.codebooks import load_codebook
from tests.factories import empty_project
from tests.unit.conftest import REC

WD = RuptureKind.WITHDRAWAL
CF = RuptureKind.CONFRONTATION
MIN = 60_000


def _table(project: Project, coder: str = "ana", segment_ms: int | None = None) -> list[SegmentRow]:
    return segment_table(project.recording(REC), coder, project.codebook, segment_ms)


def _add_rupture(
    p: Project, start: int, end: int, kind: RuptureKind = WD, **fields: object
) -> Rupture:
    markers = ("wd_denial",) if kind is WD else ("cf_control",)
    values: dict[str, object] = {
        "kind": kind,
        "start_ms": start,
        "end_ms": end,
        "coder": "ana",
        "marker_ids": markers,
    }
    r = Rupture.model_validate({**values, **fields})
    p.add_annotation(REC, r)
    return r


def test_the_grid_covers_the_session_the_last_segment_may_be_short() -> None:
    assert segment_count(600_000, 300_000) == 2
    assert segment_count(600_001, 300_000) == 3
    assert segment_count(1, 300_000) == 1
    assert segment_bounds(0, 300_000, 650_000) == (0, 300_000)
    assert segment_bounds(2, 300_000, 650_000) == (600_000, 650_000)
    assert [segment_of(t, 300_000) for t in (0, 299_999, 300_000, 650_000)] == [0, 0, 1, 2]


def test_a_session_is_cut_into_the_codebooks_five_minute_segments(project: Project) -> None:
    rows = _table(project)
    assert [(r.index, r.start_ms, r.end_ms) for r in rows] == [
        (0, 0, 300_000),
        (1, 300_000, 600_000),
    ]


def test_counts_each_marker_and_strategy_per_segment(project: Project) -> None:
    rows = _table(project)
    assert rows[0].marker_counts["wd_minimal_response"] == 1
    assert rows[0].marker_counts["wd_denial"] == 1
    assert rows[0].marker_counts["wd_abstract"] == 0  # ben's, not ana's
    assert rows[0].strategy_counts["rs_invite_discussion"] == 1
    assert rows[1].strategy_counts["rs_acknowledge_contribution"] == 1
    assert rows[1].strategy_counts["rs_clarify"] == 1
    assert rows[0].strategy_counts["rs_clarify"] == 0
    # every marker and strategy of the codebook has a column, counted or not
    assert set(rows[0].marker_counts) == {m.id for m in project.codebook.markers}
    assert set(rows[0].strategy_counts) == {s.id for s in project.codebook.strategies}


def test_a_span_across_a_boundary_counts_in_every_segment_it_overlaps(project: Project) -> None:
    rows = _table(project)
    # r2 (confrontation, 290-320 s) crosses the 5-minute mark
    assert rows[0].marker_counts["cf_complaint_therapist"] == 1
    assert rows[1].marker_counts["cf_complaint_therapist"] == 1
    assert rows[0].ruptures[CF] == rows[1].ruptures[CF] == 1
    p = empty_project(duration_ms=10 * MIN)
    _add_rupture(p, 30_000, 9 * MIN + 1)  # from segment 0 into the middle of segment 1
    assert [r.marker_counts["wd_denial"] for r in _table(p, segment_ms=MIN)] == [
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
    ]


def test_touching_a_boundary_is_not_crossing_it() -> None:
    p = empty_project(duration_ms=10 * MIN)
    _add_rupture(p, 4 * MIN, 5 * MIN)  # ends exactly at 5:00
    _add_rupture(p, 5 * MIN, 5 * MIN + 1, kind=CF)  # starts exactly at 5:00
    rows = _table(p)
    assert [r.marker_counts["wd_denial"] for r in rows] == [1, 0]
    assert [r.marker_counts["cf_control"] for r in rows] == [0, 1]


def test_two_spans_in_one_segment_count_twice() -> None:
    p = empty_project(duration_ms=10 * MIN)
    _add_rupture(p, 1_000, 2_000, marker_ids=("wd_denial", "wd_abstract"))
    _add_rupture(p, 3_000, 4_000)
    row = _table(p)[0]
    assert row.marker_counts["wd_denial"] == 2
    assert row.marker_counts["wd_abstract"] == 1
    assert row.ruptures == {WD: 2, CF: 0}


def test_the_highest_significance_per_kind(project: Project) -> None:
    _add_rupture(project, 60_000, 70_000, significance=5)
    _add_rupture(project, 80_000, 90_000, significance=1)
    _add_rupture(project, 100_000, 110_000, kind=CF, significance=2)
    _add_rupture(project, 400_000, 410_000)  # no significance given
    rows = _table(project)
    assert rows[0].max_significance == {WD: 5, CF: 4}  # r2 (4) reaches into segment 0
    # a withdrawal rupture not rated: None; no rupture of a kind at all: 0, a different value
    assert rows[1].max_significance == {WD: None, CF: 4}
    assert _table(project, coder="ben")[0].max_significance == {WD: 2, CF: 0}


def test_the_coders_entered_ratings_sit_on_their_segment(project: Project) -> None:
    project.set_segment_rating(
        REC, SegmentRating(segment_index=1, coder="ana", values={"cf_significance": 4})
    )
    project.set_segment_rating(
        REC, SegmentRating(segment_index=1, coder="ben", values={"cf_significance": 1})
    )
    rows = _table(project)
    assert rows[0].ratings == {"wd_significance": 3}
    assert rows[1].ratings == {"cf_significance": 4}
    assert _table(project, coder="ben")[1].ratings == {"cf_significance": 1}
    assert _table(project, coder="ben")[0].ratings == {}


def test_one_minute_segments(project: Project) -> None:
    rows = _table(project, segment_ms=MIN)
    assert len(rows) == 10
    # r1 10-25 s, s1 26-40 s, r2 290-320 s (crosses 5:00), s2 321-330 s
    assert [r.ruptures[WD] for r in rows] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert [r.ruptures[CF] for r in rows] == [0, 0, 0, 0, 1, 1, 0, 0, 0, 0]
    assert [r.strategy_counts["rs_clarify"] for r in rows] == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    assert rows[0].ratings == {"wd_significance": 3}  # ratings are entered per segment index


def test_a_codebook_with_one_minute_segments() -> None:
    cb = load_codebook("3rs-2015").model_copy(update={"segment_length_ms": MIN})
    p = Project(codebook=cb)
    p.add_coder("ana")
    p.add_recording(MediaRef(path="s.mp4", duration_ms=150_000), REC)
    _add_rupture(p, 50_000, 70_000)
    rows = _table(p)
    assert [(r.start_ms, r.end_ms) for r in rows] == [(0, MIN), (MIN, 2 * MIN), (2 * MIN, 150_000)]
    assert [r.marker_counts["wd_denial"] for r in rows] == [1, 1, 0]


def test_without_a_known_duration_the_spans_set_the_length() -> None:
    p = empty_project()
    p.add_recording(MediaRef(path="a.m4a"), "audio")
    rec = p.recording("audio")
    assert coded_length_ms(rec) == 1
    assert len(segment_table(rec, "ana", p.codebook)) == 1
    p.add_annotation(
        "audio",
        ResolutionStrategy(
            start_ms=610_000, end_ms=620_000, coder="ana", strategy_ids=("rs_redirect",)
        ),
    )
    assert coded_length_ms(rec) == 620_000
    rows = segment_table(rec, "ana", p.codebook)
    assert len(rows) == 3 and rows[2].strategy_counts["rs_redirect"] == 1


def test_an_empty_session_has_empty_rows() -> None:
    rows = _table(empty_project(duration_ms=10 * MIN))
    assert len(rows) == 2
    for row in rows:
        assert not any(row.marker_counts.values()) and not any(row.strategy_counts.values())
        assert row.max_significance == {WD: 0, CF: 0} and row.ratings == {}


def test_the_table_reads_the_project_without_changing_it(project: Project) -> None:
    before = project.model_dump()
    rows = _table(project)
    rows[0].ratings["wd_significance"] = 1
    assert project.model_dump() == before
    assert dataclasses.asdict(rows[0])["index"] == 0


@pytest.mark.parametrize("segment_ms", [MIN, 5 * MIN, 7_000])
def test_every_span_is_counted_somewhere(project: Project, segment_ms: int) -> None:
    rows = _table(project, segment_ms=segment_ms)
    assert sum(r.marker_counts["wd_minimal_response"] for r in rows) >= 1
    assert rows[-1].end_ms == 600_000
    assert all(a.end_ms <= rows[-1].end_ms for a in project.recording(REC).annotations())
