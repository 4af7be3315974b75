"""What the study's tables share: which codebook entries get columns, and the columns and
helpers every sheet about recordings starts with.

The tables are built once from the domain in one pass over each recording. Nothing looks an
annotation up by scanning a list (BORIS's export re-scans its events for every event and grows
with their square): links go through dicts, so time grows with the count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook, Marker, RatingScale, RuptureKind, Strategy
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.session import BUILTIN_FIELDS, FieldDefinition
from rupture_annotator.storage.export.columns import Kind, Table, Value, safe_name
from rupture_annotator.storage.export.study import Study, StudyProject

KINDS = tuple(RuptureKind)
JOIN = "; "


@dataclass(frozen=True)
class Layout:
    """The codebook entries that get a column: all entries of all the study's codebooks, in
    codebook order (withdrawal markers before confrontation ones), each id once."""

    markers: tuple[Marker, ...]
    strategies: tuple[Strategy, ...]
    segment_scales: tuple[RatingScale, ...]
    session_scales: tuple[RatingScale, ...]
    groups: tuple[str, ...]  # strategy groups, e.g. immediate, exploratory, ungrouped
    actors: tuple[str, ...] = ()  # actor ids of the codebooks that declare them (3RS v2022)
    session_fields: tuple[FieldDefinition, ...] = ()  # custom fields of all projects, by name
    # every fixed column name of every sheet (lower case): a custom session field named like
    # one gets the column session_<name> in every sheet, so one field has one name everywhere
    reserved: frozenset[str] = frozenset()

    def session_column(self, field_name: str) -> str:
        name = safe_name(field_name)
        return safe_name(f"session_{field_name}") if name.lower() in self.reserved else name

    @classmethod
    def of(cls, codebooks: list[Codebook], study: Study | None = None) -> Layout:
        fields: dict[str, FieldDefinition] = {}
        for sp in study.projects if study is not None else ():
            for f in sp.project.session_fields:
                fields.setdefault(f.name, f)
        strategies = _first_of_each([s for cb in codebooks for s in cb.strategies])
        return cls(
            markers=_first_of_each(
                [m for k in KINDS for cb in codebooks for m in cb.markers_of(k)]
            ),
            strategies=strategies,
            segment_scales=_first_of_each(
                [s for cb in codebooks for s in cb.scales_for("segment")]
            ),
            session_scales=_first_of_each(
                [s for cb in codebooks for s in cb.scales_for("session")]
            ),
            groups=tuple(dict.fromkeys(s.group or "ungrouped" for s in strategies)),
            actors=tuple(dict.fromkeys(a.id for cb in codebooks for a in cb.actors)),
            session_fields=tuple(fields.values()),
        )


_Entry = TypeVar("_Entry", Marker, Strategy, RatingScale)


def _first_of_each(entries: list[_Entry]) -> tuple[_Entry, ...]:
    """Each id once, as the first codebook that has it defines it."""
    found: dict[str, _Entry] = {}
    for e in entries:
        found.setdefault(e.id, e)
    return tuple(found.values())


def distinct_codebooks(study: Study) -> list[Codebook]:
    seen: dict[str, Codebook] = {}
    for sp in study.projects:
        cb = sp.project.codebook
        seen.setdefault(cb.model_dump_json(), cb)
    return list(seen.values())


def recording_cells(sp: StudyProject, rec: Recording, layout: Layout) -> list[Value]:
    """Where the row comes from, then the session fields: the cells every row starts with."""
    info = rec.session
    cells: list[Value] = [
        info.dyad,
        info.therapist,
        info.session_number,
        info.recording_date.isoformat() if info.recording_date else None,
        info.condition,
        info.phase,
    ]
    cells += [info.custom.get(f.name) for f in layout.session_fields]
    return [sp.label, media_name(rec), rec.id, *cells]


def media_name(rec: Recording) -> str:
    return rec.media.path.replace("\\", "/").rsplit("/", 1)[-1]


RECORDING_COLUMNS = ("project", "media", "recording_id")


def recording_columns(t: Table) -> None:
    t.add("project", "text", "The project file the row comes from (name without .rupture.json).")
    t.add("media", "text", "The recording's file name.")
    t.add("recording_id", "text", "The recording's id in its project file.")


_CUSTOM_KINDS: dict[str, Kind] = {
    "text": "text",
    "integer": "int",
    "date": "text",
    "choice": "text",
}


def session_columns(t: Table, layout: Layout) -> None:
    """Put the session fields right after the recording columns of a table whose other columns
    are all added: they lead every row's data, and a custom field named like a fixed column is
    the one renamed, never the fixed column."""
    before = len(t.columns)
    for b in BUILTIN_FIELDS:
        t.add(b.name, "int" if b.type == "integer" else "text", b.description)
    for f in layout.session_fields:
        kind = _CUSTOM_KINDS[f.type]
        what = f" ({', '.join(f.choices)})" if f.choices else ""
        what += " (YYYY-MM-DD)" if f.type == "date" else ""
        t.add(
            layout.session_column(f.name),
            kind,
            f"The study's session field '{f.title}'{what}.",
            "<session field>",
            "One column per custom session field the projects define (Session Details), after "
            "the six above; blank where a recording has no value.",
        )
    added = t.columns[before:]
    n = len(RECORDING_COLUMNS)
    t.columns[:] = [*t.columns[:n], *added, *t.columns[n:before]]


def time_columns(t: Table, what: str) -> None:
    t.add("start", "time", f"When the {what} starts, as a time value (h:mm:ss.000).")
    t.add("end", "time", f"When the {what} ends, as a time value.")
    t.add("duration", "time", f"How long the {what} lasts, as a time value.")
    t.add("start_s", "seconds", f"When the {what} starts, in seconds from the recording's start.")
    t.add("end_s", "seconds", f"When the {what} ends, in seconds.")
    t.add("duration_s", "seconds", f"How long the {what} lasts, in seconds.")


class Entries:
    """One codebook's entries against the study's columns: 0/1 flags and labels per span."""

    def __init__(self, cb: Codebook, ids: list[str]) -> None:
        known = {*cb.markers_by_id, *cb.strategies_by_id}
        self.blank: list[Value] = [0 if i in known else None for i in ids]
        self.position = {i: n for n, i in enumerate(ids) if i in known}
        self.labels = {m.id: m.label for m in cb.markers} | {s.id: s.label for s in cb.strategies}

    def flags(self, chosen: tuple[str, ...]) -> list[Value]:
        """1/0 per column; blank where this codebook has no such entry."""
        row = self.blank.copy()
        for i in chosen:
            n = self.position.get(i)
            if n is not None:
                row[n] = 1
        return row

    def names(self, ids: tuple[str, ...]) -> str:
        return JOIN.join([self.labels.get(i, i) for i in ids])


_Span = TypeVar("_Span", Rupture, ResolutionStrategy)


def by_start(items: list[_Span]) -> list[_Span]:
    return sorted(items, key=lambda a: (a.start_ms, a.end_ms, a.coder, a.id))


def recordings(study: Study) -> Iterator[tuple[StudyProject, Recording, list[str]]]:
    for sp in study.projects:
        coders = study.coders_of(sp.project)
        for rec in sp.project.media:
            yield sp, rec, coders
