"""File → Export…: choices, the export off the GUI thread, the result and the folder, errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.ui import export_dialog
from rupture_annotator.ui.export_dialog import ExportDialog, default_folder, show_export_dialog
from rupture_annotator.ui.settings import Settings
from tests.unit.export_study import study_project


@pytest.fixture
def project() -> Project:
    return study_project(0)


def make_dialog(qtbot: QtBot, project: Project, folder: Path) -> tuple[QWidget, ExportDialog]:
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ExportDialog(project, folder / "s01.rupture.json", window, folder=folder)
    return window, dialog


def ini_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class SettingsWindow(QWidget):
    """A parent window with settings, as the main window is."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings


def test_defaults_to_the_projects_folder_and_never_overwrites(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    study = tmp_path / "study"
    study.mkdir()
    window = QWidget()
    qtbot.addWidget(window)
    dialog = show_export_dialog(window, project, study / "s01.rupture.json")
    assert Path(dialog.destination.text()) == study / "s01.xlsx"
    dialog.reject()
    (study / "s01.xlsx").write_bytes(b"an earlier export")
    again = show_export_dialog(window, project, study / "s01.rupture.json")
    assert Path(again.destination.text()) == study / "s01-2.xlsx"
    assert [again.coder_box.itemText(i) for i in range(again.coder_box.count())] == [
        "All coders",
        *project.coders,
    ]
    again.reject()


def test_the_default_folder_does_not_depend_on_where_the_program_is(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not the program's own folder, whether or not it is a git checkout with an exports/ folder.
    program = Path(export_dialog.__file__).resolve().parents[2]
    project_path = tmp_path / "s01.rupture.json"
    assert default_folder(project_path) == tmp_path
    monkeypatch.chdir(program)
    assert default_folder(project_path) == tmp_path
    unsaved = default_folder(None)
    assert unsaved.is_dir() and program not in (unsaved, *unsaved.parents)


def test_the_folder_of_the_last_export_is_remembered(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    (tmp_path / "study").mkdir()
    chosen = tmp_path / "analysis"
    chosen.mkdir()
    settings = ini_settings(tmp_path)
    assert settings.get("export/last_dir") == ""
    window = SettingsWindow(settings)
    qtbot.addWidget(window)
    first = show_export_dialog(window, project, tmp_path / "study" / "s01.rupture.json")
    assert Path(first.destination.text()).parent == tmp_path / "study"
    first.destination.setText(str(chosen / "mine.xlsx"))
    with qtbot.waitSignal(first.exported, timeout=20_000):
        qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert (chosen / "mine.xlsx").is_file()
    first.message.done(0)  # type: ignore[union-attr]
    settings.sync()
    # the next export, even in a later run with another project, starts in that folder
    later = ini_settings(tmp_path)
    assert later.get("export/last_dir") == str(chosen)
    window2 = SettingsWindow(later)
    qtbot.addWidget(window2)
    second = show_export_dialog(window2, project, tmp_path / "study" / "s02.rupture.json")
    assert Path(second.destination.text()) == chosen / "s02.xlsx"
    second.reject()
    # a remembered folder that is gone: back to the project's folder
    chosen.joinpath("mine.xlsx").unlink()
    for leftover in sorted(chosen.rglob("*"), reverse=True):
        leftover.unlink() if leftover.is_file() else leftover.rmdir()
    chosen.rmdir()
    third = show_export_dialog(window2, project, tmp_path / "study" / "s02.rupture.json")
    assert Path(third.destination.text()) == tmp_path / "study" / "s02.xlsx"
    third.reject()


def test_export_needs_a_name_and_a_kind_of_file(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    _, dialog = make_dialog(qtbot, project, tmp_path)
    assert dialog.export_button.isEnabled()
    assert not dialog.bom_box.isEnabled()
    dialog.workbook_box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.csv_box.setChecked(True)
    assert dialog.export_button.isEnabled() and dialog.bom_box.isEnabled()
    options = dialog.options()
    assert options is not None and options.workbook is None
    assert options.csv_dir == tmp_path / "s01_csv"
    dialog.destination.setText("  ")
    assert not dialog.export_button.isEnabled()


def test_export_runs_and_offers_to_open_the_folder(
    qtbot: QtBot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window, dialog = make_dialog(qtbot, project, tmp_path)
    dialog.csv_box.setChecked(True)
    dialog.coder_box.setCurrentText("ben")
    ben = sum(r.coder == "ben" for rec in project.media for r in rec.ruptures)
    ben_strategies = sum(s.coder == "ben" for rec in project.media for s in rec.resolutions)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        # Coding goes on while the export runs; the export has the project as it was.
        project.add_annotation(
            "r1", Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=0, end_ms=10, coder="ben")
        )
    result = done.args[0]
    assert result.rows["Ruptures"] == ben
    book = openpyxl.load_workbook(tmp_path / "s01.xlsx", read_only=True)
    at = next(book["Ruptures"].iter_rows(max_row=1, values_only=True)).index("coder")
    coders = [r[at] for r in book["Ruptures"].iter_rows(min_row=2, values_only=True)]
    assert coders == ["ben"] * ben
    assert (tmp_path / "s01_csv" / "ruptures.csv").is_file()
    assert len(list((tmp_path / "s01_plots").glob("*.png"))) == 2

    box = dialog.message
    assert box is not None and box.isVisible() and box.parent() is window
    assert ben > 1 and ben_strategies > 1
    assert (
        box.text()
        == f"Exported {ben} ruptures and {ben_strategies} resolution strategies to "
        + (f"{len(result.files)} files in {tmp_path}.")
    )
    open_button = next(b for b in box.buttons() if b.text() == "Open Folder")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == tmp_path


def test_a_failure_is_one_plain_sentence(qtbot: QtBot, project: Project, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    _, dialog = make_dialog(qtbot, project, tmp_path)
    dialog.destination.setText(str(blocker / "out.xlsx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=20_000) as failed:
        dialog.start()
    sentence = failed.args[0]
    assert sentence == f"Could not write to {blocker}: a file is in the way."
    box = dialog.message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning and box.text() == sentence
    assert dialog.progress_dialog is None and dialog.task is None


def test_plain_sentence_of_unexpected_errors() -> None:
    assert export_dialog.plain_sentence(RuntimeError("boom\ntrace")) == "The export failed: boom."
    assert export_dialog.plain_sentence(OSError(28, "No space left on device")) == (
        "The export could not be written: No space left on device."
    )


def test_file_export_opens_the_dialog(qtbot: QtBot, project: Project) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    dialog = show_export_dialog(window, project, None)
    assert dialog.isVisible() and dialog.windowModality() != Qt.WindowModality.NonModal
    assert Path(dialog.destination.text()).name.startswith("project")
    dialog.reject()


def test_counts_in_the_finished_message_agree_with_their_nouns() -> None:
    from rupture_annotator.ui.export_dialog import plural

    assert plural(1, "rupture") == "1 rupture"
    assert plural(0, "rupture") == "0 ruptures"
    assert plural(1, "resolution strategy", "resolution strategies") == "1 resolution strategy"
    assert plural(2, "resolution strategy", "resolution strategies") == "2 resolution strategies"
