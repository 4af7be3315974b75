"""Painting the bands around the lanes: the ruler with its marks, the segment band, and the
lane labels on the left."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from rupture_annotator.ui.timeline import style, ticks
from rupture_annotator.ui.timeline.context import PaintContext
from rupture_annotator.ui.timeline.scene import LANE_TITLES
from rupture_annotator.ui.timeline.span_index import LANES

CAPTION = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


def paint_ruler(ctx: PaintContext, p: QPainter) -> None:
    lay, s = ctx.layout, ctx.state
    r = lay.ruler
    band = QRectF(lay.plot_left, r.top(), lay.plot_width, r.height())
    p.fillRect(
        QRectF(lay.plot_left, r.top(), lay.width - lay.plot_left, r.height()),
        style.RULER_BACKGROUND,
    )
    if s.in_ms is not None and s.out_ms is not None:
        lo, hi = lay.x_of(s.in_ms), lay.x_of(s.out_ms)
        p.fillRect(QRectF(lo, r.top(), hi - lo, r.height()).intersected(band), style.MARK_FILL)
    major, minor = ticks.tick_steps(lay.ms_per_px())
    view, bottom = lay.view, r.bottom()
    p.setPen(QPen(style.TICK, 1))
    minor_xs = (lay.x_of(t) for t in ticks.ticks(view.start_ms, view.end_ms, minor))
    p.drawLines([QLineF(x, bottom - 5, x, bottom) for x in minor_xs])
    p.setFont(ctx.small)
    for t in ticks.ticks(view.start_ms - major, view.end_ms, major):
        x = lay.x_of(t)
        if x >= lay.plot_left:
            p.setPen(QPen(style.TICK, 1))
            p.drawLine(QLineF(x, bottom - 11, x, bottom))
        if x + 4 < lay.plot_right and x + 60 > lay.plot_left:
            p.setPen(style.RULER_TEXT)
            p.drawText(QPointF(x + 4, r.top() + 13), ticks.label(t, major))
    _mark_flags(ctx, p)
    p.setPen(QPen(style.LANE_SEPARATOR, 1))
    p.drawLine(QLineF(0, bottom, lay.width, bottom))


def _mark_flags(ctx: PaintContext, p: QPainter) -> None:
    """An I flag left of the in mark, an O flag right of the out mark: apart even when close."""
    lay, s = ctx.layout, ctx.state
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(style.font(ctx.small, 0, bold=True))
    for t, letter, sign in ((s.in_ms, "I", -1), (s.out_ms, "O", 1)):
        if t is None or (not lay.view.contains(t) and t != lay.view.end_ms):
            continue
        x, y = lay.x_of(t), lay.ruler.bottom()
        w, top = 15.0, y - 17.0
        flag = QPainterPath(QPointF(x, y))
        flag.lineTo(x, top)
        flag.lineTo(x + sign * w, top)
        flag.lineTo(x + sign * w, top + 13)
        flag.lineTo(x, top + 13)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.MARK)
        p.drawPath(flag)
        p.setPen(style.color("#ffffff"))
        left = x if sign > 0 else x - w
        p.drawText(QRectF(left, top, w, 13), Qt.AlignmentFlag.AlignCenter, letter)
    p.restore()


def paint_segments(ctx: PaintContext, p: QPainter) -> None:
    """Segment boundaries across the lanes; in the band, each segment's number and whether the
    coder has rated it (a filled dot) or not yet (a ring)."""
    lay, view = ctx.layout, ctx.layout.view
    seg = ctx.scene.codebook.segment_length_ms
    first = int(view.start_ms // seg)
    last = int(min(view.end_ms, view.duration_ms - 1) // seg)
    band = lay.segments
    p.fillRect(QRectF(lay.plot_left, band.top(), lay.plot_width, band.height()), style.SEGMENT_BAND)
    rated = ctx.scene.rated_segments(ctx.state.rating_coders())
    bounds = [lay.x_of(i * seg) for i in range(max(1, first), last + 1)]
    p.setPen(QPen(style.SEGMENT_LINE, 1))
    p.drawLines([QLineF(x, band.top(), x, band.bottom()) for x in bounds])
    p.setPen(QPen(style.SEGMENT_LINE, 1, Qt.PenStyle.DashLine))
    p.drawLines([QLineF(x, lay.lanes.top(), x, lay.lanes.bottom()) for x in bounds])
    fitter = ctx.small_text
    labels: list[tuple[QPointF, str, bool]] = []
    for i in range(first, last + 1):
        left = max(lay.x_of(i * seg), lay.plot_left)
        right = min(lay.x_of(min((i + 1) * seg, view.duration_ms)), lay.plot_right)
        if right - left < 22:
            continue
        text = f"Segment {i + 1}" if right - left > 110 else str(i + 1)
        width = fitter.advance(text) + 14
        centre = QPointF((left + right - width) / 2 + 4, band.center().y())
        labels.append((centre, text, i in rated))
    # a ring as two fills: far cheaper than a stroked circle
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    for centre, _, is_rated in labels:
        p.setBrush(style.RATED if is_rated else style.UNRATED)
        p.drawEllipse(centre, 4.0, 4.0)
        if not is_rated:
            p.setBrush(style.SEGMENT_BAND)
            p.drawEllipse(centre, 2.7, 2.7)
    p.restore()
    p.setFont(ctx.small)
    for centre, text, is_rated in labels:
        p.setPen(style.LABEL_TEXT if is_rated else style.MUTED_TEXT)
        fitter.draw(p, centre.x() + 8, centre.y(), text)
    p.setPen(QPen(style.LANE_SEPARATOR, 1))
    p.drawLine(QLineF(lay.plot_left, band.bottom(), lay.plot_right, band.bottom()))


def paint_labels(ctx: PaintContext, p: QPainter) -> None:
    """The left column: what each band and lane is, and whose row is whose."""
    lay = ctx.layout
    p.fillRect(QRectF(0, 0, lay.plot_left, lay.height), style.LABEL_BACKGROUND)
    p.setPen(QPen(style.LANE_SEPARATOR, 1))
    p.drawLine(QLineF(lay.plot_left - 0.5, 0, lay.plot_left - 0.5, lay.height))
    for y in [lay.lane_rect(lane).top() for lane in LANES[1:]]:
        p.drawLine(QLineF(0, y, lay.plot_left, y))
    for y in (lay.ruler.bottom(), lay.segments.bottom()):
        p.drawLine(QLineF(0, y, lay.plot_left, y))
    p.setFont(ctx.small)
    p.setPen(style.MUTED_TEXT)
    p.drawText(lay.ruler.adjusted(12, 0, 0, 0), CAPTION, f"Time · {_span_text(lay.view.span_ms)}")
    p.drawText(lay.segments.adjusted(12, 0, 0, 0), CAPTION, "Segments")
    overview = QRectF(12, lay.overview.top(), lay.plot_left - 12, lay.overview.height())
    p.drawText(overview, CAPTION, "Whole session")
    bold = QFontMetricsF(ctx.bold)
    for lane in LANES:
        rect = lay.lane_rect(lane)
        colour = style.color(ctx.scene.lane_color(lane))
        p.fillRect(QRectF(0, rect.top() + 1, 4, rect.height() - 1), colour)
        named = [r for r in lay.rows if r.lane == lane and r.coder is not None]
        title_h = bold.height()
        text_w = lay.plot_left - 16
        p.setFont(ctx.bold)
        p.setPen(style.LABEL_TEXT)
        if named and rect.height() >= title_h * (len(named) + 1):
            # room for the title above one coder name per row
            p.drawText(QRectF(12, rect.top() + 3, text_w, title_h), CAPTION, LANE_TITLES[lane])
        else:
            title = bold.elidedText(LANE_TITLES[lane], Qt.TextElideMode.ElideRight, text_w)
            p.drawText(QRectF(12, rect.top(), text_w, rect.height()), CAPTION, title)
            named = []
        p.setFont(ctx.small)
        p.setPen(style.MUTED_TEXT)
        for r in named:
            name = ctx.small_text.fit(r.coder or "", lay.plot_left - 30)
            top = max(r.top, rect.top() + title_h)
            p.drawText(
                QRectF(12, top, lay.plot_left - 20, r.bottom - top),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )


def _span_text(ms: float) -> str:
    if ms >= 3_600_000:
        return f"{ms / 3_600_000:.1f} h"
    if ms >= 60_000:
        return f"{ms / 60_000:.1f} min"
    return f"{ms / 1000:.1f} s" if ms >= 1000 else f"{ms:.0f} ms"
