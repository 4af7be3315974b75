"""The compare view's timeline: one row per coder within each kind's lane, read-only; paired
spans joined by a line, the spans and segments coders disagree on marked in red."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from rupture_annotator.domain.compare import Comparison, Disagreement
from rupture_annotator.domain.project import Project
from rupture_annotator.ui.timeline import TimelineWidget
from rupture_annotator.ui.timeline.gestures import span_at
from rupture_annotator.ui.timeline.layout import Region

PAIR_PEN = QColor(60, 60, 60, 170)
KIND_PAIR_PEN = QColor(200, 40, 40, 200)
DISAGREE = QColor(214, 39, 40)
CURRENT = QColor(255, 170, 0)


class CompareTimeline(TimelineWidget):
    """Shows every coder of a merged, read-only project; clicking a span selects it and seeks."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self._comparison: Comparison | None = None
        self._current: Disagreement | None = None
        self.setAccessibleName(self.tr("Compare timeline"))

    def set_comparison(self, comparison: Comparison, coders: list[str]) -> None:
        self._comparison = comparison
        self.set_coder_filter(set(coders))
        self.update()

    def set_current(self, disagreement: Disagreement | None) -> None:
        self._current = disagreement
        self.update()

    # -- read-only: a press selects and seeks, nothing is dragged ---------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        lay = self.current_layout()
        region, row = lay.region_at(event.position())
        if region is Region.ROW and row is not None:
            hit = span_at(self, row, event.position().x())
            if hit is not None:
                self.select(hit[0].id)
                self.request_seek(hit[0].start_ms)
                return
        if region in (Region.RULER, Region.SEGMENTS, Region.ROW):
            self.request_seek(self.snap(lay.ms_at(event.position().x())))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        comparison = self._comparison
        if comparison is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        lay = self.current_layout()
        p.setClipRect(QRectF(lay.plot_left, 0, lay.plot_width, lay.overview.top()))
        for pair in comparison.pairs:
            a, b = self.span_rect(pair.first_id), self.span_rect(pair.second_id)
            if a is None or b is None:
                continue
            pen = QPen(KIND_PAIR_PEN if pair.kind_differs else PAIR_PEN, 1.6)
            pen.setStyle(Qt.PenStyle.DashLine if pair.kind_differs else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            upper, lower = (a, b) if a.top() <= b.top() else (b, a)
            p.drawLine(
                QPointF(upper.center().x(), upper.bottom()),
                QPointF(lower.center().x(), lower.top()),
            )
        for d in comparison.disagreements:
            self._mark(p, d, d is self._current or d == self._current)
        p.end()

    def _mark(self, p: QPainter, d: Disagreement, current: bool) -> None:
        lay = self.current_layout()
        color = CURRENT if current else DISAGREE
        p.setPen(QPen(color, 2.5 if current else 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        drawn = False
        for span_id in d.span_ids:
            rect = self.span_rect(span_id) if span_id is not None else None
            if rect is not None:
                p.drawRect(QRectF(rect).adjusted(-1.5, -1.5, 1.5, 1.5))
                drawn = True
        x0, x1 = lay.x_of(d.start_ms), lay.x_of(d.end_ms)
        if d.segment_index is not None or not drawn:
            band = lay.segments
            p.fillRect(QRectF(x0, band.bottom() - 5, max(2.0, x1 - x0), 5), color)
        # a tick on the ruler: every disagreement can be found at a glance
        p.setBrush(color)
        top = lay.ruler.bottom() - 8
        p.drawPolygon([QPointF(x0 - 5, top), QPointF(x0 + 5, top), QPointF(x0, top + 7)])
