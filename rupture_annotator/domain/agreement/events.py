"""Ruptures of two coders paired as the same event, and how far the pairs agree.

Two ruptures are the same event when they are of the same kind and overlap by at least
`min_overlap` (default one half) of the shorter one. Among the admissible pairs, each rupture is
paired at most once, choosing the pairing with the largest total overlap share (an optimal
assignment, so the result does not depend on the order the spans are listed in).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from rupture_annotator.domain.agreement.estimate import Estimate, undefined

MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Event:
    """A rupture as the pairing sees it."""

    id: str
    kind: str
    start_ms: int
    end_ms: int
    markers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pair:
    first: Event
    second: Event
    overlap_share: float  # overlap / the shorter span's length

    @property
    def onset_diff_ms(self) -> int:
        """second − first: positive when the second coder saw it start later."""
        return self.second.start_ms - self.first.start_ms

    @property
    def offset_diff_ms(self) -> int:
        return self.second.end_ms - self.first.end_ms

    @property
    def same_markers(self) -> bool:
        return self.first.markers == self.second.markers

    @property
    def marker_jaccard(self) -> float:
        union = self.first.markers | self.second.markers
        return 1.0 if not union else len(self.first.markers & self.second.markers) / len(union)


@dataclass(frozen=True)
class Matching:
    pairs: tuple[Pair, ...]
    only_first: tuple[Event, ...]
    only_second: tuple[Event, ...]


def pair_events(
    first: Sequence[Event], second: Sequence[Event], min_overlap: float = MIN_OVERLAP
) -> Matching:
    """Pair the events of two coders on one recording (kinds are kept apart)."""
    pairs: list[Pair] = []
    paired_a: set[int] = set()
    paired_b: set[int] = set()
    for kind in sorted({e.kind for e in first} & {e.kind for e in second}):
        ia = [i for i, e in enumerate(first) if e.kind == kind]
        ib = [i for i, e in enumerate(second) if e.kind == kind]
        a_start = np.array([first[i].start_ms for i in ia], dtype=float)
        a_end = np.array([first[i].end_ms for i in ia], dtype=float)
        b_start = np.array([second[i].start_ms for i in ib], dtype=float)
        b_end = np.array([second[i].end_ms for i in ib], dtype=float)
        overlap = np.minimum(a_end[:, None], b_end[None, :]) - np.maximum(
            a_start[:, None], b_start[None, :]
        )
        shorter = np.minimum((a_end - a_start)[:, None], (b_end - b_start)[None, :])
        share = np.clip(overlap, 0, None) / shorter
        admissible = (share >= min_overlap) & (overlap > 0)
        if not admissible.any():
            continue
        rows, cols = linear_sum_assignment(np.where(admissible, share, 0.0), maximize=True)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            if admissible[r, c]:
                pairs.append(Pair(first[ia[r]], second[ib[c]], float(share[r, c])))
                paired_a.add(ia[r])
                paired_b.add(ib[c])
    pairs.sort(key=lambda p: (p.first.start_ms, p.second.start_ms))
    return Matching(
        tuple(pairs),
        tuple(e for i, e in enumerate(first) if i not in paired_a),
        tuple(e for i, e in enumerate(second) if i not in paired_b),
    )


@dataclass(frozen=True)
class EventSummary:
    """What the pairing of two coders' ruptures comes to, over one or many recordings."""

    pairs: int
    only_first: int
    only_second: int
    matched_share: Estimate  # 2 × pairs / (all events of both): positive agreement on events
    onset_diff_median_s: Estimate  # |second − first|, seconds
    onset_diff_iqr_s: Estimate
    offset_diff_median_s: Estimate
    offset_diff_iqr_s: Estimate
    same_markers_share: Estimate  # pairs whose marker sets are the same
    marker_jaccard_mean: Estimate  # mean shared / all markers of a pair


def _median_iqr(values_ms: list[int], n: int) -> tuple[Estimate, Estimate]:
    if not values_ms:
        none = undefined("No paired ruptures: there are no differences to summarise.", 0)
        return none, none
    s = np.abs(np.asarray(values_ms, dtype=float)) / 1000
    q1, med, q3 = np.percentile(s, [25, 50, 75])
    return Estimate(float(med), None, None, "", n), Estimate(float(q3 - q1), None, None, "", n)


def summarise(matchings: Sequence[Matching]) -> EventSummary:
    pairs = [p for m in matchings for p in m.pairs]
    only_a = sum(len(m.only_first) for m in matchings)
    only_b = sum(len(m.only_second) for m in matchings)
    n = len(pairs)
    events = 2 * n + only_a + only_b
    matched = (
        Estimate(2 * n / events, None, None, "", events)
        if events
        else undefined("Neither coder marked a rupture: there are no events to pair.", 0)
    )
    onset = _median_iqr([p.onset_diff_ms for p in pairs], n)
    offset = _median_iqr([p.offset_diff_ms for p in pairs], n)
    if pairs:
        same = Estimate(sum(p.same_markers for p in pairs) / n, None, None, "", n)
        jac = Estimate(float(np.mean([p.marker_jaccard for p in pairs])), None, None, "", n)
    else:
        same = jac = undefined("No paired ruptures: there are no markers to compare.", 0)
    return EventSummary(n, only_a, only_b, matched, *onset, *offset, same, jac)
