"""The timeline's segment band spells out each segment's ratings ("W3 C1"), marks a kind with
ruptures but no rating with an orange badge ("C?"), and starts at the recording's segment
origin."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.ui.timeline import TimelineWidget, style
from rupture_annotator.ui.timeline.bands import segment_chips
from tests.factories import empty_project

MIN = 60_000
REC = "rec1"


def make_timeline(qtbot: QtBot) -> TimelineWidget:
    """20 minutes, four segments: 1 rated W3 C1; 2 with an unrated-for confrontation rupture;
    3 with a withdrawal rupture and a rating of it; 4 empty."""
    project = empty_project(coders=("ana", "ben"), duration_ms=20 * MIN)
    for start, kind in (
        (1 * MIN, RuptureKind.WITHDRAWAL),
        (7 * MIN, RuptureKind.CONFRONTATION),
        (11 * MIN, RuptureKind.WITHDRAWAL),
    ):
        project.add_annotation(
            REC, Rupture(kind=kind, start_ms=start, end_ms=start + 5_000, coder="ana")
        )
    for index, values in (
        (0, {"wd_significance": 3, "cf_significance": 1}),
        (2, {"wd_significance": 2}),
    ):
        project.set_segment_rating(
            REC, SegmentRating(segment_index=index, coder="ana", values=values)
        )
    widget = TimelineWidget(project)
    qtbot.addWidget(widget)
    widget.resize(1200, 260)
    widget.set_recording(REC)
    widget.set_current_coder("ana")
    widget.show()
    qtbot.waitExposed(widget)
    widget.view_window().show_all()
    return widget


def orange_columns(widget: TimelineWidget) -> list[int]:
    """The x of every column of the segment band with the missing-rating orange in it."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    band = widget.current_layout().segments
    dpr = widget.devicePixelRatioF()
    orange = style.MISSING.rgb()
    return [
        x
        for x in range(image.width())
        if any(
            image.pixel(x, y) == orange
            for y in range(int(band.top() * dpr), int(band.bottom() * dpr))
        )
    ]


def test_the_band_shows_each_segments_ratings_and_what_is_missing(qtbot: QtBot) -> None:
    widget = make_timeline(qtbot)
    ctx = widget._ensure_painter().ctx
    assert segment_chips(ctx, 0, "ana") == [("W3", False), ("C1", False)]
    assert segment_chips(ctx, 1, "ana") == [("C?", True)]
    assert segment_chips(ctx, 2, "ana") == [("W2", False)]
    assert segment_chips(ctx, 3, "ana") == []
    # the orange badge is painted, in segment 2 and nowhere else
    lay = widget.current_layout()
    xs = orange_columns(widget)
    assert xs, "a missing rating shows as an orange badge"
    assert all(lay.x_of(5 * MIN) < x < lay.x_of(10 * MIN) for x in xs)
    # the tooltip names the missing rating
    text = widget.tooltip_at(QPointF(lay.x_of(8 * MIN), lay.segments.center().y())) or ""
    assert "Confrontation significance: missing" in text
    # rating it takes the badge away at once
    widget.scene.project.set_segment_rating(
        REC, SegmentRating(segment_index=1, coder="ana", values={"cf_significance": 4})
    )
    assert segment_chips(ctx, 1, "ana") == [("C4", False)]
    assert orange_columns(widget) == []


def test_the_band_starts_at_the_segment_origin(qtbot: QtBot) -> None:
    widget = make_timeline(qtbot)
    project = widget.scene.project
    project.set_segment_origin(REC, 2 * MIN)
    grid = widget.scene.grid()
    assert grid is not None and grid.bounds(0) == (2 * MIN, 7 * MIN)
    lay = widget.current_layout()
    y = lay.segments.center().y()
    assert "Before the first segment" in (widget.tooltip_at(QPointF(lay.x_of(1 * MIN), y)) or "")
    assert "Segment 2" in (widget.tooltip_at(QPointF(lay.x_of(8 * MIN), y)) or "")
    # segment 2 is now 7:00-12:00: it holds the confrontation at 7:00 and the withdrawal
    # at 11:00, and no rating of either
    ctx = widget._ensure_painter().ctx
    assert segment_chips(ctx, 1, "ana") == [("W?", True), ("C?", True)]
    xs = orange_columns(widget)
    assert xs and all(lay.x_of(7 * MIN) < x < lay.x_of(12 * MIN) for x in xs)
