"""Codebooks are data: markers, strategies and rating scales loaded from JSON, never hard-coded."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    model_serializer,
    model_validator,
)

HEX_COLOR = r"^#[0-9a-fA-F]{6}$"
IDENT = r"^[A-Za-z][A-Za-z0-9_]*$"  # survives SPSS and R as a column name
LANGUAGE = r"^[a-z]{2,3}(_[A-Z]{2})?$"  # a language code: "de", "es", "pt_BR"
Language = Annotated[str, Field(pattern=LANGUAGE)]
# labels in other languages than the codebook's own: {"de": "Verleugnung"}
Translations = dict[Language, Annotated[str, Field(min_length=1)]]
# what a file leaves out when it has nothing to say, so a codebook that uses no translations and
# retires nothing is written exactly as before they existed
_OPTIONAL_WHEN_EMPTY = ("labels", "definitions", "anchor_labels", "retired")


class RuptureKind(StrEnum):
    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_serializer(mode="wrap")
    def _leave_out_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for key in _OPTIONAL_WHEN_EMPTY:
            if key in data and not data[key]:
                del data[key]
        if data.get("language") == "en":
            del data["language"]
        return data


class _Labelled:
    """A code with a label and a definition, in the codebook's language and maybe others
    (`labels`, `definitions`: declared by each, after its own fields, so files keep their order)."""

    if TYPE_CHECKING:
        label: str
        definition: str
        labels: dict[str, str]
        definitions: dict[str, str]

        def model_copy(
            self, *, update: dict[str, Any] | None = None, deep: bool = False
        ) -> Self: ...

    def in_language(self, language: str) -> Self:
        """This code with its label and definition in that language (as it is without them)."""
        label, definition = self.labels.get(language), self.definitions.get(language)
        if label is None and definition is None:
            return self
        return self.model_copy(
            update={"label": label or self.label, "definition": definition or self.definition}
        )


class Marker(_Frozen, _Labelled):
    """A rupture marker of one kind, e.g. withdrawal 2 "Minimal response"."""

    id: str = Field(pattern=IDENT, max_length=60)
    kind: RuptureKind
    number: int = Field(ge=1)
    label: str = Field(min_length=1)
    definition: str = ""
    key: str = ""
    color: str = Field(pattern=HEX_COLOR)
    group: str | None = None
    labels: Translations = Field(default_factory=dict)
    definitions: Translations = Field(default_factory=dict)
    # taken out of the codebook while spans still carry it: those spans keep it, flagged for
    # recoding (Check Coding lists them); it is offered for no new coding and has no key
    retired: bool = False


StrategyGroup = Literal["immediate", "exploratory", "ungrouped"]


class Strategy(_Frozen, _Labelled):
    """A resolution strategy the therapist uses, e.g. 4 "Invites discussion"."""

    id: str = Field(pattern=IDENT, max_length=60)
    number: int = Field(ge=1)
    label: str = Field(min_length=1)
    definition: str = ""
    key: str = ""
    color: str = Field(pattern=HEX_COLOR)
    # "ungrouped" says so on purpose; None (older codebooks) is exported as ungrouped too, so no
    # strategy ever drops out of the group totals.
    group: StrategyGroup | None = None
    labels: Translations = Field(default_factory=dict)
    definitions: Translations = Field(default_factory=dict)
    retired: bool = False  # as a marker's


class Actor(_Frozen):
    """Whose moving away or against a rupture is (3RS v2022: the patient's or the therapist's)."""

    id: str = Field(pattern=IDENT, max_length=30)
    label: str = Field(min_length=1)
    labels: Translations = Field(default_factory=dict)

    def in_language(self, language: str) -> Self:
        label = self.labels.get(language)
        return self if label is None else self.model_copy(update={"label": label})


ScaleTarget = Literal["rupture", "resolution", "segment", "session"]
CountRule = Literal["overlap", "start"]


class RatingScale(_Frozen, _Labelled):
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
    labels: Translations = Field(default_factory=dict)
    definitions: Translations = Field(default_factory=dict)
    # the anchors in other languages: {"de": {1: "Keine", 5: "Hoch"}}
    anchor_labels: dict[Language, dict[int, str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _range(self) -> RatingScale:
        if self.minimum >= self.maximum:
            raise ValueError(f"minimum must be below maximum ({self.minimum} >= {self.maximum})")
        return self

    def contains(self, value: int) -> bool:
        return self.minimum <= value <= self.maximum

    def in_language(self, language: str) -> Self:
        shown = super().in_language(language)
        anchors = self.anchor_labels.get(language)
        if not anchors:
            return shown
        return shown.model_copy(update={"anchors": {**self.anchors, **anchors}})


class Codebook(_Frozen):
    """The coding scheme a project is coded with. Embedded in the project file."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    version: str = "1.0"
    description: str = ""
    # the language of the labels and definitions; codes may carry others (labels, definitions)
    language: Language = "en"
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
    def _unique(self, info: ValidationInfo) -> Codebook:
        """The rules every codebook keeps to be loaded (ids and keys unique, actors known); a
        caller that lists every problem itself (codebook_rules) passes context
        {"all_problems": True} to get the codebook first."""
        if isinstance(info.context, dict) and info.context.get("all_problems"):
            return self
        from rupture_annotator.domain.codebook_rules import codebook_problems

        problem = next(iter(codebook_problems(self, strict=False)), None)
        if problem is not None:
            raise ValueError(f"{problem[0]}: {problem[1]}")
        return self

    def in_language(self, language: str | None) -> Codebook:
        """The codebook with its labels in that language where it has them: for showing, never
        for saving (the project keeps the codebook as it is)."""
        if not language or language == self.language:
            return self
        cache: dict[str, Codebook] = self.__dict__.setdefault("_shown", {})
        found = cache.get(language)
        if found is None:
            fields = {name: getattr(self, name) for name in type(self).model_fields}
            # constructed, not copied: a copy would keep the cached lookups of this one
            found = cache[language] = Codebook.model_construct(
                **{
                    **fields,
                    "markers": tuple(m.in_language(language) for m in self.markers),
                    "strategies": tuple(s.in_language(language) for s in self.strategies),
                    "scales": tuple(s.in_language(language) for s in self.scales),
                    "actors": tuple(a.in_language(language) for a in self.actors),
                    "language": language,
                }
            )
        return found

    @property
    def languages(self) -> tuple[str, ...]:
        """The codebook's own language, then every other its labels are given in."""
        found = dict.fromkeys([self.language])
        items: list[Marker | Strategy | RatingScale | Actor] = [
            *self.markers,
            *self.strategies,
            *self.scales,
            *self.actors,
        ]
        for item in items:
            found.update(dict.fromkeys(sorted(item.labels)))
        return tuple(found)

    def codes(self) -> tuple[Marker | Strategy, ...]:
        """Every marker, then every strategy."""
        return (*self.markers, *self.strategies)

    def in_use(self) -> tuple[Marker | Strategy, ...]:
        """The markers and strategies offered for coding (not retired)."""
        codes: tuple[Marker | Strategy, ...] = (*self.markers, *self.strategies)
        return tuple(c for c in codes if not c.retired)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy without this one's cached lookups (they would describe this one's codes)."""
        copied = super().model_copy(update=update, deep=deep)
        for cached in ("markers_by_id", "strategies_by_id", "_shown"):
            copied.__dict__.pop(cached, None)
        return copied

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
