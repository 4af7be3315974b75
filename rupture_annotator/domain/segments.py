"""The segment grid and the 3RS segment table derived from spans (never tallied by hand).

The 3RS variables of a segment are the coder's own segment ratings (e.g. withdrawal significance,
1-5). What is derived from spans is counted here under one definition:

- `counts[id]`: how many spans with that marker or strategy are counted in the segment, by the
  codebook's counting rule: "overlap" counts a span in every segment it overlaps (a span from
  4:50 to 5:10 counts in segments 1 and 2), "start" only in the segment where it starts
  (segment 1 only);
- `present[id]`: 1 when that count is above 0, else 0 (what agreement on presence needs);
- session totals (elsewhere) count each span once.

A span needs at least one code to be counted: a strategy span without a strategy is incomplete,
and Check Coding lists it. A span that ends before the grid's origin is in no segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import Codebook, CountRule, RuptureKind
from rupture_annotator.domain.recording import Recording


def segment_count(length_ms: int, segment_ms: int) -> int:
    """Segments needed to cover length_ms; the last one may be short."""
    return max(1, -(-length_ms // segment_ms))


def segment_bounds(index: int, segment_ms: int, length_ms: int) -> tuple[int, int]:
    start = index * segment_ms
    return start, min(start + segment_ms, max(length_ms, start + 1))


def segment_of(time_ms: int, segment_ms: int) -> int:
    return max(0, time_ms) // segment_ms


def coded_length_ms(recording: Recording) -> int:
    """The media duration when known, else the end of the last span."""
    if recording.media.duration_ms:
        return recording.media.duration_ms
    return max((a.end_ms for a in recording.annotations()), default=1)


@dataclass(frozen=True)
class SegmentGrid:
    """The segments of one recording: from its origin, each segment_ms long (the last may be
    short), to the end of the recording or of its last span, whichever is later."""

    origin_ms: int
    segment_ms: int
    end_ms: int
    count_rule: CountRule = "overlap"

    @classmethod
    def of(cls, recording: Recording, codebook: Codebook) -> SegmentGrid:
        last = max((a.end_ms for a in recording.annotations()), default=1)
        origin = recording.segment_origin_ms
        end = max(coded_length_ms(recording), last, origin + 1)
        return cls(origin, codebook.segment_length_ms, end, codebook.count_rule)

    @property
    def count(self) -> int:
        return segment_count(self.end_ms - self.origin_ms, self.segment_ms)

    def bounds(self, index: int) -> tuple[int, int]:
        start = self.origin_ms + index * self.segment_ms
        return start, min(start + self.segment_ms, max(self.end_ms, start + 1))

    def index_of(self, time_ms: int) -> int | None:
        """The segment a moment is in; None before the origin."""
        if time_ms < self.origin_ms:
            return None
        return min((time_ms - self.origin_ms) // self.segment_ms, self.count - 1)

    def segments_of(self, start_ms: int, end_ms: int) -> range:
        """The segments a span [start, end) is counted in, by the counting rule."""
        if end_ms <= self.origin_ms:
            return range(0)
        first = self.index_of(max(start_ms, self.origin_ms))
        assert first is not None
        if self.count_rule == "start":
            return range(first, first + 1)
        last = self.index_of(end_ms - 1)
        assert last is not None
        return range(first, last + 1)


@dataclass
class SegmentRow:
    """One segment of one coder's coding: counts, presence, span-rating aid, entered ratings."""

    index: int
    start_ms: int
    end_ms: int
    marker_counts: dict[str, int]
    strategy_counts: dict[str, int]
    # per kind: the highest rating on a single span (an aid, not the 3RS rating): None when
    # the segment has spans of the kind but none is rated, 0 when it has none of the kind
    max_significance: dict[RuptureKind, int | None]
    ruptures: dict[RuptureKind, int]
    ratings: dict[str, int] = field(default_factory=dict)
    strategy_spans: int = 0  # strategy spans with at least one code counted here
    group_counts: dict[str, int] = field(default_factory=dict)

    def present(self, counts: dict[str, int]) -> dict[str, int]:
        return {k: 1 if v else 0 for k, v in counts.items()}

    def missing_ratings(self, codebook: Codebook) -> list[str]:
        """The segment ratings of a kind with ruptures here that the coder has not given."""
        return [
            s.id
            for k in RuptureKind
            if self.ruptures[k]
            for s in codebook.segment_scales_of(k)
            if s.actor in (None, "patient") and s.id not in self.ratings
        ]


def strategy_group(codebook: Codebook, strategy_id: str) -> str:
    strategy = codebook.strategies_by_id.get(strategy_id)
    return (strategy.group if strategy is not None else None) or "ungrouped"


def segment_table(
    recording: Recording, coder: str, codebook: Codebook, segment_ms: int | None = None
) -> list[SegmentRow]:
    """Per segment of the grid: counts and presence of each marker and strategy (by the
    codebook's counting rule), the ruptures per kind, the span-rating aid, the coder's ratings."""
    grid = SegmentGrid.of(recording, codebook)
    if segment_ms is not None:
        grid = SegmentGrid(grid.origin_ms, segment_ms, grid.end_ms, grid.count_rule)
    groups = dict.fromkeys(strategy_group(codebook, s.id) for s in codebook.strategies)
    rows = []
    for i in range(grid.count):
        start, end = grid.bounds(i)
        rows.append(
            SegmentRow(
                index=i,
                start_ms=start,
                end_ms=end,
                marker_counts={m.id: 0 for m in codebook.markers},
                strategy_counts={s.id: 0 for s in codebook.strategies},
                max_significance=dict.fromkeys(RuptureKind, 0),
                ruptures=dict.fromkeys(RuptureKind, 0),
                group_counts=dict.fromkeys(groups, 0),
            )
        )
    for a in recording.annotations():
        if a.coder != coder:
            continue
        if isinstance(a, Rupture):
            for row in (rows[i] for i in grid.segments_of(a.start_ms, a.end_ms)):
                row.ruptures[a.kind] += 1
                for mid in a.marker_ids:
                    if mid in row.marker_counts:
                        row.marker_counts[mid] += 1
                best = row.max_significance[a.kind]
                if a.significance is not None:
                    row.max_significance[a.kind] = max(best or 0, a.significance)
                elif best == 0:
                    row.max_significance[a.kind] = None  # ruptures here, not rated (yet)
        elif a.strategy_ids:
            for row in (rows[i] for i in grid.segments_of(a.start_ms, a.end_ms)):
                row.strategy_spans += 1
                for sid in a.strategy_ids:
                    if sid in row.strategy_counts:
                        row.strategy_counts[sid] += 1
                for g in dict.fromkeys(strategy_group(codebook, s) for s in a.strategy_ids):
                    row.group_counts[g] = row.group_counts.get(g, 0) + 1
    for r in recording.segment_ratings:
        if r.coder == coder and r.segment_index < len(rows):
            rows[r.segment_index].ratings = dict(r.values)
    return rows
