"""Opening, creating and relinking projects: the dialogs and the plain-sentence errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from rupture_annotator.domain.project import Project
from rupture_annotator.media.probe import ProbeError
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.codebooks import CodebookError, shipped_codebooks
from rupture_annotator.storage.media_files import find_moved, matches, resolve_media
from rupture_annotator.storage.new_project import default_project_path, media_ref, new_project
from rupture_annotator.storage.project_file import (
    PROJECT_SUFFIX,
    ProjectFileError,
    load_project,
    save_project,
)
from rupture_annotator.ui.settings import Settings

VIDEO_FILTER = "Recordings (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mpg *.mpeg *.wmv *.mp3 *.wav *.m4a *.ogg *.flac);;All files (*)"
PROJECT_FILTER = f"Rupture projects (*{PROJECT_SUFFIX} *.json);;All files (*)"
VIDEO_SUFFIXES = {
    ".mp4",
    ".mov",
    ".m4v",
    ".mkv",
    ".webm",
    ".avi",
    ".mpg",
    ".mpeg",
    ".wmv",
    ".mp3",
    ".wav",
    ".m4a",
    ".ogg",
    ".flac",
}


def is_project_file(path: Path) -> bool:
    return path.name.endswith(PROJECT_SUFFIX) or path.suffix.lower() == ".json"


def ask_coder(parent: QWidget, settings: Settings, *, force: bool = False) -> str:
    """The coder's name, asked once and remembered."""
    name: str = settings.get("coder/name")
    if name and not force:
        return name
    text, ok = QInputDialog.getText(
        parent,
        "Who is coding?",
        "Your name or coder code (it is put on every span you mark, for reliability checks):",
        text=name,
    )
    if ok and text.strip():
        name = text.strip()
        settings.set("coder/name", name)
    return name or "coder"


def choose_project(parent: QWidget, settings: Settings) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Open project", settings.get("files/last_dir"), PROJECT_FILTER
    )
    return Path(path) if path else None


def choose_video(parent: QWidget, settings: Settings) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "New project from a recording", settings.get("files/last_dir"), VIDEO_FILTER
    )
    return Path(path) if path else None


def choose_save_path(parent: QWidget, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save project", str(suggested), PROJECT_FILTER)
    if not path:
        return None
    p = Path(path)
    return p if is_project_file(p) else p.with_name(p.name + PROJECT_SUFFIX)


def open_project(parent: QWidget, path: Path) -> Project | None:
    try:
        return load_project(path)
    except ProjectFileError as exc:
        QMessageBox.warning(
            parent,
            "Cannot open project",
            f"{exc.path.name} {exc.problem}.\n\nThe file was not changed.",
        )
        return None


def create_project(parent: QWidget, video: Path) -> tuple[Project, Path] | None:
    """A new project for a recording, saved beside it (or where the user says if it exists)."""
    target = default_project_path(video)
    codebook = "3rs-2015"
    books = shipped_codebooks()
    if len(books) > 1:
        choice, ok = QInputDialog.getItem(
            parent, "Codebook", "Code this recording with:", books, books.index(codebook), False
        )
        if not ok:
            return None
        codebook = choice
    if target.exists():
        chosen = choose_save_path(parent, target)
        if chosen is None:
            return None
        target = chosen
    try:
        project = new_project(video, target, codebook=codebook)
        save_project(project, target)
    except (ProbeError, CodebookError, SaveError) as exc:
        QMessageBox.warning(parent, "Cannot create project", str(exc))
        return None
    return project, target


def check_media(
    parent: QWidget, project: Project, project_path: Path | None, recording_id: str
) -> Path | None:
    """The recording's file, relinked if it moved (the project's folder is searched first).

    Returns the path to play, or None when the user chooses to go on without video.
    """
    rec = project.recording(recording_id)
    base = project_path.parent if project_path else Path.cwd()
    path = resolve_media(rec.media, base)
    if path.is_file():
        if rec.media.fingerprint and not matches(rec.media, path):
            QMessageBox.warning(
                parent,
                "A different recording?",
                f"{path.name} is not the file this project was coded on (its size or content differ). "
                "Check that it is the right session before coding.",
            )
        return path
    found = find_moved(rec.media, base)
    if found is not None:
        answer = QMessageBox.question(
            parent,
            "Recording moved",
            f"{Path(rec.media.path).name} was not found where it was, but {found.name} in the project's folder is the same recording. Use it?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            _relink(project, recording_id, found, base)
            return found
    answer = QMessageBox.question(
        parent,
        "Recording not found",
        f"The recording {rec.media.path} is missing. Find it now? (You can also code without video.)",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getOpenFileName(
        parent, f"Find {Path(rec.media.path).name}", str(base), VIDEO_FILTER
    )
    if not chosen:
        return None
    chosen_path = Path(chosen)
    if rec.media.fingerprint and not matches(rec.media, chosen_path):
        answer = QMessageBox.warning(
            parent,
            "A different recording?",
            f"{chosen_path.name} differs from the recording this project was coded on. Link it anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    _relink(project, recording_id, chosen_path, base)
    return chosen_path


def _relink(project: Project, recording_id: str, video: Path, base: Path) -> None:
    try:
        ref = media_ref(video, base)
    except ProbeError:
        return
    project.relink_media(recording_id, ref)
