"""Project files: JSON with a schema version, validated whole on load, saved atomically."""

from __future__ import annotations

import codecs
import gc
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import SchemaValidator

from rupture_annotator import __version__
from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.domain.checks import SPAN_COLUMNS, project_problems
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.columns import ColumnTable
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.reels import Reel
from rupture_annotator.domain.session import FieldDefinition
from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.duplicate_keys import columns_read, unique_keys_proven
from rupture_annotator.storage.errors import describe_validation_error
from rupture_annotator.storage.migrations import SCHEMA_VERSION, NewerSchemaError, migrate
from rupture_annotator.storage.span_order import ORDER_COLUMNS, spans_in_order, without_span_order

PROJECT_SUFFIX = ".rupture.json"
MAX_FILE_BYTES = 512 * 1024 * 1024


class ProjectFileError(ValueError):
    """A project file that cannot be read; str() is one line naming the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def sentence(self) -> str:
        """One sentence for a dialog: "s.rupture.json is not valid JSON (…)." """
        problem = self.problem.rstrip(". ")
        joiner = " " if problem.startswith(("is ", "has ", "was ", "cannot ", "could ")) else ": "
        return f"{self.path.name}{joiner}{problem}."


class _ProjectDocument(BaseModel):
    """The file's top level: what the file says about itself, then the project."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = Field(ge=1)
    saved_by: str = ""
    codebook: Codebook
    coders: list[str] = Field(default_factory=list)
    session_fields: list[FieldDefinition] = Field(default_factory=list)
    required_session_fields: list[str] = Field(default_factory=lambda: ["dyad", "session_number"])
    media: list[Recording] = Field(default_factory=list)
    reels: list[Reel] = Field(default_factory=list)
    study: StudySettings = Field(default_factory=StudySettings)


def load_project(path: str | Path) -> Project:
    """Read and fully validate a project file. Never writes to it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(path, f"is {size // 2**20} MiB, too large to be a project file")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ProjectFileError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise ProjectFileError(path, "is a folder, not a project file") from exc
    except PermissionError as exc:
        raise ProjectFileError(path, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise ProjectFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_project(raw, path)


_VERSION_HEAD = re.compile(rb'^\s*\{\s*"schema_version"\s*:\s*(\d+)\s*,')


def parse_project(raw: bytes, path: Path = Path("<project>")) -> Project:
    """Validate a project file's bytes; the first problem raises ProjectFileError."""
    # Loading builds one object per annotation; the cyclic collector would rescan the growing
    # heap again and again (measured: 100,000 annotations load 2-3x slower with it running).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return _parse(raw, path)
    finally:
        if gc_was_on:
            gc.enable()


def _parse(raw: bytes, path: Path) -> Project:
    # Windows' Notepad and some scripts save JSON with a byte-order mark: the content is fine.
    raw = raw.removeprefix(codecs.BOM_UTF8)
    head = _VERSION_HEAD.match(raw[:200])
    if head and int(head.group(1)) == SCHEMA_VERSION:
        # The usual case, a current file: parse and validate in one pass in pydantic's core,
        # every span's order then checked at once (storage/span_order).
        try:
            document: _ProjectDocument = fast_validator().validate_json(raw, strict=True)
        except ValidationError:
            pass  # take the careful path below, which names the problem exactly
        else:
            # the spans' fields, read once for the order, the count and the checks
            table = ColumnTable(_COLUMNS)
            # pydantic-core keeps the last of two equal keys without a word: count, and only
            # when the count cannot tell, parse again to look
            if spans_in_order(document.media, table) and (
                unique_keys_proven(raw, document, table) or _no_key_twice(raw, path)
            ):
                return _checked(document, path, table)
    return _parse_carefully(raw, path)


@cache
def fast_validator() -> SchemaValidator:
    """The fast path's validator, built on the first load (3-4 ms, kept off the app's start)."""
    return without_span_order(_ProjectDocument)


_COLUMNS = SPAN_COLUMNS | columns_read(_ProjectDocument) | frozenset(ORDER_COLUMNS)


def _no_key_twice(raw: bytes, path: Path) -> bool:
    """True if raw has no key twice in one object; raises the careful path's error if it has;
    False if the json module cannot read it (the careful path then says why)."""
    try:
        json.loads(raw, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise _duplicate_key_error(path, exc) from exc
    except (ValueError, RecursionError):
        return False
    return True


def _parse_carefully(raw: bytes, path: Path) -> Project:
    if not raw.strip():
        raise ProjectFileError(path, "is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise _duplicate_key_error(path, exc) from exc
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ProjectFileError(path, "is nested too deeply to be a project file") from exc
    if not isinstance(data, dict) or "schema_version" not in data:
        raise ProjectFileError(
            path, "is not a Rupture Annotator project (it has no schema_version)"
        )
    if "codebook" not in data:
        raise ProjectFileError(
            path, "is not a complete Rupture Annotator project (it has no codebook)"
        )
    version = data.get("schema_version")
    if type(version) is not int:
        raise ProjectFileError(path, f"schema_version: must be a whole number (got {version!r})")
    notes: list[str] = []
    try:
        data = migrate(data, notes=notes)
    except NewerSchemaError as exc:
        raise ProjectFileError(path, str(exc)) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise ProjectFileError(path, f"could not be upgraded from schema {version}: {exc}") from exc
    try:
        # Strict JSON types: a time written as true or "100" is a damaged file, not a number.
        document = _ProjectDocument.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as exc:
        raise ProjectFileError(path, describe_validation_error(exc)) from exc
    except RecursionError as exc:
        raise ProjectFileError(path, "is nested too deeply to be a project file") from exc
    project = _checked(document, path)
    project.load_notes = notes
    return project


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _duplicate_key_error(path: Path, exc: _DuplicateKey) -> ProjectFileError:
    return ProjectFileError(
        path, f"is damaged: the key {exc.key!r} appears twice in the same object"
    )


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _checked(document: _ProjectDocument, path: Path, table: ColumnTable | None = None) -> Project:
    project = Project.model_construct(
        codebook=document.codebook,
        coders=document.coders,
        session_fields=document.session_fields,
        required_session_fields=document.required_session_fields,
        media=document.media,
        reels=document.reels,
        study=document.study,
    )
    problem = next(iter(project_problems(project, table)), None)
    if problem is not None:
        raise ProjectFileError(path, f"{problem[0]}: {problem[1]}")
    return project


def project_bytes(project: Project) -> bytes:
    document = _ProjectDocument.model_construct(
        schema_version=SCHEMA_VERSION,
        saved_by=f"rupture-annotator {__version__}",
        codebook=project.codebook,
        coders=project.coders,
        session_fields=project.session_fields,
        required_session_fields=project.required_session_fields,
        media=project.media,
        reels=project.reels,
        study=project.study,
    )
    return document.model_dump_json(indent=1).encode("utf-8") + b"\n"


def save_project(project: Project, path: str | Path) -> None:
    """Save atomically; the previous version is kept as NAME.bak. Raises SaveError."""
    write_atomic(Path(path), project_bytes(project))


def as_dict(project: Project) -> dict[str, Any]:
    """The project as the JSON-ready dict a file would hold (for tests and interchange)."""
    result: dict[str, Any] = json.loads(project_bytes(project))
    return result
