"""Annotations are validated, immutable values with times in whole milliseconds."""

from __future__ import annotations

from datetime import UTC

import pytest
from pydantic import ValidationError

from rupture_annotator.domain.annotations import (
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
    new_id,
)
from rupture_annotator.domain.codebook import RuptureKind


def _rupture(**fields: object) -> Rupture:
    values: dict[str, object] = {
        "kind": "withdrawal",
        "start_ms": 1_000,
        "end_ms": 2_000,
        "coder": "ana",
    }
    return Rupture.model_validate({**values, **fields})


def test_a_rupture_has_a_kind_markers_significance_and_times() -> None:
    r = _rupture(marker_ids=["wd_denial"], significance=4, note="looks away")
    assert r.kind is RuptureKind.WITHDRAWAL
    assert r.marker_ids == ("wd_denial",)
    assert (r.start_ms, r.end_ms, r.duration_ms) == (1_000, 2_000, 1_000)
    assert r.significance == 4 and r.note == "looks away"


def test_a_span_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"must be greater than start_ms \(12000 <= 15000\)"):
        _rupture(start_ms=15_000, end_ms=12_000)
    with pytest.raises(ValidationError, match=r"must be greater than start_ms \(5 <= 5\)"):
        _rupture(start_ms=5, end_ms=5)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start_ms", -1),
        ("end_ms", 100 * 3600 * 1000 + 1),
        ("start_ms", 1.5),
        ("significance", 0),
        ("significance", 10),
        ("coder", ""),
        ("id", "has space"),
        ("id", ""),
        ("kind", "anger"),
        ("note", "x" * 20_001),
        ("colour", "red"),
    ],
)
def test_bad_fields_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as info:
        _rupture(**{field: value})
    assert info.value.errors()[0]["loc"][0] == field


def test_values_are_frozen_and_with_changes_makes_a_checked_copy() -> None:
    r = _rupture()
    with pytest.raises(ValidationError):
        r.start_ms = 0  # type: ignore[misc]
    moved = r.with_changes(start_ms=500)
    assert (moved.id, moved.start_ms, moved.end_ms) == (r.id, 500, 2_000)
    assert r.start_ms == 1_000
    with pytest.raises(ValidationError, match="must be greater than start_ms"):
        r.with_changes(start_ms=3_000)


def test_new_ids_are_unique_and_times_are_utc_to_the_second() -> None:
    assert len({new_id() for _ in range(1_000)}) == 1_000
    r = _rupture()
    assert r.id != _rupture().id
    assert r.created.tzinfo is UTC and r.created.microsecond == 0
    assert r.modified >= r.created


def test_overlaps_is_half_open() -> None:
    r = _rupture(start_ms=1_000, end_ms=2_000)
    assert r.overlaps(1_999, 3_000) and r.overlaps(0, 1_001) and r.overlaps(1_200, 1_300)
    assert not r.overlaps(2_000, 3_000)
    assert not r.overlaps(0, 1_000)


def test_a_strategy_links_a_rupture_and_rates_resolution() -> None:
    s = ResolutionStrategy(
        start_ms=0, end_ms=10, coder="ben", strategy_ids=("rs_clarify",), rupture_id="r1"
    )
    assert s.rupture_id == "r1" and s.resolution is None
    assert ResolutionStrategy(start_ms=0, end_ms=10, coder="ben").rupture_id is None
    with pytest.raises(ValidationError):
        ResolutionStrategy(start_ms=0, end_ms=10, coder="ben", resolution=0)
    with pytest.raises(ValidationError):
        ResolutionStrategy(start_ms=0, end_ms=10, coder="ben", kind="withdrawal")  # type: ignore[call-arg]


def test_ratings_of_segments_and_sessions() -> None:
    sr = SegmentRating(segment_index=2, coder="ana", values={"wd_significance": 3})
    assert sr.values == {"wd_significance": 3}
    with pytest.raises(ValidationError):
        SegmentRating(segment_index=-1, coder="ana")
    with pytest.raises(ValidationError):
        SegmentRating(segment_index=0, coder="ana", values={"wd_significance": "high"})
    assert SessionRating(coder="ana").values == {}
    with pytest.raises(ValidationError):
        SessionRating(coder="")
