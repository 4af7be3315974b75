"""Study → Agreement…: the study computed off the GUI thread, shown in tables with the same
content as the command's workbook, and saved as that workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from rupture_annotator.ui.agreement_dialog import ALL_TOGETHER, AgreementWindow, TableModel
from tests.unit.agreement_study import counts_study, random_study
from tests.unit.test_agreement_statistics import SHROUT_FLEISS, SHROUT_FLEISS_ICC


def _computed(qtbot: QtBot, window: AgreementWindow) -> None:
    window.compute_button.click()
    assert window.task is not None and not window.compute_button.isEnabled()
    qtbot.waitUntil(lambda: window.task is None, timeout=20_000)


def test_computes_off_the_gui_thread_and_shows_every_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    counts_study(tmp_path / "study", SHROUT_FLEISS, ["ana", "ben", "cleo", "dan"])
    window = AgreementWindow(None, tmp_path / "study")
    qtbot.addWidget(window)
    window.show()
    _computed(qtbot, window)
    assert window.report is not None
    assert "4 coders (ana, ben, cleo, dan) on 1 recording(s), 6 segments" in window.status.text()
    names = [window.tabs.tabText(i).split(" (")[0] for i in range(window.tabs.count())]
    assert names == ["Summary", "Segments", "Sessions", "Events", "Disagreements", "About"]
    summary = window.tables[0]
    model = TableModel(summary)
    assert model.rowCount() == len(window.report.rows)
    at = summary.names.index
    shown = {
        model.data(model.index(r, at("statistic"))): model.data(model.index(r, at("value")))
        for r in range(model.rowCount())
        if summary.rows[r][0] == "wd_minimal_response_n" and summary.rows[r][2] == "segment"
    }
    assert shown == {form: f"{v:.3f}" for form, v in SHROUT_FLEISS_ICC.items()}
    assert window.gold.findText("dan") > 0 and window.gold.currentText() == ALL_TOGETHER

    # saved as the same workbook: the Summary sheet holds the rows shown
    out = tmp_path / "out" / "agreement.xlsx"
    assert window.save(out) == [out]
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["Summary"].iter_rows(min_row=2, values_only=True))
    assert [r[:4] for r in rows] == [tuple(r[:4]) for r in summary.rows]
    assert window.message is not None and "Saved the agreement workbook" in window.message.text()
    window.message.close()


def test_gold_and_coders_reach_the_computation(qtbot: QtBot, tmp_path: Path) -> None:
    random_study(tmp_path / "study", 2, ["expert", "t1", "t2"], segments=3, spans_per_coder=15)
    window = AgreementWindow(None, tmp_path / "study")
    qtbot.addWidget(window)
    window.gold.setCurrentText("expert")
    window.overlap.setValue(0.3)
    options = window.options()
    assert options.gold == "expert" and options.min_overlap == 0.3 and options.coders == ()
    _computed(qtbot, window)
    assert window.report is not None
    assert {r.coders for r in window.report.rows} == {("expert", "t1"), ("expert", "t2")}
    window.coders.setText("t1, t2")
    window.gold.setCurrentText(ALL_TOGETHER)
    _computed(qtbot, window)
    assert {r.coders for r in window.report.rows} == {("t1", "t2")}


def test_a_folder_without_projects_is_said_in_a_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    window = AgreementWindow(None, tmp_path)
    qtbot.addWidget(window)
    _computed(qtbot, window)
    assert window.report is None and not window.save_button.isEnabled()
    assert window.status.text() == f"{tmp_path}: a folder with no .rupture.json project files in it"
    assert window.compute_button.isEnabled()


def test_without_a_study_there_is_nothing_to_compute(qtbot: QtBot) -> None:
    window = AgreementWindow(None, None)
    qtbot.addWidget(window)
    assert not window.compute_button.isEnabled()
    window.inputs.addItem("/somewhere")
    assert window.compute_button.isEnabled()
