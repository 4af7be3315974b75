"""The sheets of totals: per segment (the 3RS table) and per session, each per coder.

Segments puts the coder's segment ratings (the 3RS variables) first. What follows is derived from
the spans under one definition (domain/segments.py): `*_n` counts the spans the codebook's rule
counts in the segment, `*_present` is 0/1. Sessions counts each span once.
"""

from __future__ import annotations

from collections import defaultdict

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook, RatingScale
from rupture_annotator.domain.segments import SegmentGrid, segment_table, strategy_group
from rupture_annotator.storage.export.columns import Table, Value
from rupture_annotator.storage.export.layout import (
    KINDS,
    Layout,
    recording_cells,
    recording_columns,
    recordings,
    session_columns,
)
from rupture_annotator.storage.export.study import Study
from rupture_annotator.storage.export.transcripts import Transcripts, talk_cells, talk_columns


def _scale_columns(t: Table, scales: tuple[RatingScale, ...], target: str) -> None:
    example = f" (e.g. {scales[0].id})" if scales else ""
    for sc in scales:
        what = f"; rates {sc.kind.value} ruptures" if sc.kind else ""
        what += f" ({sc.actor})" if sc.actor else ""
        t.add(
            sc.id,
            "int",
            f"The 3RS {target} rating the coder gave: {sc.label} ({sc.minimum}-{sc.maximum}"
            f"{what}). Blank: not rated.",
            "<scale id>",
            f"One column per {target} rating scale of the codebook{example}: the rating the "
            f"coder gave the {target} (a 3RS variable). Blank: not rated.",
        )


def _n_and_present(t: Table, ident: str, what: str, family: str, family_what: str) -> None:
    t.add(
        f"{ident}_n",
        "int",
        f"How many spans coded {what} are counted in the segment (counting rule: see About).",
        f"{family}_n",
        f"One column per {family_what}: how many spans coded with it are counted in the "
        "segment, by the codebook's counting rule (see Conventions).",
    )
    t.add(
        f"{ident}_present",
        "int",
        f"1 when at least one span coded {what} is counted in the segment, else 0.",
        f"{family}_present",
        f"One column per {family_what}: 1 when it is present in the segment (its `_n` is above "
        "0), else 0.",
    )


def segments_table(study: Study, layout: Layout) -> Table:
    t = Table(
        "Segments",
        "The 3RS table: one row per recording, coder and segment. The coder's segment ratings "
        "(the 3RS variables) come first; the counts after them are derived from the spans.",
    )
    recording_columns(t)
    t.add("coder", "text", "Whose coding the row holds.")
    t.add("segment", "int", "The segment's number (1 = the first, which starts at the origin).")
    t.add("start", "time", "When the segment starts, as a time value.")
    t.add("end", "time", "When the segment ends, as a time value (the last may be short).")
    t.add("start_s", "seconds", "When the segment starts, in seconds.")
    t.add("end_s", "seconds", "When the segment ends, in seconds.")
    _scale_columns(t, layout.segment_scales, "segment")
    for k in KINDS:
        t.add(
            f"{k.value}_rating_missing",
            "int",
            f"1 when the segment has {k.value} ruptures but the coder has not given its "
            f"{k.value} segment rating, else 0 (blank when the codebook has no such rating).",
        )
    for k in KINDS:
        _n_and_present(t, k.value, f"as a {k.value} rupture", "<kind>", "rupture kind")
    for k in KINDS:
        for actor in layout.actors:
            _n_and_present(
                t,
                f"{k.value}_{actor}",
                f"as the {actor}'s {k.value} (3RS v2022: moving "
                f"{'away' if k.value == 'withdrawal' else 'against'})",
                "<kind>_<actor>",
                "rupture kind and actor (when the codebook declares actors)",
            )
    for k in KINDS:
        t.add(
            f"{k.value}_span_rating_max",
            "int",
            f"An aid, not a 3RS variable: the highest rating the coder gave a single "
            f"{k.value} rupture counted in the segment. 0: no {k.value} rupture in the "
            f"segment; blank: {k.value} ruptures, none rated. The 3RS rating is the segment "
            "rating column before.",
        )
    for m in layout.markers:
        _n_and_present(t, m.id, f"with the {m.kind} marker '{m.label}'", "<marker id>", "marker")
    for m in layout.markers:
        for actor in layout.actors:
            _n_and_present(
                t,
                f"{m.id}_{actor}",
                f"with the {m.kind} marker '{m.label}' as the {actor}'s",
                "<marker id>_<actor>",
                "marker and actor (when the codebook declares actors)",
            )
    t.add(
        "strategy_spans_n",
        "int",
        "How many strategy spans with at least one strategy are counted in the segment.",
    )
    for s in layout.strategies:
        _n_and_present(t, s.id, f"with the strategy '{s.label}'", "<strategy id>", "strategy")
    for g in layout.groups:
        members = ", ".join(s.id for s in layout.strategies if (s.group or "ungrouped") == g)
        t.add(
            f"{g}_n",
            "int",
            f"How many strategy spans counted in the segment use a strategy of the group "
            f"'{g}' ({members}); a span with two such strategies counts once.",
        )
    talk_columns(t)
    session_columns(t, layout)
    scale_ids = [s.id for s in layout.segment_scales]
    transcripts = Transcripts()
    for sp, rec, coders in recordings(study):
        cb = sp.project.codebook
        transcript = transcripts.of(sp, rec)
        head = recording_cells(sp, rec, layout)
        missing_blank = {k: not cb.segment_scales_of(k) for k in KINDS}
        for coder in coders:
            for row in segment_table(rec, coder, cb):
                missing = set(row.missing_ratings(cb))
                kinds_missing = {
                    k: any(s.id in missing for s in cb.segment_scales_of(k)) for k in KINDS
                }
                cells: list[Value] = [
                    *head,
                    coder,
                    row.index + 1,
                    row.start_ms,
                    row.end_ms,
                    row.start_ms,
                    row.end_ms,
                    *(row.ratings.get(i) for i in scale_ids),
                    *(None if missing_blank[k] else int(kinds_missing[k]) for k in KINDS),
                ]
                for k in KINDS:
                    cells += [row.ruptures[k], 1 if row.ruptures[k] else 0]
                for k in KINDS:
                    for actor in layout.actors:
                        n = row.actor_ruptures.get((k, actor))
                        cells += [n, None if n is None else int(n > 0)]
                cells += [row.max_significance[k] for k in KINDS]
                for m in layout.markers:
                    n = row.marker_counts.get(m.id)
                    cells += [n, None if n is None else int(n > 0)]
                for m in layout.markers:
                    for actor in layout.actors:
                        n = row.actor_marker_counts.get((m.id, actor))
                        cells += [n, None if n is None else int(n > 0)]
                cells.append(row.strategy_spans)
                for s in layout.strategies:
                    n = row.strategy_counts.get(s.id)
                    cells += [n, None if n is None else int(n > 0)]
                cells += [row.group_counts.get(g, 0) for g in layout.groups]
                cells += talk_cells(transcript, rec.transcript, row.start_ms, row.end_ms)
                t.rows.append(cells)
    return t


def sessions_table(study: Study, layout: Layout) -> Table:
    t = Table("Sessions", "One row per recording and coder: totals over the whole session.")
    recording_columns(t)
    t.add("coder", "text", "Whose coding the row sums up.")
    t.add("length", "time", "The length coded: the recording's duration (or the last span's end).")
    t.add("length_s", "seconds", "The same length in seconds.")
    t.add("segment_origin", "time", "Where the first segment starts (the session's start).")
    t.add("segment_origin_s", "seconds", "The same, in seconds.")
    t.add("n_segments", "int", "How many segments the session has from the origin on.")
    _scale_columns(t, layout.session_scales, "session")
    t.add("n_ruptures", "int", "How many ruptures the coder marked (each span once).")
    for k in KINDS:
        t.add(f"{k.value}_n", "int", f"How many of them are {k.value} ruptures.")
    for k in KINDS:
        for actor in layout.actors:
            t.add(
                f"{k.value}_{actor}_n",
                "int",
                f"How many of them are the {actor}'s {k.value} ruptures.",
                "<kind>_<actor>_n",
                "One column per rupture kind and actor (when the codebook declares actors): how "
                "many of the session's ruptures are that actor's of that kind.",
            )
    t.add(
        "n_with_strategy",
        "int",
        "How many of the ruptures have at least one linked strategy span (with a strategy) of "
        "the same coder. "
        "Not a resolution rating: how far ruptures were resolved is the session rating "
        "(e.g. resolution_extent).",
    )
    t.add("share_with_strategy", "float", "n_with_strategy / n_ruptures (blank with none).")
    t.add("rupture_time_s", "seconds", "The summed length of the ruptures, in seconds.")
    t.add("n_strategy_spans", "int", "How many strategy spans with at least one strategy.")
    t.add(
        "n_strategy_spans_uncoded",
        "int",
        "How many strategy spans have no strategy yet (incomplete; counted nowhere else).",
    )
    for m in layout.markers:
        t.add(
            f"{m.id}_n",
            "int",
            f"How many ruptures in the session were coded with the {m.kind} marker '{m.label}'.",
            "<marker id>_n",
            "One column per marker: how many ruptures in the session were coded with it (each "
            "span once).",
        )
    for s in layout.strategies:
        t.add(
            f"{s.id}_n",
            "int",
            f"How many strategy spans in the session were coded with '{s.label}'.",
            "<strategy id>_n",
            "One column per strategy: how many strategy spans in the session were coded with it "
            "(each span once).",
        )
    for g in layout.groups:
        members = ", ".join(s.id for s in layout.strategies if (s.group or "ungrouped") == g)
        t.add(
            f"{g}_n",
            "int",
            f"How many strategy spans use a strategy of the group '{g}' ({members}); a span "
            "with two such strategies counts once.",
        )
    session_columns(t, layout)
    scale_ids = [s.id for s in layout.session_scales]
    for sp, rec, coders in recordings(study):
        cb = sp.project.codebook
        grid = SegmentGrid.of(rec, cb)
        ratings = {r.coder: r.values for r in rec.session_ratings}
        per_coder = {c: _SessionCounts() for c in coders}
        # a strategy answers a rupture of the same coder: links are counted within one coder
        linked: set[tuple[str, str]] = {
            (s.coder, s.rupture_id) for s in rec.resolutions if s.rupture_id and s.strategy_ids
        }
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
                    grid.end_ms,
                    grid.end_ms,
                    grid.origin_ms,
                    grid.origin_ms,
                    grid.count,
                    *(ratings.get(coder, {}).get(i) for i in scale_ids),
                    n,
                    *(c.kinds[k] for k in KINDS),
                    *(
                        c.actors.get((k, actor), 0) if cb.actors else None
                        for k in KINDS
                        for actor in layout.actors
                    ),
                    c.with_strategy,
                    c.with_strategy / n if n else None,
                    c.rupture_ms,
                    c.strategy_spans,
                    c.uncoded,
                    *(c.items[m.id] if m.id in cb.markers_by_id else None for m in layout.markers),
                    *(
                        c.items[s.id] if s.id in cb.strategies_by_id else None
                        for s in layout.strategies
                    ),
                    *(c.groups[g] for g in layout.groups),
                ]
            )
    return t


class _SessionCounts:
    def __init__(self) -> None:
        self.kinds = dict.fromkeys(KINDS, 0)
        self.actors: dict[tuple[object, str], int] = defaultdict(int)
        self.items: dict[str, int] = defaultdict(int)
        self.groups: dict[str, int] = defaultdict(int)
        self.with_strategy = self.strategy_spans = self.uncoded = self.rupture_ms = 0

    def add(
        self, a: Rupture | ResolutionStrategy, cb: Codebook, linked: set[tuple[str, str]]
    ) -> None:
        if isinstance(a, Rupture):
            self.kinds[a.kind] += 1
            if cb.actors:
                self.actors[(a.kind, a.actor or cb.actors[0].id)] += 1
            self.rupture_ms += a.duration_ms
            self.with_strategy += (a.coder, a.id) in linked
            for i in a.marker_ids:
                self.items[i] += 1
        elif not a.strategy_ids:
            self.uncoded += 1
        else:
            self.strategy_spans += 1
            for i in a.strategy_ids:
                self.items[i] += 1
            for g in dict.fromkeys(strategy_group(cb, i) for i in a.strategy_ids):
                self.groups[g] += 1
