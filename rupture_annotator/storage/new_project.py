"""A new project for a recording: probe it, reference it, embed the chosen codebook."""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.probe import probe
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.media_files import fingerprint, relative_path
from rupture_annotator.storage.project_file import PROJECT_SUFFIX


def default_project_path(video: Path) -> Path:
    return video.with_name(video.stem + PROJECT_SUFFIX)


def media_ref(video: Path, project_dir: Path) -> MediaRef:
    """Probe a recording and reference it from a project in project_dir. Raises ProbeError."""
    info = probe(video)
    return MediaRef(
        path=relative_path(video, project_dir),
        size=video.stat().st_size,
        fingerprint=fingerprint(video),
        duration_ms=info.duration_ms,
        fps=info.fps,
        width=info.width,
        height=info.height,
        has_video=info.has_video,
    )


def new_project(
    video: Path, project_path: Path, codebook: str | Path = "3rs-2015", coder: str | None = None
) -> Project:
    project = Project(codebook=load_codebook(codebook))
    project.add_recording(media_ref(video, project_path.parent))
    if coder:
        project.add_coder(coder)
    return project
