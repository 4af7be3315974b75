"""The segment grid and the 3RS segment table derived from spans (never tallied by hand)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.recording import Recording


def segment_count(length_ms: int, segment_ms: int) -> int:
    """Segments needed to cover length_ms; the last one may be short."""
    return max(1, -(-length_ms // segment_ms))


def segment_bounds(index: int, segment_ms: int, length_ms: int) -> tuple[int, int]:
    start = index * segment_ms
    return start, min(start + segment_ms, max(length_ms, start + 1))


def segment_of(time_ms: int, segment_ms: int) -> int:
    return max(0, time_ms) // segment_ms


@dataclass
class SegmentRow:
    """One segment of one coder's coding: counts, highest significance, entered ratings."""

    index: int
    start_ms: int
    end_ms: int
    marker_counts: dict[str, int]
    strategy_counts: dict[str, int]
    max_significance: dict[RuptureKind, int | None]
    ruptures: dict[RuptureKind, int]
    ratings: dict[str, int] = field(default_factory=dict)


def coded_length_ms(recording: Recording) -> int:
    """The media duration when known, else the end of the last span."""
    if recording.media.duration_ms:
        return recording.media.duration_ms
    return max((a.end_ms for a in recording.annotations()), default=1)


def segment_table(
    recording: Recording, coder: str, codebook: Codebook, segment_ms: int | None = None
) -> list[SegmentRow]:
    """Per segment: each marker's and strategy's count of spans overlapping it, and more.

    A span that crosses a boundary counts in every segment it overlaps, as a coder watching
    each segment would note it there.
    """
    seg = segment_ms or codebook.segment_length_ms
    length = max(
        coded_length_ms(recording), max((a.end_ms for a in recording.annotations()), default=1)
    )
    n = segment_count(length, seg)
    rows = []
    for i in range(n):
        start, end = segment_bounds(i, seg, length)
        rows.append(
            SegmentRow(
                index=i,
                start_ms=start,
                end_ms=end,
                marker_counts={m.id: 0 for m in codebook.markers},
                strategy_counts={s.id: 0 for s in codebook.strategies},
                max_significance={k: None for k in RuptureKind},
                ruptures={k: 0 for k in RuptureKind},
            )
        )
    for a in recording.annotations():
        if a.coder != coder:
            continue
        first, last = segment_of(a.start_ms, seg), segment_of(a.end_ms - 1, seg)
        for row in rows[first : last + 1]:
            if isinstance(a, Rupture):
                row.ruptures[a.kind] += 1
                for mid in a.marker_ids:
                    if mid in row.marker_counts:
                        row.marker_counts[mid] += 1
                if a.significance is not None:
                    best = row.max_significance[a.kind]
                    row.max_significance[a.kind] = max(best or 0, a.significance)
            else:
                for sid in a.strategy_ids:
                    if sid in row.strategy_counts:
                        row.strategy_counts[sid] += 1
    for r in recording.segment_ratings:
        if r.coder == coder and r.segment_index < n:
            rows[r.segment_index].ratings = dict(r.values)
    return rows
