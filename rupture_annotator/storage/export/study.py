"""A study: the projects exported together (one per coder and session, or many sessions each)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rupture_annotator.domain.project import Project
from rupture_annotator.storage.project_file import PROJECT_SUFFIX, ProjectFileError, load_project

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, what) while an export runs; it may raise to stop it."""


class StudyError(ValueError):
    """Projects that cannot be exported; `problems` has one line per file, naming it."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class StudyProject:
    label: str  # the `project` column: the file name, or as much of its path as tells it apart
    path: Path | None
    project: Project


@dataclass(frozen=True)
class Study:
    projects: tuple[StudyProject, ...]
    coder: str | None = None  # export only this coder's coding

    def coders_of(self, project: Project) -> list[str]:
        return [c for c in project.coders if self.coder is None or c == self.coder]


def project_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Project files named directly or found in named folders (and their subfolders)."""
    files: list[Path] = []
    problems: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.rglob(f"*{PROJECT_SUFFIX}"))
            if not found:
                problems.append(f"{p}: a folder with no {PROJECT_SUFFIX} project files in it")
            files += found
        else:
            files.append(p)
    unique = list(dict.fromkeys(f.resolve() for f in files))
    return unique, problems


def project_labels(paths: Sequence[Path]) -> list[str]:
    """Short names for the projects: the file name without its suffix, or when two share a
    name, the path from their common folder (e.g. coder2/session04)."""
    stems = [_stem(p) for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    common = Path(os.path.commonpath([p.parent for p in paths])) if paths else Path()
    return [
        (p.parent.relative_to(common) / _stem(p)).as_posix()
        if p.parent.is_relative_to(common)
        else p.with_name(_stem(p)).as_posix()
        for p in paths
    ]


def _stem(path: Path) -> str:
    name = path.name
    return name[: -len(PROJECT_SUFFIX)] if name.endswith(PROJECT_SUFFIX) else path.stem


def load_study(
    paths: Iterable[str | Path], coder: str | None = None, progress: Progress | None = None
) -> Study:
    """Load every project; if any cannot be read, raise StudyError naming each bad file."""
    files, problems = project_files(paths)
    projects: list[Project] = []
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files), f"Reading {path.name}")
        try:
            projects.append(load_project(path))
        except ProjectFileError as exc:
            problems.append(str(exc))
    if not files and not problems:
        problems.append("No project files were named.")
    if coder is not None and not problems and all(coder not in p.coders for p in projects):
        coders = sorted({c for p in projects for c in p.coders})
        problems.append(
            f"{coder!r} is not a coder in these projects (coders: {', '.join(coders) or 'none'})."
        )
    if problems:
        raise StudyError(problems)
    labels = project_labels(files)
    return Study(
        tuple(StudyProject(lab, f, p) for lab, f, p in zip(labels, files, projects, strict=True)),
        coder,
    )


def snapshot(project: Project) -> Project:
    """A copy that later edits do not reach, cheap at any size: annotations are immutable
    values, so copying the lists that hold them is enough to export from another thread."""
    media = [
        rec.model_copy(
            update={
                "ruptures": list(rec.ruptures),
                "resolutions": list(rec.resolutions),
                "segment_ratings": list(rec.segment_ratings),
                "session_ratings": list(rec.session_ratings),
            }
        )
        for rec in project.media
    ]
    return Project.model_construct(
        codebook=project.codebook,
        coders=list(project.coders),
        session_fields=list(project.session_fields),
        required_session_fields=list(project.required_session_fields),
        media=media,
        study=project.study,
    )


def study_of(project: Project, path: Path | None, coder: str | None = None) -> Study:
    """The open project as a study of one, from a snapshot."""
    label = _stem(path) if path is not None else "project"
    return Study((StudyProject(label, path, snapshot(project)),), coder)
