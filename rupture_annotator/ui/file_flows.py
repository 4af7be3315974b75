"""Opening, creating and relinking projects: the dialogs and the plain-sentence errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.probe import ProbeError
from rupture_annotator.media.reference import media_ref
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.codebooks import CodebookError, shipped_codebooks
from rupture_annotator.storage.media_files import find_moved, matches, resolve_media
from rupture_annotator.storage.new_project import default_project_path, new_project
from rupture_annotator.storage.project_file import (
    PROJECT_SUFFIX,
    ProjectFileError,
    load_project,
    save_project,
)
from rupture_annotator.ui.background import TimedOut, run_with_progress
from rupture_annotator.ui.settings import Settings

PROBE_TIMEOUT_S = 15.0  # a recording that takes longer to read is on a drive that stopped answering

VIDEO_FILTER = str(
    QT_TRANSLATE_NOOP(
        "files",
        "Recordings (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mpg *.mpeg *.wmv *.mp3 *.wav *.m4a "
        "*.ogg *.flac);;All files (*)",
    )
)
PROJECT_FILTER = str(
    QT_TRANSLATE_NOOP("files", "Rupture projects (*{suffix} *.json);;All files (*)")
)
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


def _translated(text: str) -> str:
    """A string of these dialogs (their sources are marked for translation where written)."""
    return QCoreApplication.translate("files", text)


def project_filter() -> str:
    return _translated(PROJECT_FILTER).format(suffix=PROJECT_SUFFIX)


def is_project_file(path: Path) -> bool:
    return path.name.endswith(PROJECT_SUFFIX) or path.suffix.lower() == ".json"


def ask_coder(parent: QWidget, settings: Settings, *, force: bool = False) -> str:
    """The coder's name, asked once and remembered; "" when the user declines to give one
    (marking then waits for a name: every span must say who coded it)."""
    name: str = settings.get("coder/name")
    if name and not force:
        return name
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("files", "Who is coding?"),
        QCoreApplication.translate(
            "files",
            "Your name or coder code (it is put on every span you mark, for reliability checks):",
        ),
        text=name,
    )
    if ok and text.strip():
        name = text.strip()
        settings.set("coder/name", name)
        return name
    return "" if not force else name


def choose_project(parent: QWidget, settings: Settings) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("files", "Open project"),
        settings.get("files/last_dir"),
        project_filter(),
    )
    return Path(path) if path else None


def choose_video(parent: QWidget, settings: Settings) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("files", "New project from a recording"),
        settings.get("files/last_dir"),
        _translated(VIDEO_FILTER),
    )
    return Path(path) if path else None


def choose_save_path(
    parent: QWidget, suggested: Path, *, allow_replace: bool = True
) -> Path | None:
    """Ask where to save. Without allow_replace an existing file is refused (and asked again):
    a new project must never be written over a project that holds coding."""
    options = QFileDialog.Option(0) if allow_replace else QFileDialog.Option.DontConfirmOverwrite
    while True:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("files", "Save project"),
            str(suggested),
            project_filter(),
            options=options,
        )
        if not path:
            return None
        p = Path(path)
        p = p if is_project_file(p) else p.with_name(p.name + PROJECT_SUFFIX)
        if allow_replace or not p.exists():
            return p
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("files", "Choose another name"),
            QCoreApplication.translate(
                "files",
                "{name} already exists and may hold coding: a new project is never saved over "
                "it. Choose another name, or open that project instead.",
            ).format(name=p.name),
        )
        suggested = free_project_path(p)


def free_project_path(wanted: Path) -> Path:
    """wanted, or wanted with -2, -3 … added to its name, whichever does not exist yet."""
    if not wanted.exists():
        return wanted
    stem = wanted.name.removesuffix(PROJECT_SUFFIX)
    suffix = PROJECT_SUFFIX if wanted.name.endswith(PROJECT_SUFFIX) else ""
    if not suffix:
        stem, suffix = wanted.stem, wanted.suffix
    n = 2
    while (candidate := wanted.with_name(f"{stem}-{n}{suffix}")).exists():
        n += 1
    return candidate


def open_project(parent: QWidget, path: Path) -> Project | None:
    try:
        project = load_project(path)
    except ProjectFileError as exc:
        text = exc.sentence()
        if "not changed" not in text:
            text += " " + QCoreApplication.translate("files", "The file was not changed.")
        QMessageBox.warning(
            parent, QCoreApplication.translate("files", "Cannot open project"), text
        )
        return None
    if project.load_notes:
        shown = project.load_notes[:10]
        more = len(project.load_notes) - len(shown)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("files", "Project upgraded"),
            QCoreApplication.translate(
                "files",
                "{name} was made with an older version. Opening it changed what is listed "
                "below; the file on disk changes only when you save.",
            ).format(name=path.name)
            + "\n\n"
            + "\n".join(shown)
            + (
                "\n" + QCoreApplication.translate("files", "… and {n} more.").format(n=more)
                if more
                else ""
            ),
        )
    return project


@dataclass(frozen=True)
class Opened:
    """A project to show: which file, and which of its recordings to code."""

    project: Project
    path: Path
    recording_id: str | None = None
    message: str = ""


def recording_in(project: Project, project_path: Path, video: Path) -> str | None:
    """The id of the project's recording that is this video file, if any."""
    for rec in project.media:
        linked = resolve_media(rec.media, project_path.parent)
        try:
            if linked.exists() and linked.samefile(video):
                return rec.id
        except OSError:
            continue
    for rec in project.media:
        if rec.media.fingerprint and matches(rec.media, video):
            return rec.id
    return None


def project_for_video(parent: QWidget, video: Path) -> Opened | None:
    """Open the project that already codes this recording, or make a new one.

    An existing project beside the video is opened, never replaced: reopening a video must not
    cost its coding. Only when no project codes it is a new one created (the recording is read
    first, then the codebook asked, then a name that is not taken is offered).
    """
    existing = default_project_path(video)
    if existing.exists():
        project = open_project(parent, existing)
        if project is None:
            return None  # a project is there but unreadable: say so, create nothing over it
        rec_id = recording_in(project, existing, video)
        if rec_id is not None:
            return Opened(
                project,
                existing,
                rec_id,
                QCoreApplication.translate(
                    "files", "Opened {project}, the project that already codes {video}."
                ).format(project=existing.name, video=video.name),
            )
    return create_project(parent, video)


def read_recording(
    parent: QWidget | None,
    video: Path,
    project_dir: Path,
    *,
    title: str | None = None,
    outcome: str | None = None,
) -> MediaRef | None:
    """Probe and fingerprint a recording off the GUI thread, with progress and a time limit;
    None (after telling the user why, in one sentence) when it cannot be read or was cancelled.
    title and outcome say what the message box tells (a failed creation by default)."""
    title = title or QCoreApplication.translate("files", "Cannot create project")
    outcome = outcome or QCoreApplication.translate("files", "Nothing was created.")
    try:
        result = run_with_progress(
            parent,
            QCoreApplication.translate("files", "Reading the recording"),
            QCoreApplication.translate("files", "Reading {name}…").format(name=video.name),
            lambda _progress: media_ref(video, project_dir),
            timeout_s=PROBE_TIMEOUT_S,
        )
    except TimedOut:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "files",
                "{name} took longer than {seconds} s to read; its drive may not be answering. "
                "{outcome}",
            ).format(name=video.name, seconds=f"{PROBE_TIMEOUT_S:.0f}", outcome=outcome),
        )
        return None
    except ProbeError as exc:
        QMessageBox.warning(parent, title, f"{str(exc).rstrip('.')}. {outcome}")
        return None
    if result is None:
        return None  # cancelled
    assert isinstance(result, MediaRef)
    return result


def create_project(parent: QWidget, video: Path) -> Opened | None:
    """A new project for a recording, saved beside it under a name no other project has."""
    target = free_project_path(default_project_path(video))
    media = read_recording(parent, video, target.parent)
    if media is None:
        return None
    codebook = "3rs-2015"
    books = shipped_codebooks()
    if len(books) > 1:
        choice, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("files", "Codebook"),
            QCoreApplication.translate("files", "Code this recording with:"),
            books,
            books.index(codebook),
            False,
        )
        if not ok:
            return None
        codebook = choice
    if target != default_project_path(video):
        chosen = choose_save_path(parent, target, allow_replace=False)
        if chosen is None:
            return None
        if chosen.parent.absolute() != target.parent.absolute():
            media = read_recording(parent, video, chosen.parent)  # referenced from there
            if media is None:
                return None
        target = chosen
    try:
        project = new_project(media, codebook=codebook)
        if target.exists():  # appeared since it was chosen
            raise SaveError(
                QCoreApplication.translate(
                    "files", "{name} already exists; nothing was written over it."
                ).format(name=target.name)
            )
        save_project(project, target)
    except (CodebookError, SaveError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("files", "Cannot create project"), str(exc)
        )
        return None
    said = QCoreApplication.translate("files", "Created {project} for {video}.").format(
        project=target.name, video=video.name
    )
    return Opened(project, target, project.media[0].id, said)


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
                QCoreApplication.translate("files", "A different recording?"),
                QCoreApplication.translate(
                    "files",
                    "{name} is not the file this project was coded on (its size or content "
                    "differ). Check that it is the right session before coding.",
                ).format(name=path.name),
            )
        return path
    try:
        found = find_moved(rec.media, base)
    except OSError:
        found = None  # the project's folder cannot be listed: ask the user instead
    if found is not None:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("files", "Recording moved"),
            QCoreApplication.translate(
                "files",
                "{name} was not found where it was, but {found} in the project's folder is the "
                "same recording. Use it?",
            ).format(name=Path(rec.media.path).name, found=found.name),
        )
        if answer == QMessageBox.StandardButton.Yes and _relink(
            parent, project, recording_id, found, base
        ):
            return found
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("files", "Recording not found"),
        QCoreApplication.translate(
            "files",
            "The recording {path} is missing. Find it now? (You can also code without video.)",
        ).format(path=rec.media.path),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("files", "Find {name}").format(name=Path(rec.media.path).name),
        str(base),
        _translated(VIDEO_FILTER),
    )
    if not chosen:
        return None
    chosen_path = Path(chosen)
    if rec.media.fingerprint and not matches(rec.media, chosen_path):
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("files", "A different recording?"),
            QCoreApplication.translate(
                "files",
                "{name} differs from the recording this project was coded on. Link it anyway?",
            ).format(name=chosen_path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    if not _relink(parent, project, recording_id, chosen_path, base):
        return None
    return chosen_path


def _relink(parent: QWidget, project: Project, recording_id: str, video: Path, base: Path) -> bool:
    """Point the recording at video; if it cannot be read, say so and leave the link alone."""
    was = Path(project.recording(recording_id).media.path).name
    ref = read_recording(
        parent,
        video,
        base,
        title=QCoreApplication.translate("files", "Recording not linked"),
        outcome=QCoreApplication.translate("files", "The project still points to {file}.").format(
            file=was
        ),
    )
    if ref is None:
        return False
    project.relink_media(recording_id, ref)
    return True
