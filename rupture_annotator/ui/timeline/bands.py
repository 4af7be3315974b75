"""Painting the bands around the lanes: the ruler with its marks, the segment band, and the
lane labels on the left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from rupture_annotator.ui.timeline import style, ticks
from rupture_annotator.ui.timeline.context import PaintContext
from rupture_annotator.ui.timeline.scene import lane_title, scale_code
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


def band_coder(ctx: PaintContext) -> str | None:
    """Whose ratings the band spells out: the current coder, or the one coder shown."""
    coders = ctx.state.rating_coders()
    return next(iter(coders)) if coders is not None and len(coders) == 1 else None


def segment_chips(ctx: PaintContext, index: int, coder: str | None) -> list[tuple[str, bool]]:
    """What the band says of one segment's ratings: ("W3", False) for a rating given,
    ("W?", True) for a kind with ruptures here and no rating (missing)."""
    if coder is None:
        return []
    rows = ctx.scene.segment_rows(coder)
    if index >= len(rows):
        return []
    row = rows[index]
    cb = ctx.scene.shown_codebook
    missing = set(row.missing_ratings(cb))
    chips = []
    for scale in ctx.scene.segment_scales():
        if scale.id in row.ratings:
            chips.append((f"{scale_code(cb, scale)}{row.ratings[scale.id]}", False))
        elif scale.id in missing:
            chips.append((f"{scale_code(cb, scale)}?", True))
    return chips


CHIP_GAP = 5.0
BADGE_PAD = 3.0


def _chips_width(ctx: PaintContext, chips: list[tuple[str, bool]]) -> float:
    fitter = ctx.small_bold_text
    return sum(fitter.advance(t) + (2 * BADGE_PAD if m else 0) + CHIP_GAP for t, m in chips)


def paint_segments(ctx: PaintContext, p: QPainter) -> None:
    """Segment boundaries across the lanes, from the recording's segment origin; in the band,
    each segment's number, whether the coder has rated it (a filled dot) or not yet (a ring),
    the ratings given ("W3 C1") and an orange badge for a kind with ruptures but no rating."""
    lay, view = ctx.layout, ctx.layout.view
    grid = ctx.scene.grid()
    band = lay.segments
    p.fillRect(QRectF(lay.plot_left, band.top(), lay.plot_width, band.height()), style.SEGMENT_BAND)
    if grid is None:
        return
    if grid.origin_ms > view.start_ms:  # before the first segment: not coded in segments
        right = min(lay.x_of(grid.origin_ms), lay.plot_right)
        before = QRectF(lay.plot_left, band.top(), right - lay.plot_left, band.height())
        p.fillRect(before, style.BEFORE_SEGMENTS)
        text = QCoreApplication.translate("Timeline", "before segment 1")
        if before.width() > ctx.small_text.advance(text) + 16:
            p.setFont(ctx.small)
            p.setPen(style.MUTED_TEXT)
            ctx.small_text.draw(p, before.left() + 8, band.center().y(), text)
    first = grid.index_of(int(max(view.start_ms, grid.origin_ms)))
    last = grid.index_of(int(max(grid.origin_ms, min(view.end_ms, grid.end_ms - 1))))
    if first is None or last is None:
        return
    coder = band_coder(ctx)
    rated = ctx.scene.rated_segments(ctx.state.rating_coders())
    starts = [grid.bounds(i)[0] for i in range(first, last + 1)]
    bounds = [lay.x_of(t) for t in starts if t > 0 or grid.origin_ms > 0]
    p.setPen(QPen(style.SEGMENT_LINE, 1))
    p.drawLines([QLineF(x, band.top(), x, band.bottom()) for x in bounds])
    p.setPen(QPen(style.SEGMENT_LINE, 1, Qt.PenStyle.DashLine))
    p.drawLines([QLineF(x, lay.lanes.top(), x, lay.lanes.bottom()) for x in bounds])
    fitter = ctx.small_text
    numbered = QCoreApplication.translate("Timeline", "Segment {n}")
    labels: list[tuple[QPointF, str, bool, list[tuple[str, bool]]]] = []
    for i in range(first, last + 1):
        seg_start, seg_end = grid.bounds(i)
        left = max(lay.x_of(seg_start), lay.plot_left)
        right = min(lay.x_of(min(seg_end, view.duration_ms)), lay.plot_right)
        room = right - left - 8
        if room < 14:
            continue
        chips = segment_chips(ctx, i, coder)
        text = numbered.format(n=i + 1)
        if fitter.advance(text) + 14 + _chips_width(ctx, chips) > room:
            text = str(i + 1)
        if fitter.advance(text) + 14 + _chips_width(ctx, chips) > room:
            chips = [c for c in chips if c[1]]  # the missing ones matter most
        if fitter.advance(text) + 14 + _chips_width(ctx, chips) > room:
            chips = [("?", True)] if chips else []
        width = fitter.advance(text) + 14 + _chips_width(ctx, chips)
        if width > room + 8:
            if room < 22:
                continue
            chips = []
            width = fitter.advance(text) + 14
        centre = QPointF((left + right - width) / 2 + 4, band.center().y())
        labels.append((centre, text, i in rated, chips))
    # a ring as two fills: far cheaper than a stroked circle
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    for centre, _, is_rated, _chips in labels:
        p.setBrush(style.RATED if is_rated else style.UNRATED)
        p.drawEllipse(centre, 4.0, 4.0)
        if not is_rated:
            p.setBrush(style.SEGMENT_BAND)
            p.drawEllipse(centre, 2.7, 2.7)
    bold = ctx.small_bold_text
    badge_h = min(band.height() - 4, bold.metrics.height() + 1)
    p.setBrush(style.MISSING)
    for centre, text, _, chips in labels:
        x = centre.x() + 8 + fitter.advance(text) + CHIP_GAP + 1
        for chip, is_missing in chips:
            w = bold.advance(chip)
            if is_missing:
                box = QRectF(x, centre.y() - badge_h / 2, w + 2 * BADGE_PAD, badge_h)
                p.drawRoundedRect(box, 3, 3)
                w += 2 * BADGE_PAD
            x += w + CHIP_GAP
    p.restore()
    p.setFont(ctx.small)
    for centre, text, is_rated, _ in labels:
        p.setPen(style.LABEL_TEXT if is_rated else style.MUTED_TEXT)
        fitter.draw(p, centre.x() + 8, centre.y(), text)
    p.setFont(ctx.small_bold)
    for centre, text, _, chips in labels:
        x = centre.x() + 8 + fitter.advance(text) + CHIP_GAP + 1
        for chip, is_missing in chips:
            p.setPen(style.ON_MISSING if is_missing else style.RATING_TEXT)
            bold.draw(p, x + (BADGE_PAD if is_missing else 0), centre.y(), chip)
            x += bold.advance(chip) + (2 * BADGE_PAD if is_missing else 0) + CHIP_GAP
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
    titles = band_titles(_span_text(lay.view.span_ms))
    p.drawText(lay.ruler.adjusted(12, 0, 0, 0), CAPTION, titles[0])
    p.drawText(lay.segments.adjusted(12, 0, 0, 0), CAPTION, titles[1])
    overview = QRectF(12, lay.overview.top(), lay.plot_left - 12, lay.overview.height())
    p.drawText(overview, CAPTION, titles[2])
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
            p.drawText(QRectF(12, rect.top() + 3, text_w, title_h), CAPTION, lane_title(lane))
        else:
            title = bold.elidedText(lane_title(lane), Qt.TextElideMode.ElideRight, text_w)
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


def band_titles(span: str) -> tuple[str, str, str]:
    """The left column's titles of the ruler (with the visible span, "59.9 min"), the segment
    band and the whole-session strip, in the user's language."""
    return (
        QCoreApplication.translate("Timeline", "Time · {span}").format(span=span),
        QCoreApplication.translate("Timeline", "Segments"),
        QCoreApplication.translate("Timeline", "Whole session"),
    )


def _span_text(ms: float) -> str:
    if ms >= 3_600_000:
        return f"{ms / 3_600_000:.1f} h"
    if ms >= 60_000:
        return f"{ms / 60_000:.1f} min"
    return f"{ms / 1000:.1f} s" if ms >= 1000 else f"{ms:.0f} ms"
