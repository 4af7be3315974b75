"""Two or more coders' coding of one recording side by side: which spans are the same event and
where the coders disagree, one disagreement at a time, as a reliability meeting goes through them.

Spans pair by the agreement engine's rule (events.py): the same kind, overlapping by at least
`min_overlap` of the shorter one, each span paired once. Ruptures of different kinds that overlap
as much are paired afterwards as a *kind* disagreement; strategies pair with strategies.

A disagreement is one of:
- `only`: a span one coder marked and the other did not (no partner);
- `kind`: the two coders saw the same rupture as withdrawal and as confrontation;
- `markers` / `strategies` / `actor`: a pair whose markers, strategies or actor differ;
- `rating`: a segment rating two coders gave that differs by 2 or more;
- `unrated`: a segment (or one scale of it) rated by one coder only.

Coders are compared pair by pair (every pair of the coders given, in their order).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rupture_annotator.domain.agreement.events import MIN_OVERLAP, Event, pair_events
from rupture_annotator.domain.annotations import Annotation, Rupture, SegmentRating
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import SegmentGrid

RATING_GAP = 2  # segment ratings this far apart are a disagreement
RESOLUTION = "resolution"

What = Literal["only", "kind", "markers", "strategies", "actor", "rating", "unrated"]

WHAT_TEXT: dict[str, str] = {
    "only": "marked by one coder",
    "kind": "kind differs",
    "markers": "markers differ",
    "strategies": "strategies differ",
    "actor": "actor differs",
    "rating": "segment rating differs by 2+",
    "unrated": "segment rated by one coder",
}


@dataclass(frozen=True)
class Disagreement:
    """One thing two coders did differently, with the time to replay it."""

    id: str  # stable while the coding is unchanged (built from span ids or segment and scale)
    what: What
    lane: str  # withdrawal, confrontation, resolution, or "segment"
    start_ms: int
    end_ms: int
    coders: tuple[str, str]
    values: tuple[str, str]  # each coder's value in words ("—" for none)
    span_ids: tuple[str | None, str | None] = (None, None)
    segment_index: int | None = None
    scale_id: str | None = None

    @property
    def text(self) -> str:
        return WHAT_TEXT[self.what]


@dataclass(frozen=True)
class SpanPair:
    """Two coders' spans taken as the same event (kind_differs: two kinds of rupture)."""

    first_coder: str
    first_id: str
    second_coder: str
    second_id: str
    kind_differs: bool = False


@dataclass(frozen=True)
class Comparison:
    coders: tuple[str, ...]
    pairs: tuple[SpanPair, ...]
    disagreements: tuple[Disagreement, ...]

    def partners(self, span_id: str) -> list[tuple[str, str]]:
        """(coder, span id) of the spans paired with this one."""
        out: list[tuple[str, str]] = []
        for p in self.pairs:
            if p.first_id == span_id:
                out.append((p.second_coder, p.second_id))
            elif p.second_id == span_id:
                out.append((p.first_coder, p.first_id))
        return out


def compare(
    codings: Mapping[str, Recording],
    codebook: Codebook,
    grid: SegmentGrid | None = None,
    min_overlap: float = MIN_OVERLAP,
) -> Comparison:
    """Compare each pair of coders on one recording; codings maps coder → the recording as their
    file holds it (only that coder's spans and ratings are read)."""
    coders = tuple(codings)
    if grid is None and codings:
        first = next(iter(codings.values()))
        grid = SegmentGrid.of(first, codebook)
    pairs: list[SpanPair] = []
    found: list[Disagreement] = []
    for a, b in itertools.combinations(coders, 2):
        ra, rb = codings[a], codings[b]
        p, d = _compare_spans(a, b, ra, rb, codebook, min_overlap)
        pairs += p
        found += d
        if grid is not None:
            found += _compare_ratings(a, b, ra, rb, codebook, grid)
    found.sort(key=lambda d: (d.start_ms, d.end_ms, d.lane, d.id))
    return Comparison(coders, tuple(pairs), tuple(found))


# -- spans ----------------------------------------------------------------------------------------
def _lane(a: Annotation) -> str:
    return str(a.kind) if isinstance(a, Rupture) else RESOLUTION


def _codes(a: Annotation) -> frozenset[str]:
    return frozenset(a.marker_ids if isinstance(a, Rupture) else a.strategy_ids)


def _events(spans: Sequence[Annotation], kind_blind: bool = False) -> list[Event]:
    return [
        Event(s.id, "rupture" if kind_blind else _lane(s), s.start_ms, s.end_ms, _codes(s))
        for s in spans
    ]


def _compare_spans(
    a: str,
    b: str,
    ra: Recording,
    rb: Recording,
    codebook: Codebook,
    min_overlap: float,
) -> tuple[list[SpanPair], list[Disagreement]]:
    spans_a: list[Annotation] = [s for s in ra.annotations() if s.coder == a]
    spans_b: list[Annotation] = [s for s in rb.annotations() if s.coder == b]
    by_id = {s.id: s for s in (*spans_a, *spans_b)}
    matching = pair_events(_events(spans_a), _events(spans_b), min_overlap)
    pairs = [SpanPair(a, p.first.id, b, p.second.id) for p in matching.pairs]
    # ruptures left over: the same moment seen as two kinds
    left_a = [by_id[e.id] for e in matching.only_first if e.kind != RESOLUTION]
    left_b = [by_id[e.id] for e in matching.only_second if e.kind != RESOLUTION]
    crossed = pair_events(_events(left_a, True), _events(left_b, True), min_overlap)
    kind_pairs = [p for p in crossed.pairs if _lane(by_id[p.first.id]) != _lane(by_id[p.second.id])]
    pairs += [SpanPair(a, p.first.id, b, p.second.id, kind_differs=True) for p in kind_pairs]
    in_pair = {p.first_id for p in pairs} | {p.second_id for p in pairs}

    out: list[Disagreement] = []
    for p in pairs:
        sa, sb = by_id[p.first_id], by_id[p.second_id]
        start, end = min(sa.start_ms, sb.start_ms), max(sa.end_ms, sb.end_ms)
        key = f"{p.first_id}|{p.second_id}"
        ids = (sa.id, sb.id)
        if p.kind_differs:
            out.append(
                Disagreement(
                    f"kind:{key}",
                    "kind",
                    _lane(sa),
                    start,
                    end,
                    (a, b),
                    (describe(sa, codebook), describe(sb, codebook)),
                    ids,
                )
            )
            continue
        if _codes(sa) != _codes(sb):
            what: What = "markers" if isinstance(sa, Rupture) else "strategies"
            out.append(
                Disagreement(
                    f"{what}:{key}",
                    what,
                    _lane(sa),
                    start,
                    end,
                    (a, b),
                    (codes_text(sa, codebook), codes_text(sb, codebook)),
                    ids,
                )
            )
        if isinstance(sa, Rupture) and isinstance(sb, Rupture) and sa.actor != sb.actor:
            out.append(
                Disagreement(
                    f"actor:{key}",
                    "actor",
                    _lane(sa),
                    start,
                    end,
                    (a, b),
                    (actor_text(sa, codebook), actor_text(sb, codebook)),
                    ids,
                )
            )
    for spans, first in ((spans_a, True), (spans_b, False)):
        for s in spans:
            if s.id in in_pair:
                continue
            mine, none = describe(s, codebook), "—"
            out.append(
                Disagreement(
                    f"only:{s.id}",
                    "only",
                    _lane(s),
                    s.start_ms,
                    s.end_ms,
                    (a, b),
                    (mine, none) if first else (none, mine),
                    (s.id, None) if first else (None, s.id),
                )
            )
    return pairs, out


def codes_text(a: Annotation, codebook: Codebook) -> str:
    if isinstance(a, Rupture):
        labels = [
            codebook.markers_by_id[m].label for m in a.marker_ids if m in codebook.markers_by_id
        ]
    else:
        labels = [
            codebook.strategies_by_id[s].label
            for s in a.strategy_ids
            if s in codebook.strategies_by_id
        ]
    return ", ".join(labels) or "no code"


def actor_text(r: Rupture, codebook: Codebook) -> str:
    return next((x.label for x in codebook.actors if x.id == r.actor), r.actor or "—")


def describe(a: Annotation, codebook: Codebook) -> str:
    """A span in words: its kind (and actor) and its codes."""
    if isinstance(a, Rupture):
        head = str(a.kind)
        if codebook.actors and a.actor is not None:
            head = f"{actor_text(a, codebook)} {head}"
    else:
        head = "strategy"
    return f"{head}: {codes_text(a, codebook)}"


# -- segment ratings ------------------------------------------------------------------------------
def _ratings(rec: Recording, coder: str) -> dict[int, SegmentRating]:
    return {r.segment_index: r for r in rec.segment_ratings if r.coder == coder and r.values}


def _compare_ratings(
    a: str, b: str, ra: Recording, rb: Recording, codebook: Codebook, grid: SegmentGrid
) -> list[Disagreement]:
    scales = codebook.scales_for("segment")
    mine, theirs = _ratings(ra, a), _ratings(rb, b)
    out: list[Disagreement] = []
    for index in sorted(set(mine) | set(theirs)):
        if index >= grid.count:
            continue
        start, end = grid.bounds(index)
        va, vb = mine.get(index), theirs.get(index)
        if va is None or vb is None:
            rated = va or vb
            assert rated is not None
            words = ", ".join(f"{k} {v}" for k, v in sorted(rated.values.items()))
            out.append(
                Disagreement(
                    f"unrated:{index}:{a}|{b}",
                    "unrated",
                    "segment",
                    start,
                    end,
                    (a, b),
                    (words, "not rated") if vb is None else ("not rated", words),
                    segment_index=index,
                )
            )
            continue
        for scale in scales:
            x, y = va.values.get(scale.id), vb.values.get(scale.id)
            if x is None and y is None:
                continue
            if x is None or y is None:
                out.append(
                    Disagreement(
                        f"unrated:{index}:{scale.id}:{a}|{b}",
                        "unrated",
                        "segment",
                        start,
                        end,
                        (a, b),
                        (_num(x), _num(y)),
                        segment_index=index,
                        scale_id=scale.id,
                    )
                )
            elif abs(x - y) >= RATING_GAP:
                out.append(
                    Disagreement(
                        f"rating:{index}:{scale.id}:{a}|{b}",
                        "rating",
                        "segment",
                        start,
                        end,
                        (a, b),
                        (f"{scale.id} {x}", f"{scale.id} {y}"),
                        segment_index=index,
                        scale_id=scale.id,
                    )
                )
    return out


def _num(v: int | None) -> str:
    return "not rated" if v is None else str(v)
