"""A main window on a one-minute project with a fake player, as a coder sees it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.storage.project_file import save_project
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings
from tests.factories import codebook


def open_window(qtbot: QtBot, tmp_path: Path, project: Project | None = None) -> MainWindow:
    """The window showing `project` (by default an empty one on a 60 s recording)."""
    video = tmp_path / "session.mp4"
    video.write_bytes(b"not really a video: the fake player does not read it")
    if project is None:
        project = Project(codebook=codebook())
        project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    path = tmp_path / "session.rupture.json"
    save_project(project, path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "ana")
    player = FakePlayer(media=fake_media_info(video, duration_ms=60_000), auto_advance=False)
    w = MainWindow(player, settings)
    w.show()
    assert w.open_path(path)
    w.activateWindow()
    qtbot.waitUntil(lambda: player.duration_ms() == 60_000)
    qtbot.waitUntil(lambda: w.isActiveWindow())
    return w


def close_window(w: MainWindow) -> None:
    if w.document is not None:
        w.document.undo_stack.setClean()  # no save prompt on teardown
    w.close()
    w.deleteLater()
