"""The moments a supervisor reviews: which the filter lets through, their order and windows."""

from __future__ import annotations

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.review import (
    RESOLUTION,
    Moment,
    MomentFilter,
    clip_name,
    moments,
    play_window,
    select,
)
from tests.factories import codebook

WD, CF = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION


def recording() -> Recording:
    ruptures = [
        Rupture(
            id="r1", start_ms=60_000, end_ms=70_000, coder="ana", kind=WD,
            marker_ids=("wd_denial",), significance=2,
        ),
        Rupture(
            id="r2", start_ms=10_000, end_ms=15_000, coder="ben", kind=CF,
            marker_ids=("cf_complaint_therapist",), significance=4, note="watch her face",
        ),
        Rupture(id="r3", start_ms=30_000, end_ms=31_000, coder="ana", kind=CF, significance=3),
    ]  # fmt: skip
    strategies = [
        ResolutionStrategy(
            id="s1", start_ms=16_000, end_ms=20_000, coder="ben",
            strategy_ids=("rs_clarify",), rupture_id="r2", resolution=5,
        ),
    ]  # fmt: skip
    return Recording(
        media=MediaRef(path="s.mp4", duration_ms=90_000), ruptures=ruptures, resolutions=strategies
    )


def ids(found: list[Moment]) -> list[str]:
    return [m.annotation_id for m in found]


def test_moments_list_ruptures_and_strategies_in_time_order() -> None:
    found = moments(recording())
    assert ids(found) == ["r2", "s1", "r3", "r1"]
    r2, s1 = found[0], found[1]
    assert (r2.kind, r2.rating, r2.coder, r2.note) == ("confrontation", 4, "ben", "watch her face")
    assert r2.has_strategy and r2.strategy_ids == ("rs_clarify",)
    assert (s1.kind, s1.rating, s1.is_rupture) == (RESOLUTION, 5, False)
    assert not found[2].has_strategy


def test_filters_by_kind_marker_strategy_coder_significance_resolution_and_note() -> None:
    rec = recording()
    assert ids(select(rec, MomentFilter(kinds=frozenset({"confrontation"})))) == ["r2", "r3"]
    assert ids(select(rec, MomentFilter(kinds=frozenset({RESOLUTION})))) == ["s1"]
    assert ids(select(rec, MomentFilter(marker_id="wd_denial"))) == ["r1"]
    assert ids(select(rec, MomentFilter(strategy_id="rs_clarify"))) == ["r2", "s1"]
    assert ids(select(rec, MomentFilter(coder="ana"))) == ["r3", "r1"]
    assert ids(select(rec, MomentFilter(min_significance=3))) == ["r2", "r3"]
    assert ids(select(rec, MomentFilter(unresolved_only=True))) == ["r3", "r1"]
    assert ids(select(rec, MomentFilter(with_note=True))) == ["r2"]
    both = MomentFilter(kinds=frozenset({"confrontation"}), min_significance=3)
    assert ids(select(rec, both, "significance")) == ["r2", "r3"]
    assert ids(select(rec, MomentFilter(), "significance")) == ["s1", "r2", "r3", "r1"]


def test_play_window_has_lead_in_and_tail_clamped_to_the_recording() -> None:
    early = Moment("a", "withdrawal", 2_000, 4_000, "ana")
    late = Moment("b", "withdrawal", 85_000, 89_500, "ana")
    assert play_window(early, 5_000, 3_000, 90_000) == (0, 7_000)
    assert play_window(late, 5_000, 3_000, 90_000) == (80_000, 89_999)
    assert play_window(late, 0, 0, None) == (85_000, 89_500)


def test_codes_and_clip_names_read_like_the_codebook() -> None:
    r2, s1 = moments(recording())[:2]
    labels = {m.id: m.label for m in codebook().markers}
    assert r2.codes(codebook()) == [labels["cf_complaint_therapist"]]
    assert s1.codes(codebook()) == [codebook().strategies_by_id["rs_clarify"].label]
    assert clip_name(Moment("x", "withdrawal", 754_900, 760_000, "ana", rating=4)) == (
        "0h12m34s_withdrawal_sig4.mp4"
    )
    assert clip_name(s1) == "0h00m16s_resolution_res5.mp4"
