"""A study's session field definitions as a file of their own (`*.fields.json`), so a session
list can be read with them: `rupture-annotator new --from-csv LIST --fields FILE`. A project
file serves too: its definitions are taken."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rupture_annotator.domain.session import FieldDefinition, field_problems
from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.errors import describe_validation_error

FIELDS_SUFFIX = ".fields.json"


class FieldsFileError(ValueError):
    """A fields file that cannot be used; str() names the file and the problem."""


class _FieldsFile(BaseModel):
    model_config = ConfigDict(extra="ignore")  # a project file carries much more

    session_fields: list[FieldDefinition] = Field(default_factory=list)
    required_session_fields: list[str] = Field(default_factory=lambda: ["dyad", "session_number"])


def fields_bytes(fields: list[FieldDefinition], required: list[str]) -> bytes:
    document = _FieldsFile(session_fields=fields, required_session_fields=required)
    return document.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_fields(fields: list[FieldDefinition], required: list[str], path: Path) -> None:
    """Write the definitions (raises SaveError)."""
    write_atomic(path, fields_bytes(fields, required), backup=False)


def load_fields(path: Path) -> tuple[list[FieldDefinition], list[str]]:
    """The custom fields and the required built-in fields of a fields file or a project file;
    raises FieldsFileError naming the path and the problem."""
    try:
        data = json.loads(path.read_bytes())
    except OSError as exc:
        raise FieldsFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:
        raise FieldsFileError(f"{path}: is not JSON ({exc})") from exc
    if isinstance(data, dict) and "schema_version" in data:
        from rupture_annotator.storage.project_file import ProjectFileError, load_project

        try:
            project = load_project(path)
        except ProjectFileError as exc:
            raise FieldsFileError(str(exc)) from exc
        return list(project.session_fields), list(project.required_session_fields)
    try:
        document = _FieldsFile.model_validate(data)
    except ValidationError as exc:
        raise FieldsFileError(f"{path}: {describe_validation_error(exc)}") from exc
    problem = next(
        iter(field_problems(document.session_fields, document.required_session_fields)), None
    )
    if problem is not None:
        raise FieldsFileError(f"{path}: {problem[0]}: {problem[1]}")
    return document.session_fields, document.required_session_fields
