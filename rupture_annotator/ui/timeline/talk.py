"""Painting the transcript lane (who speaks when, a block per utterance, a row per speaker) and
the sound lane (the loudness envelope, silences shaded) under the span lanes.

Both are drawn from arrays prepared once (talk_data.py): the utterances in view are found by
binary search and merged per pixel column; the envelope gives one value per column from its
pyramid. A 3-hour session costs about what a few minutes of it does.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from rupture_annotator.ui.timeline import style
from rupture_annotator.ui.timeline.context import PaintContext
from rupture_annotator.ui.timeline.layout import TimelineLayout
from rupture_annotator.ui.timeline.talk_data import TalkData
from rupture_annotator.ui.timeline.ticks import label as clock

LANE_BACKGROUND = QColor("#f7f8fa")
SILENCE_FILL = QColor(120, 96, 180, 46)  # across the span lanes, faint
SILENCE_BAND = QColor(120, 96, 180, 70)  # in the sound lane
SILENCE_TEXT = QColor("#4b3c78")
WAVE = QColor(111, 122, 138, 235)
SELECTED_TALK = QColor(31, 111, 209, 60)
TEXT_MIN_PX = 46.0
MAX_TEXTS = 160


def lane_titles() -> dict[str, str]:
    """The transcript and sound lanes' titles in the user's language."""
    return {
        "transcript": QCoreApplication.translate("Timeline", "Transcript"),
        "sound": QCoreApplication.translate("Timeline", "Sound"),
    }


def silences_caption(silence_ms: int) -> str:
    """What the sound lane's title says under it: how long a shaded silence lasts at least."""
    text = QCoreApplication.translate("Timeline", "silences ≥ {seconds} s")
    return text.format(seconds=f"{silence_ms / 1000:g}")


def paint_silences_under(ctx: PaintContext, p: QPainter) -> None:
    """Silences as faint bands across the span lanes: where a minimal response may be."""
    lay, data = ctx.layout, ctx.state.talk
    if not data.silences:
        return
    for x0, x1 in _silence_xs(lay, data):
        p.fillRect(QRectF(x0, lay.lanes.top(), x1 - x0, lay.lanes.height()), SILENCE_FILL)


def paint_lanes(ctx: PaintContext, p: QPainter) -> None:
    lay, data = ctx.layout, ctx.state.talk
    for name, rect in lay.talk.items():
        p.fillRect(QRectF(0, rect.top(), lay.width, rect.height()), LANE_BACKGROUND)
        p.setPen(QPen(style.LANE_SEPARATOR, 1))
        p.drawLine(QLineF(0, rect.top(), lay.width, rect.top()))
        if name == "transcript":
            _transcript(ctx, p, rect, data)
        else:
            _sound(ctx, p, rect, data)
    if lay.talk:
        bottom = lay.content_bottom
        p.setPen(QPen(style.LANE_SEPARATOR, 1))
        p.drawLine(QLineF(0, bottom, lay.width, bottom))


def paint_labels(ctx: PaintContext, p: QPainter) -> None:
    lay, data = ctx.layout, ctx.state.talk
    titles = lane_titles()
    for name, rect in lay.talk.items():
        p.fillRect(QRectF(0, rect.top(), lay.plot_left, rect.height()), style.LABEL_BACKGROUND)
        p.setPen(QPen(style.LANE_SEPARATOR, 1))
        p.drawLine(QLineF(0, rect.top(), lay.plot_left, rect.top()))
        p.drawLine(QLineF(lay.plot_left - 0.5, rect.top(), lay.plot_left - 0.5, rect.bottom()))
        title_rect = QRectF(12, rect.top(), lay.plot_left - 16, rect.height())
        p.setFont(ctx.bold)
        p.setPen(style.LABEL_TEXT)
        rows_h = (rect.height() - 4) / max(2, min(4, len(data.tracks)))
        if (
            name == "transcript"
            and len(data.tracks) > 1
            and rows_h >= ctx.small_text.metrics.height() - 3
        ):
            # one short name per speaker row, in the speaker's colour
            p.setFont(ctx.small)
            row_h = (rect.height() - 4) / max(2, min(4, len(data.tracks)))
            seen: set[int] = set()
            for track in data.tracks:
                if track.row in seen:
                    continue
                seen.add(track.row)
                top = rect.top() + 2 + track.row * row_h
                p.fillRect(QRectF(0, top, 4, row_h), style.color(track.colour))
                p.setPen(style.LABEL_TEXT)
                p.drawText(
                    QRectF(12, top, lay.plot_left - 16, row_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    ctx.small_text.fit(track.label, lay.plot_left - 16),
                )
            continue
        if name == "sound" and data.silence_ms and rect.height() >= 30:
            # the title, and under it how long a shaded silence lasts at least
            half = rect.height() / 2
            upper = QRectF(12, rect.top() + 1, lay.plot_left - 16, half)
            p.drawText(
                upper, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, titles[name]
            )
            p.setFont(ctx.small)
            p.setPen(SILENCE_TEXT)
            bottom = QRectF(12, rect.top() + half, lay.plot_left - 16, half - 1)
            text = silences_caption(data.silence_ms)
            p.drawText(bottom, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, text)
            continue
        p.drawText(
            title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, titles[name]
        )


def _transcript(ctx: PaintContext, p: QPainter, rect: QRectF, data: TalkData) -> None:
    lay = ctx.layout
    view = lay.view
    if data.transcript is None:
        return
    rows = max(2, min(4, len(data.tracks)))
    row_h = (rect.height() - 4) / rows
    k = lay.plot_width / view.span_ms
    if data.selection is not None:
        x0, x1 = lay.x_of(data.selection[0]), lay.x_of(data.selection[1])
        p.fillRect(QRectF(x0, rect.top(), max(2.0, x1 - x0), rect.height()), SELECTED_TALK)
    texts: list[tuple[QRectF, str, QColor]] = []
    p.setPen(Qt.PenStyle.NoPen)
    for track in data.tracks:
        part = data.visible(track, view.start_ms, view.end_ms)
        if part.start >= part.stop:
            continue
        starts, ends = track.starts[part], track.ends[part]
        x0 = np.clip(
            (starts - view.start_ms) * k + lay.plot_left, lay.plot_left - 2, lay.plot_right + 2
        )
        x1 = np.clip(
            (ends - view.start_ms) * k + lay.plot_left, lay.plot_left - 2, lay.plot_right + 2
        )
        a = np.floor(x0)
        b = np.maximum(np.ceil(x1), a + 1)
        # merge blocks that touch at this zoom: one rectangle per run
        reach = np.maximum.accumulate(b)
        new_run = np.ones(len(a), bool)
        new_run[1:] = a[1:] > reach[:-1]
        run_starts = a[new_run]
        run_ends = np.maximum.reduceat(b, np.flatnonzero(new_run))
        top = rect.top() + 2 + track.row * row_h + 1
        height = row_h - 2
        colour = style.span_fill(track.colour)
        p.setBrush(colour)
        p.drawRects(
            [
                QRectF(x, top, w, height)
                for x, w in zip(run_starts.tolist(), (run_ends - run_starts).tolist(), strict=True)
            ]
        )
        if len(starts) <= MAX_TEXTS and data.transcript is not None:
            wide = np.flatnonzero((x1 - x0) >= TEXT_MIN_PX)
            for i in wide.tolist():
                u = data.transcript.utterances[int(track.positions[part.start + i])]
                box = QRectF(
                    max(x0[i], lay.plot_left) + 3,
                    top,
                    min(x1[i], lay.plot_right) - max(x0[i], lay.plot_left) - 6,
                    height,
                )
                if box.width() >= 20:
                    texts.append((box, u.text, style.text_on(track.colour)))
    if texts:
        p.setFont(ctx.small)
        for box, text, colour in texts:
            p.setPen(colour)
            ctx.small_text.draw(
                p, box.left(), box.center().y(), ctx.small_text.fit(text, box.width())
            )


def _sound(ctx: PaintContext, p: QPainter, rect: QRectF, data: TalkData) -> None:
    lay = ctx.layout
    for x0, x1 in _silence_xs(lay, data):
        band = QRectF(x0, rect.top() + 1, x1 - x0, rect.height() - 1)
        p.fillRect(band, SILENCE_BAND)
    if data.envelope is None:
        if data.sound_note:
            p.setFont(ctx.small)
            p.setPen(style.MUTED_TEXT)
            ctx.small_text.draw(p, lay.plot_left + 8, rect.center().y(), data.sound_note)
        return
    width = max(1, math.ceil(lay.plot_width))
    height = max(2, int(rect.height()) - 4)
    p.drawImage(
        QRectF(lay.plot_left, rect.top() + 2, width, height), _wave(data, lay, width, height)
    )
    _silence_lengths(ctx, p, rect, data)


def _wave(data: TalkData, lay: TimelineLayout, width: int, height: int) -> QImage:
    """The envelope across the view as an image, kept until the view or the size changes."""
    view = lay.view
    key = (view.start_ms, view.span_ms, width, height, id(data.envelope))
    if data.wave_cache is not None and data.wave_cache[0] == key:
        return data.wave_cache[1]
    assert data.envelope is not None
    half = data.envelope.columns(view.start_ms, view.end_ms, width) * (height / 2 - 0.5) + 0.5
    y = np.abs(np.arange(height, dtype=np.float32) - (height - 1) / 2)[:, None]
    pixels = np.where(y <= half[None, :], np.uint32(WAVE.rgba()), np.uint32(0)).astype(np.uint32)
    image = QImage(pixels.tobytes(), width, height, width * 4, QImage.Format.Format_ARGB32).copy()
    data.wave_cache = (key, image)
    return image


def _silence_xs(lay: TimelineLayout, data: TalkData) -> list[tuple[float, float]]:
    view = lay.view
    i0 = max(0, int(np.searchsorted(data.silence_starts, view.start_ms, "right")) - 1)
    i1 = int(np.searchsorted(data.silence_starts, view.end_ms, "left"))
    out = []
    for a, b in data.silences[i0:i1]:
        if b <= view.start_ms:
            continue
        x0, x1 = max(lay.x_of(a), lay.plot_left), min(lay.x_of(b), lay.plot_right)
        if x1 - x0 < 2:  # a silence stays visible on the whole session
            x1 = x0 + 2
        out.append((x0, x1))
    return out


def _silence_lengths(ctx: PaintContext, p: QPainter, rect: QRectF, data: TalkData) -> None:
    """A silence wide enough on screen says how long it lasts."""
    lay, view = ctx.layout, ctx.layout.view
    i0 = max(0, int(np.searchsorted(data.silence_starts, view.start_ms, "right")) - 1)
    i1 = int(np.searchsorted(data.silence_starts, view.end_ms, "left"))
    p.setFont(ctx.small_bold)
    p.setPen(SILENCE_TEXT)
    for a, b in data.silences[i0:i1][:MAX_TEXTS]:
        x0, x1 = max(lay.x_of(a), lay.plot_left), min(lay.x_of(b), lay.plot_right)
        text = f"{(b - a) / 1000:.1f} s"
        if x1 - x0 >= ctx.small_bold_text.advance(text) + 8:
            ctx.small_bold_text.draw(p, x0 + 4, rect.top() + 9, text)


def tooltip(lay: TimelineLayout, data: TalkData, band: str, x: float) -> str | None:
    ms = lay.ms_at(x)
    if band == "sound":
        found = data.silence_at(ms)
        if found is None:
            return None
        a, b = found
        text = QCoreApplication.translate(
            "Timeline", "Silence of {seconds} s, {start} to {end} (S steps to the next)"
        )
        return text.format(seconds=f"{(b - a) / 1000:.1f}", start=clock(a, 100), end=clock(b, 100))
    if data.transcript is None:
        return None
    tolerance = 3 * lay.ms_per_px()
    for track in data.tracks:
        part = data.visible(track, ms - tolerance, ms + tolerance)
        if part.start < part.stop:
            u = data.transcript.utterances[int(track.positions[part.stop - 1])]
            return f"{clock(u.start_ms, 100)} {track.label}: {u.text}"
    return None
