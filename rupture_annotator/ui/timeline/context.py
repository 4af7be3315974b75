"""What every painter of the timeline shares: the data, the geometry, the fonts, and where a
span or a link is drawn."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainterPath

from rupture_annotator.domain.annotations import Annotation
from rupture_annotator.ui.timeline import style
from rupture_annotator.ui.timeline.layout import Row, TimelineLayout
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.span_index import SpanTrack, lane_of
from rupture_annotator.ui.timeline.state import PaintState
from rupture_annotator.ui.timeline.text import TextFitter

ROW_INSET = 3.0  # a span's box leaves this much of its row free above and below


class PaintContext:
    def __init__(
        self, scene: TimelineScene, layout: TimelineLayout, state: PaintState, base_font: QFont
    ) -> None:
        self.scene, self.layout, self.state = scene, layout, state
        self.font = style.font(base_font, -0.5)
        self.small = style.font(base_font, -1.5)
        self.bold = style.font(base_font, 0, bold=True)
        self.small_text = TextFitter(self.small)
        self.small_bold = style.font(base_font, -1.5, bold=True)
        self.small_bold_text = TextFitter(self.small_bold)

    def tracks_of(self, row: Row) -> list[SpanTrack]:
        coders = [row.coder] if row.coder is not None else self.state.coder_filter
        return list(self.scene.index.tracks(row.lane, coders))

    def span_rect(
        self, a: Annotation, start_ms: float | None = None, end_ms: float | None = None
    ) -> QRectF | None:
        """Where a span is drawn (at other times if given), or None when its row is hidden."""
        row = self.layout.row_of(lane_of(a), a.coder)
        if row is None or not self.state.shows_coder(a.coder):
            return None
        start = a.start_ms if start_ms is None else start_ms
        return self.rect_in(row, start, a.end_ms if end_ms is None else end_ms)

    def rect_in(self, row: Row, start_ms: float, end_ms: float) -> QRectF:
        lay = self.layout
        lo, hi = lay.plot_left - lay.plot_width, lay.plot_right + lay.plot_width
        x0, x1 = clamp(lay.x_of(start_ms), lo, hi), clamp(lay.x_of(end_ms), lo, hi)
        if x1 - x0 < 2:
            x0, x1 = (x0 + x1) / 2 - 1, (x0 + x1) / 2 + 1
        return QRectF(x0, row.top + ROW_INSET, x1 - x0, max(3.0, row.height - 2 * ROW_INSET))

    def add_link(self, path: QPainterPath, rupture_id: str, strategy_id: str) -> bool:
        """Add a curve from a rupture's lower edge to the upper edge of the strategy addressing
        it; False when either is not shown."""
        scene, lay, state = self.scene, self.layout, self.state
        rupture, strategy = scene.spans.get(rupture_id), scene.spans.get(strategy_id)
        if rupture is None or strategy is None:
            return False
        if not (state.shows_coder(rupture.coder) and state.shows_coder(strategy.coder)):
            return False
        if state.hidden_id in (rupture.id, strategy.id):
            return False
        r_row = lay.row_of(lane_of(rupture), rupture.coder)
        s_row = lay.row_of("resolution", strategy.coder)
        if r_row is None or s_row is None:
            return False
        # a partner far out of view is only pointed at: a curve's cost grows with its length
        lo, hi = lay.plot_left - 40, lay.plot_right + 40
        xr = clamp(lay.x_of((rupture.start_ms + rupture.end_ms) / 2), lo, hi)
        xs = clamp(lay.x_of((strategy.start_ms + strategy.end_ms) / 2), lo, hi)
        yr, ys = r_row.bottom - ROW_INSET, s_row.top + ROW_INSET
        bend = (ys - yr) * 0.55
        path.moveTo(xr, yr)
        path.cubicTo(xr, yr + bend, xs, ys - bend, xs, ys)
        return True


def clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))
