"""Shared builders for the domain and storage tests: a small coded project and a real video."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.domain.annotations import (
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.project_file import save_project
from tests.factories import empty_project
from tests.videos import make_video

REC = "rec1"  # the recording id of empty_project()


def coded_project() -> Project:
    """Ten minutes coded by two coders: ruptures of both kinds, linked strategies, ratings."""
    p = empty_project(coders=("ana", "ben"), duration_ms=600_000)
    p.add_annotation(
        REC,
        Rupture(
            id="r1",
            kind=RuptureKind.WITHDRAWAL,
            start_ms=10_000,
            end_ms=25_000,
            coder="ana",
            marker_ids=("wd_minimal_response", "wd_denial"),
            significance=3,
            note="Long silence after the homework question.",
        ),
    )
    p.add_annotation(
        REC,
        Rupture(
            id="r2",
            kind=RuptureKind.CONFRONTATION,
            start_ms=290_000,
            end_ms=320_000,
            coder="ana",
            marker_ids=("cf_complaint_therapist",),
            significance=4,
        ),
    )
    p.add_annotation(
        REC,
        Rupture(
            id="r3",
            kind=RuptureKind.WITHDRAWAL,
            start_ms=40_000,
            end_ms=50_000,
            coder="ben",
            marker_ids=("wd_abstract",),
            significance=2,
        ),
    )
    p.add_annotation(
        REC,
        ResolutionStrategy(
            id="s1",
            start_ms=26_000,
            end_ms=40_000,
            coder="ana",
            strategy_ids=("rs_invite_discussion",),
            rupture_id="r1",
            resolution=4,
        ),
    )
    p.add_annotation(
        REC,
        ResolutionStrategy(
            id="s2",
            start_ms=321_000,
            end_ms=330_000,
            coder="ana",
            strategy_ids=("rs_acknowledge_contribution", "rs_clarify"),
            rupture_id="r2",
            resolution=3,
        ),
    )
    p.set_segment_rating(
        REC, SegmentRating(segment_index=0, coder="ana", values={"wd_significance": 3})
    )
    p.set_session_rating(
        REC,
        SessionRating(coder="ana", values={"resolution_extent": 4, "therapist_contribution": 2}),
    )
    return p


@pytest.fixture
def project() -> Project:
    return coded_project()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """A valid project file (with its recording's media reference) in a fresh folder."""
    path = tmp_path / "session.rupture.json"
    save_project(coded_project(), path)
    return path


@pytest.fixture(scope="session")
def video() -> Path:
    """A real 20 s H.264 recording at 25 fps with sound (made once, cached in tests/.videos)."""
    return make_video("mp4")
