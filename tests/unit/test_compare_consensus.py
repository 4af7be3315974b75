"""Blind coding, the disagreements between two coders, and a consensus built from them: the
domain rules and the project file (schema 5)."""

from __future__ import annotations

import json
from pathlib import Path

from rupture_annotator.domain.annotations import (
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    Source,
)
from rupture_annotator.domain.blind import CONSENSUS, StudySettings, blinded, visible_coders
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.compare import compare
from rupture_annotator.domain.consensus import (
    accepted,
    agreed_from,
    consensus_project,
    made_from,
    rating_from,
)
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.segments import SegmentGrid
from rupture_annotator.storage.migrations import SCHEMA_VERSION, migrate
from rupture_annotator.storage.project_file import load_project, save_project
from tests.factories import empty_project

WD, CF = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION


def _rupture(
    coder: str, start_s: int, end_s: int, kind: RuptureKind = WD, *markers: str
) -> Rupture:
    return Rupture(
        kind=kind,
        start_ms=start_s * 1000,
        end_ms=end_s * 1000,
        coder=coder,
        marker_ids=markers
        or (("wd_minimal_response",) if kind is WD else ("cf_complaint_therapist",)),
    )


def two_coders() -> Project:
    """ana and ben on one recording: one event they agree on, one with other markers, one seen
    as two kinds, one only ana marked; segment ratings 2 apart in segment 1, segment 2 rated by
    ana only."""
    project = empty_project(("ana", "ben"))
    add = project.add_annotation
    add("rec1", _rupture("ana", 10, 20, WD, "wd_minimal_response"))
    add("rec1", _rupture("ben", 11, 21, WD, "wd_minimal_response"))
    add("rec1", _rupture("ana", 100, 120, WD, "wd_minimal_response"))
    add("rec1", _rupture("ben", 102, 118, WD, "wd_denial"))
    add("rec1", _rupture("ana", 400, 420, WD))
    add("rec1", _rupture("ben", 401, 421, CF))
    add("rec1", _rupture("ana", 700, 710, WD))
    rate = project.set_segment_rating
    rate("rec1", SegmentRating(segment_index=0, coder="ana", values={"wd_significance": 4}))
    rate("rec1", SegmentRating(segment_index=0, coder="ben", values={"wd_significance": 2}))
    rate("rec1", SegmentRating(segment_index=1, coder="ana", values={"wd_significance": 3}))
    return project


def test_the_disagreements_of_two_coders_are_each_named_with_both_values() -> None:
    project = two_coders()
    rec = project.media[0]
    result = compare({"ana": rec, "ben": rec}, project.codebook)
    whats = [(d.what, d.start_ms // 1000) for d in result.disagreements]
    assert whats == [
        ("rating", 0),
        ("markers", 100),
        ("unrated", 300),
        ("kind", 400),
        ("only", 700),
    ]
    markers = result.disagreements[1]
    assert markers.values == ("Minimal response", "Denial") and markers.coders == ("ana", "ben")
    kind = result.disagreements[3]
    assert kind.values[0].startswith("withdrawal") and kind.values[1].startswith("confrontation")
    only = result.disagreements[4]
    assert only.values[1] == "—" and only.span_ids[1] is None
    assert result.disagreements[0].values == ("wd_significance 4", "wd_significance 2")
    # the agreed event, the markers pair and the kind pair are joined
    assert len(result.pairs) == 3 and sum(p.kind_differs for p in result.pairs) == 1
    first_ana = rec.ruptures[0]
    assert result.partners(first_ana.id) == [("ben", rec.ruptures[1].id)]


def test_ratings_one_apart_are_no_disagreement() -> None:
    project = empty_project(("ana", "ben"))
    for coder, value in (("ana", 3), ("ben", 4)):
        project.set_segment_rating(
            "rec1", SegmentRating(segment_index=0, coder=coder, values={"wd_significance": value})
        )
    rec = project.media[0]
    grid = SegmentGrid.of(rec, project.codebook)
    assert compare({"ana": rec, "ben": rec}, project.codebook, grid).disagreements == ()


def test_blind_coding_shows_a_coder_only_their_own_and_keeps_the_rest() -> None:
    project = two_coders()
    settings = StudySettings(blind=True)
    assert visible_coders(settings, "ana") == {"ana"}
    assert visible_coders(settings, "") == set()
    assert visible_coders(settings.with_changes(unblinded=("ana",)), "ana") is None
    assert visible_coders(settings.with_changes(unblinded=("ana",)), "ben") == {"ben"}
    assert visible_coders(StudySettings(), "ana") is None
    seen = blinded(project.media[0], {"ana"})
    assert {a.coder for a in seen.annotations()} == {"ana"}
    assert {r.coder for r in seen.segment_ratings} == {"ana"}
    assert len(project.media[0].ruptures) == 7  # the project keeps everyone's


def test_a_consensus_span_names_its_sources_and_links_to_consensus_ruptures() -> None:
    project = two_coders()
    rec = project.media[0]
    strategy = ResolutionStrategy(
        start_ms=20_000,
        end_ms=25_000,
        coder="ana",
        strategy_ids=("rs_clarify",),
        rupture_id=rec.ruptures[0].id,
    )
    project.add_annotation("rec1", strategy)
    consensus = consensus_project(project.codebook, rec.media, rec.session)
    crec = consensus.media[0]
    taken = accepted(rec.ruptures[0], CONSENSUS, crec)
    assert taken.coder == CONSENSUS and taken.id != rec.ruptures[0].id
    assert taken.sources == (Source(coder="ana", span_id=rec.ruptures[0].id),)
    consensus.add_annotation(crec.id, taken)
    answer = accepted(strategy, CONSENSUS, crec)
    assert isinstance(answer, ResolutionStrategy) and answer.rupture_id == taken.id
    consensus.add_annotation(crec.id, answer)
    assert made_from(crec, [rec.ruptures[1].id, rec.ruptures[0].id]) == [taken]

    merged = agreed_from([rec.ruptures[2], rec.ruptures[3]], CONSENSUS, crec)
    assert isinstance(merged, Rupture)
    assert (merged.start_ms, merged.end_ms) == (100_000, 120_000)
    assert merged.marker_ids == () and [s.coder for s in merged.sources] == ["ana", "ben"]

    ana_rating = rec.segment_ratings[0]
    r = rating_from(ana_rating, CONSENSUS, 0, crec, "wd_significance")
    assert r.values == {"wd_significance": 4} and r.coder == CONSENSUS


def test_schema_5_keeps_study_settings_and_sources(tmp_path: Path) -> None:
    project = two_coders()
    project.set_study(StudySettings(blind=True, unblinded=("ben",), gold_coder="ana"))
    consensus = consensus_project(
        project.codebook, project.media[0].media, project.media[0].session
    )
    crec = consensus.media[0]
    consensus.add_annotation(crec.id, accepted(project.media[0].ruptures[0], CONSENSUS, crec))
    path, cpath = tmp_path / "p.rupture.json", tmp_path / "c.rupture.json"
    save_project(project, path)
    save_project(consensus, cpath)
    data = json.loads(path.read_bytes())
    assert data["schema_version"] == SCHEMA_VERSION >= 5
    assert data["study"]["blind"] is True
    loaded = load_project(path)
    assert loaded.study == project.study and loaded.study.is_blind_for("ana")
    assert not loaded.study.is_blind_for("ben")
    assert load_project(cpath).media[0].ruptures[0].sources[0].coder == "ana"


def test_a_schema_4_file_migrates_with_blind_coding_off() -> None:
    old = {"schema_version": 4, "coders": ["ana"], "media": [{"ruptures": [{"id": "x"}]}]}
    out = migrate(old)
    assert out["schema_version"] == SCHEMA_VERSION and out["study"] == {}
    assert "sources" not in out["media"][0]["ruptures"][0]  # spans default to no sources
