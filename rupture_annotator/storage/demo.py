"""The bundled demo session, opened when the app starts with no file.

The shipped project is copied to the user's data folder once (the video is not: the copy points
at the shipped recording), so coding the demo never changes the installed files.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from rupture_annotator.storage.codebooks import RESOURCES
from rupture_annotator.storage.media_files import rebase
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.storage.transcripts.reference import rebase_transcript

DEMO_PROJECT = RESOURCES / "demo" / "session.rupture.json"


def demo_project_path() -> Path:
    """A writable copy of the demo project, made on first use."""
    copy = user_data_path("rupture-annotator", appauthor=False) / "demo" / DEMO_PROJECT.name
    if not copy.exists():
        project = load_project(DEMO_PROJECT)
        for rec in project.media:
            project.relink_media(rec.id, rebase(rec.media, DEMO_PROJECT.parent, copy.parent))
            if rec.transcript is not None:  # the shipped transcript, read where it is
                project.set_transcript(
                    rec.id, rebase_transcript(rec.transcript, DEMO_PROJECT.parent, copy.parent)
                )
        copy.parent.mkdir(parents=True, exist_ok=True)
        save_project(project, copy)
    return copy
