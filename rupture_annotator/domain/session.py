"""Session details: which dyad, therapist, session and condition a recording belongs to.

Six fields every study has, plus custom fields a study defines once for the whole project. The
values are codes, never names: the recordings are clinical.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from rupture_annotator.domain.annotations import _Value

FieldType = Literal["text", "integer", "date", "choice"]
FIELD_TYPES: tuple[FieldType, ...] = ("text", "integer", "date", "choice")
# A name SPSS and R take as a column name as it is.
FieldName = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,63}$")]
Text = Annotated[str, Field(max_length=200)]
CustomValue = str | int  # a date is kept as its ISO text, YYYY-MM-DD


@dataclass(frozen=True)
class BuiltinField:
    name: str
    label: str
    type: FieldType
    description: str


BUILTIN_FIELDS: tuple[BuiltinField, ...] = (
    BuiltinField("dyad", "Dyad", "text", "The patient-therapist dyad's code (e.g. D01)."),
    BuiltinField("therapist", "Therapist", "text", "The therapist's code (e.g. T03)."),
    BuiltinField(
        "session_number", "Session number", "integer", "The session's number in the treatment."
    ),
    BuiltinField(
        "recording_date", "Recording date", "date", "The day of the session (YYYY-MM-DD)."
    ),
    BuiltinField("condition", "Condition", "text", "The study condition or arm."),
    BuiltinField("phase", "Phase", "text", "The phase of treatment or of the study."),
)
BUILTIN_NAMES = tuple(f.name for f in BUILTIN_FIELDS)


class FieldDefinition(_Value):
    """A custom session field a study defines once for all its recordings."""

    name: FieldName
    label: Text = ""
    type: FieldType = "text"
    choices: tuple[Text, ...] = ()
    required: bool = False

    @model_validator(mode="after")
    def _choices_fit_the_type(self) -> Self:
        if self.type == "choice" and not self.choices:
            raise ValueError("a choice field needs at least one choice")
        if self.type != "choice" and self.choices:
            raise ValueError(f"only a choice field has choices (this one is {self.type})")
        if len(set(self.choices)) != len(self.choices):
            raise ValueError("lists a choice twice")
        return self

    @property
    def title(self) -> str:
        return self.label or self.name


class SessionInfo(_Value):
    """The session details of one recording; empty fields are "" or None."""

    dyad: Text = ""
    therapist: Text = ""
    session_number: int | None = Field(default=None, ge=0, le=1_000_000)
    recording_date: date | None = None
    condition: Text = ""
    phase: Text = ""
    custom: dict[FieldName, CustomValue] = Field(default_factory=dict)

    def value(self, name: str) -> object:
        """A field's value by name, built-in or custom (None when empty)."""
        if name in BUILTIN_NAMES:
            found = getattr(self, name)
            return None if found == "" else found
        return self.custom.get(name)

    def with_value(self, name: str, value: object) -> SessionInfo:
        """A copy with one field set; None or "" empties it."""
        empty = value is None or value == ""
        if name in BUILTIN_NAMES:
            blank = "" if name not in ("session_number", "recording_date") else None
            return self.with_changes(**{name: blank if empty else value})
        custom = {k: v for k, v in self.custom.items() if k != name}
        if not empty:
            custom[name] = value  # type: ignore[assignment]
        return self.with_changes(custom=custom)


def parse_value(type_: FieldType, text: str, choices: tuple[str, ...] = ()) -> CustomValue | None:
    """A field's value from what someone typed (or a CSV cell); raises ValueError(reason)."""
    text = text.strip()
    if not text:
        return None
    if type_ == "integer":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"must be a whole number (got {text!r})") from None
    if type_ == "date":
        return _iso_date(text).isoformat()
    if type_ == "choice" and text not in choices:
        raise ValueError(f"must be one of {_listed(choices)} (got {text!r})")
    return text


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"must be a date as YYYY-MM-DD (got {text!r})") from None


def _listed(choices: tuple[str, ...]) -> str:
    return ", ".join(repr(c) for c in choices)


def value_problem(definition: FieldDefinition, value: CustomValue) -> str | None:
    """Why a stored value does not fit its field's definition, or None."""
    if definition.type == "integer":
        return None if isinstance(value, int) else f"must be a whole number (got {value!r})"
    if not isinstance(value, str):
        return f"must be text (got {value!r})"
    try:
        parse_value(definition.type, value, definition.choices)
    except ValueError as exc:
        return str(exc)
    if definition.type == "date" and value != value.strip():
        return f"must be a date as YYYY-MM-DD (got {value!r})"
    return None


def set_field(
    info: SessionInfo, fields: list[FieldDefinition], name: str, text: str
) -> SessionInfo:
    """info with one field (built-in or custom) set from text; raises ValueError(reason)."""
    builtin = next((f for f in BUILTIN_FIELDS if f.name == name), None)
    if builtin is not None:
        parsed = parse_value(builtin.type, text)
        if builtin.type == "date" and parsed is not None:
            return info.with_value(name, date.fromisoformat(str(parsed)))
        return info.with_value(name, parsed)
    definition = next((f for f in fields if f.name == name), None)
    if definition is None:
        raise ValueError(f"is not a session field of this project ({name!r})")
    return info.with_value(name, parse_value(definition.type, text, definition.choices))


def missing_required(
    info: SessionInfo, fields: list[FieldDefinition], required_builtin: list[str]
) -> list[str]:
    """The labels of required fields that are still empty."""
    missing = [
        f.label for f in BUILTIN_FIELDS if f.name in required_builtin and not info.value(f.name)
    ]
    missing += [f.title for f in fields if f.required and info.value(f.name) in (None, "")]
    return missing


def field_problems(
    fields: list[FieldDefinition], required_builtin: list[str]
) -> Iterator[tuple[str, str]]:
    """Problems of a project's field definitions, paths relative to the project."""
    seen: set[str] = set()
    for i, f in enumerate(fields):
        if f.name.lower() in BUILTIN_NAMES:
            yield f"session_fields[{i}].name", f"{f.name!r} is a built-in session field"
        elif f.name.lower() in seen:
            yield f"session_fields[{i}].name", f"a second field named {f.name!r}"
        seen.add(f.name.lower())
    for i, name in enumerate(required_builtin):
        if name not in BUILTIN_NAMES:
            yield f"required_session_fields[{i}]", f"no built-in session field {name!r}"


def session_problems(fields: list[FieldDefinition], info: SessionInfo) -> Iterator[tuple[str, str]]:
    """Problems of one recording's session details; paths relative to its `session`."""
    by_name = {f.name: f for f in fields}
    for key, value in info.custom.items():
        path = f"custom.{key}"
        definition = by_name.get(key)
        if definition is None:
            yield path, f"{key!r} is not one of the project's session fields"
            continue
        problem = value_problem(definition, value)
        if problem is not None:
            yield path, problem
