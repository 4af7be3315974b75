"""3RS v2022 codes whose moving away or against a rupture is: the patient's or the therapist's.
Counts, presence and the segment salience ratings (WD_P, WD_T, CF_P, CF_T) are per actor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rupture_annotator.domain.annotations import Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.completeness import open_items
from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.segments import segment_table
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.export import build_tables, study_of
from rupture_annotator.storage.project_file import load_project, project_bytes

MIN = 60_000
WD, CF = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION


def v2022() -> Project:
    project = Project(codebook=load_codebook("3rs-2022"))
    project.add_coder("ana")
    project.add_recording(MediaRef(path="s.mp4", duration_ms=10 * MIN), "rec")
    spans = [
        ("p1", WD, 1, 2, "patient", ("wd_avoiding",), 3),
        ("t1", WD, 1.5, 2.5, "therapist", ("wd_masking",), 2),
        ("t2", CF, 6, 7, "therapist", (), None),
    ]
    for id_, kind, a, b, actor, markers, sig in spans:
        project.add_annotation(
            "rec",
            Rupture(id=id_, kind=kind, start_ms=int(a * MIN), end_ms=int(b * MIN), coder="ana",
                    actor=actor, marker_ids=markers, significance=sig),
        )  # fmt: skip
    project.set_segment_rating(
        "rec", SegmentRating(segment_index=0, coder="ana", values={"WD_P": 3, "CF_P": 1})
    )
    return project


def test_the_2022_codebook_declares_patient_and_therapist() -> None:
    cb = load_codebook("3rs-2022")
    assert [a.id for a in cb.actors] == ["patient", "therapist"]
    assert cb.default_actor == "patient"
    assert {s.id: (s.kind, s.actor) for s in cb.scales_for("segment")} == {
        "WD_P": (WD, "patient"),
        "WD_T": (WD, "therapist"),
        "CF_P": (CF, "patient"),
        "CF_T": (CF, "therapist"),
    }
    assert load_codebook("3rs-2015").actors == ()


def test_a_rupture_carries_one_of_the_codebooks_actors() -> None:
    project = v2022()
    with pytest.raises(EditError, match="actor must be one of patient, therapist"):
        project.add_annotation(
            "rec", Rupture(kind=WD, start_ms=0, end_ms=1000, coder="ana", actor="supervisor")
        )
    with pytest.raises(EditError, match="actor must be one of"):
        project.add_annotation("rec", Rupture(kind=WD, start_ms=0, end_ms=1000, coder="ana"))
    plain = Project(codebook=load_codebook("3rs-2015"))
    plain.add_coder("ana")
    plain.add_recording(MediaRef(path="s.mp4"), "rec")
    with pytest.raises(EditError, match="declares no actors"):
        plain.add_annotation(
            "rec", Rupture(kind=WD, start_ms=0, end_ms=1000, coder="ana", actor="patient")
        )


def test_counts_suggestions_and_missing_ratings_are_per_actor() -> None:
    project = v2022()
    cb = project.codebook
    first, second = segment_table(project.recording("rec"), "ana", cb)
    assert first.ruptures == {WD: 2, CF: 0}
    assert first.actor_ruptures[(WD, "patient")] == 1
    assert first.actor_ruptures[(WD, "therapist")] == 1
    assert first.actor_marker_counts[("wd_masking", "therapist")] == 1
    assert first.actor_marker_counts[("wd_masking", "patient")] == 0
    scale = {s.id: s for s in cb.scales}
    assert first.suggestion(cb, scale["WD_P"]) == 3
    assert first.suggestion(cb, scale["WD_T"]) == 2
    assert first.suggestion(cb, scale["CF_T"]) == 0  # no therapist confrontation here
    assert second.suggestion(cb, scale["CF_T"]) is None  # one, not rated
    assert first.missing_ratings(cb) == ["WD_T"]  # WD_P given; no confrontation
    assert second.missing_ratings(cb) == ["CF_T"]
    texts = [i.text for i in open_items(project, "ana") if i.category.startswith("segment")]
    assert texts == [
        "Segment 1 (0:00:00–0:05:00): withdrawal ruptures, but no WD_T rating.",
        "Segment 2 (0:05:00–0:10:00): confrontation ruptures, but no CF_T rating.",
    ]


def test_the_tables_split_by_actor() -> None:
    tables = build_tables(study_of(v2022(), None))
    seg = tables.by_name("Segments").frame()
    assert seg["withdrawal_therapist_n"].tolist() == [1, 0]
    assert seg["withdrawal_patient_present"].tolist() == [1, 0]
    assert seg["confrontation_therapist_n"].tolist() == [0, 1]
    assert seg["wd_masking_therapist_n"].tolist() == [1, 0]
    assert seg["WD_P"].tolist()[0] == 3
    assert seg["withdrawal_rating_missing"].tolist() == [1, 0]  # WD_T missing in segment 1
    sessions = tables.by_name("Sessions").frame()
    assert sessions["withdrawal_therapist_n"].tolist() == [1]
    assert sessions["confrontation_patient_n"].tolist() == [0]
    ruptures = tables.by_name("Ruptures").frame().set_index("rupture_id")
    assert ruptures.loc["t1", "actor"] == "therapist"


def test_an_older_2022_project_makes_its_ruptures_the_patients_and_says_so(
    tmp_path: Path,
) -> None:
    data = json.loads(project_bytes(v2022()))
    data["schema_version"] = 3
    data["codebook"].pop("actors")
    data["media"][0].pop("segment_origin_ms")
    for r in data["media"][0]["ruptures"]:
        r.pop("actor")
    path = tmp_path / "old.rupture.json"
    path.write_text(json.dumps(data))
    project = load_project(path)
    assert {r.actor for r in project.recording("rec").ruptures} == {"patient"}
    assert [a.id for a in project.codebook.actors] == ["patient", "therapist"]
    assert project.load_notes == [
        "codebook.actors: 3RS v2022 codes the patient's and the therapist's ruptures apart; the "
        "3 ruptures coded before that are now the patient's (press A on a rupture to make it the "
        "therapist's)."
    ]
