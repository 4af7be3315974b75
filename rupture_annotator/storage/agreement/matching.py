"""Which recordings of a study are the same session, and which coders coded each.

Recordings are matched across project files by their fingerprint (the media reference's hash of
the video's ends), never by file name: a renamed copy is the same session, and two different
videos both called session1.mp4 are not. A reference made without a fingerprint is matched by
file name and size, and the study's notes say so. A coder codes a recording when they are one
of the coders of a project file holding it.

Nothing is dropped silently: a recording coded by one coder only, a coder who coded the same
recording in two files, coder names that differ only in case, spaces or accents ("Ana" and
"ana "), and files whose segment grids differ for the same recording are all listed in `notes`.
Names are compared exactly; near-duplicates are reported, never merged.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import SegmentGrid
from rupture_annotator.storage.export.layout import media_name
from rupture_annotator.storage.export.study import Study, StudyError, StudyProject


@dataclass(frozen=True)
class Coding:
    """One coder's coding of one recording, as one project file holds it."""

    coder: str
    source: StudyProject
    recording: Recording

    @property
    def codebook(self) -> Codebook:
        return self.source.project.codebook


@dataclass
class MatchedRecording:
    key: str  # the fingerprint, or "name:<file>|<size>" without one
    name: str  # the recording's file name (as the first file names it)
    fingerprint: str | None
    codings: dict[str, Coding] = field(default_factory=dict)  # by coder, in study order
    grid: SegmentGrid | None = None  # the segments every coder's values are compared on

    @property
    def coders(self) -> list[str]:
        return list(self.codings)

    @property
    def label(self) -> str:
        """The recording as the sheets name it: the dyad and session number when given."""
        info = next(iter(self.codings.values())).recording.session
        parts = [info.dyad, f"s{info.session_number}" if info.session_number else ""]
        tag = " ".join(p for p in parts if p)
        return f"{self.name} ({tag})" if tag else self.name


@dataclass
class MatchedStudy:
    recordings: list[MatchedRecording]  # coded by two or more of the chosen coders
    coders: tuple[str, ...]
    single: list[MatchedRecording]  # coded by one chosen coder only: listed, not compared
    notes: list[str]
    study: Study


def normalised(name: str) -> str:
    """What a near-duplicate has in common with its original: case, spaces, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def near_duplicates(coders: Sequence[str]) -> list[tuple[str, ...]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for c in coders:
        groups[normalised(c)].append(c)
    return [tuple(g) for g in groups.values() if len(g) > 1]


def recording_key(rec: Recording) -> str:
    if rec.media.fingerprint:
        return rec.media.fingerprint
    return f"name:{media_name(rec)}|{rec.media.size if rec.media.size is not None else '?'}"


def all_coders(study: Study) -> list[str]:
    return list(dict.fromkeys(c for sp in study.projects for c in sp.project.coders))


def match_study(study: Study, coders: Sequence[str] | None = None) -> MatchedStudy:
    """Match the study's recordings; `coders` (exact names) limits the comparison to them.

    Raises StudyError when a coder named is in none of the files."""
    known = all_coders(study)
    if coders:
        unknown = [c for c in coders if c not in known]
        if unknown:
            raise StudyError(
                [
                    f"{c!r} is not a coder in these projects (coders: {', '.join(known) or 'none'})."
                    for c in unknown
                ]
            )
        chosen = list(dict.fromkeys(coders))
    else:
        chosen = known
    notes: list[str] = []
    for group in near_duplicates(known):
        names = " and ".join(repr(g) for g in group)
        notes.append(
            f"The coder names {names} differ only in case, spaces or accents: they are kept "
            "apart as different coders (rename one in its project file if they are one coder)."
        )
    by_key: dict[str, MatchedRecording] = {}
    unprinted: set[str] = set()
    for sp in study.projects:
        for rec in sp.project.media:
            key = recording_key(rec)
            matched = by_key.get(key)
            if matched is None:
                matched = by_key[key] = MatchedRecording(
                    key, media_name(rec), rec.media.fingerprint
                )
                if rec.media.fingerprint is None:
                    unprinted.add(matched.name)
            for coder in sp.project.coders:
                if coder not in chosen:
                    continue
                earlier = matched.codings.get(coder)
                if earlier is not None:
                    notes.append(
                        f"{coder} coded {matched.name} in two files ({earlier.source.label} and "
                        f"{sp.label}): only the coding in {earlier.source.label} is compared."
                    )
                    continue
                matched.codings[coder] = Coding(coder, sp, rec)
    for name in sorted(unprinted):
        notes.append(
            f"{name} has no fingerprint in its project file: it is matched with other files "
            "by file name and size."
        )
    compared: list[MatchedRecording] = []
    single: list[MatchedRecording] = []
    for matched in by_key.values():
        if not matched.codings:
            continue
        order = {c: i for i, c in enumerate(chosen)}
        matched.codings = dict(sorted(matched.codings.items(), key=lambda kv: order[kv[0]]))
        if len(matched.codings) < 2:
            single.append(matched)
            only = next(iter(matched.codings))
            notes.append(f"{matched.label} was coded by {only} only: it is listed, not compared.")
            continue
        matched.grid = common_grid(matched, notes)
        compared.append(matched)
    return MatchedStudy(compared, tuple(chosen), single, notes, study)


def common_grid(matched: MatchedRecording, notes: list[str]) -> SegmentGrid:
    """The segments all coders are compared on: the origin and segment length most files give
    (any difference noted), to the latest end any coder's grid reaches."""
    grids = {c: SegmentGrid.of(k.recording, k.codebook) for c, k in matched.codings.items()}
    origin = Counter(g.origin_ms for g in grids.values()).most_common(1)[0][0]
    length = Counter(g.segment_ms for g in grids.values()).most_common(1)[0][0]
    rule = Counter(g.count_rule for g in grids.values()).most_common(1)[0][0]
    for coder, g in grids.items():
        if g.origin_ms != origin:
            notes.append(
                f"{matched.label}: {coder}'s first segment starts at {g.origin_ms / 1000:g} s, "
                f"the others' at {origin / 1000:g} s; every coder is compared on segments "
                f"from {origin / 1000:g} s."
            )
        if g.segment_ms != length:
            notes.append(
                f"{matched.label}: {coder}'s codebook has {g.segment_ms / 1000:g} s segments, "
                f"the others' {length / 1000:g} s; every coder is compared on "
                f"{length / 1000:g} s segments."
            )
        if g.count_rule != rule:
            notes.append(
                f"{matched.label}: {coder}'s codebook counts spans by '{g.count_rule}', the "
                f"others' by '{rule}'; every coder is counted by '{rule}'."
            )
    end = max(g.end_ms for g in grids.values())
    return SegmentGrid(origin, length, max(end, origin + 1), rule)
