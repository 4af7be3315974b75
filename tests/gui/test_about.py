"""Help → About names the versions a lab writes into its methods section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rupture_annotator import __version__
from tests.factories import empty_project

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.gui.conftest import OpenWindow


def test_about_shows_the_app_schema_codebook_libvlc_qt_and_python_versions(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(empty_project())
    seen: list[str] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox"]
        if not boxes:
            QTimer.singleShot(20, read_and_close)
            return
        box = boxes[0]
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.actions_by_id["about"].trigger()  # returns when the box is closed
    qtbot.waitUntil(lambda: bool(seen))
    text = seen[0]
    assert f"Rupture Annotator {__version__}" in text
    for what in ("Project file schema", "Codebook 3rs-2015", "Codebook 3rs-2022", "libvlc"):
        assert f"<td>{what}</td>" in text
    for what in ("FFmpeg (PyAV)", "Qt", "Python"):
        assert f"<td>{what}</td>" in text
    assert "not found" not in text, text
