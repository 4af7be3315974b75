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
from typing import TypeVar

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import Codebook, CountRule, RatingScale, RuptureKind
from rupture_annotator.domain.recording import Recording


def segment_count(length_ms: int, segment_ms: int) -> int:
    """Segments needed to cover length_ms; the last one may be short."""
    return max(1, -(-length_ms // segment_ms))


def segment_bounds(index: int, segment_ms: int, length_ms: int) -> tuple[int, int]:
    start = index * segment_ms
    return start, min(start + segment_ms, max(length_ms, start + 1))


def segment_of(time_ms: int, segment_ms: int) -> int:
    return max(0, time_ms) // segment_ms


_K = TypeVar("_K")


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
    # with actors declared: the same counts per actor ((kind, actor), (marker id, actor))
    actor_ruptures: dict[tuple[RuptureKind, str], int] = field(default_factory=dict)
    actor_max_significance: dict[tuple[RuptureKind, str], int | None] = field(default_factory=dict)
    actor_marker_counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def present(self, counts: dict[str, int]) -> dict[str, int]:
        return {k: 1 if v else 0 for k, v in counts.items()}

    def ruptures_for(self, codebook: Codebook, scale: RatingScale) -> int:
        """How many ruptures here a segment scale rates (its kind, and its actor if any)."""
        if scale.kind is None:
            return 0
        actor = codebook.scale_actor(scale)
        if actor is None:
            return self.ruptures[scale.kind]
        return self.actor_ruptures.get((scale.kind, actor), 0)

    def suggestion(self, codebook: Codebook, scale: RatingScale) -> int | None:
        """The highest single-span rating of the ruptures the scale rates: 0 when there are
        none, None when there are some but none is rated."""
        if scale.kind is None:
            return None
        actor = codebook.scale_actor(scale)
        if actor is None:
            return self.max_significance[scale.kind]
        return self.actor_max_significance.get((scale.kind, actor), 0)

    def missing_ratings(self, codebook: Codebook) -> list[str]:
        """The segment ratings of ruptures present here (of their kind and actor) that the
        coder has not given."""
        return [
            s.id
            for k in RuptureKind
            for s in codebook.segment_scales_of(k)
            if self.ruptures_for(codebook, s) and s.id not in self.ratings
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
    actors = [a.id for a in codebook.actors]
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
                actor_ruptures={(k, x): 0 for k in RuptureKind for x in actors},
                actor_max_significance={(k, x): 0 for k in RuptureKind for x in actors},
                actor_marker_counts={(m.id, x): 0 for m in codebook.markers for x in actors},
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
                _rate(row.max_significance, a.kind, a.significance)
                if actors:
                    key = (a.kind, a.actor or actors[0])
                    row.actor_ruptures[key] = row.actor_ruptures.get(key, 0) + 1
                    _rate(row.actor_max_significance, key, a.significance)
                    for mid in a.marker_ids:
                        mkey = (mid, key[1])
                        if mkey in row.actor_marker_counts:
                            row.actor_marker_counts[mkey] += 1
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


def _rate(best: dict[_K, int | None], key: _K, rating: int | None) -> None:
    """Keep the highest rating: 0 stays for "none of these", None for "some, none rated"."""
    current = best.get(key, 0)
    if rating is not None:
        best[key] = max(current or 0, rating)
    elif current == 0:
        best[key] = None
