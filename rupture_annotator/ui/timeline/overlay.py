"""Painting what changes every frame, over the cached picture: hover, selection, a gesture's
preview and the playhead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from rupture_annotator.domain.annotations import ResolutionStrategy
from rupture_annotator.ui.timeline import style, ticks
from rupture_annotator.ui.timeline.context import PaintContext, clamp
from rupture_annotator.ui.timeline.lanes import LABEL_MIN_PX
from rupture_annotator.ui.timeline.scene import lane_title
from rupture_annotator.ui.timeline.state import Preview

OPEN_ALPHA = 90  # a span still being marked is see-through: it is not in the project yet
OPEN_KEYS = {"withdrawal": "W", "confrontation": "C", "resolution": "R"}


def paint_overlay(ctx: PaintContext, p: QPainter, preview: Preview | None) -> None:
    if ctx.scene.recording_id is None:
        return
    lay, s = ctx.layout, ctx.state
    p.save()
    p.setClipRect(QRectF(lay.plot_left, 0, lay.plot_width + 1, lay.overview.top()))
    if s.hovered_id not in (None, s.selected_id, s.hidden_id):
        _hovered(ctx, p, s.hovered_id)
    if s.selected_id is not None and s.selected_id != s.hidden_id:
        _selected(ctx, p, s.selected_id)
    if preview is not None:
        _preview(ctx, p, preview)
    _open_spans(ctx, p)
    p.restore()
    _playhead(ctx, p)


def playhead_strips(ctx: PaintContext, t: int) -> list[QRectF]:
    """The areas the playhead covers at t: the only ones to repaint when it moves."""
    lay = ctx.layout
    out = []
    if lay.view.contains(t) or t == lay.view.end_ms:
        x = round(lay.x_of(t))
        out.append(QRectF(x - 8, 0, 17, lay.content_bottom + 1))
    ox = round(lay.overview_x_of(t))
    out.append(QRectF(ox - 3, lay.overview.top() - 1, 7, lay.overview.height() + 2))
    return out


def _hovered(ctx: PaintContext, p: QPainter, span_id: str) -> None:
    a = ctx.scene.spans.get(span_id)
    rect = ctx.span_rect(a) if a is not None else None
    if rect is not None:
        p.setPen(QPen(style.HOVER, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)


def _selected(ctx: PaintContext, p: QPainter, span_id: str) -> None:
    """The selected span drawn solid and outlined, its links drawn bold."""
    a = ctx.scene.spans.get(span_id)
    rect = ctx.span_rect(a) if a is not None else None
    if a is None or rect is None:
        return
    pairs = [(a.rupture_id, a.id)] if isinstance(a, ResolutionStrategy) and a.rupture_id else []
    pairs += [(a.id, s) for s in ctx.scene.addressed_by.get(a.id, ())]
    if pairs:
        path = QPainterPath()
        for rupture_id, strategy_id in pairs:
            ctx.add_link(path, rupture_id, strategy_id)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(style.color(ctx.scene.lane_color("resolution")).darker(130), 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.restore()
    _solid_span(ctx, p, rect, ctx.scene.color_of(a), ctx.scene.short_label(a))


def _solid_span(
    ctx: PaintContext, p: QPainter, rect: QRectF, hex_color: str, text: str, dashed: bool = False
) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.color(hex_color))
    p.drawRect(rect)
    if rect.width() >= LABEL_MIN_PX and rect.height() >= 12:
        left = max(rect.left(), ctx.layout.plot_left) + 5
        p.setFont(ctx.small)
        p.setPen(style.text_on(hex_color))
        fitted = ctx.small_text.fit(text, rect.right() - 4 - left)
        ctx.small_text.draw(p, left, rect.center().y(), fitted)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(style.color("#ffffff"), 1))
    p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
    line = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    p.setPen(QPen(style.SELECTION, 2, line))
    p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def _preview(ctx: PaintContext, p: QPainter, preview: Preview) -> None:
    """The span a gesture would leave, and its times where the ruler's numbers are."""
    lay, scene = ctx.layout, ctx.scene
    row = lay.row_of(preview.lane, preview.coder)
    if row is None:
        return
    rect = ctx.rect_in(row, preview.start_ms, preview.end_ms)
    a = scene.spans.get(preview.annotation_id or "")
    if a is not None:
        _solid_span(ctx, p, rect, scene.color_of(a), scene.short_label(a))
    else:
        colour, title = scene.lane_color(preview.lane), lane_title(preview.lane)
        _solid_span(ctx, p, rect, colour, title, dashed=True)
    p.setClipping(False)
    length = _seconds(preview.end_ms - preview.start_ms)
    text = f"{_clock(preview.start_ms)} – {_clock(preview.end_ms)}  ({length})"
    w = ctx.small_text.advance(text) + 12
    box = QRectF(
        clamp(rect.left(), lay.plot_left, lay.plot_right - w), 2, w, lay.ruler.height() - 4
    )
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.SELECTION)
    p.drawRoundedRect(box, 3, 3)
    p.setFont(ctx.small)
    p.setPen(style.color("#ffffff"))
    ctx.small_text.draw(p, box.left() + 6, box.center().y(), text)


def pending_rect(ctx: PaintContext, lane: str) -> QRectF | None:
    """Where a lane's open span (begun with its key, not ended yet) is drawn: from its start
    to the playhead, in the current coder's row of that lane."""
    start = ctx.scene.pending.get(lane)
    row = ctx.layout.row_of(lane, ctx.state.current_coder) if start is not None else None
    if start is None or row is None:
        return None
    t = ctx.state.playhead_ms
    return ctx.rect_in(row, min(start, t), max(start, t))


def _open_spans(ctx: PaintContext, p: QPainter) -> None:
    """Spans still being marked: the ruler from an in mark to the playhead, and each span begun
    with W/C/R as a hatched, see-through box growing with the playhead, its start a solid edge."""
    lay, s = ctx.layout, ctx.state
    if s.in_ms is not None and s.out_ms is None:
        x0, x1 = sorted((lay.x_of(s.in_ms), lay.x_of(s.playhead_ms)))
        p.fillRect(QRectF(x0, lay.ruler.top(), x1 - x0, lay.ruler.height()), style.MARK_FILL)
    for lane, start in ctx.scene.pending.items():
        rect = pending_rect(ctx, lane)
        if rect is None:
            continue
        colour = style.color(ctx.scene.lane_color(lane))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_open_fill(colour))
        p.drawRect(rect)
        p.setBrush(QBrush(colour.darker(120), Qt.BrushStyle.BDiagPattern))
        p.drawRect(rect)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour.darker(140), 1, Qt.PenStyle.DashLine))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        x = lay.x_of(start)
        p.setPen(QPen(colour.darker(150), 3))
        p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        if rect.width() >= LABEL_MIN_PX and rect.height() >= 12:
            text = open_span_text(lane, start)
            left = max(rect.left(), lay.plot_left) + 6
            p.setFont(ctx.small)
            p.setPen(style.LABEL_TEXT)
            fitted = ctx.small_text.fit(text, rect.right() - 4 - left)
            ctx.small_text.draw(p, left, rect.center().y(), fitted)


def open_span_text(lane: str, start_ms: int) -> str:
    """What a span still being marked says on itself: "Withdrawal from 0:01:02 · W again ends
    it" (the key is the same in every language)."""
    text = QCoreApplication.translate("Timeline", "{lane} from {time} · {key} again ends it")
    key = OPEN_KEYS.get(lane, "")
    return text.format(lane=lane_title(lane), time=ticks.label(start_ms, 1000), key=key)


def _playhead(ctx: PaintContext, p: QPainter) -> None:
    lay, t = ctx.layout, ctx.state.playhead_ms
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if lay.view.contains(t) or t == lay.view.end_ms:
        x, top = round(lay.x_of(t)) + 0.5, lay.ruler.top()
        p.setPen(QPen(style.PLAYHEAD, 1.6))
        p.drawLine(QLineF(x, top + 8, x, lay.content_bottom))
        head = QPainterPath(QPointF(x - 6, top))
        for hx, hy in ((x + 6, top), (x + 6, top + 5), (x, top + 11), (x - 6, top + 5)):
            head.lineTo(hx, hy)
        head.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.PLAYHEAD)
        p.drawPath(head)
    ox = round(lay.overview_x_of(t)) + 0.5
    p.setPen(QPen(style.PLAYHEAD, 1.6))
    p.drawLine(QLineF(ox, lay.overview.top(), ox, lay.overview.bottom()))
    p.restore()


def _open_fill(colour: QColor) -> QColor:
    fill = QColor(colour)
    fill.setAlpha(OPEN_ALPHA)
    return fill


def _clock(ms: int) -> str:
    return ticks.label(int(ms), 1)


def _seconds(ms: int) -> str:
    return f"{ms / 1000:.2f} s" if ms < 60_000 else f"{ms // 60_000} min {ms % 60_000 / 1000:.0f} s"
