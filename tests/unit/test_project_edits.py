"""Every edit checks its input against the project's rules and announces what changed."""

from __future__ import annotations

import pytest

from rupture_annotator.domain.annotations import (
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Change, EditError, Project
from rupture_annotator.domain.recording import MediaRef
from tests.factories import empty_project
from tests.unit.conftest import REC

WD = RuptureKind.WITHDRAWAL
CF = RuptureKind.CONFRONTATION


def _rupture(**fields: object) -> Rupture:
    values: dict[str, object] = {
        "kind": WD,
        "start_ms": 1_000,
        "end_ms": 2_000,
        "coder": "ana",
        "marker_ids": ("wd_denial",),
    }
    return Rupture.model_validate({**values, **fields})


def _strategy(**fields: object) -> ResolutionStrategy:
    values: dict[str, object] = {
        "start_ms": 2_000,
        "end_ms": 3_000,
        "coder": "ana",
        "strategy_ids": ("rs_clarify",),
    }
    return ResolutionStrategy.model_validate({**values, **fields})


@pytest.fixture
def changes(project: Project) -> list[Change]:
    seen: list[Change] = []
    project.subscribe(seen.append)
    return seen


def _snapshot(project: Project) -> dict[str, object]:
    return project.model_dump()


# -- adding ------------------------------------------------------------------------------------


def test_adding_an_annotation_announces_it(project: Project, changes: list[Change]) -> None:
    r = _rupture()
    project.add_annotation(REC, r)
    assert project.recording(REC).find(r.id) == r
    assert changes == [Change("annotation_added", REC, old=None, new=r)]


@pytest.mark.parametrize(
    ("annotation", "reason"),
    [
        (_rupture(end_ms=600_001), r"end_ms is past the end of the recording \(600001 > 600000\)"),
        (_rupture(marker_ids=("wd_nope",)), r"marker_ids\[0\] unknown marker 'wd_nope'"),
        (
            _rupture(marker_ids=("wd_denial", "cf_control")),
            r"marker_ids\[1\] 'cf_control' is a confrontation marker, not withdrawal",
        ),
        (
            _rupture(kind=CF, marker_ids=("wd_denial",)),
            r"'wd_denial' is a withdrawal marker, not confrontation",
        ),
        (_rupture(marker_ids=("wd_denial", "wd_denial")), "lists a marker twice"),
        (_rupture(significance=6), r"significance must be from 1 to 5 \(got 6\)"),
        (_rupture(coder="zoe"), "coder 'zoe' is not one of the project's coders"),
        (_strategy(strategy_ids=("rs_magic",)), r"strategy_ids\[0\] unknown strategy 'rs_magic'"),
        (_strategy(strategy_ids=("rs_clarify", "rs_clarify")), "lists a strategy twice"),
        (_strategy(rupture_id="r404"), "rupture_id no rupture 'r404' in this recording"),
        (_strategy(rupture_id="s1"), "rupture_id no rupture 's1'"),  # a strategy is no rupture
        (_strategy(resolution=9), r"resolution must be from 1 to 5 \(got 9\)"),
        (_strategy(coder="zoe"), "coder 'zoe' is not one of the project's coders"),
    ],
)
def test_adding_breaks_no_rule(
    project: Project, changes: list[Change], annotation: Rupture, reason: str
) -> None:
    before = _snapshot(project)
    with pytest.raises(EditError, match=reason):
        project.add_annotation(REC, annotation)
    assert _snapshot(project) == before
    assert changes == []


def test_an_edit_error_is_one_sentence(project: Project) -> None:
    with pytest.raises(EditError) as info:
        project.add_annotation(REC, _rupture(end_ms=700_000))
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message


def test_times_are_only_checked_against_a_known_duration() -> None:
    p = empty_project()
    p.add_recording(MediaRef(path="audio.m4a"), "unknown")
    far = _rupture(start_ms=90 * 3600 * 1000, end_ms=90 * 3600 * 1000 + 1)
    p.add_annotation("unknown", far)
    assert p.recording("unknown").find(far.id) == far


def test_a_strategy_may_link_a_rupture_of_its_own_recording_only(project: Project) -> None:
    project.add_recording(MediaRef(path="second.mp4", duration_ms=600_000), "rec2")
    with pytest.raises(EditError, match="no rupture 'r1' in this recording"):
        project.add_annotation("rec2", _strategy(rupture_id="r1"))
    s = _strategy(rupture_id="r1")
    project.add_annotation(REC, s)
    assert project.recording(REC).strategies_for("r1")[-1] == s


def test_ids_are_unique_across_the_project(project: Project) -> None:
    with pytest.raises(EditError, match="'r1' already exists"):
        project.add_annotation(REC, _rupture(id="r1"))
    project.add_recording(MediaRef(path="second.mp4", duration_ms=600_000), "rec2")
    with pytest.raises(EditError, match="'s1' already exists"):
        project.add_annotation("rec2", _rupture(id="s1"))
    with pytest.raises(EditError, match="already in the project"):
        project.add_recording(MediaRef(path="third.mp4"), "rec2")


def test_an_unknown_recording_is_an_edit_error(project: Project) -> None:
    with pytest.raises(EditError, match="no recording 'nope'"):
        project.add_annotation("nope", _rupture())


# -- coders and recordings ---------------------------------------------------------------------


def test_coders_are_named_once(project: Project, changes: list[Change]) -> None:
    project.add_coder("  carla ")
    project.add_coder("carla")
    project.add_coder("ana")
    assert project.coders == ["ana", "ben", "carla"]
    assert changes == [Change("coder_added", None, new="carla")]
    with pytest.raises(EditError, match="needs a name"):
        project.add_coder("   ")
    project.add_annotation(REC, _rupture(coder="carla"))


def test_recordings_are_added_and_relinked(project: Project, changes: list[Change]) -> None:
    rec = project.add_recording(MediaRef(path="b.mp4", duration_ms=1_000))
    assert project.recording(rec.id) is rec
    moved = MediaRef(path="elsewhere/b.mp4", duration_ms=1_000)
    project.relink_media(rec.id, moved)
    assert project.recording(rec.id).media == moved
    assert [c.kind for c in changes] == ["recording_added", "recording_changed"]
    assert changes[1].old == MediaRef(path="b.mp4", duration_ms=1_000) and changes[1].new == moved


# -- changing and moving -----------------------------------------------------------------------


def test_update_replaces_by_id_and_returns_the_old(project: Project, changes: list[Change]) -> None:
    old = project.recording(REC).find("r1")
    assert isinstance(old, Rupture)
    new = project.edit(REC, "r1", significance=5, note="clearer on second viewing")
    assert new.modified >= old.modified
    assert project.update_annotation(REC, new) == old
    assert project.recording(REC).find("r1") == new
    assert changes == [Change("annotation_changed", REC, old=old, new=new)]
    # an undo puts the old value back exactly
    project.update_annotation(REC, old)
    assert project.recording(REC).find("r1") == old


def test_update_checks_the_rules_too(project: Project, changes: list[Change]) -> None:
    before = _snapshot(project)
    bad = project.edit(REC, "r1", kind=CF)  # its withdrawal markers no longer fit
    with pytest.raises(EditError, match="is a withdrawal marker, not confrontation"):
        project.update_annotation(REC, bad)
    with pytest.raises(EditError, match="no such annotation"):
        project.update_annotation(REC, _rupture(id="ghost"))
    strategy_as_rupture = _rupture(id="s1")
    with pytest.raises(EditError, match="no such annotation"):
        project.update_annotation(REC, strategy_as_rupture)
    with pytest.raises(EditError, match="end_ms"):
        project.edit(REC, "r1", end_ms=1)
    assert _snapshot(project) == before and changes == []


def test_move_gives_new_times(project: Project, changes: list[Change]) -> None:
    old = project.move_annotation(REC, "r1", 5_000, 6_000)
    moved = project.recording(REC).find("r1")
    assert moved is not None and (moved.start_ms, moved.end_ms) == (5_000, 6_000)
    assert (old.start_ms, old.end_ms) == (10_000, 25_000)
    assert moved.marker_ids == old.marker_ids and moved.note == old.note  # type: ignore[union-attr]
    assert [(c.kind, c.old, c.new) for c in changes] == [("annotation_changed", old, moved)]


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (6_000, 6_000, "must end after it starts"),
        (6_000, 5_000, "must end after it starts"),
        (-1, 5_000, "cannot start before the recording"),
        (599_000, 600_500, "past the end of the recording"),
    ],
)
def test_move_keeps_the_span_inside_the_recording(
    project: Project, changes: list[Change], start: int, end: int, reason: str
) -> None:
    before = _snapshot(project)
    with pytest.raises(EditError, match=reason):
        project.move_annotation(REC, "r1", start, end)
    with pytest.raises(EditError, match="no such annotation"):
        project.move_annotation(REC, "ghost", 0, 1)
    assert _snapshot(project) == before and changes == []


def test_a_moved_span_stays_findable_after_other_edits(project: Project) -> None:
    project.remove_annotation(REC, "r2")
    project.move_annotation(REC, "r3", 0, 100)
    project.add_annotation(REC, _rupture(id="r4"))
    rec = project.recording(REC)
    assert [r.id for r in rec.ruptures] == ["r1", "r3", "r4"]
    assert all(rec.find(i) is not None for i in ("r1", "r3", "r4", "s1", "s2"))
    assert rec.find("r2") is None


# -- removing ----------------------------------------------------------------------------------


def test_removing_a_rupture_unlinks_its_strategies(project: Project, changes: list[Change]) -> None:
    rec = project.recording(REC)
    rupture, s1 = rec.find("r1"), rec.find("s1")
    removed, unlinked = project.remove_annotation(REC, "r1")
    assert removed == rupture
    assert unlinked == [s1]  # as they were, so an undo can put them back
    assert rec.find("r1") is None
    now_s1 = rec.find("s1")
    assert isinstance(now_s1, ResolutionStrategy) and now_s1.rupture_id is None
    assert [c.kind for c in changes] == ["annotation_changed", "annotation_removed"]
    assert changes[0].old == s1 and changes[0].new == now_s1
    assert changes[1].old == rupture and changes[1].new is None
    other = rec.find("s2")
    assert isinstance(other, ResolutionStrategy) and other.rupture_id == "r2"


def test_what_remove_returns_is_enough_to_undo_it(project: Project) -> None:
    before = project.recording(REC).model_dump()
    removed, unlinked = project.remove_annotation(REC, "r1")
    project.add_annotation(REC, removed)
    for s in unlinked:
        project.update_annotation(REC, s)
    after = project.recording(REC)
    assert sorted(map(str, after.model_dump()["ruptures"])) == sorted(map(str, before["ruptures"]))
    assert after.model_dump()["resolutions"] == before["resolutions"]


def test_removing_a_strategy_unlinks_nothing(project: Project, changes: list[Change]) -> None:
    s1 = project.recording(REC).find("s1")
    assert project.remove_annotation(REC, "s1") == (s1, [])
    assert [c.kind for c in changes] == ["annotation_removed"]
    with pytest.raises(EditError, match="no such annotation to remove"):
        project.remove_annotation(REC, "s1")


# -- ratings -----------------------------------------------------------------------------------


def test_segment_ratings_are_set_per_segment_and_coder(
    project: Project, changes: list[Change]
) -> None:
    old = project.recording(REC).segment_ratings[0]
    new = SegmentRating(segment_index=0, coder="ana", values={"wd_significance": 5})
    assert project.set_segment_rating(REC, new) == old
    ben = SegmentRating(segment_index=0, coder="ben", values={"cf_significance": 2})
    assert project.set_segment_rating(REC, ben) is None
    assert project.recording(REC).segment_ratings == [new, ben]
    assert changes == [
        Change("rating_changed", REC, old=old, new=new),
        Change("rating_changed", REC, old=None, new=ben),
    ]


def test_session_ratings_are_set_per_coder(project: Project, changes: list[Change]) -> None:
    old = project.recording(REC).session_ratings[0]
    new = SessionRating(coder="ana", values={"resolution_extent": 1})
    assert project.set_session_rating(REC, new) == old
    assert project.recording(REC).session_ratings == [new]
    assert changes == [Change("rating_changed", REC, old=old, new=new)]


@pytest.mark.parametrize(
    ("rating", "reason"),
    [
        (
            SegmentRating(segment_index=0, coder="ana", values={"wd_significance": 6}),
            r"values.wd_significance must be from 1 to 5 \(got 6\)",
        ),
        (
            SegmentRating(segment_index=0, coder="ana", values={"resolution_extent": 3}),
            "the codebook has no segment scale 'resolution_extent'",
        ),
        (
            SegmentRating(segment_index=0, coder="ana", values={"WD_P": 3}),
            "the codebook has no segment scale 'WD_P'",  # a 3RS-2022 scale
        ),
        (
            SegmentRating(segment_index=0, coder="zoe", values={}),
            "'zoe' is not one of the project's coders",
        ),
        (
            SessionRating(coder="ana", values={"wd_significance": 3}),
            "the codebook has no session scale 'wd_significance'",
        ),
    ],
)
def test_ratings_use_the_codebooks_scales(
    project: Project,
    changes: list[Change],
    rating: SegmentRating | SessionRating,
    reason: str,
) -> None:
    before = _snapshot(project)
    with pytest.raises(EditError, match=reason):
        if isinstance(rating, SegmentRating):
            project.set_segment_rating(REC, rating)
        else:
            project.set_session_rating(REC, rating)
    assert _snapshot(project) == before and changes == []


# -- observing ---------------------------------------------------------------------------------


def test_every_subscriber_hears_every_change_until_it_unsubscribes(project: Project) -> None:
    first: list[str] = []
    second: list[str] = []
    stop_first = project.subscribe(lambda c: first.append(c.kind))
    project.subscribe(lambda c: second.append(c.kind))
    project.add_coder("carla")
    stop_first()
    project.remove_annotation(REC, "r3")
    assert first == ["coder_added"]
    assert second == ["coder_added", "annotation_removed"]


def test_a_listener_may_unsubscribe_while_hearing_a_change(project: Project) -> None:
    heard: list[str] = []

    def once(change: Change) -> None:
        heard.append(change.kind)
        stop()

    stop = project.subscribe(once)
    project.add_coder("carla")
    project.add_coder("dora")
    assert heard == ["coder_added"]


def test_move_refuses_times_beyond_any_session_as_an_edit_error() -> None:
    p = empty_project()
    p.add_recording(MediaRef(path="audio.m4a"), "unknown")
    p.add_annotation("unknown", _rupture(id="r"))
    with pytest.raises(EditError, match="end_ms"):
        p.move_annotation("unknown", "r", 0, 101 * 3600 * 1000)


def test_a_subscribed_method_does_not_keep_its_object_alive() -> None:
    import gc
    import weakref

    from rupture_annotator.domain.annotations import Rupture
    from tests.factories import empty_project

    class View:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def on_change(self, change: object) -> None:
            self.seen.append(type(change).__name__)

    project = empty_project()
    view = View()
    project.subscribe(view.on_change)
    project.add_annotation(
        "rec1", Rupture(kind="withdrawal", start_ms=0, end_ms=1_000, coder="ana")
    )
    assert view.seen == ["Change"]
    gone = weakref.ref(view)
    gc.disable()  # freed by reference counting alone, not by the cyclic collector
    try:
        del view
        assert gone() is None
    finally:
        gc.enable()
    project.add_annotation(
        "rec1", Rupture(kind="withdrawal", start_ms=0, end_ms=1_000, coder="ana")
    )
    assert project._listeners == []
