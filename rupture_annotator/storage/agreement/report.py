"""Agreement on a study: match the recordings, build the values, compute every statistic.

`agreement(study, options)` returns the Summary rows and what the other sheets show (the values
per unit and coder, the paired ruptures, the segments coders disagree on most).

Coders are compared all together (two: Cohen's κ; three or more: Fleiss' κ; events pairwise),
or with `gold` each coder against that one (a trainee against the expert), pair by pair.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from rupture_annotator.domain.agreement.events import (
    MIN_OVERLAP,
    Event,
    Matching,
    pair_events,
    summarise,
)
from rupture_annotator.domain.agreement.summary import AgreementRow, event_rows, variable_rows
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.storage.agreement.matching import (
    MatchedRecording,
    MatchedStudy,
    match_study,
)
from rupture_annotator.storage.agreement.variables import (
    LevelValues,
    segment_values,
    session_values,
)
from rupture_annotator.storage.export.study import Progress, Study, StudyError


@dataclass(frozen=True)
class AgreementOptions:
    coders: tuple[str, ...] = ()  # exact names; empty: every coder of the study
    gold: str | None = None  # compare each coder with this one
    min_overlap: float = MIN_OVERLAP  # events: share of the shorter rupture
    # pass thresholds against the gold coder, (statistic, minimum); empty: the gold file's or
    # the defaults (gold.py)
    thresholds: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class PairedEvents:
    recording: MatchedRecording
    first: str
    second: str
    matching: Matching


@dataclass
class AgreementReport:
    study: MatchedStudy
    options: AgreementOptions
    rows: list[AgreementRow]
    segments: LevelValues
    sessions: LevelValues
    events: list[PairedEvents] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        return self.study.notes


def coder_sets(coders: Sequence[str], gold: str | None) -> list[tuple[str, ...]]:
    if gold is None:
        return [tuple(coders)]
    return [(gold, c) for c in coders if c != gold]


def agreement(
    study: Study, options: AgreementOptions | None = None, progress: Progress | None = None
) -> AgreementReport:
    """Every statistic on the study; raises StudyError when a coder named is not in it."""
    options = options or AgreementOptions()
    coders = list(options.coders)
    if options.gold is not None and coders and options.gold not in coders:
        coders.append(options.gold)
    matched = match_study(study, coders or None)
    if options.gold is not None and options.gold not in matched.coders:
        raise StudyError(
            [
                f"{options.gold!r} is not a coder in these projects (coders: "
                f"{', '.join(matched.coders) or 'none'})."
            ]
        )
    if not matched.recordings:
        raise StudyError(
            [
                *matched.notes,
                "No recording in these files was coded by two or more of the coders: there is "
                "no agreement to compute.",
            ]
        )
    if progress:
        progress(0, 3, "Counting each coder's segments")
    segments = segment_values(matched)
    sessions = session_values(matched)
    if progress:
        progress(1, 3, "Computing the statistics")
    sets = coder_sets(matched.coders, options.gold)
    rows: list[AgreementRow] = []
    for values, i in summary_order(segments, sessions):
        variable = values.variables[i]
        for chosen in sets:
            rows += variable_rows(variable, values.of(i, chosen), chosen)
    if progress:
        progress(2, 3, "Pairing ruptures")
    events = pair_all(matched, sets, options.min_overlap)
    rows += _event_rows(events, sets)
    if progress:
        progress(3, 3, "Done")
    return AgreementReport(matched, options, rows, segments, sessions, events)


def summary_order(segments: LevelValues, sessions: LevelValues) -> list[tuple[LevelValues, int]]:
    """The 3RS variables first: segment ratings, session ratings; then segment counts, presence
    per segment, session totals."""

    def of(values: LevelValues, kind: str) -> list[tuple[LevelValues, int]]:
        return [(values, i) for i, v in enumerate(values.variables) if v.kind == kind]

    return [
        *of(segments, "rating"),
        *of(sessions, "rating"),
        *of(segments, "count"),
        *of(segments, "presence"),
        *of(sessions, "count"),
    ]


def events_of(matched: MatchedRecording, coder: str) -> list[Event]:
    rec = matched.codings[coder].recording
    return [
        Event(r.id, r.kind.value, r.start_ms, r.end_ms, frozenset(r.marker_ids))
        for r in rec.ruptures
        if r.coder == coder
    ]


def pair_all(
    matched: MatchedStudy, sets: list[tuple[str, ...]], min_overlap: float
) -> list[PairedEvents]:
    """Every pair of coders of each set, on every recording both coded."""
    pairs = list(dict.fromkeys(p for s in sets for p in itertools.combinations(s, 2)))
    out: list[PairedEvents] = []
    for rec in matched.recordings:
        cache = {c: events_of(rec, c) for c in rec.codings}
        for a, b in pairs:
            if a in cache and b in cache:
                out.append(PairedEvents(rec, a, b, pair_events(cache[a], cache[b], min_overlap)))
    return out


def _only_kind(m: Matching, kind: str) -> Matching:
    return Matching(
        tuple(p for p in m.pairs if p.first.kind == kind),
        tuple(e for e in m.only_first if e.kind == kind),
        tuple(e for e in m.only_second if e.kind == kind),
    )


def _event_rows(events: list[PairedEvents], sets: list[tuple[str, ...]]) -> list[AgreementRow]:
    pairs = list(dict.fromkeys(p for s in sets for p in itertools.combinations(s, 2)))
    rows: list[AgreementRow] = []
    for a, b in pairs:
        mine = [e.matching for e in events if (e.first, e.second) == (a, b)]
        rows += event_rows("ruptures", summarise(mine), (a, b))
        for kind in RuptureKind:
            kinds = [_only_kind(m, kind.value) for m in mine]
            rows += event_rows(kind.value, summarise(kinds), (a, b))
    return rows
