"""Study → Blind Coding: a coder sees only their own spans and ratings; the others stay in the file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.ui.export_dialog import ExportDialog
from tests.gui.conftest import Answers, OpenWindow
from tests.unit.test_compare_consensus import two_coders


def test_blind_coding_hides_the_other_coder_everywhere_and_saving_keeps_them(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, message_boxes: Answers
) -> None:
    window = open_window(two_coders(), coder="ana")
    assert window.document is not None
    window.actions_by_id["blind"].trigger()
    assert window.actions_by_id["blind"].isChecked()
    assert "Blind" in window.windowTitle() and window.blind.label.isVisible()
    assert window.timeline.coder_filter() == {"ana"}
    window.review.refresh()
    assert {m.coder for m in window.review.controller.moments()} == {"ana"}
    assert window.review.panel.coder.findText("ben") < 0
    # the span keys walk through ana's spans only
    assert window.coding is not None
    seen = set()
    for _ in range(6):
        a = window.coding.select_neighbour(1, 0)
        if a is not None:
            seen.add(a.coder)
    assert seen == {"ana"}
    ben_span = next(a for a in window.document.recording.ruptures if a.coder == "ben")
    window.coding.select(ben_span.id)
    assert window.coding.selected_id is None
    # the export dialog exports ana's coding only
    window.export()
    export = window.findChild(ExportDialog)
    assert export is not None and export.coder() == "ana" and not export.coder_box.isEnabled()
    export.close()
    # saving keeps ben's spans
    assert window.save()
    data = json.loads((tmp_path / "session.rupture.json").read_bytes())
    assert {r["coder"] for r in data["media"][0]["ruptures"]} == {"ana", "ben"}
    assert data["study"]["blind"] is True

    # turning it off asks; No keeps it on
    message_boxes.reply = QMessageBox.StandardButton.No
    window.actions_by_id["blind"].trigger()
    assert message_boxes.asked and "Stop coding blind?" in message_boxes.asked[-1][1]
    assert window.document.is_blind() and window.actions_by_id["blind"].isChecked()
    message_boxes.reply = QMessageBox.StandardButton.Yes
    window.actions_by_id["blind"].trigger()
    assert not window.document.is_blind() and window.timeline.coder_filter() is None
    assert window.document.project.study.unblinded == ("ana",)
    assert "Blind" not in window.windowTitle() and not window.blind.label.isVisible()
    # remembered for ana only: ben, coding in this file, would still be blind
    assert window.document.project.study.is_blind_for("ben")
    window.document.undo_stack.undo()
    assert window.document.is_blind()


def test_a_file_saved_blind_opens_blind_and_guards_the_comparisons(
    open_window: OpenWindow, message_boxes: Answers
) -> None:
    project = two_coders()
    project.set_study(StudySettings(blind=True))
    window = open_window(project, coder="ben")
    assert window.timeline.coder_filter() == {"ben"}
    assert "Blind" in window.windowTitle()
    message_boxes.reply = QMessageBox.StandardButton.No
    window.actions_by_id["compare"].trigger()
    assert "shows other coders' coding" in message_boxes.asked[-1][1]
    assert getattr(window, "compare_window", None) is None
    window.actions_by_id["agreement"].trigger()
    assert getattr(window, "agreement_window", None) is None
