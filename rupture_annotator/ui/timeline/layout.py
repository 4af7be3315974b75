"""Where things are on the timeline: the bands from top to bottom, the lane rows, x <-> time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QPointF, QRectF

from rupture_annotator.ui.timeline.span_index import LANES
from rupture_annotator.ui.timeline.view_window import ViewWindow

LABEL_WIDTH = 132.0
RIGHT_PAD = 10.0
RULER_HEIGHT = 30.0
SEGMENTS_HEIGHT = 20.0
OVERVIEW_HEIGHT = 22.0
OVERVIEW_GAP = 6.0
MIN_ROW_HEIGHT = 14.0
MIN_TALK_HEIGHT = 12.0


class Region(Enum):
    NONE = auto()
    LABELS = auto()
    RULER = auto()
    SEGMENTS = auto()
    ROW = auto()
    OVERVIEW = auto()
    TRANSCRIPT = auto()
    SOUND = auto()


@dataclass(frozen=True)
class Row:
    """One horizontal track of a lane: one coder's spans, or every coder's when coder is None."""

    lane: str
    coder: str | None
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


class TimelineLayout:
    """The geometry for one widget size and one set of shown coders; reads the view live."""

    def __init__(
        self,
        width: float,
        height: float,
        coders: list[str] | None,
        view: ViewWindow,
        label_width: float = LABEL_WIDTH,
        talk: dict[str, float] | None = None,
    ) -> None:
        self.width, self.height, self.view = width, height, view
        self.coders = coders
        self.plot_left = label_width
        self.plot_right = max(self.plot_left + 10.0, width - RIGHT_PAD)
        self.ruler = QRectF(0, 0, width, RULER_HEIGHT)
        self.segments = QRectF(0, RULER_HEIGHT, width, SEGMENTS_HEIGHT)
        overview_top = height - OVERVIEW_HEIGHT - 2
        self.overview = QRectF(self.plot_left, overview_top, self.plot_width, OVERVIEW_HEIGHT)
        lanes_top = self.segments.bottom()
        talk = dict(talk or {})  # transcript and sound lanes, when shown: squeezed if need be
        room = overview_top - OVERVIEW_GAP - lanes_top - len(LANES) * MIN_ROW_HEIGHT
        if talk and sum(talk.values()) > room:
            share = max(0.0, room) / sum(talk.values())
            talk = {k: max(MIN_TALK_HEIGHT, h * share) for k, h in talk.items()}
        talk_height = sum(talk.values())
        lanes_bottom = max(
            lanes_top + len(LANES) * MIN_ROW_HEIGHT, overview_top - OVERVIEW_GAP - talk_height
        )
        self.lanes = QRectF(0, lanes_top, width, lanes_bottom - lanes_top)
        shown: list[str | None] = list(coders) if coders else [None]
        lane_h = self.lanes.height() / len(LANES)
        self.rows: list[Row] = []
        for i, lane in enumerate(LANES):
            row_h = lane_h / len(shown)
            for j, coder in enumerate(shown):
                self.rows.append(Row(lane, coder, lanes_top + i * lane_h + j * row_h, row_h))
        # under the span lanes: the transcript and sound lanes (name -> rectangle), in order
        self.talk: dict[str, QRectF] = {}
        y = lanes_bottom
        for name, h in talk.items():
            self.talk[name] = QRectF(self.plot_left, y, self.plot_width, h)
            y += h
        self.content_bottom = y  # where the playhead and the time lines end

    @property
    def plot_width(self) -> float:
        return self.plot_right - self.plot_left

    # -- time <-> x ----------------------------------------------------------------------------
    def ms_per_px(self) -> float:
        return self.view.span_ms / self.plot_width

    def x_of(self, ms: float) -> float:
        return self.plot_left + (ms - self.view.start_ms) * self.plot_width / self.view.span_ms

    def ms_at(self, x: float) -> float:
        return self.view.start_ms + (x - self.plot_left) * self.view.span_ms / self.plot_width

    def overview_x_of(self, ms: float) -> float:
        return self.plot_left + ms * self.plot_width / self.view.duration_ms

    def overview_ms_at(self, x: float) -> float:
        return (x - self.plot_left) * self.view.duration_ms / self.plot_width

    # -- places --------------------------------------------------------------------------------
    def lane_rect(self, lane: str) -> QRectF:
        rows = [r for r in self.rows if r.lane == lane]
        top, bottom = rows[0].top, rows[-1].bottom
        return QRectF(self.plot_left, top, self.plot_width, bottom - top)

    def row_of(self, lane: str, coder: str | None) -> Row | None:
        for r in self.rows:
            if r.lane == lane and (r.coder is None or r.coder == coder):
                return r
        return None

    def region_at(self, pos: QPointF) -> tuple[Region, Row | None]:
        x, y = pos.x(), pos.y()
        if self.overview.contains(pos):
            return Region.OVERVIEW, None
        if x < self.plot_left or x > self.plot_right:
            return (Region.LABELS, self._row_at(y)) if x < self.plot_left else (Region.NONE, None)
        if y < self.ruler.bottom():
            return Region.RULER, None
        if y < self.segments.bottom():
            return Region.SEGMENTS, None
        for name, rect in self.talk.items():
            if rect.top() <= y < rect.bottom():
                return (Region.TRANSCRIPT if name == "transcript" else Region.SOUND), None
        row = self._row_at(y)
        return (Region.ROW, row) if row is not None else (Region.NONE, None)

    def _row_at(self, y: float) -> Row | None:
        for r in self.rows:
            if r.top <= y < r.bottom:
                return r
        return None
