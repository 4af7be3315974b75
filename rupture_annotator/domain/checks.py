"""The rules an annotation must keep beyond its own fields: the codebook, links, the media.

Each rule yields a problem as (path, reason) so a file loader and an edit operation report alike,
e.g. ("media[0].ruptures[3].marker_ids[1]", "unknown marker 'wd_x'").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from rupture_annotator.domain.annotations import (
    Annotation,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.columns import ColumnTable
from rupture_annotator.domain.session import field_problems, session_problems

if TYPE_CHECKING:
    from rupture_annotator.domain.project import Project
    from rupture_annotator.domain.recording import Recording

Problem = tuple[str, str]

# the fields of a span the checks of all spans at once read (a ColumnTable's columns)
RUPTURE_COLUMNS = ("id", "end_ms", "coder", "actor", "significance", "kind", "marker_ids")
STRATEGY_COLUMNS = ("id", "end_ms", "coder", "resolution", "strategy_ids", "rupture_id")
SPAN_COLUMNS = frozenset(RUPTURE_COLUMNS + STRATEGY_COLUMNS)


def annotation_problems(
    codebook: Codebook, coders: list[str], recording: Recording, a: Annotation
) -> Iterator[Problem]:
    """Problems of one annotation in its recording; paths relative to the annotation."""
    duration = recording.media.duration_ms
    if duration is not None and a.end_ms > duration:
        yield "end_ms", f"is past the end of the recording ({a.end_ms} > {duration})"
    if a.coder not in coders:
        yield "coder", f"{a.coder!r} is not one of the project's coders"
    if isinstance(a, Rupture):
        for i, mid in enumerate(a.marker_ids):
            marker = codebook.markers_by_id.get(mid)
            if marker is None:
                yield f"marker_ids[{i}]", f"unknown marker {mid!r}"
            elif marker.kind != a.kind:
                yield f"marker_ids[{i}]", f"{mid!r} is a {marker.kind} marker, not {a.kind}"
        if len(set(a.marker_ids)) != len(a.marker_ids):
            yield "marker_ids", "lists a marker twice"
        actors = [x.id for x in codebook.actors]
        if actors and a.actor not in actors:
            yield "actor", f"must be one of {', '.join(actors)} (got {a.actor!r})"
        elif not actors and a.actor is not None:
            yield "actor", f"the codebook declares no actors (got {a.actor!r})"
        yield from _rating(codebook, "significance", a.significance, "significance")
    else:
        for i, sid in enumerate(a.strategy_ids):
            if sid not in codebook.strategies_by_id:
                yield f"strategy_ids[{i}]", f"unknown strategy {sid!r}"
        if len(set(a.strategy_ids)) != len(a.strategy_ids):
            yield "strategy_ids", "lists a strategy twice"
        if a.rupture_id is not None:
            linked = recording.rupture(a.rupture_id)
            if linked is None:
                yield "rupture_id", f"no rupture {a.rupture_id!r} in this recording"
            elif linked.coder != a.coder:
                yield "rupture_id", cross_coder_link(a.coder, linked.coder, a.rupture_id)
        yield from _rating(codebook, "resolution", a.resolution, "resolution")


def rating_problems(
    codebook: Codebook, coders: list[str], rating: SegmentRating | SessionRating
) -> Iterator[Problem]:
    target = "segment" if isinstance(rating, SegmentRating) else "session"
    if rating.coder not in coders:
        yield "coder", f"{rating.coder!r} is not one of the project's coders"
    for scale_id, value in rating.values.items():
        # the key comes from the file: quoted unless plain, so a problem stays on one line
        path = f"values.{scale_id}" if scale_id.isidentifier() else f"values[{scale_id!r}]"
        scale = codebook.scale(scale_id)
        if scale is None or scale.target != target:
            yield path, f"the codebook has no {target} scale {scale_id!r}"
        elif not scale.contains(value):
            yield path, f"must be from {scale.minimum} to {scale.maximum} (got {value})"


def cross_coder_link(coder: str, other: str, rupture_id: str) -> str:
    return (
        f"links {coder!r}'s strategy to {other!r}'s rupture {rupture_id!r}: a strategy answers "
        "a rupture of the same coder"
    )


def _rating(codebook: Codebook, scale_id: str, value: int | None, path: str) -> Iterator[Problem]:
    if value is None:
        return
    scale = codebook.scale(scale_id)
    if scale is None:
        yield path, f"the codebook has no {scale_id} scale for single spans"
    elif not scale.contains(value):
        yield path, f"must be from {scale.minimum} to {scale.maximum} (got {value})"


def project_problems(project: Project, table: ColumnTable | None = None) -> Iterator[Problem]:
    """Every cross-reference problem in a project, in file order. table: where the spans'
    fields may have been read already (a loader checking the file's keys reads them too)."""
    codebook, coders = project.codebook, project.coders
    table = ColumnTable(SPAN_COLUMNS) if table is None else table
    fast = _QuickCheck(codebook, coders)
    if len(set(coders)) != len(coders):
        yield "coders", "lists a coder twice"
    yield from field_problems(project.session_fields, project.required_session_fields)
    # Recordings and annotations are looked up apart, so their ids may coincide (the edit
    # operations allow it); annotation ids are unique across the whole project.
    recording_ids: set[str] = set()
    seen: set[str] = set()
    spans_ok = fast.spans_ok(project.media, table)  # all at once: the usual answer
    for m, rec in enumerate(project.media):
        base = f"media[{m}]"
        if rec.id in recording_ids:
            yield f"{base}.id", f"duplicate id {rec.id!r}"
        recording_ids.add(rec.id)
        for sub, reason in session_problems(project.session_fields, rec.session):
            yield f"{base}.session.{sub}", reason
        if not spans_ok and not fast.all_ok(rec, seen, table):
            yield from _annotation_problems_of(codebook, coders, fast, base, rec, seen)
        keys: set[tuple[int, str]] = set()
        for i, sr in enumerate(rec.segment_ratings):
            if (sr.segment_index, sr.coder) in keys:
                yield (
                    f"{base}.segment_ratings[{i}]",
                    "a second rating of the same segment by the same coder",
                )
            keys.add((sr.segment_index, sr.coder))
            for sub, reason in rating_problems(codebook, coders, sr):
                yield f"{base}.segment_ratings[{i}].{sub}", reason
        session_coders: set[str] = set()
        for i, ss in enumerate(rec.session_ratings):
            if ss.coder in session_coders:
                yield f"{base}.session_ratings[{i}]", "a second session rating by the same coder"
            session_coders.add(ss.coder)
            for sub, reason in rating_problems(codebook, coders, ss):
                yield f"{base}.session_ratings[{i}].{sub}", reason
    yield from reel_problems(project)


def _annotation_problems_of(
    codebook: Codebook,
    coders: list[str],
    fast: _QuickCheck,
    base: str,
    rec: Recording,
    seen: set[str],
) -> Iterator[Problem]:
    """The problems of a recording's spans, one by one in file order (duplicate ids counted
    against seen, which gains the recording's ids)."""
    groups: tuple[tuple[str, list[Annotation]], ...] = (
        ("ruptures", list(rec.ruptures)),
        ("resolutions", list(rec.resolutions)),
    )
    rupture_ids = {r.id: r.coder for r in rec.ruptures}
    for field, items in groups:
        for i, a in enumerate(items):
            path = f"{base}.{field}[{i}]"
            if a.id in seen:
                yield f"{path}.id", f"duplicate id {a.id!r}"
            seen.add(a.id)
            if not fast.ok(rec.media.duration_ms, rupture_ids, a):
                for sub, reason in annotation_problems(codebook, coders, rec, a):
                    yield f"{path}.{sub}", reason


def reel_problems(project: Project) -> Iterator[Problem]:
    """Reels named or numbered twice. (A pick of a deleted annotation is no problem: it is
    skipped when the reel plays.)"""
    ids: set[str] = set()
    names: set[str] = set()
    for i, reel in enumerate(project.reels):
        if reel.id in ids:
            yield f"reels[{i}].id", f"duplicate id {reel.id!r}"
        if reel.name in names:
            yield f"reels[{i}].name", f"a second reel named {reel.name!r}"
        ids.add(reel.id)
        names.add(reel.name)


class _QuickCheck:
    """The rules of annotation_problems as one cheap yes/no, so a 100,000-span file loads fast;
    only an annotation that fails it is walked again for the detailed problems."""

    def __init__(self, codebook: Codebook, coders: list[str]) -> None:
        self.coders = set(coders)
        self.markers = {k: {m.id for m in codebook.markers_of(k)} for k in RuptureKind}
        self.strategies = set(codebook.strategies_by_id)
        self.actors: set[str | None] = {x.id for x in codebook.actors} or {None}
        self.significance = _range(codebook, "significance")
        self.resolution = _range(codebook, "resolution")  # empty without such a scale
        # the same as sets, None (no rating) allowed, for all_ok
        self.significances: set[int | None] = {*self.significance, None}
        self.resolutions: set[int | None] = {*self.resolution, None}
        self.unlinked = {(None, c) for c in coders}

    def spans_ok(self, media: list[Recording], table: ColumnTable) -> bool:
        """ok() for every span of every recording, and no span id twice in the project."""
        ids: list[Sequence[str]] = []
        for rec in media:
            if not self.codes_ok(rec, table):
                return False
            ids.append(table.of(rec.ruptures, RUPTURE_COLUMNS)["id"])
            ids.append(table.of(rec.resolutions, STRATEGY_COLUMNS)["id"])
        return len(set(chain.from_iterable(ids))) == sum(map(len, ids))

    def all_ok(self, rec: Recording, seen: set[str], table: ColumnTable) -> bool:
        """ok() for every span of the recording, and their ids new to seen (which then gains
        them)."""
        ids = set(table.of(rec.ruptures, RUPTURE_COLUMNS)["id"])
        ids.update(table.of(rec.resolutions, STRATEGY_COLUMNS)["id"])
        if len(ids) != len(rec.ruptures) + len(rec.resolutions) or not seen.isdisjoint(ids):
            return False  # a duplicate id
        if not self.codes_ok(rec, table):
            return False
        seen.update(ids)
        return True

    def codes_ok(self, rec: Recording, table: ColumnTable) -> bool:
        """ok() for every span of the recording at once, its ids unique or not: each rule a
        pass in C over a column of the spans' fields (domain/columns), each combination of
        codes that occurs (a few dozen) looked at once. Measured on 100,000 spans, CPU time,
        one process, 11 interleaved runs, with the reading of the columns (which a loader
        shares): one call per span takes about twice as long (211 against 104 ms; 358 against
        200 ms on a busier machine)."""
        ruptures = table.of(rec.ruptures, RUPTURE_COLUMNS)
        strategies = table.of(rec.resolutions, STRATEGY_COLUMNS)
        duration = rec.media.duration_ms
        if duration is not None and (
            max(ruptures["end_ms"], default=0) > duration
            or max(strategies["end_ms"], default=0) > duration
        ):
            return False
        if not (
            self.coders.issuperset(ruptures["coder"])
            and self.coders.issuperset(strategies["coder"])
            and self.actors.issuperset(ruptures["actor"])
            and self.significances.issuperset(ruptures["significance"])
            and self.resolutions.issuperset(strategies["resolution"])
        ):
            return False
        for kind, markers in set(zip(ruptures["kind"], ruptures["marker_ids"], strict=True)):
            if not self.markers.get(kind, _NONE).issuperset(markers) or _twice(markers):
                return False
        for codes in set(strategies["strategy_ids"]):
            if not self.strategies.issuperset(codes) or _twice(codes):
                return False
        # a link names a rupture of this recording by the same coder (with the ids unique, the
        # one with that id)
        links = set(zip(strategies["rupture_id"], strategies["coder"], strict=True))
        links.difference_update(self.unlinked)
        return (
            not links or links <= dict(zip(ruptures["id"], ruptures["coder"], strict=True)).items()
        )

    def ok(self, duration: int | None, rupture_ids: dict[str, str], a: Annotation) -> bool:
        if (duration is not None and a.end_ms > duration) or a.coder not in self.coders:
            return False
        if isinstance(a, Rupture):
            ids, rating, allowed = a.marker_ids, a.significance, self.significance
            if not self.markers[a.kind].issuperset(ids) or a.actor not in self.actors:
                return False
        else:
            ids, rating, allowed = a.strategy_ids, a.resolution, self.resolution
            if not self.strategies.issuperset(ids):
                return False
            if a.rupture_id is not None and rupture_ids.get(a.rupture_id) != a.coder:
                return False  # no such rupture, or another coder's
        return len(set(ids)) == len(ids) and (rating is None or rating in allowed)


_NONE: frozenset[str] = frozenset()


def _twice(ids: tuple[str, ...]) -> bool:
    return len(set(ids)) != len(ids)


def _range(codebook: Codebook, scale_id: str) -> range:
    scale = codebook.scale(scale_id)
    return range(0) if scale is None else range(scale.minimum, scale.maximum + 1)
