"""Painting the lanes: row backgrounds, frame and mark lines, spans, their labels and links.

Only spans overlapping the view are touched. Spans too narrow to tell apart are summed per pixel
column into a one-pixel-high strip drawn as one image per row, so a whole three-hour session
costs about as much as a few minutes of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from rupture_annotator.domain.annotations import Annotation
from rupture_annotator.ui.timeline import style, talk
from rupture_annotator.ui.timeline.bands import band_titles
from rupture_annotator.ui.timeline.context import ROW_INSET, PaintContext
from rupture_annotator.ui.timeline.layout import LABEL_WIDTH, Row
from rupture_annotator.ui.timeline.scene import LANE_TITLES, lane_title
from rupture_annotator.ui.timeline.span_index import LANES, IntArray, SpanTrack

SLIVER_PX = 3.0  # narrower than this, a span joins its row's coverage strip
DENSE_SLIVER_PX = 12.0  # ... and in a crowded row, where separate small boxes only add noise
DENSE_PX_PER_SPAN = 8.0  # a row is crowded with more than one visible span per this many px
LABEL_MIN_PX = 44.0
LINK_LIMIT = 150  # beyond this many links in view they are only noise
FRAME_LINES_MIN_PX = 8.0


LABEL_PAD = 16.0  # the lane's colour strip and the gaps either side of its title
WIDEST_SPAN = "59.9 min"  # the ruler's title says how much is in view: this is its longest
WIDEST_SILENCE_MS = 2_500  # the sound lane's "silences ≥ 2.5 s", at a usual setting


def label_titles() -> tuple[list[str], list[str]]:
    """What the left column says, in the user's language: the titles in bold (the lanes, the
    transcript and sound lanes), then those in the small font (the bands')."""
    bold = [lane_title(lane) for lane in LANE_TITLES] + list(talk.lane_titles().values())
    small = [*band_titles(WIDEST_SPAN), talk.silences_caption(WIDEST_SILENCE_MS)]
    return bold, small


def label_column_width(base: QFont) -> float:
    """The width of the label column: every title whole in this font and the user's language,
    never narrower than the usual column (a larger system font or a longer translation widens
    it rather than cutting "Confrontation")."""
    bold_metrics = QFontMetricsF(style.font(base, 0, bold=True))
    small_metrics = QFontMetricsF(style.font(base, -1.5))
    bold, small = label_titles()
    needed = max(
        max(bold_metrics.horizontalAdvance(t) for t in bold),
        max(small_metrics.horizontalAdvance(t) for t in small),
    )
    return max(LABEL_WIDTH, math.ceil(needed + LABEL_PAD + 1))


@dataclass
class RowSpans:
    """The spans of one track that overlap the view, as positions in the track."""

    row: Row
    track: SpanTrack
    idx: IntArray


def paint_backgrounds(ctx: PaintContext, p: QPainter) -> None:
    lay = ctx.layout
    for i, lane in enumerate(LANES):
        rect = lay.lane_rect(lane)
        p.fillRect(QRectF(0, rect.top(), lay.width, rect.height()), style.ROW_BACKGROUNDS[i % 2])
    p.setPen(QPen(style.ROW_SEPARATOR, 1))
    for prev, row in zip(lay.rows, lay.rows[1:], strict=False):
        if prev.lane == row.lane:
            p.drawLine(QLineF(lay.plot_left, row.top, lay.plot_right, row.top))
    p.setPen(QPen(style.LANE_SEPARATOR, 1))
    for lane in LANES[1:]:
        y = lay.lane_rect(lane).top()
        p.drawLine(QLineF(0, y, lay.width, y))
    p.drawLine(QLineF(0, lay.lanes.bottom(), lay.width, lay.lanes.bottom()))


def paint_highlight(ctx: PaintContext, p: QPainter) -> None:
    if ctx.state.highlight is None:
        return
    lay = ctx.layout
    x0, x1 = (lay.x_of(t) for t in ctx.state.highlight)
    p.fillRect(QRectF(x0, 0, x1 - x0, lay.lanes.bottom()), style.HIGHLIGHT_FILL)
    p.setPen(QPen(style.HIGHLIGHT_EDGE, 1))
    for x in (x0, x1):
        p.drawLine(QLineF(x, lay.segments.top(), x, lay.lanes.bottom()))


def paint_frame_lines(ctx: PaintContext, p: QPainter) -> None:
    """Zoomed in far enough, every frame boundary: where drags snap."""
    lay, frame = ctx.layout, ctx.state.frame_ms
    if frame / lay.ms_per_px() < FRAME_LINES_MIN_PX:
        return
    first = math.ceil(lay.view.start_ms / frame)
    last = math.floor(lay.view.end_ms / frame)
    xs = [lay.x_of(n * frame) for n in range(first, last + 1)]
    p.setPen(QPen(style.FRAME_LINE, 1))
    p.drawLines([QLineF(x, lay.lanes.top(), x, lay.lanes.bottom()) for x in xs])


def paint_mark_lines(ctx: PaintContext, p: QPainter) -> None:
    lay, s = ctx.layout, ctx.state
    p.setPen(QPen(style.MARK, 1, Qt.PenStyle.DashLine))
    for t in (s.in_ms, s.out_ms):
        if t is not None:
            x = lay.x_of(t)
            p.drawLine(QLineF(x, lay.lanes.top(), x, lay.lanes.bottom()))


def visible_spans(ctx: PaintContext) -> list[RowSpans]:
    view = ctx.layout.view
    out = []
    for row in ctx.layout.rows:
        for track in ctx.tracks_of(row):
            idx = track.overlapping(view.start_ms, view.end_ms)
            if len(idx):
                out.append(RowSpans(row, track, idx))
    return out


# -- spans -------------------------------------------------------------------------------------
def paint_spans(ctx: PaintContext, p: QPainter, rs: RowSpans) -> None:
    lay = ctx.layout
    k = lay.plot_width / lay.view.span_ms
    origin = lay.plot_left - lay.view.start_ms * k
    x0 = rs.track.starts[rs.idx] * k + origin
    x1 = rs.track.ends[rs.idx] * k + origin
    crowded = len(rs.idx) * DENSE_PX_PER_SPAN > lay.plot_width
    wide = (x1 - x0) >= (DENSE_SLIVER_PX if crowded else SLIVER_PX)
    keep = np.ones(len(rs.idx), bool)
    hidden = ctx.state.hidden_id
    if hidden is not None and hidden in ctx.scene.spans:
        keep[rs.idx == _position(rs.track, hidden)] = False
    top, height = rs.row.top + ROW_INSET, max(3.0, rs.row.height - 2 * ROW_INSET)
    thin = ~wide & keep
    if thin.any():
        _coverage_strip(ctx, p, x0[thin], x1[thin], top, height, rs.row.lane)
    chosen = np.flatnonzero(wide & keep)
    if not len(chosen):
        return
    ids, tags, spans = rs.track.ids, rs.track.tags, ctx.scene.spans
    positions = rs.idx[chosen].tolist()
    left_px = np.maximum(x0[chosen], lay.plot_left - 2)
    lefts = left_px.tolist()
    widths = (np.minimum(x1[chosen], lay.plot_right + 2) - left_px).tolist()
    groups: dict[str, list[QRectF]] = {}
    for pos, left, width in zip(positions, lefts, widths, strict=True):
        rects = groups.get(tags[pos])
        if rects is None:
            rects = groups[tags[pos]] = []
        rects.append(QRectF(left, top, width, height))
    for hex_color, rects in groups.items():
        p.setPen(QPen(style.span_edge(hex_color), 1))
        p.setBrush(style.span_fill(hex_color))
        p.drawRects(rects)
    if height < 12:
        return
    labels: list[tuple[QRectF, Annotation, str]] = []
    # a later span is drawn over an earlier one: a label stops where the next span begins
    nexts = [*lefts[1:], math.inf]
    for pos, left, width, after in zip(positions, lefts, widths, nexts, strict=True):
        visible = min(width, after - left)
        if visible >= LABEL_MIN_PX:
            labels.append((QRectF(left, top, visible, height), spans[ids[pos]], tags[pos]))
    _labels(ctx, p, labels)


def _position(track: SpanTrack, span_id: str) -> int:
    try:
        return track.ids.index(span_id)
    except ValueError:
        return -1


def _coverage_strip(
    ctx: PaintContext,
    p: QPainter,
    x0: npt.NDArray[np.floating],
    x1: npt.NDArray[np.floating],
    top: float,
    height: float,
    lane: str,
) -> None:
    lay = ctx.layout
    width = math.ceil(lay.plot_width)
    a = np.clip(np.floor(x0 - lay.plot_left).astype(np.int64), 0, width - 1)
    b = np.clip(np.ceil(x1 - lay.plot_left).astype(np.int64), 1, width)
    b = np.maximum(b, a + 1)
    cover = np.cumsum(np.bincount(a, minlength=width + 1) - np.bincount(b, minlength=width + 1))
    alpha = np.where(cover[:width] >= 2, 255, np.where(cover[:width] == 1, 170, 0))
    image = strip_image(ctx.scene.lane_color(lane), alpha)
    p.drawImage(QRectF(lay.plot_left, top, width, height), image)


def _labels(ctx: PaintContext, p: QPainter, labels: list[tuple[QRectF, Annotation, str]]) -> None:
    if not labels:
        return
    p.setFont(ctx.small)
    fitter, plot_left = ctx.small_text, ctx.layout.plot_left
    for rect, a, hex_color in labels:
        left = max(rect.left(), plot_left) + 5
        text = fitter.fit(ctx.scene.short_label(a), rect.right() - 4 - left)
        if len(text) <= 2:
            continue
        p.setPen(style.text_on(hex_color))
        fitter.draw(p, left, rect.center().y(), text)


def strip_image(hex_color: str, alpha: npt.NDArray[np.int64]) -> QImage:
    """A one-pixel-high image of a colour with the given alpha per column."""
    c = style.color(hex_color)
    rgba = np.empty((1, len(alpha), 4), np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = c.red(), c.green(), c.blue()
    rgba[..., 3] = alpha
    image = QImage(rgba.tobytes(), len(alpha), 1, len(alpha) * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # detach from the temporary buffer


# -- links -------------------------------------------------------------------------------------
def paint_links(ctx: PaintContext, p: QPainter, visible: list[RowSpans]) -> None:
    """A hairline from each rupture in view to the strategies addressing it (and back)."""
    if sum(len(rs.idx) for rs in visible) > 4 * LINK_LIMIT:
        return
    linked: set[tuple[str, str]] = set()
    rupture_of, addressed_by = ctx.scene.rupture_of, ctx.scene.addressed_by
    for rs in visible:
        ids = rs.track.ids
        if rs.row.lane == "resolution":
            for pos in rs.idx.tolist():
                rupture_id = rupture_of.get(ids[pos])
                if rupture_id is not None:
                    linked.add((rupture_id, ids[pos]))
        else:
            for pos in rs.idx.tolist():
                strategies = addressed_by.get(ids[pos])
                if strategies:
                    linked.update((ids[pos], s) for s in strategies)
        if len(linked) > LINK_LIMIT:
            return
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = style.color(ctx.scene.lane_color("resolution"))
    c.setAlpha(style.LINK_ALPHA)
    pen = QPen(c, 1.0)
    pen.setCosmetic(True)  # hairlines take Qt's fast path: ten times cheaper than 1.4 px
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()  # one path: a single stroke pass for all links
    for rupture_id, strategy_id in linked:
        ctx.add_link(path, rupture_id, strategy_id)
    p.drawPath(path)
    p.restore()
