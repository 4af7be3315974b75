"""Study → Coder Agreement… opens the agreement window on the open project's folder."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.factories import empty_project
from tests.gui.conftest import OpenWindow


def test_the_study_menu_opens_agreement_on_the_projects_folder(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(empty_project(("ana", "ben")))
    action = window.actions_by_id["agreement"]
    assert action.text().replace("&", "") == "Coder Agreement…"
    study_menu = next(m for m in window.menuBar().actions() if m.text() == "St&udy").menu()
    assert action in study_menu.actions()
    action.trigger()
    dialog = window.agreement_window
    assert dialog.isVisible() and dialog.paths() == [tmp_path]
    dialog.compute_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.report is not None and dialog.report.study.coders == ("ana", "ben")
    dialog.close()
