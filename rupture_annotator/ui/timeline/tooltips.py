"""What hovering tells: a span's markers or strategies, its rating and note; a segment's rating."""

from __future__ import annotations

from html import escape

from rupture_annotator.domain.annotations import Annotation, Rupture
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.style import MISSING

NOTE_LIMIT = 400


def span_tooltip(scene: TimelineScene, a: Annotation) -> str:
    cb = scene.codebook
    duration = (a.end_ms - a.start_ms) / 1000
    lines = []
    if isinstance(a, Rupture):
        title = f"{a.kind.value.capitalize()} rupture"
        items = [cb.markers_by_id[m] for m in a.marker_ids if m in cb.markers_by_id]
        names = [f"{m.number} {m.label}" for m in items]
        lines.append(_row("Markers", "; ".join(names) if names else "none yet"))
        lines.append(_row("Significance", _rating(cb, "significance", a.significance)))
    else:
        title = "Resolution strategy"
        strategies = [cb.strategies_by_id[s] for s in a.strategy_ids if s in cb.strategies_by_id]
        names = [f"{s.number} {s.label}" for s in strategies]
        lines.append(_row("Strategies", "; ".join(names) if names else "none yet"))
        lines.append(_row("Resolution", _rating(cb, "resolution", a.resolution)))
        rupture = scene.spans.get(a.rupture_id or "")
        if isinstance(rupture, Rupture):
            target = f"{rupture.kind.value} rupture at {format_ms(rupture.start_ms, millis=False)}"
            lines.append(_row("Addresses", target))
        else:
            lines.append(_row("Addresses", "no rupture linked"))
    lines.append(_row("Coder", a.coder))
    if a.note.strip():
        note = a.note.strip()
        if len(note) > NOTE_LIMIT:
            note = note[:NOTE_LIMIT].rstrip() + "…"
        lines.append(_row("Note", note))
    head = (
        f"<b>{escape(title)}</b><br>{format_ms(a.start_ms)} – {format_ms(a.end_ms)}"
        f" ({duration:.2f} s)"
    )
    return f"<qt>{head}<br>{'<br>'.join(lines)}</qt>"


def segment_tooltip(scene: TimelineScene, index: int, coders: set[str] | None) -> str:
    grid = scene.grid()
    if grid is None:
        return ""
    start, end = grid.bounds(index)
    rated = index in scene.rated_segments(coders)
    who = "" if coders is None else " by " + ", ".join(sorted(coders))
    state = f"rated{who}" if rated else f"not rated yet{who}"
    lines = [f"{format_ms(start, millis=False)} – {format_ms(end, millis=False)}", escape(state)]
    if coders is not None and len(coders) == 1:
        rows = scene.segment_rows(next(iter(coders)))
        row = rows[index] if index < len(rows) else None
        missing = set(row.missing_ratings(scene.codebook)) if row is not None else set()
        for scale in scene.segment_scales() if row is not None else ():
            assert row is not None
            if scale.id in row.ratings:
                lines.append(
                    _row(scale.label, _rating(scene.codebook, scale.id, row.ratings[scale.id]))
                )
            elif scale.id in missing:
                kind = scale.kind.value if scale.kind is not None else ""
                lines.append(
                    f"<span style='color:{MISSING.name()}'><b>{escape(scale.label)}: missing</b> "
                    f"({escape(kind)} ruptures here)</span>"
                )
    return f"<qt><b>Segment {index + 1}</b><br>{'<br>'.join(lines)}</qt>"


def before_segments_tooltip(scene: TimelineScene) -> str:
    grid = scene.grid()
    origin = grid.origin_ms if grid is not None else 0
    return (
        f"<qt><b>Before the first segment</b><br>Segment 1 starts at "
        f"{format_ms(origin, millis=False)} (Code → Set First Segment Start at Playhead)</qt>"
    )


def _row(name: str, value: str) -> str:
    return f"<i>{escape(name)}:</i> {escape(value).replace(chr(10), '<br>')}"


def _rating(cb: Codebook, scale_id: str, value: int | None) -> str:
    if value is None:
        return "not rated"
    scale = cb.scale(scale_id)
    anchor = scale.anchors.get(value) if scale is not None else None
    return f"{value} — {anchor}" if anchor else str(value)
