"""A span begun with W/C/R shows on the timeline at once, growing with the playhead until the
second press; the status hint that asked for that press goes when the span is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.timeline import TimelineWidget
from tests.factories import codebook
from tests.gui.conftest import OpenWindow
from tests.gui.test_timeline_open_span import tinted


def one_minute_project() -> Project:
    project = Project(codebook=codebook())
    project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    return project


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    w = open_window(one_minute_project())
    w.splitter.setSizes([500, 300])  # a timeline tall enough to look at its lanes
    w.timeline.view_window().show_all()
    return w


def lane_colour(timeline: TimelineWidget, lane: str) -> QColor:
    return QColor(timeline.scene.lane_color(lane))


def test_first_press_draws_the_span_up_to_the_playhead(window: MainWindow) -> None:
    timeline, player = window.timeline, window.player
    player.seek(10_000)
    QTest.keyClick(window, Qt.Key.Key_W)
    assert timeline.scene.pending == {"withdrawal": 10_000}
    assert timeline.pending_rect("confrontation") is None
    player.seek(25_000)
    rect = timeline.pending_rect("withdrawal")
    assert rect is not None
    lay = timeline.current_layout()
    assert abs(rect.left() - lay.x_of(10_000)) <= 1 and abs(rect.right() - lay.x_of(25_000)) <= 2
    assert lay.lane_rect("withdrawal").contains(rect.center())
    image = timeline.grab().toImage()
    assert tinted(image, rect, lane_colour(timeline, "withdrawal")) > 0.6
    before = rect.width()
    player.seek(40_000)  # it grows with the playhead
    grown = timeline.pending_rect("withdrawal")
    assert grown is not None and grown.width() > before * 1.5
    image = timeline.grab().toImage()
    assert tinted(image, grown, lane_colour(timeline, "withdrawal")) > 0.6


def test_second_press_ends_it_and_clears_the_hint(window: MainWindow) -> None:
    timeline, player = window.timeline, window.player
    player.seek(10_000)
    QTest.keyClick(window, Qt.Key.Key_W)
    assert "press W again" in window.statusBar().currentMessage()
    player.seek(25_000)
    QTest.keyClick(window, Qt.Key.Key_W)
    assert window.statusBar().currentMessage() == ""
    assert timeline.scene.pending == {} and timeline.pending_rect("withdrawal") is None
    assert window.coding is not None and window.coding.selected_id is not None
    rect = timeline.span_rect(window.coding.selected_id)
    assert rect is not None and abs(rect.left() - timeline.current_layout().x_of(10_000)) <= 1


def test_each_lane_has_its_own_open_span_and_esc_drops_them(window: MainWindow) -> None:
    timeline, player = window.timeline, window.player
    player.seek(5_000)
    QTest.keyClick(window, Qt.Key.Key_C)
    player.seek(8_000)
    QTest.keyClick(window, Qt.Key.Key_R)
    player.seek(20_000)
    confrontation = timeline.pending_rect("confrontation")
    resolution = timeline.pending_rect("resolution")
    assert confrontation is not None and resolution is not None
    lay = timeline.current_layout()
    assert lay.lane_rect("confrontation").contains(confrontation.center())
    assert lay.lane_rect("resolution").contains(resolution.center())
    image = timeline.grab().toImage()
    for lane, rect in (("confrontation", confrontation), ("resolution", resolution)):
        assert tinted(image, rect, lane_colour(timeline, lane)) > 0.6
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert timeline.scene.pending == {}
    assert window.statusBar().currentMessage() == ""
    assert window.document is not None and window.document.recording is not None
    assert window.document.recording.annotations() == []
