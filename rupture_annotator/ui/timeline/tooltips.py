"""What hovering tells: a span's markers or strategies, its rating and note; a segment's rating.

In the user's language: the app's words translated, the codebook's labels (markers, strategies,
scales and their anchors) as the codebook gives them in that language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from rupture_annotator.domain.annotations import Annotation, Rupture
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.style import MISSING

NOTE_LIMIT = 400


def rupture_title(kind: RuptureKind) -> str:
    if kind is RuptureKind.WITHDRAWAL:
        return QCoreApplication.translate("Timeline", "Withdrawal rupture")
    return QCoreApplication.translate("Timeline", "Confrontation rupture")


def rupture_at(kind: RuptureKind, time: str) -> str:
    """What a strategy addresses: "confrontation rupture at 0:00:05"."""
    if kind is RuptureKind.WITHDRAWAL:
        text = QCoreApplication.translate("Timeline", "withdrawal rupture at {time}")
    else:
        text = QCoreApplication.translate("Timeline", "confrontation rupture at {time}")
    return text.format(time=time)


def span_tooltip(scene: TimelineScene, a: Annotation) -> str:
    cb = scene.shown_codebook
    duration = (a.end_ms - a.start_ms) / 1000
    none_yet = QCoreApplication.translate("Timeline", "none yet")
    lines = []
    if isinstance(a, Rupture):
        title = rupture_title(a.kind)
        items = [cb.markers_by_id[m] for m in a.marker_ids if m in cb.markers_by_id]
        names = [f"{m.number} {m.label}" for m in items]
        markers = QCoreApplication.translate("Timeline", "Markers")
        lines.append(_row(markers, "; ".join(names) if names else none_yet))
        significance = QCoreApplication.translate("Timeline", "Significance")
        lines.append(_row(significance, _rating(cb, "significance", a.significance)))
    else:
        title = QCoreApplication.translate("Timeline", "Resolution strategy")
        strategies = [cb.strategies_by_id[s] for s in a.strategy_ids if s in cb.strategies_by_id]
        names = [f"{s.number} {s.label}" for s in strategies]
        strategies_title = QCoreApplication.translate("Timeline", "Strategies")
        lines.append(_row(strategies_title, "; ".join(names) if names else none_yet))
        resolution = QCoreApplication.translate("Timeline", "Resolution")
        lines.append(_row(resolution, _rating(cb, "resolution", a.resolution)))
        addresses = QCoreApplication.translate("Timeline", "Addresses")
        rupture = scene.spans.get(a.rupture_id or "")
        if isinstance(rupture, Rupture):
            at = format_ms(rupture.start_ms, millis=False)
            lines.append(_row(addresses, rupture_at(rupture.kind, at)))
        else:
            unlinked = QCoreApplication.translate("Timeline", "no rupture linked")
            lines.append(_row(addresses, unlinked))
    lines.append(_row(QCoreApplication.translate("Timeline", "Coder"), a.coder))
    if a.note.strip():
        note = a.note.strip()
        if len(note) > NOTE_LIMIT:
            note = note[:NOTE_LIMIT].rstrip() + "…"
        lines.append(_row(QCoreApplication.translate("Timeline", "Note"), note))
    head = (
        f"<b>{escape(title)}</b><br>{format_ms(a.start_ms)} – {format_ms(a.end_ms)}"
        f" ({duration:.2f} s)"
    )
    return f"<qt>{head}<br>{'<br>'.join(lines)}</qt>"


def _rated(rated: bool, coders: set[str] | None) -> str:
    """Whether the segment is rated ("rated by ana", "not rated yet")."""
    if coders is None:
        if rated:
            return QCoreApplication.translate("Timeline", "rated")
        return QCoreApplication.translate("Timeline", "not rated yet")
    if rated:
        text = QCoreApplication.translate("Timeline", "rated by {coders}")
    else:
        text = QCoreApplication.translate("Timeline", "not rated yet by {coders}")
    return text.format(coders=", ".join(sorted(coders)))


def _missing(scale_label: str, kind: RuptureKind | None) -> str:
    """A segment rating missing where ruptures of its kind are: "Withdrawal significance:
    missing (withdrawal ruptures here)", its words escaped."""
    missing = QCoreApplication.translate("Timeline", "{scale}: missing")
    if kind is RuptureKind.WITHDRAWAL:
        why = QCoreApplication.translate("Timeline", "(withdrawal ruptures here)")
    elif kind is RuptureKind.CONFRONTATION:
        why = QCoreApplication.translate("Timeline", "(confrontation ruptures here)")
    else:
        why = QCoreApplication.translate("Timeline", "(ruptures here)")
    return f"<b>{escape(missing.format(scale=scale_label))}</b> {escape(why)}"


def segment_tooltip(scene: TimelineScene, index: int, coders: set[str] | None) -> str:
    grid = scene.grid()
    if grid is None:
        return ""
    start, end = grid.bounds(index)
    rated = index in scene.rated_segments(coders)
    lines = [
        f"{format_ms(start, millis=False)} – {format_ms(end, millis=False)}",
        escape(_rated(rated, coders)),
    ]
    if coders is not None and len(coders) == 1:
        shown = scene.shown_codebook
        rows = scene.segment_rows(next(iter(coders)))
        row = rows[index] if index < len(rows) else None
        missing = set(row.missing_ratings(scene.codebook)) if row is not None else set()
        for scale in scene.segment_scales() if row is not None else ():
            assert row is not None
            if scale.id in row.ratings:
                lines.append(_row(scale.label, _rating(shown, scale.id, row.ratings[scale.id])))
            elif scale.id in missing:
                text = _missing(scale.label, scale.kind)
                lines.append(f"<span style='color:{MISSING.name()}'>{text}</span>")
    title = QCoreApplication.translate("Timeline", "Segment {n}").format(n=index + 1)
    return f"<qt><b>{escape(title)}</b><br>{'<br>'.join(lines)}</qt>"


def before_segments_tooltip(scene: TimelineScene) -> str:
    grid = scene.grid()
    origin = grid.origin_ms if grid is not None else 0
    title = QCoreApplication.translate("Timeline", "Before the first segment")
    text = QCoreApplication.translate(
        "Timeline", "Segment 1 starts at {time} (Code → Set First Segment Start at Playhead)"
    ).format(time=format_ms(origin, millis=False))
    return f"<qt><b>{escape(title)}</b><br>{escape(text)}</qt>"


def _row(name: str, value: str) -> str:
    return f"<i>{escape(name)}:</i> {escape(value).replace(chr(10), '<br>')}"


def _rating(cb: Codebook, scale_id: str, value: int | None) -> str:
    if value is None:
        return QCoreApplication.translate("Timeline", "not rated")
    scale = cb.scale(scale_id)
    anchor = scale.anchors.get(value) if scale is not None else None
    return f"{value} — {anchor}" if anchor else str(value)
