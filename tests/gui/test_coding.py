"""Keyboard coding: marks, W/C/R, codebook keys, ratings, undo, delete, walking the spans.

Real key presses on the main window, through its shortcuts (offscreen, fake player), asserted on
the domain; the playhead is put where the coder would have played or scrubbed to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.annotations import ResolutionStrategy
from rupture_annotator.domain.recording import Recording
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.main_window import MainWindow
from tests.factories import empty_project
from tests.gui.conftest import OpenWindow

NO_MOD = Qt.KeyboardModifier.NoModifier
ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
K = Qt.Key


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window(empty_project(coders=()))  # a one-hour recording, coder "ana"


def press(
    w: MainWindow, key: Qt.Key, mod: Qt.KeyboardModifier = NO_MOD, *, at: int | None = None
) -> None:
    """Press key on the window, the playhead at `at` ms first if given."""
    if at is not None:
        w.player.seek(at)
        assert w.player.position_ms() == at
    QTest.keyClick(w, key, mod)


def rec(w: MainWindow) -> Recording:
    assert w.document is not None and w.document.recording is not None
    return w.document.recording


def coding(w: MainWindow) -> CodingController:
    assert w.coding is not None
    return w.coding


def test_marks_then_w_creates_a_withdrawal_span(window: MainWindow) -> None:
    press(window, K.Key_I, at=10_000)
    press(window, K.Key_O, at=14_000)
    press(window, K.Key_W, at=99_000)  # the marks decide, not the playhead
    (made,) = rec(window).ruptures
    assert (made.kind, made.start_ms, made.end_ms, made.coder) == (
        "withdrawal",
        10_000,
        14_000,
        "ana",
    )
    assert coding(window).selected_id == made.id
    assert (coding(window).mark_in, coding(window).mark_out) == (None, None)


def test_in_mark_only_ends_at_the_playhead(window: MainWindow) -> None:
    press(window, K.Key_I, at=5_000)
    press(window, K.Key_C, at=8_000)
    (made,) = rec(window).ruptures
    assert (made.kind, made.start_ms, made.end_ms) == ("confrontation", 5_000, 8_000)


def test_without_marks_c_starts_and_a_second_c_ends(window: MainWindow) -> None:
    press(window, K.Key_C, at=3_000)
    assert rec(window).ruptures == []
    assert coding(window).pending == {"confrontation": 3_000}
    press(window, K.Key_C, at=7_600)
    (made,) = rec(window).ruptures
    assert (made.kind, made.start_ms, made.end_ms) == ("confrontation", 3_000, 7_600)
    assert coding(window).pending == {}


def test_a_span_of_no_length_is_refused_with_a_message(window: MainWindow) -> None:
    press(window, K.Key_W, at=3_000)
    press(window, K.Key_W)
    assert rec(window).ruptures == []
    assert "end after its start" in window.statusBar().currentMessage()


def test_resolution_links_to_the_selected_rupture(window: MainWindow) -> None:
    press(window, K.Key_I, at=1_000)
    press(window, K.Key_W, at=4_000)
    (rupture,) = rec(window).ruptures
    press(window, K.Key_I)
    press(window, K.Key_R, at=9_000)
    (strategy,) = rec(window).resolutions
    assert isinstance(strategy, ResolutionStrategy)
    assert (strategy.start_ms, strategy.end_ms, strategy.rupture_id) == (4_000, 9_000, rupture.id)


def test_marker_keys_toggle_markers_of_the_selected_kind(window: MainWindow) -> None:
    press(window, K.Key_I, at=1_000)
    press(window, K.Key_W, at=4_000)
    press(window, K.Key_2)
    press(window, K.Key_5)
    assert rec(window).ruptures[0].marker_ids == ("wd_minimal_response", "wd_deferential")
    press(window, K.Key_2)
    assert rec(window).ruptures[0].marker_ids == ("wd_deferential",)


def test_strategy_keys_and_resolution_rating(window: MainWindow) -> None:
    press(window, K.Key_I, at=1_000)
    press(window, K.Key_R, at=4_000)
    press(window, K.Key_4)
    press(window, K.Key_0)
    press(window, K.Key_4, ALT)
    (s,) = rec(window).resolutions
    assert s.strategy_ids == ("rs_invite_discussion", "rs_redirect") and s.resolution == 4


def test_undo_and_redo_reach_back_to_the_start(window: MainWindow) -> None:
    assert window.document is not None
    stack = window.document.undo_stack
    press(window, K.Key_I, at=1_000)
    press(window, K.Key_W, at=4_000)
    press(window, K.Key_1)
    press(window, K.Key_3, ALT)
    final = rec(window).ruptures[0]
    assert final.marker_ids and final.significance == 3
    assert window.document.is_modified() and stack.count() == 3
    for _ in range(3):
        press(window, K.Key_Z, CTRL)
    assert rec(window).ruptures == []
    assert not window.document.is_modified()
    press(window, K.Key_Z, CTRL | SHIFT)
    press(window, K.Key_Y, CTRL)  # the other redo key
    press(window, K.Key_Z, CTRL | SHIFT)
    assert rec(window).ruptures == [final]


def test_delete_and_undo_restore_the_link(window: MainWindow) -> None:
    press(window, K.Key_I, at=1_000)
    press(window, K.Key_W, at=4_000)
    press(window, K.Key_I)
    press(window, K.Key_R, at=6_000)
    (rupture,) = rec(window).ruptures
    assert rec(window).resolutions[0].rupture_id == rupture.id
    press(window, K.Key_BracketLeft)  # from the strategy back to the rupture
    assert coding(window).selected_id == rupture.id
    press(window, K.Key_Delete)
    assert rec(window).ruptures == []
    assert rec(window).resolutions[0].rupture_id is None
    press(window, K.Key_Z, CTRL)
    assert rec(window).resolutions[0].rupture_id == rupture.id
    assert rec(window).ruptures == [rupture]


def test_select_neighbour_walks_in_time(window: MainWindow) -> None:
    for start in (30_000, 10_000, 20_000):
        press(window, K.Key_I, at=start)
        press(window, K.Key_W, at=start + 1_000)
    coding(window).select(None)
    press(window, K.Key_BracketRight, at=0)
    first = coding(window).selected()
    press(window, K.Key_BracketRight)
    second = coding(window).selected()
    assert first is not None and second is not None
    assert (first.start_ms, second.start_ms) == (10_000, 20_000)
    press(window, K.Key_BracketLeft)
    back = coding(window).selected()
    assert back is not None and back.start_ms == 10_000


# -- the controller alone: what no key press can reach ----------------------------------------
def test_refused_edit_is_reported_and_not_on_the_stack(qapp) -> None:  # type: ignore[no-untyped-def]
    from rupture_annotator.ui.document import Document

    c = CodingController(Document(empty_project(coders=()), None, "ana"))
    errors: list[str] = []
    c.document.error.connect(errors.append)
    c.set_in(3_590_000)
    # past the one-hour recording: the playhead never gets there, an edit from elsewhere may
    assert c.create("withdrawal", 3_700_000) is None
    assert errors and "past the end" in errors[0]
    assert c.document.undo_stack.count() == 0
