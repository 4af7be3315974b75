"""The note box in the inspector, used from the keyboard: N to write, Return to keep the note,
Esc to drop the edit; either way the keys go back to coding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import Annotation, Rupture
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.ui.main_window import MainWindow
from tests.factories import codebook
from tests.gui.conftest import OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def one_minute_project() -> Project:
    project = Project(codebook=codebook())
    project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    return project


@pytest.fixture
def window(qtbot: QtBot, open_window: OpenWindow) -> MainWindow:
    w = open_window(one_minute_project())
    qtbot.waitUntil(w.isActiveWindow)  # the note box takes the focus
    w.player.seek(4_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    w.player.seek(9_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    return w


def span(w: MainWindow) -> Annotation:
    assert w.document is not None and w.document.recording is not None
    (a,) = w.document.recording.annotations()
    return a


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def write_note(qtbot: QtBot, w: MainWindow, text: str) -> None:
    QTest.keyClick(w, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: w.inspector.note.hasFocus())
    QTest.keyClicks(focused(), text)


def test_return_keeps_the_note_and_gives_the_keys_back(qtbot: QtBot, window: MainWindow) -> None:
    write_note(qtbot, window, "looks away")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert span(window).note == "looks away"
    assert not window.inspector.note.hasFocus()
    QTest.keyClick(focused(), Qt.Key.Key_3)  # a codebook key works again at once
    rupture = span(window)
    assert isinstance(rupture, Rupture) and len(rupture.marker_ids) == 1
    assert window.inspector.note.toPlainText() == "looks away"


def test_escape_drops_the_edit_and_gives_the_keys_back(qtbot: QtBot, window: MainWindow) -> None:
    write_note(qtbot, window, "first")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    write_note(qtbot, window, "second thoughts")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert span(window).note == "first"
    assert window.inspector.note.toPlainText() == "first"
    assert not window.inspector.note.hasFocus()
    assert window.document is not None
    assert window.document.undo_stack.count() == 2  # the span and the first note, no more
    window.player.seek(20_000)
    QTest.keyClick(focused(), Qt.Key.Key_W)  # coding keys reach the window again
    assert window.coding is not None and window.coding.pending == {"withdrawal": 20_000}


def test_shift_return_starts_a_line_and_ctrl_return_keeps_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    write_note(qtbot, window, "one")
    QTest.keyClick(focused(), Qt.Key.Key_Return, SHIFT)
    QTest.keyClicks(focused(), "two")
    assert window.inspector.note.hasFocus()
    assert span(window).note == ""
    QTest.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert span(window).note == "one\ntwo"
    assert not window.inspector.note.hasFocus()


def test_the_box_says_how_to_leave_it(window: MainWindow) -> None:
    note = window.inspector.note
    for words in ("Return", "Esc"):
        assert words in note.placeholderText()
        assert words in window.inspector.note_hint.text()
