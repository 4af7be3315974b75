"""File → Import…: the file's codes and values mapped and previewed, nothing written until the
coder imports; into the open project as one undoable step, or into a new project file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from rupture_annotator.storage.project_file import load_project
from rupture_annotator.ui.import_dialog import ImportDialog
from tests.unit.conftest import coded_project

if TYPE_CHECKING:
    from tests.gui.conftest import Answers, OpenWindow

TABLE = (
    "onset,offset,kind,markers,coder,note,media\n"
    "100,110,withdrawal,Denial;MR,cara,from the old spreadsheet,session.mp4\n"
    "200,215,confrontation,cf_control,cara,,session.mp4\n"
    "300,301,laughter,,cara,,session.mp4\n"
    "x,5,withdrawal,,cara,,session.mp4\n"
)


def _value_row(dialog: ImportDialog, value: str) -> int:
    for row in range(dialog.values.rowCount()):
        item = dialog.values.item(row, 0)
        if item is not None and item.text() == value:
            return row
    raise AssertionError(value)


def test_preview_then_one_undoable_step(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(coded_project())
    document = window.document
    assert document is not None
    source = tmp_path / "old.csv"
    source.write_text(TABLE)
    before = document.project.annotation_count()
    dialog = ImportDialog(document, window, source=source)
    assert dialog.plan is not None
    assert dialog.summary.text().startswith(
        "Would add 2 rupture(s) and 0 strategy span(s) to the open project; new coders: cara"
    )
    report = dialog.report.toPlainText()
    assert "code 'laughter': 1" in report and "value 'MR': 1" in report
    assert "line 5: onset 'x' is not a time" in report
    assert document.project.annotation_count() == before, "nothing written before Import"
    row = _value_row(dialog, "MR")
    taken = dialog.values.item(row, 3)
    assert taken is not None and taken.text() == "unmapped ×1"
    combo = dialog.values.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("wd_minimal_response"))
    taken = dialog.values.item(row, 3)
    assert taken is not None and taken.text() == "wd_minimal_response ×1"
    assert "value 'MR'" not in dialog.report.toPlainText().split("Unmapped")[-1]

    assert dialog.do_import()
    assert document.project.annotation_count() == before + 2
    assert "cara" in document.project.coders
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project.annotation_count() == before
    assert "cara" not in document.project.coders
    document.undo_stack.redo()
    assert document.project.annotation_count() == before + 2
    assert source.read_text() == TABLE, "an import never changes its source"


def test_a_new_project_is_written_never_over_an_existing_one(
    open_window: OpenWindow, tmp_path: Path, message_boxes: Answers
) -> None:
    window = open_window(coded_project())
    source = tmp_path / "old.csv"
    source.write_text(TABLE)
    dialog = ImportDialog(window.document, window, source=source)
    dialog.to_new.setChecked(True)
    dialog.codebook_box.setCurrentText("3rs-2015")
    assert dialog.import_button.text() == "Write Project…"
    target = tmp_path / "new" / "imported.rupture.json"
    target.parent.mkdir()
    assert dialog.write_new_project(target)
    project = load_project(target)
    assert project.coders == ["cara"] and len(project.media[0].ruptures) == 2
    assert project.media[0].media.path == "../session.mp4"
    again = ImportDialog(window.document, window, source=source)
    again.to_new.setChecked(True)
    assert not again.write_new_project(target)
    assert "already exists" in message_boxes.asked[-1][1]


def test_a_marker_the_other_codebook_lacks_falls_back_to_automatic(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(coded_project())
    source = tmp_path / "old.csv"
    source.write_text(TABLE)
    dialog = ImportDialog(window.document, window, source=source)
    combo = dialog.values.cellWidget(_value_row(dialog, "MR"), 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("wd_minimal_response"))
    dialog.to_new.setChecked(True)
    dialog.codebook_box.setCurrentText("3rs-2022")  # has no wd_minimal_response
    assert "MR" not in dialog.mapping().values
    assert dialog.plan is not None and dialog.plan.unmapped_values["MR"] == 1
