"""A new project for a recording: reference it, embed the chosen codebook.

Probing the file belongs to media/ (see media/reference.py); this module is handed what probing
found, so storage never reaches up into the media layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.media_files import fingerprint, relative_path
from rupture_annotator.storage.project_file import PROJECT_SUFFIX


class MediaFacts(Protocol):
    """What probing tells about a recording (media.probe.MediaInfo has these)."""

    @property
    def duration_ms(self) -> int: ...
    @property
    def has_video(self) -> bool: ...
    @property
    def fps(self) -> float | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...


class MediaUnreadable(ValueError):
    """A recording whose file could not be read (its drive went away, permissions changed)."""


def default_project_path(video: Path) -> Path:
    return video.with_name(video.stem + PROJECT_SUFFIX)


def reference_media(video: Path, project_dir: Path, facts: MediaFacts) -> MediaRef:
    """Reference a probed recording from a project in project_dir. Raises MediaUnreadable."""
    try:
        size = video.stat().st_size
        digest = fingerprint(video)
    except OSError as exc:
        raise MediaUnreadable(
            f"Could not read {video.name} ({exc.strerror or exc}): "
            "its drive may have been disconnected."
        ) from exc
    return MediaRef(
        path=relative_path(video, project_dir),
        size=size,
        fingerprint=digest,
        duration_ms=facts.duration_ms,
        fps=facts.fps,
        width=facts.width,
        height=facts.height,
        has_video=facts.has_video,
    )


def new_project(
    media: MediaRef, codebook: str | Path = "3rs-2015", coder: str | None = None
) -> Project:
    project = Project(codebook=load_codebook(codebook))
    project.add_recording(media)
    if coder:
        project.add_coder(coder)
    return project
