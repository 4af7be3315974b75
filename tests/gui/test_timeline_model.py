"""The timeline's models without a widget: the view window, the lane index, the ruler ticks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rupture_annotator.ui.timeline.span_index import SpanTrack
from rupture_annotator.ui.timeline.ticks import label, tick_steps, ticks
from rupture_annotator.ui.timeline.view_window import ViewWindow


# -- view window -------------------------------------------------------------------------------
def test_a_new_duration_shows_the_whole_session() -> None:
    view = ViewWindow()
    view.set_duration(3_600_000)
    assert (view.start_ms, view.span_ms, view.end_ms) == (0, 3_600_000, 3_600_000)
    assert view.shows_all()


def test_zoom_keeps_the_anchor_at_the_same_place() -> None:
    view = ViewWindow(600_000)
    view.set_range(100_000, 200_000)
    anchor = 150_000  # a quarter of the way in
    view.zoom(4, anchor)
    assert view.span_ms == 50_000
    assert (anchor - view.start_ms) / view.span_ms == pytest.approx(0.25)


def test_zoom_is_clamped_from_a_few_frames_to_the_whole_session() -> None:
    view = ViewWindow(600_000, frame_ms=40)
    view.zoom(1e9, 1_000)
    assert view.span_ms == 160 and view.contains(1_000)
    view.zoom(1e-9, 1_000)
    assert (view.start_ms, view.span_ms) == (0, 600_000)


def test_scrolling_stops_at_both_ends() -> None:
    view = ViewWindow(600_000)
    view.set_range(0, 60_000)
    view.scroll_by(-5_000)
    assert view.start_ms == 0
    view.scroll_by(10_000_000)
    assert view.end_ms == 600_000


def test_follow_pages_only_when_the_time_leaves_the_view() -> None:
    view = ViewWindow(600_000)
    view.set_range(0, 60_000)
    assert not view.follow(59_000)
    assert view.follow(60_000)
    assert view.start_ms == pytest.approx(60_000 - 0.05 * 60_000)
    assert view.follow(10_000) and view.contains(10_000)


def test_changes_are_announced_once_and_only_when_something_changed() -> None:
    view = ViewWindow(600_000)
    seen: list[int] = []
    view.changed.connect(lambda: seen.append(1))
    view.set_range(0, 60_000)
    view.set_range(0, 60_000)
    view.scroll_by(-100)
    assert seen == [1]


def test_keeping_the_range_when_the_session_grows() -> None:
    view = ViewWindow(60_000)
    view.set_range(10_000, 20_000)
    view.set_duration(120_000, keep_range=True)
    assert (view.start_ms, view.span_ms) == (10_000, 20_000)


# -- the lane index ----------------------------------------------------------------------------
spans = st.lists(
    st.tuples(st.integers(0, 100_000), st.integers(1, 30_000)), min_size=0, max_size=60
)


@settings(max_examples=60, deadline=None)
@given(
    spans=spans,
    removals=st.lists(st.integers(0, 59), max_size=20),
    window=st.tuples(st.integers(-1_000, 130_000), st.integers(1, 50_000)),
)
def test_overlapping_finds_exactly_the_spans_in_the_window(
    spans: list[tuple[int, int]], removals: list[int], window: tuple[int, int]
) -> None:
    track = SpanTrack()
    truth: dict[str, tuple[int, int]] = {}
    half = len(spans) // 2
    track.load((f"s{i}", s, s + d, "") for i, (s, d) in enumerate(spans[:half]))
    for i, (s, d) in enumerate(spans):
        if i >= half:
            track.add(f"s{i}", s, s + d, "#000000")
        truth[f"s{i}"] = (s, s + d)
    for r in removals:
        key = f"s{r}"
        if key in truth:
            assert track.remove(key, truth.pop(key)[0])
    t0, t1 = window[0], window[0] + window[1]
    found = {track.ids[i] for i in track.overlapping(t0, t1).tolist()}
    expected = {k for k, (s, e) in truth.items() if s < t1 and e > t0}
    assert found == expected
    assert list(track.starts) == sorted(track.starts)
    assert len(track.ids) == len(track.tags) == len(truth)


def test_removing_an_unknown_span_changes_nothing() -> None:
    track = SpanTrack()
    track.add("a", 10, 20)
    assert not track.remove("b", 10)
    assert track.ids == ["a"]


def test_one_long_span_is_still_found_deep_inside_it() -> None:
    track = SpanTrack()
    track.load(
        [("long", 0, 1_000_000, "")]
        + [(f"s{i}", i * 1_000, i * 1_000 + 500, "") for i in range(900)]
    )
    found = [track.ids[i] for i in track.overlapping(950_000, 960_000).tolist()]
    assert found == ["long"]


# -- ruler -------------------------------------------------------------------------------------
@pytest.mark.parametrize("ms_per_px", [0.02, 0.5, 7.0, 130.0, 2_000.0, 9_000.0])
def test_major_ticks_leave_room_for_a_label(ms_per_px: float) -> None:
    major, minor = tick_steps(ms_per_px)
    assert major / ms_per_px >= 96 or major == 7_200_000
    assert major % minor == 0


def test_tick_labels_read_as_clock_times() -> None:
    assert label(3_723_000, 1_000) == "1:02:03"
    assert label(63_500, 500) == "0:01:03.5"
    assert label(63_520, 20) == "0:01:03.52"
    assert label(63_525, 1) == "0:01:03.525"
    assert list(ticks(950, 3_100, 1_000)) == [1_000, 2_000, 3_000]
