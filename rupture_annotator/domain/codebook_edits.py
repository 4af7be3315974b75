"""Changing the codebook of a project that is being coded, without losing a span.

Ids are what spans store, so a rename changes a label and never an id. A marker, strategy or
actor that spans use cannot simply disappear: each removal in use is listed with how many spans
use it (`removals`), and the coder says where its spans go (`Resolution`): moved to another code,
or kept with the code flagged (the code stays in the codebook, retired: offered for no new
coding, listed by Check Coding). A removed scale's ratings go only when the coder says so, with
their count. `plan_change` turns the new codebook and those answers into one CodebookSwap, which
Project.set_codebook applies as one undoable edit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal, TypeVar

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import Codebook, Marker, RatingScale, Strategy
from rupture_annotator.domain.project import CodebookSwap, EditError, Project

_R = TypeVar("_R", SegmentRating, SessionRating)
UseKind = Literal["marker", "strategy", "actor", "scale"]
KEEP_FLAGGED = None  # a Resolution value: keep the spans, with the code retired and flagged
DROP_RATINGS = None  # for a scale: take its ratings off


@dataclass(frozen=True)
class Removal:
    """A code the new codebook drops while the coding uses it."""

    kind: UseKind
    code_id: str
    label: str
    uses: int  # spans (marker, strategy, actor) or ratings (scale) that use it
    # what the spans may move to: (id, label) of the new codebook's codes of the same kind
    targets: tuple[tuple[str, str], ...] = ()

    def sentence(self) -> str:
        what = {"marker": "marker", "strategy": "strategy", "actor": "actor", "scale": "scale"}
        used = (
            f"{self.uses} rating{'s' if self.uses != 1 else ''}"
            if self.kind == "scale"
            else f"{self.uses} span{'s' if self.uses != 1 else ''}"
        )
        return f"The {what[self.kind]} {self.label!r} is used by {used}."

    @property
    def can_flag(self) -> bool:
        """Whether its spans can keep it, flagged (markers and strategies)."""
        return self.kind in ("marker", "strategy")


# code id -> the id its spans move to, or KEEP_FLAGGED / DROP_RATINGS (None)
Resolution = dict[str, str | None]


def code_uses(project: Project) -> Counter[str]:
    """How many spans use each marker and strategy id, and each actor (as "actor:ID")."""
    counted: Counter[str] = Counter()
    for rec in project.media:
        for r in rec.ruptures:
            counted.update(set(r.marker_ids))
            if r.actor is not None:
                counted[f"actor:{r.actor}"] += 1
        for s in rec.resolutions:
            counted.update(set(s.strategy_ids))
    return counted


def scale_uses(project: Project) -> Counter[str]:
    """How many ratings (segment and session) give each scale a value; spans rated on the
    significance and resolution scales count too."""
    counted: Counter[str] = Counter()
    for rec in project.media:
        ratings: list[SegmentRating | SessionRating] = [
            *rec.segment_ratings,
            *rec.session_ratings,
        ]
        for rating in ratings:
            counted.update(rating.values.keys())
        counted["significance"] += sum(r.significance is not None for r in rec.ruptures)
        counted["resolution"] += sum(s.resolution is not None for s in rec.resolutions)
    return counted


def removals(project: Project, new: Codebook) -> list[Removal]:
    """What the new codebook drops that the coding uses, with counts and where it may go."""
    old = project.codebook
    used = code_uses(project)
    found: list[Removal] = []
    new_markers = new.markers_by_id
    for m in old.markers:
        kept = new_markers.get(m.id)
        if used[m.id] and (kept is None or kept.kind != m.kind):
            targets = tuple((t.id, t.label) for t in new.markers_of(m.kind) if not t.retired)
            found.append(Removal("marker", m.id, m.label, used[m.id], targets))
    for s in old.strategies:
        if used[s.id] and s.id not in new.strategies_by_id:
            targets = tuple((t.id, t.label) for t in new.strategies if not t.retired)
            found.append(Removal("strategy", s.id, s.label, used[s.id], targets))
    new_actors = {a.id for a in new.actors}
    for a in old.actors:
        if used[f"actor:{a.id}"] and a.id not in new_actors:
            targets = tuple((t.id, t.label) for t in new.actors)
            found.append(Removal("actor", a.id, a.label, used[f"actor:{a.id}"], targets))
    rated = scale_uses(project)
    for sc in old.scales:
        kept_scale = new.scale(sc.id)
        if rated[sc.id] and (kept_scale is None or kept_scale.target != sc.target):
            found.append(Removal("scale", sc.id, sc.label, rated[sc.id]))
    return found


def plan_change(
    project: Project, new: Codebook, resolution: Resolution | None = None
) -> CodebookSwap:
    """The swap that gives the project the new codebook; raises EditError (one sentence) when
    a removal in use has no answer, an answer does not fit, or the change would move ratings."""
    resolution = dict(resolution or {})
    old = project.codebook
    _check_segments(project, old, new)
    moves: dict[str, str] = {}
    flagged: list[Marker | Strategy] = []
    dropped_scales: set[str] = set()
    for removal in removals(project, new):
        if removal.code_id not in resolution:
            raise EditError(f"{removal.sentence()} Say where its spans go first.")
        target = resolution[removal.code_id]
        if target is None:
            if removal.kind == "scale":
                dropped_scales.add(removal.code_id)
            elif removal.kind == "actor":
                if new.actors:
                    raise EditError(
                        f"{removal.sentence()} Its ruptures must become another actor's."
                    )
            else:
                code = (
                    old.markers_by_id.get(removal.code_id) or old.strategies_by_id[removal.code_id]
                )
                flagged.append(code.model_copy(update={"retired": True, "key": ""}))
        elif target not in {t for t, _ in removal.targets}:
            raise EditError(
                f"{removal.sentence()} {target!r} is not a {removal.kind} it can move to."
            )
        else:
            key = f"actor:{removal.code_id}" if removal.kind == "actor" else removal.code_id
            moves[key] = target
    codebook = _with_flagged(new, flagged)
    spans: list[tuple[str, Annotation]] = []
    segment_ratings: list[tuple[str, tuple[SegmentRating, ...]]] = []
    session_ratings: list[tuple[str, tuple[SessionRating, ...]]] = []
    for rec in project.media:
        for a in rec.annotations():
            changed = _recoded(a, moves, old, codebook, dropped_scales)
            if changed is not None:
                spans.append((rec.id, changed))
        if dropped_scales:
            if any(dropped_scales & r.values.keys() for r in rec.segment_ratings):
                segment_ratings.append(
                    (rec.id, tuple(_without(r, dropped_scales) for r in rec.segment_ratings))
                )
            if any(dropped_scales & r.values.keys() for r in rec.session_ratings):
                session_ratings.append(
                    (rec.id, tuple(_without(r, dropped_scales) for r in rec.session_ratings))
                )
    return CodebookSwap(codebook, tuple(spans), tuple(segment_ratings), tuple(session_ratings))


def _check_segments(project: Project, old: Codebook, new: Codebook) -> None:
    if new.segment_length_ms == old.segment_length_ms:
        return
    rated = sum(len(rec.segment_ratings) for rec in project.media)
    if rated:
        raise EditError(
            f"{rated} segment rating{'s were' if rated != 1 else ' was'} given on "
            f"{_length(old.segment_length_ms)} segments: with {_length(new.segment_length_ms)} "
            "segments they would rate other minutes of the session. Keep the length, or change "
            "it before segments are rated."
        )


def _length(ms: int) -> str:
    return f"{ms // 60_000}-minute" if ms % 60_000 == 0 else f"{ms / 1000:g}-second"


def _with_flagged(new: Codebook, flagged: list[Marker | Strategy]) -> Codebook:
    if not flagged:
        return new
    markers = new.markers + tuple(c for c in flagged if isinstance(c, Marker))
    strategies = new.strategies + tuple(c for c in flagged if isinstance(c, Strategy))
    # a marker whose kind changed keeps its id in the new codebook: its flagged old self cannot
    # keep the same id, so such spans must be moved (removals() offers the same kind only)
    ids = [m.id for m in markers]
    if len(set(ids)) != len(ids):
        raise EditError(
            "A marker that changed its kind cannot keep its old spans flagged: move them to a "
            "marker of their kind."
        )
    return new.model_copy(update={"markers": markers, "strategies": strategies})


def _recoded(
    a: Annotation, moves: dict[str, str], old: Codebook, new: Codebook, dropped: set[str]
) -> Annotation | None:
    if isinstance(a, Rupture):
        significance = None if "significance" in dropped else a.significance
        ids = _moved(a.marker_ids, moves)
        actor = a.actor
        if actor is not None:
            actor = moves.get(f"actor:{actor}", actor)
            if not new.actors:
                actor = None
        elif new.actors and not old.actors:
            actor = new.default_actor  # a codebook that starts coding actors: whose before?
        if (ids, actor, significance) == (a.marker_ids, a.actor, a.significance):
            return None
        return a.model_copy(
            update={"marker_ids": ids, "actor": actor, "significance": significance}
        )
    assert isinstance(a, ResolutionStrategy)
    ids = _moved(a.strategy_ids, moves)
    resolution = None if "resolution" in dropped else a.resolution
    if (ids, resolution) == (a.strategy_ids, a.resolution):
        return None
    return a.model_copy(update={"strategy_ids": ids, "resolution": resolution})


def _moved(ids: tuple[str, ...], moves: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(moves.get(i, i) for i in ids))


def _without(rating: _R, scales: set[str]) -> _R:
    return rating.model_copy(
        update={"values": {k: v for k, v in rating.values.items() if k not in scales}}
    )


# -- small edits the editor makes ---------------------------------------------------------------


def slug(label: str, prefix: str = "") -> str:
    """An id from a label: letters, digits and _, starting with a letter (SPSS and R take it)."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()[:40]
    text = f"{prefix}{text}" if text else f"{prefix}code"
    return text if text[0].isalpha() else f"c_{text}"


def free_id(codebook: Codebook, label: str, prefix: str = "", taken: Collection[str] = ()) -> str:
    """An id made from the label that no marker, strategy or scale of the codebook has."""
    used = {c.id for c in codebook.codes()} | {s.id for s in codebook.scales} | set(taken)
    base = slug(label, prefix)
    found, n = base, 2
    while found in used:
        found, n = f"{base}_{n}", n + 1
    return found


def renamed(codebook: Codebook, code_id: str, label: str, language: str | None = None) -> Codebook:
    """The codebook with one code (marker, strategy or scale) relabelled: its id stays, so every
    span keeps it. A language other than the codebook's own sets that translation."""
    label = label.strip()
    if not label:
        raise EditError("A code needs a label.")

    def relabel(item: Marker | Strategy | RatingScale) -> Marker | Strategy | RatingScale:
        if item.id != code_id:
            return item
        if language is None or language == codebook.language:
            return item.model_copy(update={"label": label})
        return item.model_copy(update={"labels": {**item.labels, language: label}})

    markers = tuple(relabel(m) for m in codebook.markers)
    strategies = tuple(relabel(s) for s in codebook.strategies)
    scales = tuple(relabel(s) for s in codebook.scales)
    if (markers, strategies, scales) == (codebook.markers, codebook.strategies, codebook.scales):
        raise EditError(f"The codebook has no code {code_id!r}.")
    return Codebook.model_validate(
        {
            **codebook.model_dump(),
            "markers": [m.model_dump() for m in markers],
            "strategies": [s.model_dump() for s in strategies],
            "scales": [s.model_dump() for s in scales],
        }
    )
