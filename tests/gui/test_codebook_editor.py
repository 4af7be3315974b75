"""The codebook editor: problems named as they are typed, one sentence each; a rename keeps
every id; a code still in use goes only after saying where its spans go; every change is one
undoable step; a lab's codebook is saved and loaded as one file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.storage.codebooks import load_codebook, save_codebook
from rupture_annotator.ui.codebook_editor.dialog import CodebookEditor
from rupture_annotator.ui.codebook_editor.removals import RemovalDialog
from rupture_annotator.ui.codebook_editor.tables import EntryTable
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.session_fields import SessionFieldsDialog
from tests.unit.conftest import REC, coded_project


@pytest.fixture
def document(qapp) -> Document:  # type: ignore[no-untyped-def]
    return Document(coded_project(), None, "ana")


def _editor(qtbot: QtBot, document: Document) -> CodebookEditor:
    editor = CodebookEditor(document)
    qtbot.addWidget(editor)
    return editor


def _cell(table: EntryTable, row: int, field: str) -> QTableWidgetItem:
    col = next(i for i, c in enumerate(table.columns) if c.field == field)
    item = table.table.item(row, col)
    assert item is not None
    return item


def _problems(editor: CodebookEditor) -> list[str]:
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def _ok_enabled(editor: CodebookEditor) -> bool:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    return button is not None and button.isEnabled()


def test_the_editor_shows_the_codebook_without_problems(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    assert editor.wd.table.rowCount() == 7 and editor.cf.table.rowCount() == 7
    assert editor.strategies.table.rowCount() == 10
    assert _problems(editor) == [] and _ok_enabled(editor)
    assert editor.candidate == document.project.codebook
    assert "3RS (2015 manual), version 1.0" in editor.coded_with.text()
    assert not _cell(editor.wd, 0, "id").flags() & Qt.ItemFlag.ItemIsEditable  # ids stay


def test_problems_are_named_as_they_are_typed(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    _cell(editor.wd, 1, "key").setText("1")
    assert _problems(editor) == [
        "Withdrawal marker 2 (Minimal response), key: '1' is already the key of withdrawal "
        "marker 'Denial': withdrawal marker keys must be unique."
    ]
    assert not _ok_enabled(editor) and not editor.save_button.isEnabled()
    _cell(editor.wd, 1, "key").setText("2")
    _cell(editor.scales, 0, "anchors").setText("")
    [problem] = _problems(editor)
    assert problem.startswith("Scale 1 (Significance), anchors: the scale")
    assert "has no anchors" in problem
    _cell(editor.scales, 0, "anchors").setText("1 = None; 5 = High")
    _cell(editor.strategies, 0, "color").setText("green")
    [problem] = _problems(editor)
    assert problem.startswith("Strategy 1 (Clarifies misunderstanding), color:")


def test_a_rename_is_one_undoable_step_and_keeps_every_id(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    _cell(editor.wd, 0, "label").setText("Denial of a feeling")
    assert _cell(editor.wd, 0, "id").text() == "wd_denial"
    editor.version.setText("1.1")
    editor.accept()
    project = document.project
    assert project.codebook.markers_by_id["wd_denial"].label == "Denial of a feeling"
    assert project.codebook.version == "1.1"
    assert project.recording(REC).find("r1").marker_ids == ("wd_minimal_response", "wd_denial")  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert project.codebook.markers_by_id["wd_denial"].label == "Denial"


def test_a_new_marker_gets_an_id_from_its_label(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    editor.cf.add()
    row = editor.cf.table.rowCount() - 1
    _cell(editor.cf, row, "label").setText("Sarcasm")
    assert _cell(editor.cf, row, "id").text() == "cf_sarcasm"
    assert _cell(editor.cf, row, "key").text() == "8"
    assert _problems(editor) == []
    editor.accept()
    added = document.project.codebook.markers_by_id["cf_sarcasm"]
    assert (added.kind, added.number, added.key) == (RuptureKind.CONFRONTATION, 8, "8")


def test_removing_a_code_in_use_asks_where_its_spans_go(
    qtbot: QtBot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []

    def exec_(dialog: RemovalDialog) -> int:
        asked.append([r.sentence() for r in dialog.removals])
        box = dialog.findChild(QComboBox, "removal_wd_denial")
        assert box is not None and box.itemData(0) is None  # keep flagged is offered first
        box.setCurrentIndex(box.findData("wd_abstract"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RemovalDialog, "exec", exec_)
    editor = _editor(qtbot, document)
    editor.wd.table.selectRow(0)
    editor.wd.remove_selected()
    editor.accept()
    assert asked == [["The marker 'Denial' is used by 1 span."]]
    project = document.project
    assert "wd_denial" not in project.codebook.markers_by_id
    assert project.recording(REC).find("r1").marker_ids == ("wd_minimal_response", "wd_abstract")  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert project.recording(REC).find("r1").marker_ids == ("wd_minimal_response", "wd_denial")  # type: ignore[union-attr]


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RemovalDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    editor = _editor(qtbot, document)
    before = document.project.codebook
    editor.wd.table.selectRow(0)
    editor.wd.remove_selected()
    editor.accept()
    assert document.project.codebook is before and document.undo_stack.count() == 0


def test_a_refused_change_is_said_in_the_editor(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    editor.segment.setValue(1)  # segments are rated already
    editor.accept()
    [problem] = _problems(editor)
    assert problem.startswith("1 segment rating was given on 5-minute segments")
    assert document.undo_stack.count() == 0


def test_a_lab_codebook_is_saved_and_loaded_as_one_file(
    qtbot: QtBot, document: Document, tmp_path: Path
) -> None:
    editor = _editor(qtbot, document)
    _cell(editor.strategies, 0, "label").setText("Klärt ein Missverständnis")
    assert editor.save_path(tmp_path / "lab")
    saved = tmp_path / "lab.codebook.json"
    assert load_codebook(saved).strategies[0].label == "Klärt ein Missverständnis"
    other = _editor(qtbot, document)
    assert other.load_path(saved)
    assert _cell(other.strategies, 0, "label").text() == "Klärt ein Missverständnis"
    bad = load_codebook("3rs-2015").model_dump(mode="json")
    bad["markers"][1]["key"] = "1"
    (tmp_path / "bad.codebook.json").write_text(__import__("json").dumps(bad))
    assert not other.load_path(tmp_path / "bad.codebook.json")


def test_translations_are_edited_per_language(qtbot: QtBot, document: Document) -> None:
    editor = _editor(qtbot, document)
    editor.translation_language.setCurrentText("de")
    table = editor.translation_table
    assert table.item(0, 1).text() == "Denial"  # type: ignore[union-attr]
    table.item(0, 2).setText("Verleugnung")  # type: ignore[union-attr]
    editor.accept()
    cb = document.project.codebook
    assert cb.markers_by_id["wd_denial"].label == "Denial"
    assert cb.in_language("de").markers_by_id["wd_denial"].label == "Verleugnung"


def test_a_loaded_codebook_is_checked_against_the_coding(
    qtbot: QtBot, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RemovalDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    path = tmp_path / "v2022.codebook.json"
    save_codebook(load_codebook("3rs-2022"), path)
    editor = _editor(qtbot, document)
    assert editor.load_path(path)
    editor.segment.setValue(5)
    editor.accept()  # every 2015 code in use kept flagged; the segment scale's rating removed
    cb = document.project.codebook
    assert cb.id == "3rs-2022"
    assert cb.markers_by_id["wd_denial"].retired
    assert document.project.recording(REC).find("r1") is not None


def test_session_fields_are_defined_in_the_app(qtbot: QtBot, document: Document) -> None:
    dialog = SessionFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.add_row()
    dialog.table.item(0, 0).setText("arm")  # type: ignore[union-attr]
    box = dialog.table.cellWidget(0, 2)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("choice"))
    assert "a choice field needs at least one choice" in dialog.problem.text()
    dialog.table.item(0, 3).setText("A; B")  # type: ignore[union-attr]
    dialog.table.item(0, 4).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    dialog.builtin_required["therapist"].setChecked(True)
    assert dialog.problem.text() == ""
    dialog.accept()
    project = document.project
    [field] = project.session_fields
    assert (field.name, field.type, field.choices, field.required) == (
        "arm",
        "choice",
        ("A", "B"),
        True,
    )
    assert "therapist" in project.required_session_fields
    document.undo_stack.undo()
    assert project.session_fields == []


def test_session_details_defines_fields_and_keeps_what_was_typed(
    qtbot: QtBot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rupture_annotator.domain.session import FieldDefinition
    from rupture_annotator.ui.commands import SetSessionFields
    from rupture_annotator.ui.session_details import SessionDetailsDialog

    def define(_dialog: SessionFieldsDialog) -> int:
        project = document.project
        wave = FieldDefinition(name="wave", type="integer", required=True)
        document.apply(SetSessionFields(project, [wave], project.required_session_fields))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionFieldsDialog, "exec", define)
    details = SessionDetailsDialog(document)
    qtbot.addWidget(details)
    details.editors["dyad"].setText("D07")  # type: ignore[union-attr]
    details.define.click()
    assert "wave" in details.editors
    assert details.editors["dyad"].text() == "D07"  # type: ignore[union-attr]
    assert "wave" in details.missing.text()


def test_the_fields_dialog_shows_the_fields_defined(qtbot: QtBot, document: Document) -> None:
    from rupture_annotator.domain.session import FieldDefinition

    arm = FieldDefinition(name="arm", type="choice", choices=("A", "B"), required=True)
    document.project.set_session_fields([arm])
    dialog = SessionFieldsDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.definitions() == ([arm], document.project.required_session_fields)
    assert dialog.problem.text() == ""
