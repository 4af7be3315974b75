"""Real mouse gestures on the timeline, asserted on what it asks for and, through a handler
that applies those requests, on the project."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import Annotation, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.ui.timeline import TimelineWidget
from tests.factories import empty_project

FRAME = 40  # the factory's recording runs at 25 fps
REC = "rec1"


@dataclass
class Requests:
    seeks: list[int] = field(default_factory=list)
    selections: list[str | None] = field(default_factory=list)
    creates: list[tuple[str, int, int]] = field(default_factory=list)
    moves: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class Bench:
    widget: TimelineWidget
    project: Project
    asked: Requests

    def x(self, ms: float) -> int:
        return round(self.widget.current_layout().x_of(ms))

    def ms_per_px(self) -> float:
        return self.widget.current_layout().ms_per_px()

    def lane_y(self, lane: str) -> int:
        return round(self.widget.current_layout().lane_rect(lane).center().y())

    def ruler_y(self) -> int:
        return round(self.widget.current_layout().ruler.center().y())

    def drag(self, start: QPoint, end: QPoint, steps: int = 6) -> None:
        w = self.widget
        QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for i in range(1, steps + 1):
            QTest.mouseMove(w, start + (end - start) * (i / steps))
        QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    def click(self, pos: QPoint) -> None:
        QTest.mouseClick(
            self.widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )

    def add(self, a: Annotation) -> Annotation:
        self.project.add_annotation(REC, a)
        return a

    def span(self, annotation_id: str) -> Annotation:
        found = self.project.recording(REC).find(annotation_id)
        assert found is not None
        return found


def apply_requests(widget: TimelineWidget, project: Project, coder: str = "ana") -> Requests:
    """What the window does with the timeline's requests, reduced to direct project edits."""
    asked = Requests()
    widget.seek_requested.connect(asked.seeks.append)
    widget.selection_changed.connect(asked.selections.append)

    def create(lane: str, start: int, end: int) -> None:
        asked.creates.append((lane, start, end))
        a: Annotation
        if lane == "resolution":
            a = ResolutionStrategy(start_ms=start, end_ms=end, coder=coder)
        else:
            a = Rupture(kind=RuptureKind(lane), start_ms=start, end_ms=end, coder=coder)
        project.add_annotation(REC, a)

    def move(annotation_id: str, start: int, end: int) -> None:
        asked.moves.append((annotation_id, start, end))
        project.move_annotation(REC, annotation_id, start, end)

    widget.create_requested.connect(create)
    widget.move_requested.connect(move)
    return asked


def make_bench(qtbot: QtBot) -> Bench:
    """A timeline on a 10-minute, 25 fps recording, showing its first minute at 1000 x 260."""
    project = empty_project(coders=("ana", "ben"), duration_ms=600_000)
    widget = TimelineWidget(project)
    qtbot.addWidget(widget)
    widget.resize(1000, 260)
    widget.set_recording(REC)
    widget.set_current_coder("ana")
    widget.show()
    qtbot.waitExposed(widget)
    widget.view_window().set_range(0, 60_000)
    return Bench(widget, project, apply_requests(widget, project))


@pytest.fixture
def bench(qtbot: QtBot) -> Bench:
    return make_bench(qtbot)


def near(ms: int, target: float, tolerance: float) -> bool:
    return abs(ms - target) <= tolerance


# -- create ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lane", ["withdrawal", "confrontation", "resolution"])
def test_dragging_in_a_lane_creates_a_span_there(bench: Bench, lane: str) -> None:
    y = bench.lane_y(lane)
    bench.drag(QPoint(bench.x(10_000), y), QPoint(bench.x(14_000), y))
    assert len(bench.asked.creates) == 1
    got_lane, start, end = bench.asked.creates[0]
    assert got_lane == lane
    px = bench.ms_per_px()
    assert near(start, 10_000, px + FRAME) and near(end, 14_000, px + FRAME)
    assert start % FRAME == 0 and end % FRAME == 0, "drags snap to frames"
    rec = bench.project.recording(REC)
    made = rec.annotations()
    assert len(made) == 1 and (made[0].start_ms, made[0].end_ms) == (start, end)
    if lane == "resolution":
        assert isinstance(made[0], ResolutionStrategy)
    else:
        assert isinstance(made[0], Rupture) and made[0].kind == lane


def test_dragging_leftwards_creates_the_same_span(bench: Bench) -> None:
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(14_000), y), QPoint(bench.x(10_000), y))
    ((_, start, end),) = bench.asked.creates
    assert start < end and near(start, 10_000, bench.ms_per_px() + FRAME)


def test_a_click_in_an_empty_lane_creates_nothing_and_clears_the_selection(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=2_000, end_ms=5_000, coder="ana"))
    bench.widget.set_selected(r.id)
    bench.click(QPoint(bench.x(30_000), bench.lane_y("withdrawal")))
    assert bench.asked.creates == []
    assert bench.asked.selections == [None]
    assert bench.widget.selected_id() is None


def test_escape_cancels_a_drag(bench: Bench) -> None:
    w, y = bench.widget, bench.lane_y("confrontation")
    QTest.mousePress(
        w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(bench.x(5_000), y)
    )
    QTest.mouseMove(w, QPoint(bench.x(8_000), y))
    QTest.keyClick(w, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(bench.x(9_000), y)
    )
    assert bench.asked.creates == []
    assert bench.project.recording(REC).annotations() == []


# -- resize and move ---------------------------------------------------------------------------
def test_dragging_the_end_edge_resizes_the_span(bench: Bench) -> None:
    r = bench.add(
        Rupture(kind=RuptureKind.CONFRONTATION, start_ms=10_000, end_ms=20_000, coder="ana")
    )
    y = bench.lane_y("confrontation")
    bench.drag(QPoint(bench.x(20_000) - 1, y), QPoint(bench.x(25_000), y))
    ((rid, start, end),) = bench.asked.moves
    assert rid == r.id and start == 10_000
    assert near(end, 25_000, bench.ms_per_px() + FRAME) and end % FRAME == 0
    assert (bench.span(r.id).start_ms, bench.span(r.id).end_ms) == (10_000, end)


def test_dragging_the_start_edge_resizes_the_span(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=20_000, coder="ana"))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(10_000) + 1, y), QPoint(bench.x(6_000), y))
    span = bench.span(r.id)
    assert span.end_ms == 20_000 and near(span.start_ms, 6_000, bench.ms_per_px() + FRAME)


def test_an_edge_cannot_cross_the_other_edge(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=20_000, coder="ana"))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(20_000) - 1, y), QPoint(bench.x(2_000), y))
    span = bench.span(r.id)
    assert (span.start_ms, span.end_ms) == (10_000, 10_000 + FRAME), "at least one frame remains"


def test_dragging_the_body_moves_the_span_keeping_its_length(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ana"))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(12_000), y), QPoint(bench.x(22_000), y))
    span = bench.span(r.id)
    assert span.end_ms - span.start_ms == 4_000
    assert near(span.start_ms, 20_000, bench.ms_per_px() + FRAME) and span.start_ms % FRAME == 0
    assert bench.asked.moves == [(r.id, span.start_ms, span.end_ms)]
    assert bench.widget.selected_id() == r.id


def test_a_span_dragged_before_the_session_start_stops_at_zero(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=3_000, end_ms=6_000, coder="ana"))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(4_500), y), QPoint(bench.x(0) + 2, y))
    span = bench.span(r.id)
    assert (span.start_ms, span.end_ms) == (0, 3_000)


def test_a_moved_span_is_found_at_its_new_place(bench: Bench) -> None:
    """The lane index follows the change events: the next gesture hits the span where it is."""
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ana"))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(12_000), y), QPoint(bench.x(32_000), y))
    moved = bench.span(r.id)
    bench.drag(QPoint(bench.x(moved.end_ms) - 1, y), QPoint(bench.x(moved.end_ms + 3_000), y))
    assert bench.span(r.id).start_ms == moved.start_ms
    assert bench.span(r.id).end_ms > moved.end_ms + 2_000
    # the old place is empty now: a drag there creates a new span
    bench.drag(QPoint(bench.x(10_500), y), QPoint(bench.x(13_000), y))
    assert len(bench.asked.creates) == 1


def test_a_refused_move_leaves_the_span_where_it_was(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ana"))
    bench.widget.move_requested.disconnect()
    moved: list[tuple[str, int, int]] = []
    bench.widget.move_requested.connect(lambda *args: moved.append(args))
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(12_000), y), QPoint(bench.x(30_000), y))
    assert len(moved) == 1
    assert bench.span(r.id).start_ms == 10_000
    assert bench.widget.span_rect(r.id) is not None
    assert abs(bench.widget.span_rect(r.id).left() - bench.x(10_000)) <= 1  # type: ignore[union-attr]


# -- select and seek ---------------------------------------------------------------------------
def test_clicking_a_span_selects_it_and_seeks_to_its_start(bench: Bench) -> None:
    r = bench.add(
        Rupture(kind=RuptureKind.CONFRONTATION, start_ms=10_000, end_ms=14_000, coder="ana")
    )
    bench.click(QPoint(bench.x(12_000), bench.lane_y("confrontation")))
    assert bench.asked.selections == [r.id]
    assert bench.asked.seeks == [10_000]
    assert bench.asked.moves == []


def test_clicking_a_span_does_not_seek_when_the_setting_is_off(bench: Bench) -> None:
    r = bench.add(ResolutionStrategy(start_ms=10_000, end_ms=14_000, coder="ana"))
    bench.widget.set_select_seeks(False)
    bench.click(QPoint(bench.x(12_000), bench.lane_y("resolution")))
    assert bench.asked.selections == [r.id]
    assert bench.asked.seeks == []


def test_clicking_the_ruler_seeks_to_the_frame_under_the_pointer(bench: Bench) -> None:
    bench.click(QPoint(bench.x(33_333), bench.ruler_y()))
    (ms,) = bench.asked.seeks
    assert near(ms, 33_333, bench.ms_per_px() + FRAME) and ms % FRAME == 0


def test_dragging_on_the_ruler_scrubs(bench: Bench) -> None:
    y = bench.ruler_y()
    bench.drag(QPoint(bench.x(5_000), y), QPoint(bench.x(25_000), y), steps=5)
    seeks = bench.asked.seeks
    assert len(seeks) >= 5
    assert seeks == sorted(seeks)
    assert near(seeks[-1], 25_000, bench.ms_per_px() + FRAME)
    assert bench.asked.creates == [] and bench.asked.moves == []


def test_another_coders_span_is_neither_shown_nor_hit_when_filtered_out(bench: Bench) -> None:
    theirs = bench.add(
        Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ben")
    )
    bench.widget.set_coder_filter({"ana"})
    assert bench.widget.span_rect(theirs.id) is None
    y = bench.lane_y("withdrawal")
    bench.drag(QPoint(bench.x(11_000), y), QPoint(bench.x(13_000), y))
    assert bench.asked.moves == [] and len(bench.asked.creates) == 1
    assert bench.span(theirs.id).start_ms == 10_000


def test_each_coder_gets_a_row_and_a_drag_moves_only_the_span_in_that_row(bench: Bench) -> None:
    mine = bench.add(
        Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ana")
    )
    theirs = bench.add(
        Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ben")
    )
    mine_rect, theirs_rect = bench.widget.span_rect(mine.id), bench.widget.span_rect(theirs.id)
    assert mine_rect is not None and theirs_rect is not None
    assert mine_rect.bottom() < theirs_rect.top(), "one row per coder, in the project's order"
    y = theirs_rect.center().y()
    bench.drag(QPoint(bench.x(12_000), y), QPoint(bench.x(16_000), y))
    assert bench.span(mine.id).start_ms == 10_000
    assert bench.span(theirs.id).start_ms != 10_000


def test_a_span_thinner_than_a_pixel_can_still_be_clicked(bench: Bench) -> None:
    bench.widget.view_window().show_all()  # 10 minutes: about 0.7 s per pixel
    r = bench.add(
        Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=300_000, end_ms=300_200, coder="ana")
    )
    bench.click(QPoint(bench.x(300_100) + 2, bench.lane_y("withdrawal")))
    assert bench.asked.selections == [r.id]
    assert bench.asked.creates == []
