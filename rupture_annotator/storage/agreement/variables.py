"""The values compared: per unit (a recording's segment, or a whole recording) and coder, the
variables of the study export under their export column names.

Segment level (the Segments sheet of an export): the coder's segment ratings, the counts
`<kind>_n`, `<marker>_n`, `strategy_spans_n`, `<strategy>_n`, `<group>_n` and the 0/1
`<kind>_present`, `<marker>_present`, `<strategy>_present`. Session level (the Sessions sheet):
the session ratings and the session totals, each span counted once. Counts come from the one
definition in domain/segments.py, on the segment grid common to the coders (matching.py).
A value a coder did not give (a rating left empty, an entry their codebook lacks) is NaN.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from rupture_annotator.domain.agreement.summary import Level, Variable, VariableKind
from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.segments import SegmentRow, segment_table, strategy_group
from rupture_annotator.storage.agreement.matching import Coding, MatchedRecording, MatchedStudy
from rupture_annotator.storage.export.columns import safe_name
from rupture_annotator.storage.export.layout import KINDS, Layout, distinct_codebooks

NAN = float("nan")


@dataclass(frozen=True)
class Unit:
    recording: MatchedRecording
    segment: int | None  # 0-based; None for a session-level unit
    start_ms: int
    end_ms: int

    @property
    def id(self) -> str:
        """How the Segments sheet names the unit: recording key and segment number."""
        short = self.recording.key.removeprefix("sha256-ends:")[:12]
        return short if self.segment is None else f"{short}#{self.segment + 1}"


@dataclass
class LevelValues:
    """One level's variables and their values: units × variables × coders, NaN where none."""

    level: Level
    variables: list[Variable]
    units: list[Unit]
    coders: tuple[str, ...]
    values: npt.NDArray[np.float64] = field(default_factory=lambda: np.empty((0, 0, 0)))

    def of(self, variable: int, coders: tuple[str, ...]) -> npt.NDArray[np.float64]:
        """units × coders for one variable, only the units at least one of them coded."""
        cols = [self.coders.index(c) for c in coders]
        x = self.values[:, variable, :][:, cols]
        return x[~np.isnan(x).all(axis=1)]


def segment_variables(layout: Layout) -> list[tuple[Variable, Callable[[SegmentRow], float]]]:
    """The segment-level variables in Summary order (the 3RS ratings first) with their values."""
    out: list[tuple[Variable, Callable[[SegmentRow], float]]] = []

    def add(name: str, kind: VariableKind, label: str, get: Callable[[SegmentRow], float]) -> None:
        out.append((Variable(safe_name(name), "segment", kind, label), get))

    def rating(i: str) -> Callable[[SegmentRow], float]:
        return lambda r: float(r.ratings[i]) if i in r.ratings else NAN

    def kind_n(k: RuptureKind) -> Callable[[SegmentRow], float]:
        return lambda r: float(r.ruptures[k])

    def kind_p(k: RuptureKind) -> Callable[[SegmentRow], float]:
        return lambda r: float(r.ruptures[k] > 0)

    def item(counts: str, i: str, present: bool) -> Callable[[SegmentRow], float]:
        def get(r: SegmentRow) -> float:
            n = getattr(r, counts).get(i)
            return NAN if n is None else float(n > 0 if present else n)

        return get

    for s in layout.segment_scales:
        add(s.id, "rating", f"segment rating '{s.label}'", rating(s.id))
    for k in KINDS:
        add(f"{k.value}_n", "count", f"{k.value} ruptures per segment", kind_n(k))
    for m in layout.markers:
        add(
            f"{m.id}_n",
            "count",
            f"{m.kind.value} marker '{m.label}' per segment",
            item("marker_counts", m.id, False),
        )
    add(
        "strategy_spans_n", "count", "strategy spans per segment", lambda r: float(r.strategy_spans)
    )
    for st in layout.strategies:
        add(
            f"{st.id}_n",
            "count",
            f"strategy '{st.label}' per segment",
            item("strategy_counts", st.id, False),
        )
    for g in layout.groups:
        add(
            f"{g}_n",
            "count",
            f"strategies of the group '{g}' per segment",
            item("group_counts", g, False),
        )
    for k in KINDS:
        add(f"{k.value}_present", "presence", f"a {k.value} rupture in the segment", kind_p(k))
    for m in layout.markers:
        add(
            f"{m.id}_present",
            "presence",
            f"{m.kind.value} marker '{m.label}' in the segment",
            item("marker_counts", m.id, True),
        )
    for st in layout.strategies:
        add(
            f"{st.id}_present",
            "presence",
            f"strategy '{st.label}' in the segment",
            item("strategy_counts", st.id, True),
        )
    return out


def _coding_rows(coding: Coding, matched: MatchedRecording) -> list[SegmentRow]:
    """The coder's segment table on the grid common to all coders of the recording."""
    grid = matched.grid
    assert grid is not None
    rec = coding.recording
    on_grid = rec.model_copy(
        update={
            "segment_origin_ms": grid.origin_ms,
            "media": rec.media.model_copy(update={"duration_ms": grid.end_ms}),
        }
    )
    cb = coding.codebook
    if cb.count_rule != grid.count_rule:
        cb = cb.model_copy(update={"count_rule": grid.count_rule})
    return segment_table(on_grid, coding.coder, cb, grid.segment_ms)


def segment_values(study: MatchedStudy) -> LevelValues:
    layout = Layout.of(distinct_codebooks(study.study))
    spec = segment_variables(layout)
    units: list[Unit] = []
    blocks: list[npt.NDArray[np.float64]] = []
    coders = study.coders
    for matched in study.recordings:
        grid = matched.grid
        assert grid is not None
        block = np.full((grid.count, len(spec), len(coders)), NAN)
        for coder, coding in matched.codings.items():
            c = coders.index(coder)
            for row in _coding_rows(coding, matched)[: grid.count]:
                block[row.index, :, c] = [get(row) for _, get in spec]
        for i in range(grid.count):
            start, end = grid.bounds(i)
            units.append(Unit(matched, i, start, end))
        blocks.append(block)
    values = np.concatenate(blocks) if blocks else np.empty((0, len(spec), len(coders)))
    return LevelValues("segment", [v for v, _ in spec], units, coders, values)


def session_values(study: MatchedStudy) -> LevelValues:
    """Per recording and coder: the session ratings and the session totals (each span once)."""
    layout = Layout.of(distinct_codebooks(study.study))
    variables: list[Variable] = []

    def add(name: str, kind: VariableKind, label: str) -> None:
        variables.append(Variable(safe_name(name), "session", kind, label))

    for s in layout.session_scales:
        add(s.id, "rating", f"session rating '{s.label}'")
    add("n_ruptures", "count", "ruptures in the session")
    for k in KINDS:
        add(f"{k.value}_n", "count", f"{k.value} ruptures in the session")
    for m in layout.markers:
        add(f"{m.id}_n", "count", f"{m.kind.value} marker '{m.label}' in the session")
    add("n_strategy_spans", "count", "strategy spans in the session")
    for st in layout.strategies:
        add(f"{st.id}_n", "count", f"strategy '{st.label}' in the session")
    for g in layout.groups:
        add(f"{g}_n", "count", f"strategies of the group '{g}' in the session")
    coders = study.coders
    units: list[Unit] = []
    values = np.full((len(study.recordings), len(variables), len(coders)), NAN)
    for u, matched in enumerate(study.recordings):
        grid = matched.grid
        assert grid is not None
        units.append(Unit(matched, None, grid.origin_ms, grid.end_ms))
        for coder, coding in matched.codings.items():
            values[u, :, coders.index(coder)] = _session_column(coding, layout)
    return LevelValues("session", variables, units, coders, values)


def _session_column(coding: Coding, layout: Layout) -> list[float]:
    rec, cb, coder = coding.recording, coding.codebook, coding.coder
    ratings = next((r.values for r in rec.session_ratings if r.coder == coder), {})
    kinds = dict.fromkeys(KINDS, 0)
    items: dict[str, int] = dict.fromkeys([*cb.markers_by_id, *cb.strategies_by_id], 0)
    groups = dict.fromkeys(layout.groups, 0)
    strategy_spans = 0
    for a in rec.annotations():
        if a.coder != coder:
            continue
        if isinstance(a, Rupture):
            kinds[a.kind] += 1
            for i in a.marker_ids:
                if i in items:
                    items[i] += 1
        elif a.strategy_ids:
            strategy_spans += 1
            for i in a.strategy_ids:
                if i in items:
                    items[i] += 1
            for g in dict.fromkeys(strategy_group(cb, i) for i in a.strategy_ids):
                groups[g] = groups.get(g, 0) + 1

    def item(i: str) -> float:
        return float(items[i]) if i in items else NAN

    return [
        *(float(ratings[s.id]) if s.id in ratings else NAN for s in layout.session_scales),
        float(sum(kinds.values())),
        *(float(kinds[k]) for k in KINDS),
        *(item(m.id) for m in layout.markers),
        float(strategy_spans),
        *(item(s.id) for s in layout.strategies),
        *(float(groups[g]) for g in layout.groups),
    ]
