"""Referencing a recording from a project: probe it (here, in media/), then let storage record
its path, size and fingerprint."""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.probe import ProbeError, probe
from rupture_annotator.storage.new_project import MediaUnreadable, reference_media


def media_ref(video: Path, project_dir: Path) -> MediaRef:
    """Probe a recording and reference it from a project in project_dir.

    Raises ProbeError (one sentence) when the file is not a playable recording or cannot be read.
    """
    info = probe(video)
    try:
        return reference_media(video, project_dir, info)
    except MediaUnreadable as exc:
        raise ProbeError(str(exc)) from exc
