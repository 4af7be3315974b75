"""The timeline's view: zoom and scroll, the overview, the playhead, hover, change events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.ui.timeline import TimelineWidget, style
from rupture_annotator.ui.timeline.painting import EMPTY_HINT
from tests.factories import big_project, empty_project
from tests.gui.test_timeline_gestures import REC, Bench, apply_requests, make_bench


@pytest.fixture
def bench(qtbot: QtBot) -> Bench:
    return make_bench(qtbot)


def wheel(widget: TimelineWidget, pos: QPoint, notches: float, ctrl: bool) -> None:
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, round(120 * notches)),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


# -- zoom and scroll ---------------------------------------------------------------------------
def test_ctrl_wheel_zooms_in_around_the_pointer(bench: Bench) -> None:
    view = bench.widget.view_window()
    view.set_range(100_000, 60_000)
    x = bench.x(120_000)
    wheel(bench.widget, QPoint(x, bench.lane_y("withdrawal")), 3, ctrl=True)
    assert view.span_ms < 60_000 / 1.9
    assert abs(bench.widget.current_layout().ms_at(x) - 120_000) < 1, (
        "the time under the pointer stays"
    )


def test_zoom_stops_at_a_few_frames_and_at_the_whole_session(bench: Bench) -> None:
    view, pos = bench.widget.view_window(), QPoint(bench.x(30_000), bench.lane_y("resolution"))
    for _ in range(40):
        wheel(bench.widget, pos, 1, ctrl=True)
    assert view.span_ms == pytest.approx(4 * 40)
    assert view.contains(30_000)
    for _ in range(60):
        wheel(bench.widget, pos, -1, ctrl=True)
    assert (view.start_ms, view.span_ms) == (0, 600_000)


def test_the_wheel_alone_scrolls_and_stops_at_the_ends(bench: Bench) -> None:
    view = bench.widget.view_window()
    pos = QPoint(bench.x(30_000), bench.lane_y("withdrawal"))
    wheel(bench.widget, pos, -2, ctrl=False)
    assert view.start_ms > 0 and view.span_ms == 60_000
    for _ in range(100):
        wheel(bench.widget, pos, -2, ctrl=False)
    assert view.end_ms == 600_000


def test_pressing_the_overview_brings_that_time_into_view(bench: Bench) -> None:
    lay = bench.widget.current_layout()
    x = round(lay.overview_x_of(450_000))
    bench.click(QPoint(x, round(lay.overview.center().y())))
    view = bench.widget.view_window()
    assert view.contains(450_000) and abs(view.start_ms + view.span_ms / 2 - 450_000) < 2_000
    assert bench.asked.seeks == [], "the overview moves the view, not the video"


def test_dragging_the_overview_window_scrolls(bench: Bench) -> None:
    lay, view = bench.widget.current_layout(), bench.widget.view_window()
    y = round(lay.overview.center().y())
    start = QPoint(round(lay.overview_x_of(30_000)), y)
    bench.drag(start, QPoint(round(lay.overview_x_of(330_000)), y))
    assert abs(view.start_ms - 300_000) < 2_000 and view.span_ms == 60_000


# -- playhead ----------------------------------------------------------------------------------
def test_the_playhead_pages_the_view_when_it_leaves_it(bench: Bench) -> None:
    view = bench.widget.view_window()
    bench.widget.set_playhead(30_000)
    assert view.start_ms == 0
    bench.widget.set_playhead(61_000)
    assert view.contains(61_000) and view.start_ms > 55_000
    bench.widget.set_playhead(400_000)
    assert view.contains(400_000)
    assert bench.asked.seeks == [], "following the video never asks the video to move"


def test_the_playhead_stays_put_while_a_gesture_runs(bench: Bench) -> None:
    w, view, y = bench.widget, bench.widget.view_window(), bench.lane_y("withdrawal")
    QTest.mousePress(
        w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(bench.x(5_000), y)
    )
    QTest.mouseMove(w, QPoint(bench.x(9_000), y))
    w.set_playhead(200_000)
    assert view.start_ms == 0
    QTest.mouseRelease(
        w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(bench.x(9_000), y)
    )
    assert len(bench.asked.creates) == 1


# -- what the widget shows ---------------------------------------------------------------------
def test_hovering_a_span_shows_its_markers_significance_and_note(bench: Bench) -> None:
    r = bench.add(
        Rupture(
            kind=RuptureKind.WITHDRAWAL,
            start_ms=10_000,
            end_ms=14_000,
            coder="ana",
            marker_ids=("wd_minimal_response", "wd_deferential"),
            significance=4,
            note="Shrugs & looks away <twice>",
        )
    )
    pos = QPoint(bench.x(12_000), bench.lane_y("withdrawal"))
    text = bench.widget.tooltip_at(QPointF(pos))
    assert text is not None
    assert "Minimal response" in text and "Deferential and appeasing" in text
    assert "4 — Considerable impact" in text
    assert "Shrugs &amp; looks away &lt;twice&gt;" in text, "the note is shown, escaped"
    event = QHelpEvent(QEvent.Type.ToolTip, pos, bench.widget.mapToGlobal(pos))
    QApplication.sendEvent(bench.widget, event)
    assert "Minimal response" in QToolTip.text()
    assert r.id in bench.widget.scene.spans


def test_a_strategy_tooltip_names_the_rupture_it_addresses(bench: Bench) -> None:
    r = bench.add(
        Rupture(kind=RuptureKind.CONFRONTATION, start_ms=5_000, end_ms=8_000, coder="ana")
    )
    bench.add(
        ResolutionStrategy(
            start_ms=9_000,
            end_ms=12_000,
            coder="ana",
            strategy_ids=("rs_clarify",),
            rupture_id=r.id,
            resolution=5,
        )
    )
    text = bench.widget.tooltip_at(QPointF(bench.x(10_500), bench.lane_y("resolution")))
    assert text is not None and "Clarifies misunderstanding" in text
    assert "confrontation rupture at 0:00:05" in text and "Fully resolved" in text


def test_the_segment_band_tells_whether_the_coder_rated_the_segment(bench: Bench) -> None:
    w = bench.widget
    w.view_window().show_all()
    lay = w.current_layout()
    y = lay.segments.center().y()
    assert "not rated" in (w.tooltip_at(QPointF(lay.x_of(100_000), y)) or "")
    bench.project.set_segment_rating(REC, SegmentRating(segment_index=0, coder="ana", values={}))
    text = w.tooltip_at(QPointF(lay.x_of(100_000), y)) or ""
    assert "Segment 1" in text and "rated by ana" in text and "not rated" not in text
    assert 0 in w.scene.rated_segments({"ana"})


def test_edits_from_elsewhere_are_followed(bench: Bench) -> None:
    w = bench.widget
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=14_000, coder="ana"))
    s = bench.add(ResolutionStrategy(start_ms=15_000, end_ms=18_000, coder="ana", rupture_id=r.id))
    w.set_selected(r.id)
    assert w.scene.addressed_by == {r.id: {s.id}}
    bench.project.move_annotation(REC, r.id, 30_000, 34_000)
    rect = w.span_rect(r.id)
    assert rect is not None and abs(rect.left() - bench.x(30_000)) <= 1
    bench.project.remove_annotation(REC, r.id)
    assert w.span_rect(r.id) is None and w.selected_id() is None
    assert w.scene.addressed_by == {}, "removing a rupture unlinks its strategies"
    assert bench.asked.selections == [], "nothing echoes back as a user selection"


def test_edits_to_another_recording_are_ignored(qtbot: QtBot) -> None:
    project = big_project(30, n_media=2)
    w = TimelineWidget(project)
    qtbot.addWidget(w)
    w.set_recording("rec00")
    before = dict(w.scene.spans)
    other = project.recording("rec01").ruptures[0]
    project.move_annotation("rec01", other.id, 1_000, 2_000)
    assert w.scene.spans == before and len(before) == 15


def test_set_selected_does_not_emit(bench: Bench) -> None:
    r = bench.add(Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=1_000, end_ms=2_000, coder="ana"))
    bench.widget.set_selected(r.id)
    assert bench.widget.selected_id() == r.id and bench.asked.selections == []
    bench.widget.set_selected("no-such-span")
    assert bench.widget.selected_id() is None


def test_no_recording_paints_a_hint_and_ignores_gestures(qtbot: QtBot) -> None:
    project = empty_project()
    w = TimelineWidget(project)
    qtbot.addWidget(w)
    w.resize(600, 200)
    w.show()
    qtbot.waitExposed(w)
    asked = apply_requests(w, project)
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 10))
    assert asked.seeks == [] and asked.creates == []
    image = w.grab().toImage()
    assert (image.width(), image.height()) == (600, 200)
    # Only the hint is painted: every pixel that is not the background lies in one line of
    # text, centred, as wide as the hint's words in the timeline's font, in the hint's colour.
    inked = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y) != style.BACKGROUND
    ]
    assert inked, "nothing painted over the background"
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    metrics = QFontMetrics(style.font(w.font(), -0.5))
    width = metrics.horizontalAdvance(EMPTY_HINT)
    assert abs((right - left + 1) - width) <= 4, (left, right, width)
    assert abs((left + right) / 2 - 300) <= 3 and abs((top + bottom) / 2 - 100) <= metrics.height()
    assert bottom - top < metrics.height() + 2, "one line of text, no lanes or ruler"
    darkest = min(inked, key=lambda p: image.pixelColor(*p).lightness())
    assert image.pixelColor(*darkest) == style.EMPTY_TEXT
    assert w.tooltip_at(QPointF(300, 100)) is None


@pytest.mark.parametrize("span_ms", [3 * 3_600_000, 1_800_000, 300_000, 10_000, 160])
def test_a_dense_session_paints_at_every_zoom(qtbot: QtBot, span_ms: int) -> None:
    project = big_project(3_000, n_media=1)
    w = TimelineWidget(project)
    qtbot.addWidget(w)
    w.resize(900, 240)
    w.set_recording("rec00")
    w.set_marks(1_000_000, 1_010_000)
    w.set_highlight(1_000_000, 1_020_000)
    w.set_playhead(1_005_000)
    w.view_window().set_range(1_005_000 - span_ms / 3, span_ms)
    w.show()
    qtbot.waitExposed(w)
    image = w.grab().toImage()
    assert image.format() != QImage.Format.Format_Invalid
    lay = w.current_layout()
    # the playhead is drawn where the playhead is
    x = round(lay.x_of(1_005_000))
    colour = image.pixelColor(x, round(lay.lanes.center().y()))
    assert colour.red() > 150 and colour.green() < 90, colour.name()


def test_a_deleted_timeline_stops_listening_to_the_project(qtbot: QtBot) -> None:
    project = empty_project()
    before = len(project._listeners)
    w = TimelineWidget(project)
    w.set_recording(REC)
    assert len(project._listeners) == before + 1
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(project._listeners) == before
    r = Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=0, end_ms=1_000, coder="ana")
    project.add_annotation(REC, r)  # would raise if the dead widget were still called
    assert project.recording(REC).ruptures == [r]
