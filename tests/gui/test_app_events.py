"""What the app does as a desktop program: a file the system asks it to open (macOS sends a
FileOpen event on a double-click in Finder) opens like File → Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from rupture_annotator.ui.app import FileOpenHandler


class _Window:
    def __init__(self) -> None:
        self.opened: list[Path] = []

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return True


def test_a_file_open_event_opens_the_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _Window()
    target = QObject()
    handler = FileOpenHandler(window)  # type: ignore[arg-type]
    target.installEventFilter(handler)
    project = tmp_path / "s.rupture.json"
    QCoreApplication.sendEvent(target, QFileOpenEvent(str(project)))
    assert window.opened == [project]
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Timer))  # other events pass through
    assert window.opened == [project]
