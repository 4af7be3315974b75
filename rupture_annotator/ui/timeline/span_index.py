"""Spans by lane and coder, sorted by start, so a view finds what it shows without a full scan.

Each track keeps its starts and ends in numpy arrays sorted by start, plus the running maximum of
ends in that order ("reach"). Reach never decreases, so the first span that can still overlap a
time t is found by bisecting it; the spans overlapping [t0, t1) all lie between that index and the
first start at or after t1. Edits insert into or delete from the arrays in place of a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy as np
import numpy.typing as npt

from rupture_annotator.domain.annotations import Annotation, Rupture

IntArray = npt.NDArray[np.int64]
LANES: tuple[str, ...] = ("withdrawal", "confrontation", "resolution")


def lane_of(annotation: Annotation) -> str:
    return annotation.kind.value if isinstance(annotation, Rupture) else "resolution"


class SpanTrack:
    """The spans of one lane by one coder, each with a tag (its colour) for the painter."""

    def __init__(self) -> None:
        self._starts: IntArray = np.empty(0, np.int64)
        self._ends: IntArray = np.empty(0, np.int64)
        self._ids: list[str] = []
        self._tags: list[str] = []
        self._reach: IntArray | None = None

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def starts(self) -> IntArray:
        return self._starts

    @property
    def ends(self) -> IntArray:
        return self._ends

    @property
    def ids(self) -> list[str]:
        return self._ids

    @property
    def tags(self) -> list[str]:
        return self._tags

    def load(self, spans: Iterable[tuple[str, int, int, str]]) -> None:
        items = sorted(spans, key=lambda s: s[1])
        self._ids = [s[0] for s in items]
        self._tags = [s[3] for s in items]
        self._starts = np.fromiter((s[1] for s in items), np.int64, len(items))
        self._ends = np.fromiter((s[2] for s in items), np.int64, len(items))
        self._reach = None

    def add(self, span_id: str, start_ms: int, end_ms: int, tag: str = "") -> None:
        i = int(np.searchsorted(self._starts, start_ms, side="right"))
        self._starts = np.insert(self._starts, i, start_ms)
        self._ends = np.insert(self._ends, i, end_ms)
        self._ids.insert(i, span_id)
        self._tags.insert(i, tag)
        self._reach = None

    def remove(self, span_id: str, start_ms: int) -> bool:
        lo = int(np.searchsorted(self._starts, start_ms, side="left"))
        hi = int(np.searchsorted(self._starts, start_ms, side="right"))
        for i in range(lo, hi):
            if self._ids[i] == span_id:
                self._starts = np.delete(self._starts, i)
                self._ends = np.delete(self._ends, i)
                del self._ids[i]
                del self._tags[i]
                self._reach = None
                return True
        return False

    def overlapping(self, t0: float, t1: float) -> IntArray:
        """Positions (in start order) of the spans with start < t1 and end > t0."""
        if not self._ids or t1 <= t0:
            return np.empty(0, np.int64)
        if self._reach is None:
            self._reach = np.maximum.accumulate(self._ends)
        lo = int(np.searchsorted(self._reach, t0, side="right"))
        hi = int(np.searchsorted(self._starts, t1, side="left"))
        if hi <= lo:
            return np.empty(0, np.int64)
        return lo + np.flatnonzero(self._ends[lo:hi] > t0)


class SpanIndex:
    """All spans of one recording as tracks keyed by (lane, coder)."""

    def __init__(self, tag_of: Callable[[Annotation], str] = lambda a: "") -> None:
        self._tracks: dict[tuple[str, str], SpanTrack] = {}
        self._tag_of = tag_of

    def load(self, annotations: Iterable[Annotation]) -> None:
        groups: dict[tuple[str, str], list[tuple[str, int, int, str]]] = {}
        for a in annotations:
            span = (a.id, a.start_ms, a.end_ms, self._tag_of(a))
            groups.setdefault((lane_of(a), a.coder), []).append(span)
        self._tracks = {}
        for key, spans in groups.items():
            self.track(*key).load(spans)

    def track(self, lane: str, coder: str) -> SpanTrack:
        found = self._tracks.get((lane, coder))
        if found is None:
            found = self._tracks[(lane, coder)] = SpanTrack()
        return found

    def tracks(self, lane: str, coders: Iterable[str] | None) -> Iterator[SpanTrack]:
        """The tracks of a lane for the given coders (None: every coder)."""
        if coders is None:
            yield from (t for (ln, _), t in self._tracks.items() if ln == lane)
        else:
            for coder in coders:
                found = self._tracks.get((lane, coder))
                if found is not None:
                    yield found

    def coders(self) -> set[str]:
        return {coder for (_, coder), track in self._tracks.items() if len(track)}

    def add(self, a: Annotation) -> None:
        self.track(lane_of(a), a.coder).add(a.id, a.start_ms, a.end_ms, self._tag_of(a))

    def remove(self, a: Annotation) -> None:
        self.track(lane_of(a), a.coder).remove(a.id, a.start_ms)

    def replace(self, old: Annotation, new: Annotation) -> None:
        self.remove(old)
        self.add(new)
