"""What another tool's codes are in the project's codebook: the map file an import follows.

A map is JSON (what the Import dialog saves and `rupture-annotator import --map` reads):

    {"format": "rupture-annotator-import-map", "version": 1,
     "codes":  {"WD_coder1": {"span": "withdrawal", "coder": "ana"},
                "Repair": {"span": "strategy"}, "Laughter": {"span": "ignore"}},
     "values": {"MR": "wd_minimal_response", "denial": "wd_denial", "unsure": null},
     "coders": {"Coder 1": "ana"}, "actors": {"Therapist": "therapist"},
     "subjects": "coders", "coder": "ana", "point_event_ms": 1000, "auto": true}

- codes: an ELAN tier, a BORIS behavior or a table's kind → what its spans become ("withdrawal",
  "confrontation", "strategy", or "ignore": left out on purpose, not reported as unmapped);
  optionally whose coding they are and (ruptures) whose moving away/against.
- values: an annotation value, a BORIS modifier or a table's marker → a marker or strategy id of
  the codebook; null leaves it out on purpose.
- coders / actors: names in the file → project coders / codebook actors (a BORIS observation's
  id may be given a coder too: each coder's observation of the same video); subjects: whether a
  BORIS subject (an ELAN participant) names the coder or the actor; coder: the coder when the
  file names none.
- point_event_ms: the stated rule for BORIS point events, which have no length: a point at t
  becomes the span [t, t + point_event_ms] (ending at the recording's end if it is shorter).
- auto: a code named like a kind ("withdrawal", "confrontation", "strategy" / "resolution"), or
  one our own ELAN export typed, and a value equal to a marker or strategy id, label or number
  (within the span's kind) map without being listed. Entries in the map always win.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.errors import describe_validation_error
from rupture_annotator.storage.interchange.source import InterchangeError

SpanAs = Literal["withdrawal", "confrontation", "strategy", "ignore"]
MAP_FORMAT = "rupture-annotator-import-map"

_KIND_WORDS: dict[str, SpanAs] = {
    "withdrawal": "withdrawal",
    "confrontation": "confrontation",
    "strategy": "strategy",
    "strategies": "strategy",
    "resolution": "strategy",
    "resolution strategy": "strategy",
}


class CodeRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    span: SpanAs
    coder: str | None = Field(default=None, min_length=1, max_length=100)
    actor: str | None = None


class Mapping(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["rupture-annotator-import-map"] = "rupture-annotator-import-map"
    version: Literal[1] = 1
    codes: dict[str, CodeRule] = Field(default_factory=dict)
    values: dict[str, str | None] = Field(default_factory=dict)
    coders: dict[str, str] = Field(default_factory=dict)
    actors: dict[str, str] = Field(default_factory=dict)
    subjects: Literal["coders", "actors"] = "coders"
    coder: str | None = Field(default=None, min_length=1, max_length=100)
    point_event_ms: int = Field(default=1000, ge=1, le=600_000)
    auto: bool = True

    # -- what a code and a value are ---------------------------------------------------------
    def rule_for(self, code: str, hint: str = "") -> CodeRule | None:
        """The rule for a code; None when it is unmapped."""
        rule = self.codes.get(code)
        if rule is not None or not self.auto:
            return rule
        word = hint or _KIND_WORDS.get(code.strip().lower(), "")
        if word in ("withdrawal", "confrontation", "strategy"):
            return CodeRule(span=word)
        return None

    def value_for(self, value: str, span: SpanAs, codebook: Codebook) -> str | Unmapped | None:
        """The marker or strategy id a value stands for on a span of this kind; None when the map
        leaves it out on purpose; UNMAPPED when nothing says what it is."""
        if value in self.values:
            return self.values[value]
        if not self.auto:
            return UNMAPPED
        return auto_value(value, span, codebook)

    def check(self, codebook: Codebook) -> list[str]:
        """What in the map the codebook does not have, one sentence each."""
        ids = set(codebook.markers_by_id) | set(codebook.strategies_by_id)
        problems = [
            f"values[{v!r}]: the codebook has no marker or strategy {t!r}"
            for v, t in self.values.items()
            if t is not None and t not in ids
        ]
        actors = {a.id for a in codebook.actors}
        for name, target in self.actors.items():
            if target not in actors:
                problems.append(f"actors[{name!r}]: the codebook has no actor {target!r}")
        for code, rule in self.codes.items():
            if rule.actor is not None and rule.actor not in actors:
                problems.append(f"codes[{code!r}].actor: the codebook has no actor {rule.actor!r}")
        return problems


class Unmapped:
    """The marker for a value nothing maps (distinct from None, left out on purpose)."""

    _instance: Unmapped | None = None

    def __new__(cls) -> Unmapped:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNMAPPED"


UNMAPPED = Unmapped()


def auto_value(value: str, span: SpanAs, codebook: Codebook) -> str | Unmapped:
    """A marker (of the span's kind) or strategy whose id, label or number is the value."""
    if span == "ignore":
        return UNMAPPED
    text = value.strip().casefold()
    if span == "strategy":
        items = [(s.id, s.label, s.number) for s in codebook.strategies]
    else:
        items = [(m.id, m.label, m.number) for m in codebook.markers_of(RuptureKind(span))]
    for ident, label, number in items:
        if text in (ident.casefold(), label.casefold(), str(number)):
            return ident
    return UNMAPPED


def load_mapping(path: Path) -> Mapping:
    """Read a map file. Raises InterchangeError with one sentence."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InterchangeError(f"{path.name} is not a JSON map file ({exc}).") from exc
    if not isinstance(data, dict) or data.get("format") != MAP_FORMAT:
        raise InterchangeError(
            f'{path.name} is not an import map (it needs "format": "{MAP_FORMAT}").'
        )
    try:
        return Mapping.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(f"{path.name}: {describe_validation_error(exc)}.") from exc


def mapping_bytes(mapping: Mapping) -> bytes:
    return mapping.model_dump_json(indent=2, exclude_none=False).encode("utf-8") + b"\n"


def save_mapping(mapping: Mapping, path: Path) -> None:
    """Write a map file atomically. Raises SaveError."""
    write_atomic(Path(path), mapping_bytes(mapping), backup=False)
