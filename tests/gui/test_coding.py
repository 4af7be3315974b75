"""Keyboard coding logic: marks, W/C/R, marker keys, ratings, undo — asserted on the domain."""

from __future__ import annotations

import pytest

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.document import Document
from tests.factories import empty_project


@pytest.fixture
def coding(qapp) -> CodingController:  # type: ignore[no-untyped-def]
    project = empty_project(coders=())
    return CodingController(Document(project, None, "ana"))


def rec(c: CodingController):  # type: ignore[no-untyped-def]
    return c.document.project.media[0]


def test_marks_then_w_creates_a_withdrawal_span(coding: CodingController) -> None:
    coding.set_in(10_000)
    coding.set_out(14_000)
    made = coding.create("withdrawal", 99_000)
    assert isinstance(made, Rupture)
    assert (made.kind, made.start_ms, made.end_ms, made.coder) == (
        "withdrawal",
        10_000,
        14_000,
        "ana",
    )
    assert rec(coding).ruptures == [made]
    assert coding.selected_id == made.id
    assert (coding.mark_in, coding.mark_out) == (None, None)


def test_in_mark_only_ends_at_the_playhead(coding: CodingController) -> None:
    coding.set_in(5_000)
    made = coding.create("confrontation", 8_000)
    assert made is not None and (made.start_ms, made.end_ms) == (5_000, 8_000)


def test_without_marks_c_starts_and_a_second_c_ends(coding: CodingController) -> None:
    assert coding.create("confrontation", 3_000) is None
    assert coding.pending == {"confrontation": 3_000}
    made = coding.create("confrontation", 7_500)
    assert made is not None and (made.kind, made.start_ms, made.end_ms) == (
        "confrontation",
        3_000,
        7_500,
    )
    assert coding.pending == {}


def test_a_span_of_no_length_is_refused_with_a_message(coding: CodingController) -> None:
    messages: list[str] = []
    coding.message.connect(messages.append)
    coding.create("withdrawal", 3_000)
    assert coding.create("withdrawal", 3_000) is None
    assert rec(coding).ruptures == []
    assert "end after its start" in messages[-1]


def test_resolution_links_to_the_selected_rupture(coding: CodingController) -> None:
    coding.set_in(1_000)
    rupture = coding.create("withdrawal", 4_000)
    assert rupture is not None
    coding.set_in(4_000)
    strategy = coding.create("resolution", 9_000)
    assert isinstance(strategy, ResolutionStrategy) and strategy.rupture_id == rupture.id


def test_marker_keys_toggle_markers_of_the_selected_kind(coding: CodingController) -> None:
    coding.set_in(1_000)
    coding.create("withdrawal", 4_000)
    assert coding.toggle_key("2")
    assert coding.toggle_key("5")
    r = rec(coding).ruptures[0]
    assert r.marker_ids == ("wd_minimal_response", "wd_deferential")
    assert coding.toggle_key("2")
    assert rec(coding).ruptures[0].marker_ids == ("wd_deferential",)


def test_strategy_keys_and_resolution_rating(coding: CodingController) -> None:
    coding.set_in(1_000)
    coding.create("resolution", 4_000)
    assert coding.toggle_key("4") and coding.toggle_key("0")
    assert coding.set_rating(4)
    s = rec(coding).resolutions[0]
    assert s.strategy_ids == ("rs_invite_discussion", "rs_redirect") and s.resolution == 4


def test_undo_and_redo_reach_back_to_the_start(coding: CodingController) -> None:
    stack = coding.document.undo_stack
    coding.set_in(1_000)
    coding.create("withdrawal", 4_000)
    coding.toggle_key("1")
    coding.set_rating(3)
    coding.set_note("long silence")
    assert coding.document.is_modified()
    final = rec(coding).ruptures[0]
    while stack.canUndo():
        stack.undo()
    assert rec(coding).ruptures == []
    assert not coding.document.is_modified()
    while stack.canRedo():
        stack.redo()
    assert rec(coding).ruptures == [final]


def test_delete_and_undo_restore_the_link(coding: CodingController) -> None:
    coding.set_in(1_000)
    rupture = coding.create("withdrawal", 4_000)
    coding.set_in(4_000)
    strategy = coding.create("resolution", 6_000)
    assert rupture is not None and strategy is not None
    coding.select(rupture.id)
    assert coding.delete_selected()
    assert rec(coding).resolutions[0].rupture_id is None
    coding.document.undo_stack.undo()
    assert rec(coding).resolutions[0].rupture_id == rupture.id
    assert rec(coding).ruptures[0] == rupture


def test_refused_edit_is_reported_and_not_on_the_stack(coding: CodingController) -> None:
    errors: list[str] = []
    coding.document.error.connect(errors.append)
    coding.set_in(3_590_000)
    assert coding.create("withdrawal", 3_700_000) is None  # past the one-hour recording
    assert errors and "past the end" in errors[0]
    assert coding.document.undo_stack.count() == 0


def test_select_neighbour_walks_in_time(coding: CodingController) -> None:
    for start in (30_000, 10_000, 20_000):
        coding.set_in(start)
        coding.create("withdrawal", start + 1_000)
    coding.select(None)
    first = coding.select_neighbour(1, 0)
    second = coding.select_neighbour(1, 0)
    assert first is not None and second is not None
    assert (first.start_ms, second.start_ms) == (10_000, 20_000)
    back = coding.select_neighbour(-1, 0)
    assert back is not None and back.start_ms == 10_000
