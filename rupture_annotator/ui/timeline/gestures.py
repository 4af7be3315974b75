"""Each mouse gesture on the timeline is its own small object.

The widget picks one on press (pick_gesture), feeds it moves, and lets it finish on release. A
gesture never edits the project: it shows a preview while dragging and, when it ends, asks the
host to emit a request (seek, create, move) that the window turns into an undoable command.
"""

from __future__ import annotations

from typing import Literal, Protocol

from PySide6.QtCore import QPointF, Qt

from rupture_annotator.domain.annotations import Annotation
from rupture_annotator.ui.timeline.layout import Region, Row, TimelineLayout
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.span_index import lane_of
from rupture_annotator.ui.timeline.state import Preview
from rupture_annotator.ui.timeline.view_window import ViewWindow

DRAG_PX = 3.0  # below this a press-release is a click
EDGE_PX = 5.0  # how close to a span's edge grabs the edge instead of the body
SLIVER_GRAB_PX = 3.0  # how near a span too thin to hit still counts as on it

Part = Literal["start", "end", "body"]


class GestureHost(Protocol):
    """What a gesture may use of the widget."""

    scene: TimelineScene

    def current_layout(self) -> TimelineLayout: ...
    def view_window(self) -> ViewWindow: ...
    def snap(self, ms: float) -> int: ...
    def min_span_ms(self) -> int: ...
    def selected_id(self) -> str | None: ...
    def coder_filter(self) -> set[str] | None: ...
    def request_seek(self, ms: int) -> None: ...
    def request_create(self, lane: str, start_ms: int, end_ms: int) -> None: ...
    def request_move(self, annotation_id: str, start_ms: int, end_ms: int) -> None: ...
    def select(self, annotation_id: str | None) -> None: ...
    def click_span(self, annotation_id: str) -> None: ...
    def show_preview(self, preview: Preview | None, hidden_id: str | None = None) -> None: ...


class Gesture:
    """A press, some moves, a release. Subclasses override drag/finish/click."""

    cursor = Qt.CursorShape.ArrowCursor
    drag_cursor = Qt.CursorShape.ArrowCursor
    autoscrolls = False  # dragging past an edge of the lanes scrolls the view

    def __init__(self, host: GestureHost, pos: QPointF) -> None:
        self.host, self.press, self.pos = host, QPointF(pos), QPointF(pos)
        self.dragged = False

    def move(self, pos: QPointF) -> None:
        self.pos = QPointF(pos)
        if (
            not self.dragged
            and abs(pos.x() - self.press.x()) + abs(pos.y() - self.press.y()) < DRAG_PX
        ):
            return
        self.dragged = True
        self.drag(pos)

    def release(self, pos: QPointF) -> None:
        self.move(pos)
        if self.dragged:
            self.finish()
        else:
            self.click()

    def cancel(self) -> None:
        self.host.show_preview(None)

    def drag(self, pos: QPointF) -> None:
        pass

    def finish(self) -> None:
        pass

    def click(self) -> None:
        pass


class SeekGesture(Gesture):
    """Press or drag on the ruler: scrub the video to the time under the pointer."""

    cursor = drag_cursor = Qt.CursorShape.PointingHandCursor

    def __init__(self, host: GestureHost, pos: QPointF) -> None:
        super().__init__(host, pos)
        self.last: int | None = None
        self._seek(pos)

    def move(self, pos: QPointF) -> None:
        self.pos = QPointF(pos)
        self._seek(pos)

    def release(self, pos: QPointF) -> None:
        self.move(pos)

    def _seek(self, pos: QPointF) -> None:
        ms = self.host.snap(self.host.current_layout().ms_at(pos.x()))
        if ms != self.last:
            self.last = ms
            self.host.request_seek(ms)


class CreateSpanGesture(Gesture):
    """Drag across empty space in a lane: a new span from the press to the release."""

    cursor = drag_cursor = Qt.CursorShape.IBeamCursor
    autoscrolls = True

    def __init__(self, host: GestureHost, pos: QPointF, row: Row) -> None:
        super().__init__(host, pos)
        self.row = row
        self.anchor = host.snap(host.current_layout().ms_at(pos.x()))
        self.span: tuple[int, int] | None = None

    def drag(self, pos: QPointF) -> None:
        here = self.host.snap(self.host.current_layout().ms_at(pos.x()))
        start, end = min(self.anchor, here), max(self.anchor, here)
        self.span = (start, end) if end - start >= self.host.min_span_ms() else None
        preview = None
        if self.span is not None:
            preview = Preview(self.row.lane, self.row.coder, start, end)
        self.host.show_preview(preview)

    def finish(self) -> None:
        self.host.show_preview(None)
        if self.span is not None:
            self.host.request_create(self.row.lane, *self.span)

    def click(self) -> None:
        self.host.select(None)


class _SpanGesture(Gesture):
    """A gesture on one existing span; it selects the span as soon as it is pressed."""

    def __init__(self, host: GestureHost, pos: QPointF, annotation: Annotation) -> None:
        super().__init__(host, pos)
        self.annotation = annotation
        self.span = (annotation.start_ms, annotation.end_ms)
        if host.selected_id() != annotation.id:
            host.select(annotation.id)

    def show(self) -> None:
        a = self.annotation
        preview = Preview(lane_of(a), a.coder, *self.span, annotation_id=a.id)
        self.host.show_preview(preview, hidden_id=a.id)

    def finish(self) -> None:
        self.host.show_preview(None)
        a = self.annotation
        if self.span != (a.start_ms, a.end_ms):
            self.host.request_move(a.id, *self.span)

    def cancel(self) -> None:
        self.host.show_preview(None)

    def click(self) -> None:
        self.host.click_span(self.annotation.id)


class MoveSpanGesture(_SpanGesture):
    """Drag a span's body: it keeps its length and snaps its start to a frame."""

    cursor = Qt.CursorShape.OpenHandCursor
    drag_cursor = Qt.CursorShape.ClosedHandCursor
    autoscrolls = True

    def drag(self, pos: QPointF) -> None:
        lay, a = self.host.current_layout(), self.annotation
        length = a.end_ms - a.start_ms
        delta = lay.ms_at(pos.x()) - lay.ms_at(self.press.x())
        duration = int(self.host.scene.duration_ms)
        start = min(max(0, self.host.snap(a.start_ms + delta)), max(0, duration - length))
        self.span = (start, start + length)
        self.show()


class ResizeSpanGesture(_SpanGesture):
    """Drag a span's start or end edge; the span keeps at least one frame."""

    cursor = drag_cursor = Qt.CursorShape.SizeHorCursor
    autoscrolls = True

    def __init__(
        self, host: GestureHost, pos: QPointF, annotation: Annotation, edge: Literal["start", "end"]
    ) -> None:
        super().__init__(host, pos, annotation)
        self.edge = edge

    def drag(self, pos: QPointF) -> None:
        a, least = self.annotation, self.host.min_span_ms()
        ms = self.host.snap(self.host.current_layout().ms_at(pos.x()))
        if self.edge == "start":
            self.span = (max(0, min(ms, a.end_ms - least)), a.end_ms)
        else:
            duration = int(self.host.scene.duration_ms)
            self.span = (a.start_ms, min(duration, max(ms, a.start_ms + least)))
        self.show()


class OverviewGesture(Gesture):
    """Press or drag on the whole-session strip: move the visible window there."""

    cursor = Qt.CursorShape.OpenHandCursor
    drag_cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, host: GestureHost, pos: QPointF) -> None:
        super().__init__(host, pos)
        view, lay = host.view_window(), host.current_layout()
        ms = lay.overview_ms_at(pos.x())
        # grabbing the window frame keeps the grab point; elsewhere the window centres there
        self.offset = ms - view.start_ms if view.contains(ms) else view.span_ms / 2
        view.scroll_to(ms - self.offset)

    def drag(self, pos: QPointF) -> None:
        lay = self.host.current_layout()
        self.host.view_window().scroll_to(lay.overview_ms_at(pos.x()) - self.offset)


class PanGesture(Gesture):
    """Middle-button drag anywhere: the content follows the pointer."""

    cursor = drag_cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, host: GestureHost, pos: QPointF) -> None:
        super().__init__(host, pos)
        self.start = host.view_window().start_ms

    def drag(self, pos: QPointF) -> None:
        lay = self.host.current_layout()
        shift = (pos.x() - self.press.x()) * lay.ms_per_px()
        self.host.view_window().scroll_to(self.start - shift)


# ---------------------------------------------------------------------------------------------
# choosing a gesture
# ---------------------------------------------------------------------------------------------
def span_at(host: GestureHost, row: Row, x: float) -> tuple[Annotation, Part] | None:
    """The span under x in a row and which part of it; edges win over bodies, and the selected
    span (drawn on top) over the others."""
    lay, scene = host.current_layout(), host.scene
    ms, tolerance = lay.ms_at(x), EDGE_PX * lay.ms_per_px()
    coders = [row.coder] if row.coder is not None else None
    candidates: list[Annotation] = []
    for track in scene.index.tracks(row.lane, coders):
        for pos in track.overlapping(ms - tolerance, ms + tolerance).tolist():
            a = scene.spans.get(track.ids[pos])
            if a is not None and (coders is not None or _shown(host, a)):
                candidates.append(a)
    if not candidates:
        return None
    selected = host.selected_id()
    candidates.sort(key=lambda a: (a.id == selected, a.start_ms))
    best: tuple[float, Annotation, Part] | None = None
    for a in candidates:
        xs, xe = lay.x_of(a.start_ms), lay.x_of(a.end_ms)
        grab = min(EDGE_PX, (xe - xs) / 3)
        edges: tuple[tuple[Part, float], ...] = (("start", xs), ("end", xe))
        for edge, ex in edges:
            d = abs(x - ex)
            if d <= grab and (best is None or d < best[0] or a.id == selected):
                best = (d, a, edge)
    if best is not None:
        return best[1], best[2]
    inside = [a for a in candidates if lay.x_of(a.start_ms) <= x <= lay.x_of(a.end_ms)]
    if inside:
        return inside[-1], "body"

    # a span a few pixels wide is still easy to pick up
    def gap(a: Annotation) -> float:
        return max(lay.x_of(a.start_ms) - x, x - lay.x_of(a.end_ms))

    nearest = min(candidates, key=gap)
    return (nearest, "body") if gap(nearest) <= SLIVER_GRAB_PX else None


def _shown(host: GestureHost, a: Annotation) -> bool:
    coders = host.coder_filter()
    return coders is None or a.coder in coders


def pick_gesture(host: GestureHost, pos: QPointF, button: Qt.MouseButton) -> Gesture | None:
    """The gesture a press at pos starts, or None when the press means nothing there."""
    if host.scene.recording_id is None:
        return None
    if button == Qt.MouseButton.MiddleButton:
        return PanGesture(host, pos)
    if button != Qt.MouseButton.LeftButton:
        return None
    region, row = host.current_layout().region_at(pos)
    if region in (Region.RULER, Region.TRANSCRIPT, Region.SOUND):
        return SeekGesture(host, pos)
    if region is Region.OVERVIEW:
        return OverviewGesture(host, pos)
    if region is Region.ROW and row is not None:
        hit = span_at(host, row, pos.x())
        if hit is None:
            return CreateSpanGesture(host, pos, row)
        a, part = hit
        if part == "body":
            return MoveSpanGesture(host, pos, a)
        return ResizeSpanGesture(host, pos, a, part)
    return None


def hover_cursor(host: GestureHost, pos: QPointF) -> Qt.CursorShape:
    """The cursor that tells what pressing here would do."""
    if host.scene.recording_id is None:
        return Qt.CursorShape.ArrowCursor
    region, row = host.current_layout().region_at(pos)
    if region in (Region.RULER, Region.TRANSCRIPT, Region.SOUND):
        return SeekGesture.cursor
    if region is Region.OVERVIEW:
        return OverviewGesture.cursor
    if region is Region.ROW and row is not None:
        hit = span_at(host, row, pos.x())
        if hit is None:
            return CreateSpanGesture.cursor
        return MoveSpanGesture.cursor if hit[1] == "body" else ResizeSpanGesture.cursor
    return Qt.CursorShape.ArrowCursor
