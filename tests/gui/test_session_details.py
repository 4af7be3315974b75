"""The session details dialog: fields and session ratings entered with the keyboard, kept as one
undoable step, required fields still empty shown, wrong values refused with their reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.session import FieldDefinition, SessionInfo
from rupture_annotator.ui.actions import ACTIONS
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.session_details import HINT, SessionDetailsDialog
from tests.factories import empty_project
from tests.gui.conftest import OpenWindow


@pytest.fixture
def document(qapp) -> Document:  # type: ignore[no-untyped-def]
    project = empty_project(coders=())
    project.set_session_fields(
        [
            FieldDefinition(name="arm", label="Study arm", type="choice", choices=("A", "B")),
            FieldDefinition(name="site", type="integer", required=True),
        ]
    )
    return Document(project, None, "ana")


def _dialog(qtbot: QtBot, document: Document) -> SessionDetailsDialog:
    dialog = SessionDetailsDialog(document)
    qtbot.addWidget(dialog)
    return dialog


def _line(dialog: SessionDetailsDialog, name: str) -> QLineEdit:
    editor = dialog.editors[name]
    assert isinstance(editor, QLineEdit)
    return editor


def test_typed_details_and_ratings_are_one_undoable_step(qtbot: QtBot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    assert HINT in [label.text() for label in dialog.findChildren(type(dialog.missing))]
    dialog.show()
    first = _line(dialog, "dyad")
    first.setFocus()
    qtbot.keyClicks(first, "D01")
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # on to the therapist
    focused = dialog.focusWidget()
    assert focused is dialog.editors["therapist"]
    qtbot.keyClicks(focused, "T03")
    qtbot.keyClicks(_line(dialog, "session_number"), "4")
    qtbot.keyClicks(_line(dialog, "recording_date"), "2024-05-17")
    qtbot.keyClicks(_line(dialog, "site"), "2")
    arm = dialog.editors["arm"]
    assert isinstance(arm, QComboBox)
    arm.setCurrentIndex(arm.findData("B"))
    dialog.ratings["resolution_extent"].setCurrentIndex(
        dialog.ratings["resolution_extent"].findData(4)
    )
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Enter keeps what was entered

    rec = document.project.media[0]
    assert not dialog.isVisible()
    assert rec.session == SessionInfo(
        dyad="D01",
        therapist="T03",
        session_number=4,
        recording_date=date(2024, 5, 17),
        custom={"site": 2, "arm": "B"},
    )
    assert [(r.coder, r.values) for r in rec.session_ratings] == [("ana", {"resolution_extent": 4})]
    assert document.undo_stack.count() == 1 and document.is_modified()
    document.undo_stack.undo()
    assert rec.session == SessionInfo()
    assert [r.values for r in rec.session_ratings] == [{}]
    document.undo_stack.redo()
    assert rec.session.dyad == "D01"


def test_required_fields_still_empty_are_listed_as_they_are_filled(
    qtbot: QtBot, document: Document
) -> None:
    dialog = _dialog(qtbot, document)
    assert dialog.missing.text() == "Still empty: Dyad, Session number, site"
    _line(dialog, "dyad").setText("D02")
    _line(dialog, "site").setText("7")
    assert dialog.missing.text() == "Still empty: Session number"
    _line(dialog, "session_number").setText("1")
    assert dialog.missing.text() == "" and dialog.missing.isHidden()


def test_a_wrong_value_keeps_the_dialog_open_and_changes_nothing(
    qtbot: QtBot, document: Document
) -> None:
    dialog = _dialog(qtbot, document)
    dialog.show()
    _line(dialog, "session_number").setText("four")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Session number: must be a whole number (got 'four')."
    _line(dialog, "session_number").setText("4")
    _line(dialog, "recording_date").setText("17.5.2024")
    dialog.accept()
    assert dialog.problem.text() == (
        "Recording date: must be a date as YYYY-MM-DD (got '17.5.2024')."
    )
    assert document.project.media[0].session == SessionInfo()
    assert document.undo_stack.count() == 0


def test_unchanged_details_leave_no_undo_step(qtbot: QtBot, document: Document) -> None:
    dialog = _dialog(qtbot, document)
    dialog.show()
    dialog.accept()
    assert not dialog.isVisible() and document.undo_stack.count() == 0
    assert not document.is_modified()


def test_the_dialog_is_in_the_menu_with_a_shortcut() -> None:
    spec = next(a for a in ACTIONS if a.id == "session_details")
    assert spec.menu == "Edit" and spec.keys == ("Ctrl+I",)


def test_the_window_opens_the_dialog_on_the_recording(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, str]] = []

    def exec_(self: SessionDetailsDialog) -> int:
        opened.append((self.recording_id, self.windowTitle()))
        return 0

    monkeypatch.setattr(SessionDetailsDialog, "exec", exec_)
    window = open_window(empty_project())
    action = window.actions_by_id["session_details"]
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    assert opened == [("rec1", "Session Details — session.mp4")]
