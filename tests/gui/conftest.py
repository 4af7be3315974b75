"""GUI tests run offscreen, where a modal message box would wait forever for a click: the
static QMessageBox calls are answered here, and each test can read what was asked.

`open_window(project)` gives the main window as a coder has it: a fake player, the project saved
in the test's folder beside a stand-in for its recording, opened and shown, keyboard ready."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from rupture_annotator.domain.project import Project
    from rupture_annotator.ui.main_window import MainWindow

OpenWindow = Callable[..., "MainWindow"]


class Answers:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.reply = QMessageBox.StandardButton.No

    def __call__(self, kind: str):  # type: ignore[no-untyped-def]
        def answer(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.asked.append((kind, f"{title}: {text}"))
            return self.reply if kind == "question" else QMessageBox.StandardButton.Ok

        return answer


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    answers = Answers()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answers(kind)))
    yield answers


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[OpenWindow]:
    """open_window(project, coder="ana", name="session") -> MainWindow on project's first
    recording, its project file tmp_path/<name>.rupture.json; closed without a save prompt."""
    from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
    from rupture_annotator.storage.project_file import save_project
    from rupture_annotator.ui.main_window import MainWindow
    from rupture_annotator.ui.settings import Settings

    made: list[MainWindow] = []

    def open_(project: Project, *, coder: str = "ana", name: str = "session") -> MainWindow:
        media = project.media[0].media
        duration = media.duration_ms or 0
        video = tmp_path / media.path
        video.write_bytes(b"not really a video: the fake player does not read it")
        path = tmp_path / f"{name}.rupture.json"
        save_project(project, path)
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("coder/name", coder)
        player = FakePlayer(media=fake_media_info(video, duration_ms=duration), auto_advance=False)
        window = MainWindow(player, settings)
        made.append(window)
        window.show()
        assert window.open_path(path)
        window.activateWindow()
        qtbot.waitUntil(lambda: player.duration_ms() == duration)
        # shortcuts fire only in the active window; activation arrives as an event
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield open_
    for window in made:
        window.review.presentation.leave()
        window.review.comment_box.hide()
        if window.document is not None:
            window.document.undo_stack.setClean()  # no save prompt on teardown
        window.close()
        window.deleteLater()


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app in German (its translation and Qt's), back to English afterwards."""
    from rupture_annotator.ui.language import (
        TRANSLATIONS,
        install_translator,
        remove_translators,
        set_user_language,
    )

    set_user_language("de_DE")
    translator = install_translator(qapp)
    assert translator is not None, f"no German translation in {TRANSLATIONS}"
    yield
    remove_translators(qapp)
    set_user_language(None)
