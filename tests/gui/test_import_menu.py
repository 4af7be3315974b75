"""File → Import… is in the File menu and opens the Import dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rupture_annotator.ui.import_dialog import ImportDialog
from tests.unit.conftest import coded_project

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.gui.conftest import Answers, OpenWindow


def test_the_menu_opens_it_and_an_unreadable_file_is_told_in_a_sentence(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot, message_boxes: Answers
) -> None:
    window = open_window(coded_project())
    window.actions_by_id["import"].trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    bad = tmp_path / "broken.eaf"
    bad.write_text("<ANNOTATION_DOCUMENT><TIER>")
    assert not dialog.load_source(bad)
    assert message_boxes.asked[-1][1].startswith("Import Coding: broken.eaf is not well-formed XML")
    dialog.reject()
