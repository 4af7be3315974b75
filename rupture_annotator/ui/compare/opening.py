"""Opening the compare window from the main window: which files, which player, which video."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.storage.compare_files import (
    CompareError,
    Meeting,
    candidate_files,
    open_meeting,
)
from rupture_annotator.storage.media_files import resolve_media
from rupture_annotator.storage.project_file import PROJECT_SUFFIX
from rupture_annotator.ui.compare.window import CompareWindow
from rupture_annotator.ui.document import Document

if TYPE_CHECKING:
    from rupture_annotator.ui.settings import Settings


def second_player(player: Player) -> Player:
    """A player of the compare window's own, of the main window's sort."""
    if isinstance(player, FakePlayer) and type(player) is FakePlayer:
        return FakePlayer(media=player.media_info(), auto_advance=player._auto)
    from rupture_annotator.media.factory import create_player

    return create_player()


def media_for(meeting: Meeting, document: Document | None) -> Path | None:
    """The video: the open project's when it is there, else as the first coder's file finds it."""
    if document is not None:
        path = document.media_path()
        if path is not None and path.exists():
            return path
    for coding in meeting.codings:
        path = resolve_media(coding.recording.media, coding.path.parent)
        if path.exists():
            return path
    return None


def study_folders(folder: Path, limit: int = 50) -> list[Path]:
    """The folder and the folders beside it (one per coder, in many labs' studies)."""
    try:
        siblings = sorted(p for p in folder.parent.iterdir() if p.is_dir() and p != folder)
    except OSError:
        siblings = []
    return [folder, *siblings[:limit]]


def meeting_for(
    parent: QWidget, document: Document, paths: Sequence[Path] | None = None
) -> Meeting | None:
    """The coders' files of the open recording: those in the open project's folder, or, when
    fewer than two coders are there, the files the user picks."""
    rec = document.recording
    title = QCoreApplication.translate("CompareWindow", "Compare coders")
    if rec is None or document.path is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "CompareWindow", "Save the project first: the coders' files are found beside it."
            ),
        )
        return None
    folder = document.path.parent
    if paths is None:
        paths = candidate_files([folder])
    own = document.path.resolve()
    paths = [own, *(p for p in paths if p != own)]  # the open file's coder first (coder A)
    try:
        return open_meeting(rec, list(paths), folder)
    except CompareError:
        pass
    try:  # a study kept as one folder per coder: study/ana/…, study/ben/…
        wider = candidate_files(study_folders(folder))
        return open_meeting(rec, [own, *(p for p in wider if p != own)], folder)
    except CompareError as exc:
        picked, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate(
                "CompareWindow", "The coders' project files for this recording"
            ),
            str(folder),
            QCoreApplication.translate("CompareWindow", "Projects (*{suffix})").format(
                suffix=PROJECT_SUFFIX
            ),
        )
        if not picked:
            QMessageBox.information(parent, title, str(exc))
            return None
        try:
            return open_meeting(rec, [Path(p) for p in picked], folder)
        except CompareError as again:
            QMessageBox.information(parent, title, str(again))
            return None


def open_compare(
    parent: QWidget,
    document: Document,
    player: Player,
    settings: Settings | None = None,
    paths: Sequence[Path] | None = None,
) -> CompareWindow | None:
    """Study → Compare Coders…"""
    meeting = meeting_for(parent, document, paths)
    if meeting is None:
        return None
    if player.state() == PlaybackState.PLAYING:
        player.pause()
    window = CompareWindow(
        meeting,
        second_player(player),
        media_path=media_for(meeting, document),
        lead_in_ms=int(settings.get("review/lead_in_ms")) if settings is not None else None,
        tail_ms=int(settings.get("review/tail_ms")) if settings is not None else None,
        parent=parent,
    )
    window.show()
    window.activateWindow()
    return window
