"""The span sheets: a row per rupture (Ruptures) and per resolution strategy (Resolutions)."""

from __future__ import annotations

from collections import defaultdict

from rupture_annotator.domain.annotations import ResolutionStrategy
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.segments import SegmentGrid, strategy_group
from rupture_annotator.storage.export.columns import Table
from rupture_annotator.storage.export.layout import (
    JOIN,
    Entries,
    Layout,
    by_start,
    recording_cells,
    recording_columns,
    recordings,
    session_columns,
    time_columns,
)
from rupture_annotator.storage.export.study import Study
from rupture_annotator.storage.export.transcripts import Transcripts, text_cell, text_column


def ruptures_table(study: Study, layout: Layout) -> Table:
    t = Table("Ruptures", "One row per rupture span.")
    recording_columns(t)
    t.add("coder", "text", "Who coded the rupture.")
    t.add("rupture_id", "text", "The rupture's id; Resolutions.rupture_id refers to it.")
    t.add("kind", "text", "withdrawal (moving away) or confrontation (moving against).")
    if layout.actors:
        t.add(
            "actor",
            "text",
            "Whose moving away or against it is (patient or therapist), when the codebook "
            "declares actors (3RS v2022); blank otherwise.",
        )
    marker_ids = [m.id for m in layout.markers]
    for m in layout.markers:
        t.add(
            m.id,
            "int",
            f"1 when the rupture was coded with the {m.kind} marker {m.number} "
            f"'{m.label}', else 0; blank when the project's codebook has no such marker.",
            "<marker id>",
            "One column per marker of the codebook: 1 when the rupture was coded with the "
            "marker, else 0 (blank when the project's codebook lacks it).",
        )
    t.add("markers", "text", "The rupture's markers by label, separated by '; '.")
    t.add(
        "span_significance",
        "int",
        "An aid while coding, not a 3RS variable: the coder's rating of this one span (the "
        "codebook's per-span scale, 'Significance' or 'Salience'). The 3RS significance is a "
        "segment rating: see Segments.",
    )
    time_columns(t, "rupture")
    t.add(
        "segment",
        "int",
        "The segment the rupture starts in (1 = the first); blank when it starts before the "
        "first segment.",
    )
    t.add(
        "n_strategies",
        "int",
        "How many strategy spans (with a strategy) of the same coder are linked to it.",
    )
    t.add(
        "has_strategy",
        "int",
        "1 when at least one strategy span (with a strategy) of the same coder is linked to "
        "it, else 0. Not a "
        "resolution rating: how far ruptures were resolved is a segment and session rating.",
    )
    t.add("resolution_ids", "text", "The linked strategy spans' ids, separated by '; '.")
    t.add("strategies", "text", "The strategies of the linked spans by label, '; '-separated.")
    t.add("note", "text", "The coder's note.")
    text_column(t, "rupture")
    session_columns(t, layout)
    transcripts = Transcripts()
    for sp, rec, coders in recordings(study):
        transcript = transcripts.of(sp, rec)
        entries = Entries(sp.project.codebook, marker_ids)
        grid = SegmentGrid.of(rec, sp.project.codebook)
        wanted = set(coders)
        linked: dict[tuple[str, str], list[ResolutionStrategy]] = defaultdict(list)
        for s in by_start(rec.resolutions):
            # a strategy span without a strategy is incomplete: it does not count as a strategy
            if s.rupture_id is not None and s.coder in wanted and s.strategy_ids:
                linked[(s.coder, s.rupture_id)].append(s)
        head = recording_cells(sp, rec, layout)
        for r in by_start(rec.ruptures):
            if r.coder not in wanted:
                continue
            links = linked.get((r.coder, r.id), [])
            strategies = tuple(dict.fromkeys(i for s in links for i in s.strategy_ids))
            t.rows.append(
                [
                    *head,
                    r.coder,
                    r.id,
                    r.kind.value,
                    *([r.actor] if layout.actors else []),
                    *entries.flags(r.marker_ids),
                    entries.names(r.marker_ids),
                    r.significance,
                    r.start_ms,
                    r.end_ms,
                    r.duration_ms,
                    r.start_ms,
                    r.end_ms,
                    r.duration_ms,
                    _segment(grid, r.start_ms),
                    len(links),
                    1 if links else 0,
                    JOIN.join(s.id for s in links),
                    entries.names(strategies),
                    r.note,
                    text_cell(transcript, rec.transcript, r.start_ms, r.end_ms),
                ]
            )
    return t


def _segment(grid: SegmentGrid, start_ms: int) -> int | None:
    index = grid.index_of(start_ms)
    return None if index is None else index + 1


def _group_of(cb: Codebook, ids: tuple[str, ...]) -> str:
    return JOIN.join(dict.fromkeys(strategy_group(cb, i) for i in ids))


def resolutions_table(study: Study, layout: Layout) -> Table:
    t = Table("Resolutions", "One row per resolution strategy span.")
    recording_columns(t)
    t.add("coder", "text", "Who coded the span.")
    t.add("resolution_id", "text", "The span's id; Ruptures.resolution_ids lists it.")
    strategy_ids = [st.id for st in layout.strategies]
    for st in layout.strategies:
        t.add(
            st.id,
            "int",
            f"1 when the span was coded with strategy {st.number} '{st.label}', else 0; blank "
            "when the project's codebook has no such strategy.",
            "<strategy id>",
            "One column per resolution strategy of the codebook: 1 when the span was coded "
            "with it, else 0 (blank when the project's codebook lacks it).",
        )
    t.add("strategies", "text", "The span's strategies by label, separated by '; '.")
    t.add(
        "has_code",
        "int",
        "1 when the span has at least one strategy; 0: incomplete, and counted in no total.",
    )
    t.add(
        "strategy_group",
        "text",
        "The groups of the span's strategies (immediate, exploratory, ungrouped), '; '-separated.",
    )
    t.add(
        "span_resolution",
        "int",
        "An aid, not a 3RS variable: a per-span rating, when the project's codebook defines one "
        "(the shipped codebooks do not). The 3RS rates resolution per segment and per session.",
    )
    time_columns(t, "strategy span")
    t.add(
        "segment",
        "int",
        "The segment the span starts in (1 = the first); blank before the first segment.",
    )
    t.add(
        "rupture_id",
        "text",
        "The rupture (of the same coder) the strategy addresses; blank: not linked.",
    )
    t.add("rupture_kind", "text", "That rupture's kind.")
    t.add("note", "text", "The coder's note.")
    text_column(t, "strategy span")
    session_columns(t, layout)
    transcripts = Transcripts()
    for sp, rec, coders in recordings(study):
        transcript = transcripts.of(sp, rec)
        cb = sp.project.codebook
        grid = SegmentGrid.of(rec, cb)
        entries = Entries(cb, strategy_ids)
        wanted = set(coders)
        kinds = {r.id: r.kind.value for r in rec.ruptures}
        head = recording_cells(sp, rec, layout)
        for s in by_start(rec.resolutions):
            if s.coder not in wanted:
                continue
            t.rows.append(
                [
                    *head,
                    s.coder,
                    s.id,
                    *entries.flags(s.strategy_ids),
                    entries.names(s.strategy_ids),
                    1 if s.strategy_ids else 0,
                    _group_of(cb, s.strategy_ids),
                    s.resolution,
                    s.start_ms,
                    s.end_ms,
                    s.duration_ms,
                    s.start_ms,
                    s.end_ms,
                    s.duration_ms,
                    _segment(grid, s.start_ms),
                    s.rupture_id,
                    kinds.get(s.rupture_id or ""),
                    s.note,
                    text_cell(transcript, rec.transcript, s.start_ms, s.end_ms),
                ]
            )
    return t
