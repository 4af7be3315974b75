"""Codebooks are data: markers, strategies and rating scales loaded from JSON, never hard-coded."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

HEX_COLOR = r"^#[0-9a-fA-F]{6}$"
IDENT = r"^[A-Za-z][A-Za-z0-9_]*$"  # survives SPSS and R as a column name


class RuptureKind(StrEnum):
    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Marker(_Frozen):
    """A rupture marker of one kind, e.g. withdrawal 2 "Minimal response"."""

    id: str = Field(pattern=IDENT, max_length=60)
    kind: RuptureKind
    number: int = Field(ge=1)
    label: str = Field(min_length=1)
    definition: str = ""
    key: str = ""
    color: str = Field(pattern=HEX_COLOR)
    group: str | None = None


class Strategy(_Frozen):
    """A resolution strategy the therapist uses, e.g. 4 "Invites discussion"."""

    id: str = Field(pattern=IDENT, max_length=60)
    number: int = Field(ge=1)
    label: str = Field(min_length=1)
    definition: str = ""
    key: str = ""
    color: str = Field(pattern=HEX_COLOR)
    # "ungrouped" says so on purpose; None (older codebooks) is exported as ungrouped too, so no
    # strategy ever drops out of the group totals.
    group: Literal["immediate", "exploratory", "ungrouped"] | None = None


class Actor(_Frozen):
    """Whose moving away or against a rupture is (3RS v2022: the patient's or the therapist's)."""

    id: str = Field(pattern=IDENT, max_length=30)
    label: str = Field(min_length=1)


ScaleTarget = Literal["rupture", "resolution", "segment", "session"]
CountRule = Literal["overlap", "start"]


class RatingScale(_Frozen):
    """An ordinal rating (1-5 in the 3RS) with the anchors coders rate against."""

    id: str = Field(pattern=IDENT, max_length=60)
    label: str = Field(min_length=1)
    target: ScaleTarget
    minimum: int = 1
    maximum: int = 5
    anchors: dict[int, str] = Field(default_factory=dict)
    definition: str = ""
    # a segment scale that rates one kind of rupture (the 3RS significance/salience ratings):
    # the segment panel suggests a value from that kind's spans, and Check Coding asks for it
    kind: RuptureKind | None = None
    # whose moving away/against it rates (3RS v2022: WD_P patient, WD_T therapist); None: the
    # patient's, as in the 2015 manual (one of the codebook's actor ids when it declares actors)
    actor: str | None = None

    @model_validator(mode="after")
    def _range(self) -> RatingScale:
        if self.minimum >= self.maximum:
            raise ValueError(f"minimum must be below maximum ({self.minimum} >= {self.maximum})")
        return self

    def contains(self, value: int) -> bool:
        return self.minimum <= value <= self.maximum


class Codebook(_Frozen):
    """The coding scheme a project is coded with. Embedded in the project file."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    version: str = "1.0"
    description: str = ""
    segment_length_ms: int = Field(default=300_000, ge=1_000)
    # how a span that crosses a segment boundary is counted in the Segments table: in every
    # segment it overlaps ("overlap"), or only in the segment where it starts ("start")
    count_rule: CountRule = "overlap"
    kind_colors: dict[str, str] = Field(default_factory=dict)
    markers: tuple[Marker, ...] = ()
    strategies: tuple[Strategy, ...] = ()
    scales: tuple[RatingScale, ...] = ()
    # when declared, every rupture carries one of them, and counts and segment ratings are per
    # actor (3RS v2022: patient and therapist); the first is the default for a new rupture
    actors: tuple[Actor, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> Codebook:
        ids = [m.id for m in self.markers] + [s.id for s in self.strategies]
        dup = _first_duplicate(ids)
        if dup:
            raise ValueError(f"marker and strategy ids must be unique ({dup!r} appears twice)")
        dup = _first_duplicate([s.id for s in self.scales])
        if dup:
            raise ValueError(f"scale ids must be unique ({dup!r} appears twice)")
        for kind in RuptureKind:
            dup = _first_duplicate([m.key for m in self.markers_of(kind) if m.key])
            if dup:
                raise ValueError(f"{kind} marker keys must be unique ({dup!r} appears twice)")
        dup = _first_duplicate([s.key for s in self.strategies if s.key])
        if dup:
            raise ValueError(f"strategy keys must be unique ({dup!r} appears twice)")
        dup = _first_duplicate([a.id for a in self.actors])
        if dup:
            raise ValueError(f"actor ids must be unique ({dup!r} appears twice)")
        actor_ids = {a.id for a in self.actors}
        for sc in self.scales:
            if sc.actor is not None and actor_ids and sc.actor not in actor_ids:
                raise ValueError(f"scale {sc.id!r} rates actor {sc.actor!r}, not in actors")
        return self

    @property
    def default_actor(self) -> str | None:
        """The actor a new rupture gets: the first declared, or None without actors."""
        return self.actors[0].id if self.actors else None

    def scale_actor(self, scale: RatingScale) -> str | None:
        """Whose ruptures a segment scale rates: its actor, or (with actors declared and none
        named) the default actor's; None without actors."""
        if not self.actors:
            return None
        return scale.actor or self.default_actor

    @cached_property
    def markers_by_id(self) -> dict[str, Marker]:
        return {m.id: m for m in self.markers}

    @cached_property
    def strategies_by_id(self) -> dict[str, Strategy]:
        return {s.id: s for s in self.strategies}

    def markers_of(self, kind: RuptureKind) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.kind == kind)

    def scales_for(self, target: ScaleTarget) -> tuple[RatingScale, ...]:
        return tuple(s for s in self.scales if s.target == target)

    def segment_scales_of(self, kind: RuptureKind) -> tuple[RatingScale, ...]:
        """The segment ratings of one rupture kind (e.g. wd_significance for withdrawal)."""
        return tuple(s for s in self.scales if s.target == "segment" and s.kind == kind)

    def scale(self, scale_id: str) -> RatingScale | None:
        return next((s for s in self.scales if s.id == scale_id), None)

    def color_of(self, kind: str) -> str:
        return self.kind_colors.get(kind, "#888888")


def _first_duplicate(values: list[str]) -> str | None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            return v
        seen.add(v)
    return None
