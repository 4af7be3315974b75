"""Unsaved work kept in the app-data folder, so a crash or a kill loses nothing.

The app writes the whole project here (atomically) within a second or two of every edit, and
removes it on a clean save or close. At the next start, what is left here was never saved.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

from rupture_annotator.domain.project import Project
from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.project_file import ProjectFileError, parse_project, project_bytes


def recovery_dir() -> Path:
    return user_data_path("rupture-annotator", appauthor=False) / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    project_path: Path | None  # None: a project never saved
    written: datetime

    @property
    def data_file(self) -> Path:
        return recovery_dir() / f"{self.key}.rupture.json"

    @property
    def meta_file(self) -> Path:
        return recovery_dir() / f"{self.key}.meta.json"

    def load(self) -> Project:
        return parse_project(self.data_file.read_bytes(), self.data_file)

    def discard(self) -> None:
        for f in (self.data_file, self.meta_file):
            f.unlink(missing_ok=True)


def key_for(project_path: Path | None, untitled_id: str) -> str:
    if project_path is None:
        return f"untitled-{untitled_id}"
    return hashlib.sha256(str(Path(project_path).resolve()).encode()).hexdigest()[:16]


def write_recovery(key: str, project: Project, project_path: Path | None) -> RecoveryEntry:
    entry = RecoveryEntry(key, project_path, datetime.now(UTC))
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(entry.data_file, project_bytes(project), backup=False)
    meta = {
        "project_path": str(project_path) if project_path else None,
        "written": entry.written.isoformat(),
    }
    write_atomic(entry.meta_file, json.dumps(meta).encode(), backup=False)
    return entry


def discard_recovery(key: str) -> None:
    RecoveryEntry(key, None, datetime.now(UTC)).discard()


def pending_recoveries() -> list[RecoveryEntry]:
    """Unsaved work left by an earlier run, newest first; unreadable leftovers are skipped."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    entries = []
    for meta_file in folder.glob("*.meta.json"):
        key = meta_file.name.removesuffix(".meta.json")
        try:
            meta = json.loads(meta_file.read_text("utf-8"))
            path = Path(meta["project_path"]) if meta.get("project_path") else None
            entry = RecoveryEntry(key, path, datetime.fromisoformat(meta["written"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if entry.data_file.exists():
            entries.append(entry)
    return sorted(entries, key=lambda e: e.written, reverse=True)


__all__ = [
    "ProjectFileError",
    "RecoveryEntry",
    "discard_recovery",
    "pending_recoveries",
    "write_recovery",
]
