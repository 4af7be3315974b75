"""The sheets of totals: per segment (the 3RS table) and per session, each per coder."""

from __future__ import annotations

from collections import defaultdict

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook, RatingScale
from rupture_annotator.domain.segments import coded_length_ms, segment_count, segment_table
from rupture_annotator.storage.export.columns import Table
from rupture_annotator.storage.export.layout import (
    KINDS,
    Layout,
    recording_cells,
    recording_columns,
    recordings,
    session_columns,
)
from rupture_annotator.storage.export.study import Study


def _counts(t: Table, layout: Layout, per: str) -> None:
    for m in layout.markers:
        t.add(
            f"{m.id}_n",
            "int",
            f"How many ruptures {per} were coded with the {m.kind} marker '{m.label}'.",
            "<marker id>_n",
            f"One column per marker: how many ruptures {per} were coded with it.",
        )
    for s in layout.strategies:
        t.add(
            f"{s.id}_n",
            "int",
            f"How many strategy spans {per} were coded with '{s.label}'.",
            "<strategy id>_n",
            f"One column per strategy: how many strategy spans {per} were coded with it.",
        )


def _scale_columns(t: Table, scales: tuple[RatingScale, ...], target: str) -> None:
    example = f" (e.g. {scales[0].id})" if scales else ""
    for sc in scales:
        t.add(
            sc.id,
            "int",
            f"The coder's rating of the {target}: {sc.label} ({sc.minimum}-{sc.maximum}).",
            "<scale id>",
            f"One column per {target} rating scale of the codebook{example}: the coder's "
            f"rating of the {target}.",
        )


def segments_table(study: Study, layout: Layout) -> Table:
    t = Table("Segments", "The 3RS table: one row per recording, coder and segment.")
    recording_columns(t)
    t.add("coder", "text", "Whose coding the row counts.")
    t.add("segment", "int", "The segment's number (1 = the first).")
    t.add("start", "time", "When the segment starts, as a time value.")
    t.add("end", "time", "When the segment ends, as a time value (the last may be short).")
    t.add("start_s", "seconds", "When the segment starts, in seconds.")
    t.add("end_s", "seconds", "When the segment ends, in seconds.")
    for k in KINDS:
        t.add(f"n_{k.value}", "int", f"How many {k.value} ruptures overlap the segment.")
    for k in KINDS:
        t.add(
            f"{k.value}_significance_max",
            "int",
            f"The highest significance of the {k.value} ruptures overlapping the segment.",
        )
    _counts(t, layout, "overlapping the segment")
    _scale_columns(t, layout.segment_scales, "segment")
    session_columns(t, layout)
    scale_ids = [s.id for s in layout.segment_scales]
    for sp, rec, coders in recordings(study):
        cb = sp.project.codebook
        head = recording_cells(sp, rec, layout)
        for coder in coders:
            for row in segment_table(rec, coder, cb):
                t.rows.append(
                    [
                        *head,
                        coder,
                        row.index + 1,
                        row.start_ms,
                        row.end_ms,
                        row.start_ms,
                        row.end_ms,
                        *(row.ruptures[k] for k in KINDS),
                        *(row.max_significance[k] for k in KINDS),
                        *(row.marker_counts.get(m.id) for m in layout.markers),
                        *(row.strategy_counts.get(s.id) for s in layout.strategies),
                        *(row.ratings.get(i) for i in scale_ids),
                    ]
                )
    return t


def sessions_table(study: Study, layout: Layout) -> Table:
    t = Table("Sessions", "One row per recording and coder: totals over the whole session.")
    recording_columns(t)
    t.add("coder", "text", "Whose coding the row sums up.")
    t.add("length", "time", "The length coded: the recording's duration (or the last span's end).")
    t.add("length_s", "seconds", "The same length in seconds.")
    t.add("n_segments", "int", "How many segments the session has.")
    t.add("n_ruptures", "int", "How many ruptures the coder marked.")
    for k in KINDS:
        t.add(f"n_{k.value}", "int", f"How many of them are {k.value} ruptures.")
    t.add("n_resolved", "int", "How many ruptures have at least one linked strategy span.")
    t.add("share_resolved", "float", "n_resolved / n_ruptures (blank when there are none).")
    t.add("rupture_time_s", "seconds", "The summed length of the ruptures, in seconds.")
    t.add("n_resolutions", "int", "How many resolution strategy spans the coder marked.")
    _counts(t, layout, "in the session")
    for g in layout.groups:
        t.add(f"{g}_n", "int", f"How many strategy spans use an {g} strategy.")
    _scale_columns(t, layout.session_scales, "session")
    session_columns(t, layout)
    scale_ids = [s.id for s in layout.session_scales]
    for sp, rec, coders in recordings(study):
        cb = sp.project.codebook
        length = max(coded_length_ms(rec), max((a.end_ms for a in rec.annotations()), default=1))
        n_segments = segment_count(length, cb.segment_length_ms)
        wanted = set(coders)
        linked = {s.rupture_id for s in rec.resolutions if s.rupture_id and s.coder in wanted}
        ratings = {r.coder: r.values for r in rec.session_ratings}
        per_coder = {c: _SessionCounts() for c in coders}
        for a in rec.annotations():
            counts = per_coder.get(a.coder)
            if counts is not None:
                counts.add(a, cb, linked)
        head = recording_cells(sp, rec, layout)
        for coder in coders:
            c = per_coder[coder]
            n = sum(c.kinds.values())
            t.rows.append(
                [
                    *head,
                    coder,
                    length,
                    length,
                    n_segments,
                    n,
                    *(c.kinds[k] for k in KINDS),
                    c.resolved,
                    c.resolved / n if n else None,
                    c.rupture_ms,
                    c.resolutions,
                    *(c.items[m.id] if m.id in cb.markers_by_id else None for m in layout.markers),
                    *(
                        c.items[s.id] if s.id in cb.strategies_by_id else None
                        for s in layout.strategies
                    ),
                    *(c.groups[g] for g in layout.groups),
                    *(ratings.get(coder, {}).get(i) for i in scale_ids),
                ]
            )
    return t


class _SessionCounts:
    def __init__(self) -> None:
        self.kinds = dict.fromkeys(KINDS, 0)
        self.items: dict[str, int] = defaultdict(int)
        self.groups: dict[str, int] = defaultdict(int)
        self.resolved = self.resolutions = self.rupture_ms = 0

    def add(self, a: Rupture | ResolutionStrategy, cb: Codebook, linked: set[str]) -> None:
        if isinstance(a, Rupture):
            self.kinds[a.kind] += 1
            self.rupture_ms += a.duration_ms
            self.resolved += a.id in linked
            for i in a.marker_ids:
                self.items[i] += 1
        else:
            self.resolutions += 1
            for i in a.strategy_ids:
                self.items[i] += 1
            for g in dict.fromkeys(
                cb.strategies_by_id[i].group for i in a.strategy_ids if i in cb.strategies_by_id
            ):
                if g:
                    self.groups[g] += 1
