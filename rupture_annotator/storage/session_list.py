"""A study started from a list: a CSV of recordings (one per row) with their session details.

Every row is checked and every video probed before anything is written, so a list with one bad
row creates no project at all; each problem names its line.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.session import (
    BUILTIN_NAMES,
    FieldDefinition,
    SessionInfo,
    missing_required,
    set_field,
)
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.project_file import PROJECT_SUFFIX

VIDEO_COLUMNS = ("video", "media", "file")
NAME_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,63}$"


class SessionListError(ValueError):
    """A list that cannot be used; `problems` has one line each, naming the line of the file."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class SessionRow:
    line: int
    video: Path
    session: SessionInfo


@dataclass
class SessionList:
    source: Path
    rows: list[SessionRow]
    fields: list[FieldDefinition] = field(default_factory=list)  # custom: the other columns
    # the required built-in fields, when the list was read with the study's definitions
    required: list[str] | None = None


def custom_fields(names: list[str]) -> tuple[list[FieldDefinition], list[str]]:
    """Text fields for names that are not built-in; problems for names no column can take."""
    fields: list[FieldDefinition] = []
    problems: list[str] = []
    for name in names:
        if name in BUILTIN_NAMES or any(f.name == name for f in fields):
            continue
        if not re.match(NAME_PATTERN, name):
            problems.append(
                f"{name!r} cannot be a session field: use letters, digits and _, starting with a "
                "letter (at most 64)"
            )
        else:
            fields.append(FieldDefinition(name=name))
    return fields, problems


def read_session_list(
    path: Path,
    videos: Path | None = None,
    definitions: tuple[list[FieldDefinition], list[str]] | None = None,
) -> SessionList:
    """Read and check a session list; raises SessionListError with every problem found.

    With the study's definitions (custom fields, required built-in fields), a column of a
    defined field is read as its type (whole number, date, choice) and a required field left
    empty is a problem of its row; other columns become text fields as without them."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SessionListError([f"{path}: cannot be read ({exc.strerror or exc})"]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SessionListError(
            [
                f"{path}: is not UTF-8 text (bad byte at line {line}, offset {exc.start}); save "
                "it from your spreadsheet as CSV UTF-8"
            ]
        ) from exc
    if not text.strip():
        raise SessionListError([f"{path}: is empty"])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = [h.strip() for h in next(reader)]
    lowered = [h.lower() for h in header]
    video_col = next((lowered.index(v) for v in VIDEO_COLUMNS if v in lowered), None)
    if video_col is None:
        raise SessionListError(
            [f"{path}: line 1: no video column (name one column 'video', 'media' or 'file')"]
        )
    names = [h.lower() if h.lower() in BUILTIN_NAMES else h for h in header]
    problems = [f"{path}: line 1: {p}" for p in _header_problems(names, video_col)]
    defined = definitions[0] if definitions is not None else []
    fields, bad = custom_fields(
        [
            n
            for i, n in enumerate(names)
            if i != video_col and n and all(f.name != n for f in defined)
        ]
    )
    fields = [*defined, *fields]
    problems += [f"{path}: line 1: {p}" for p in bad]
    if problems:
        raise SessionListError(problems)
    folder = videos if videos is not None else path.parent
    rows: list[SessionRow] = []
    seen_videos: dict[Path, int] = {}
    seen_sessions: dict[tuple[str, int], int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        where = f"{path}: line {line}"
        if len(cells) != len(header):
            problems.append(f"{where}: has {len(cells)} cells, the header {len(header)}")
            continue
        video_name = cells[video_col].strip()
        if not video_name:
            problems.append(f"{where}: names no video")
            continue
        # absolute, not resolved: a symlinked video keeps its name beside the project
        video = Path(os.path.abspath(folder / video_name))
        info, reasons = SessionInfo(), []
        for i, (name, cell) in enumerate(zip(names, cells, strict=True)):
            if i == video_col or not name:
                continue
            try:
                info = set_field(info, fields, name, cell)
            except ValueError as exc:
                reasons.append(f"{name}: {exc}")
        if definitions is not None:
            missing = missing_required(info, fields, definitions[1])
            reasons += [f"{label}: is required but empty" for label in missing]
        if not video.is_file():
            reasons.insert(0, f"video {video_name!r} not found in {folder}")
        if video in seen_videos:
            reasons.append(f"the same video as line {seen_videos[video]}")
        key = (info.dyad, info.session_number) if info.session_number is not None else None
        if info.dyad and key is not None and key in seen_sessions:
            reasons.append(
                f"the same dyad and session number as line {seen_sessions[key]} "
                f"({info.dyad}, {info.session_number})"
            )
        problems += [f"{where}: {r}" for r in reasons]
        seen_videos.setdefault(video, line)
        if info.dyad and key is not None:
            seen_sessions.setdefault(key, line)
        if not reasons:
            rows.append(SessionRow(line, video, info))
    if not rows and not problems:
        problems.append(f"{path}: lists no recordings")
    if problems:
        raise SessionListError(problems)
    return SessionList(path, rows, fields, definitions[1] if definitions is not None else None)


def _header_problems(names: list[str], video_col: int) -> list[str]:
    problems = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        if not name and i != video_col:
            problems.append(f"column {i + 1} has no name")
        elif name.lower() in seen:
            problems.append(f"the column {name!r} appears twice")
        seen.add(name.lower())
    return problems


Probe = Callable[[Path, Path], MediaRef]


@dataclass(frozen=True)
class PlannedProject:
    path: Path
    project: Project


def plan_projects(
    sessions: SessionList,
    probe: Probe,
    output: Path | None,
    *,
    codebook: str | Path = "3rs-2015",
    coder: str | None = None,
    single: bool = False,
    single_path: Path | None = None,
) -> list[PlannedProject]:
    """The projects to write: one per row into output (default: beside each video), or one
    holding all at single_path. Probes every video; raises SessionListError naming the lines
    whose video cannot be read. Raises CodebookError for a bad codebook."""
    cb = load_codebook(codebook)
    problems: list[str] = []
    planned: list[PlannedProject] = []
    single_project: Project | None = None
    if single:
        assert single_path is not None
        single_project = _empty(cb, coder, sessions.fields, sessions.required)
        planned.append(PlannedProject(single_path, single_project))
    targets: dict[Path, int] = {}
    for row in sessions.rows:
        if single_project is not None:
            target = planned[0].path
        else:
            folder = output if output is not None else row.video.parent
            target = folder / (row.video.stem + PROJECT_SUFFIX)
            if target in targets:
                problems.append(
                    f"{sessions.source}: line {row.line}: its project {target.name} would replace the one of line "
                    f"{targets[target]} (two videos with the same name)"
                )
                continue
            targets[target] = row.line
        try:
            media = probe(row.video, target.parent)
        except (OSError, ValueError) as exc:
            problems.append(f"{sessions.source}: line {row.line}: {exc}")
            continue
        project = single_project or _empty(cb, coder, sessions.fields, sessions.required)
        try:
            rec = project.add_recording(media)
            project.set_session(rec.id, row.session)
        except EditError as exc:
            problems.append(f"{sessions.source}: line {row.line}: {exc}")
            continue
        if single_project is None:
            planned.append(PlannedProject(target, project))
    if problems:
        raise SessionListError(problems)
    return planned


def _empty(
    cb: Codebook,
    coder: str | None,
    fields: list[FieldDefinition],
    required: list[str] | None = None,
) -> Project:
    project = Project(codebook=cb)
    if coder:
        project.add_coder(coder)
    project.set_session_fields(fields, required)
    return project
