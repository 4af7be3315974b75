"""A session coded by hand and its 3RS tables computed by hand: the expected values below were
worked out on paper from the spans, not by the code under test.

Recording 12:00 long; the session starts at 1:00 (segment origin), so with 5-minute segments:
segment 1 = 1:00-6:00, segment 2 = 6:00-11:00, segment 3 = 11:00-12:00 (short).

ana's coding:
  r1 withdrawal    2:00-3:00  wd_denial                    span rating 3
  r2 withdrawal    5:30-6:30  wd_denial, wd_abstract       not rated     (crosses 6:00)
  r3 confrontation 6:00-7:00  cf_complaint_therapist       span rating 4 (starts on 6:00)
  r4 withdrawal    0:20-0:50  wd_minimal_response          not rated     (before the origin)
  r5 confrontation 2:30-2:40  (no marker)                  span rating 2 (overlaps r1)
  s1 strategy      3:00-3:30  rs_clarify (immediate) + rs_redirect (ungrouped), linked to r1
  s2 strategy      6:10-6:20  no strategy yet, linked to r3
  s3 strategy     10:50-11:10 rs_invite_discussion (exploratory), not linked (crosses 11:00)
Segment ratings: segment 1 wd_significance 3; segment 2 none; segment 3 cf_significance 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.completeness import open_items, summary
from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.export import build_tables, study_of
from rupture_annotator.storage.project_file import (
    ProjectFileError,
    load_project,
    project_bytes,
    save_project,
)

MIN = 60_000
WD, CF = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION


def _at(minutes: float) -> int:
    return round(minutes * MIN)


def fixture_project(count_rule: str = "overlap") -> Project:
    shipped = load_codebook("3rs-2015")
    project = Project(codebook=shipped.model_copy(update={"count_rule": count_rule}))
    for coder in ("ana", "ben"):
        project.add_coder(coder)
    project.add_recording(MediaRef(path="s.mp4", duration_ms=12 * MIN, fps=25.0), "rec")
    project.set_segment_origin("rec", 1 * MIN)

    def rupture(id_: str, kind: RuptureKind, a: float, b: float, markers: tuple[str, ...], sig):  # type: ignore[no-untyped-def]
        project.add_annotation(
            "rec",
            Rupture(id=id_, kind=kind, start_ms=_at(a), end_ms=_at(b), coder="ana",
                    marker_ids=markers, significance=sig),
        )  # fmt: skip

    def strategy(id_: str, a: float, b: float, codes: tuple[str, ...], link: str | None) -> None:
        project.add_annotation(
            "rec",
            ResolutionStrategy(id=id_, start_ms=_at(a), end_ms=_at(b), coder="ana",
                               strategy_ids=codes, rupture_id=link),
        )  # fmt: skip

    rupture("r1", WD, 2, 3, ("wd_denial",), 3)
    rupture("r2", WD, 5.5, 6.5, ("wd_denial", "wd_abstract"), None)
    rupture("r3", CF, 6, 7, ("cf_complaint_therapist",), 4)
    rupture("r4", WD, 20 / 60, 50 / 60, ("wd_minimal_response",), None)
    rupture("r5", CF, 2.5, 2 + 40 / 60, (), 2)
    strategy("s1", 3, 3.5, ("rs_clarify", "rs_redirect"), "r1")
    strategy("s2", 6 + 10 / 60, 6 + 20 / 60, (), "r3")
    strategy("s3", 10 + 50 / 60, 11 + 10 / 60, ("rs_invite_discussion",), None)
    for index, values in ((0, {"wd_significance": 3}), (2, {"cf_significance": 1})):
        project.set_segment_rating(
            "rec", SegmentRating(segment_index=index, coder="ana", values=values)
        )
    return project


COLUMNS = [
    "segment", "start_s", "end_s", "wd_significance", "cf_significance",
    "withdrawal_rating_missing", "confrontation_rating_missing",
    "withdrawal_n", "withdrawal_present", "confrontation_n", "confrontation_present",
    "withdrawal_span_rating_max", "confrontation_span_rating_max",
    "wd_denial_n", "wd_denial_present", "wd_abstract_n", "wd_minimal_response_n",
    "cf_complaint_therapist_n", "cf_complaint_therapist_present",
    "strategy_spans_n", "rs_clarify_n", "rs_redirect_n", "rs_invite_discussion_n",
    "rs_invite_discussion_present", "immediate_n", "exploratory_n", "ungrouped_n",
]  # fmt: skip

# Worked by hand. None = blank cell (not rated / no such value).
OVERLAP = [
    [1, 60.0, 360.0, 3, None, 0, 1, 2, 1, 1, 1, 3, 2, 2, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1],
    [2, 360.0, 660.0, None, None, 1, 1, 1, 1, 1, 1, None, 4, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0],
    [3, 660.0, 720.0, None, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0],
]  # fmt: skip
START = [
    [1, 60.0, 360.0, 3, None, 0, 1, 2, 1, 1, 1, 3, 2, 2, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1],
    [2, 360.0, 660.0, None, None, 0, 1, 0, 0, 1, 1, 0, 4, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0],
    [3, 660.0, 720.0, None, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
]  # fmt: skip


def _rows(table: Any, coder: str, columns: list[str]) -> list[list[object]]:
    frame = table.frame()
    frame = frame[frame["coder"] == coder]
    out = []
    for _, row in frame[columns].iterrows():
        out.append([None if pd.isna(v) else v for v in row.tolist()])
    return out


@pytest.mark.parametrize(("rule", "expected"), [("overlap", OVERLAP), ("start", START)])
def test_the_segments_table_is_the_hand_computed_one(
    rule: str, expected: list[list[object]]
) -> None:
    tables = build_tables(study_of(fixture_project(rule), None))
    assert _rows(tables.by_name("Segments"), "ana", COLUMNS) == expected
    about = dict(tables.by_name("About").rows)  # type: ignore[arg-type]
    assert about["count_rule"].startswith(f"{rule}: ")
    assert "4:50 to 5:10" in about["count_rule"]


def test_the_session_totals_count_each_span_once() -> None:
    tables = build_tables(study_of(fixture_project(), None))
    columns = [
        "n_ruptures", "withdrawal_n", "confrontation_n", "n_with_strategy", "share_with_strategy",
        "n_strategy_spans", "n_strategy_spans_uncoded", "wd_denial_n", "rs_clarify_n",
        "immediate_n", "exploratory_n", "ungrouped_n", "segment_origin_s", "n_segments",
    ]  # fmt: skip
    # r1-r5 (r4 too: before the origin, still coded); only r1 has a coded linked strategy (s2
    # is linked to r3 but has no strategy); s1 and s3 are coded, s2 is not.
    assert _rows(tables.by_name("Sessions"), "ana", columns) == [
        [5, 3, 2, 1, 0.2, 2, 1, 2, 1, 1, 1, 1, 60.0, 3]
    ]


def test_span_rows_say_what_the_spans_are() -> None:
    tables = build_tables(study_of(fixture_project(), None))
    ruptures = tables.by_name("Ruptures").frame().set_index("rupture_id")
    assert ruptures.loc["r1", ["has_strategy", "n_strategies", "segment"]].tolist() == [1, 1, 1]
    assert ruptures.loc["r3", ["has_strategy", "n_strategies", "segment"]].tolist() == [0, 0, 2]
    assert pd.isna(ruptures.loc["r4", "segment"])  # starts before the first segment
    assert pd.isna(ruptures.loc["r2", "span_significance"])
    strategies = tables.by_name("Resolutions").frame().set_index("resolution_id")
    assert strategies.loc["s1", "strategy_group"] == "immediate; ungrouped"
    assert strategies.loc["s2", "has_code"] == 0
    assert strategies.loc["s3", "segment"] == 2


def test_check_coding_lists_what_is_left_with_its_time() -> None:
    items = open_items(fixture_project(), "ana")
    assert [(i.time_ms, i.category) for i in items] == [
        (_at(20 / 60), "before_first_segment"),
        (_at(1), "segment_ruptures_unrated"),
        (_at(2.5), "rupture_without_marker"),
        (_at(6), "segment_ruptures_unrated"),
        (_at(6 + 10 / 60), "strategy_without_code"),
        (_at(10 + 50 / 60), "strategy_without_link"),
    ]
    assert items[1].text == (
        "Segment 1 (0:01:00–0:06:00): confrontation ruptures, but no cf_significance rating."
    )
    assert items[3].text.endswith("withdrawal and confrontation ruptures, but no "
                                  "wd_significance, cf_significance rating.")  # fmt: skip
    counts = summary(items)
    assert counts["segment_not_rated"] == 0 and counts["segment_ruptures_unrated"] == 2
    about = dict(build_tables(study_of(fixture_project(), None)).by_name("About").rows)  # type: ignore[arg-type]
    assert about["incomplete_segment_ruptures_unrated"] == "2"
    assert about["incomplete_strategy_without_code"] == "1"


def test_a_strategy_never_links_to_another_coders_rupture() -> None:
    project = fixture_project()
    with pytest.raises(EditError, match=r"links 'ben''s strategy to 'ana''s rupture 'r1'"):
        project.add_annotation(
            "rec",
            ResolutionStrategy(start_ms=_at(3), end_ms=_at(4), coder="ben",
                               strategy_ids=("rs_clarify",), rupture_id="r1"),
        )  # fmt: skip
    s1 = project.recording("rec").find("s1")
    assert s1 is not None
    with pytest.raises(EditError, match="same coder"):
        project.update_annotation("rec", s1.with_changes(coder="ben"))


def _schema_3_file_with_a_cross_coder_link(tmp_path: Path) -> Path:
    """A file as schema 3 wrote it: ben's strategy linked to ana's rupture r1."""
    data = json.loads(project_bytes(fixture_project()))
    data["schema_version"] = 3
    data["media"][0].pop("segment_origin_ms")
    data["media"][0]["resolutions"].append(
        {"id": "b1", "start_ms": _at(3), "end_ms": _at(4), "coder": "ben",
         "strategy_ids": ["rs_clarify"], "rupture_id": "r1"}
    )  # fmt: skip
    for scale in data["codebook"]["scales"]:
        scale.pop("kind", None)
        scale.pop("actor", None)
    path = tmp_path / "old.rupture.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_older_cross_coder_link_is_unlinked_with_a_note_never_silently(
    tmp_path: Path,
) -> None:
    path = _schema_3_file_with_a_cross_coder_link(tmp_path)
    before = path.read_bytes()
    project = load_project(path)
    assert path.read_bytes() == before  # loading never writes
    assert project.load_notes == [
        "media[0].resolutions[3].rupture_id: 'ben''s strategy was linked to 'ana''s rupture "
        "'r1' and is now unlinked (a strategy answers a rupture of the same coder)."
    ]
    b1 = project.recording("rec").find("b1")
    assert isinstance(b1, ResolutionStrategy) and b1.rupture_id is None
    assert project.codebook.scale("wd_significance").kind == WD  # type: ignore[union-attr]


def test_a_current_file_with_a_cross_coder_link_is_refused_with_its_place(tmp_path: Path) -> None:
    data = json.loads(project_bytes(fixture_project()))
    data["media"][0]["resolutions"].append(
        {"id": "b1", "start_ms": _at(3), "end_ms": _at(4), "coder": "ben",
         "strategy_ids": ["rs_clarify"], "rupture_id": "r1"}
    )  # fmt: skip
    path = tmp_path / "hand-edited.rupture.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert info.value.problem == (
        "media[0].resolutions[3].rupture_id: links 'ben''s strategy to 'ana''s rupture 'r1': "
        "a strategy answers a rupture of the same coder"
    )


def test_validate_complete_lists_what_is_left_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _schema_3_file_with_a_cross_coder_link(tmp_path)
    assert main(["validate", "--complete", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"OK  {path}"
    assert out[1].startswith("    upgraded: media[0].resolutions[3].rupture_id:")
    todo = [line for line in out if line.startswith("    to do: ")]
    assert (
        todo[0] == "    to do: ana: Segment 1 (0:00:00–0:05:00): confrontation ruptures, but no "
        "cf_significance rating."
    )  # schema 3 had no segment origin: the grid starts at 0:00
    assert any(line.startswith("    to do: ben: ") for line in todo)  # b1 is now unlinked
    assert main(["validate", str(path)]) == 0  # without --complete only the file is judged


def test_validate_complete_passes_a_finished_coding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = Project(codebook=load_codebook("3rs-2015"))
    project.add_coder("ana")
    project.add_recording(MediaRef(path="s.mp4", duration_ms=4 * MIN), "rec")
    project.add_annotation(
        "rec",
        Rupture(kind=WD, start_ms=0, end_ms=MIN, coder="ana", marker_ids=("wd_denial",)),
    )
    values = {"wd_significance": 2, "cf_significance": 1, "resolution_rating": 1}
    project.set_segment_rating("rec", SegmentRating(segment_index=0, coder="ana", values=values))
    path = tmp_path / "done.rupture.json"
    save_project(project, path)
    assert main(["validate", "--complete", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "    complete: nothing left to code"
