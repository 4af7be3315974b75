"""Paths that used to lose or corrupt a coder's work: reopening a video, a failed Save As,
an unreadable recording, a slow drive, a declined coder name, an uncaught error."""

from __future__ import annotations

import logging
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.media.reference import media_ref
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.ui import background, file_flows
from rupture_annotator.ui.crash_report import CrashReporter
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings
from tests.factories import codebook
from tests.videos import make_video


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("coder/name", "ana")
    return s


@pytest.fixture
def make_window(qtbot, settings: Settings) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    made: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow(FakePlayer(auto_advance=False), settings)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


@pytest.fixture
def coded_study(tmp_path: Path) -> tuple[Path, Path]:
    """session.mp4 with session.rupture.json beside it: 3 ruptures and a linked strategy."""
    study = tmp_path / "study"
    study.mkdir()
    video = study / "session.mp4"
    shutil.copyfile(make_video("mp4"), video)
    project = Project(codebook=codebook())
    rec = project.add_recording(media_ref(video, study))
    project.add_coder("ana")
    for i, kind in enumerate(("withdrawal", "confrontation", "withdrawal")):
        project.add_annotation(
            rec.id,
            Rupture(
                id=f"r{i}",
                kind=RuptureKind(kind),
                start_ms=1000 + i * 4000,
                end_ms=3000 + i * 4000,
                coder="ana",
            ),
        )
    project.add_annotation(
        rec.id,
        ResolutionStrategy(id="s1", start_ms=3000, end_ms=4000, coder="ana", rupture_id="r0"),
    )
    path = study / "session.rupture.json"
    save_project(project, path)
    return video, path


def _no_dialogs(monkeypatch: pytest.MonkeyPatch, save_to: Path | None = None) -> list[str]:
    """Answer the codebook and save dialogs; a test that meets an unexpected one fails."""
    asked: list[str] = []

    def get_item(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(f"item: {title}")
        return "3rs-2015", True

    def save_name(_parent, title, suggested, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(f"save: {suggested}")
        return (str(save_to), "") if save_to else ("", "")

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


# -- reopening a video never replaces its project ---------------------------------------------


@pytest.mark.parametrize("how", ["open_path", "new_from_video", "drop"])
def test_reopening_a_coded_video_opens_its_project_and_changes_nothing(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:  # type: ignore[no-untyped-def]
    video, path = coded_study
    before = path.read_bytes()
    asked = _no_dialogs(monkeypatch, save_to=path)  # a "Yes, replace it" that must not come
    w = make_window()
    if how == "open_path":
        assert w.open_path(video)
    elif how == "new_from_video":
        monkeypatch.setattr(file_flows, "choose_video", lambda *_a: video)
        w.new_from_video()
    else:
        from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
        from PySide6.QtGui import QDropEvent

        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(video))])
        w.dropEvent(
            QDropEvent(
                QPointF(5, 5),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
    assert asked == []  # no codebook asked, no save dialog offered
    assert w.document is not None and w.document.path == path
    assert w.document.recording is not None and len(w.document.recording.ruptures) == 3
    assert "already codes session.mp4" in w.statusBar().currentMessage()
    assert path.read_bytes() == before
    w.save()  # even a save writes the same coding back
    assert len(load_project(path).media[0].ruptures) == 3


def test_a_second_project_for_a_video_never_overwrites_the_first(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    """session.rupture.json codes another recording with the same name: a new project is made
    under a free name, and a chosen name that is taken is refused."""
    video, path = coded_study
    other = video.with_suffix(".mkv")
    shutil.copyfile(make_video("mkv"), other)
    before = path.read_bytes()
    picks = iter([path, path.with_name("session-mkv.rupture.json")])
    offered: list[str] = []

    def save_name(_parent, _title, suggested, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        offered.append(Path(suggested).name)
        return str(next(picks)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: ("3rs-2015", True)))
    w = make_window()
    assert w.open_path(other)
    assert offered[0] == "session-2.rupture.json"  # a free name is suggested
    assert any("already exists" in text for _kind, text in message_boxes.asked)
    assert path.read_bytes() == before
    assert w.document is not None and w.document.path == path.with_name("session-mkv.rupture.json")
    assert w.document.recording is not None and w.document.recording.ruptures == []


def test_an_unreadable_project_beside_the_video_is_reported_not_replaced(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    video, path = coded_study
    path.write_bytes(path.read_bytes()[:500])  # damaged, but perhaps repairable by hand
    damaged = path.read_bytes()
    asked = _no_dialogs(monkeypatch, save_to=path)
    w = make_window()
    assert not w.open_path(video)
    assert asked == []
    (kind, text) = message_boxes.asked[-1]
    assert kind == "warning" and "session.rupture.json is not valid JSON" in text
    assert "..".join(["", ""]) not in text.replace("...", "")
    assert path.read_bytes() == damaged


def test_a_new_project_reads_the_video_before_asking_for_a_codebook(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "not-a-video.mp4"
    fake.write_text("hello")
    asked = _no_dialogs(monkeypatch)
    w = make_window()
    assert not w.open_path(fake)
    assert asked == []  # never asked for a codebook for a file that cannot be played
    assert message_boxes.asked and message_boxes.asked[-1][0] == "warning"
    assert not fake.with_name("not-a-video.rupture.json").exists()


def test_a_new_project_for_a_fresh_video_is_created_beside_it(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    video = tmp_path / "fresh.mp4"
    shutil.copyfile(make_video("mp4"), video)
    asked = _no_dialogs(monkeypatch)
    w = make_window()
    assert w.open_path(video)
    assert asked == ["item: Codebook"]
    target = tmp_path / "fresh.rupture.json"
    assert w.document is not None and w.document.path == target
    assert load_project(target).media[0].media.path == "fresh.mp4"


# -- Save As ----------------------------------------------------------------------------------


def test_a_failed_save_as_leaves_the_video_references_alone(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _video, path = coded_study
    w = make_window()
    assert w.open_path(path)
    assert w.document is not None
    nowhere = path.parent.parent / "a" / "b" / "copy.rupture.json"  # the folder does not exist
    monkeypatch.setattr(file_flows, "choose_save_path", lambda *_a, **_k: nowhere)
    assert not w.save_as()
    assert w.document.recording is not None
    assert w.document.recording.media.path == "session.mp4"
    w.document.undo_stack.resetClean()
    assert w.save()
    assert load_project(path).media[0].media.path == "session.mp4"


def test_a_save_as_into_another_folder_rebases_the_references(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _video, path = coded_study
    w = make_window()
    assert w.open_path(path)
    elsewhere = path.parent / "copies" / "copy.rupture.json"
    elsewhere.parent.mkdir()
    monkeypatch.setattr(file_flows, "choose_save_path", lambda *_a, **_k: elsewhere)
    assert w.save_as()
    assert load_project(elsewhere).media[0].media.path == "../session.mp4"
    assert load_project(path).media[0].media.path == "session.mp4"


# -- unreadable recordings, slow drives ------------------------------------------------------


def test_a_recording_on_a_drive_that_went_away_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rupture_annotator.media.probe import ProbeError

    video = tmp_path / "s.mp4"
    shutil.copyfile(make_video("mp4"), video)

    def gone(*_a: object, **_k: object) -> str:
        raise OSError(19, "No such device")

    monkeypatch.setattr("rupture_annotator.storage.new_project.fingerprint", gone)
    with pytest.raises(ProbeError, match=r"^Could not read s\.mp4 \(No such device\)"):
        media_ref(video, tmp_path)


def test_the_cli_reports_an_unreadable_recording_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rupture_annotator.cli import main

    video = tmp_path / "s.mp4"
    shutil.copyfile(make_video("mp4"), video)

    def gone(*_a: object, **_k: object) -> str:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("rupture_annotator.storage.new_project.fingerprint", gone)
    assert main(["new", str(video)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "Could not read s.mp4 (Input/output error): its drive may have been disconnected."
    ]
    assert not (tmp_path / "s.rupture.json").exists()


def test_a_slow_drive_shows_progress_and_gives_up_without_freezing(
    qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    video = tmp_path / "stuck.mp4"
    video.write_bytes(b"x")
    release = threading.Event()

    def stuck(*_a: object) -> object:
        release.wait(30)
        raise AssertionError("never answered")

    monkeypatch.setattr(file_flows, "media_ref", stuck)
    monkeypatch.setattr(file_flows, "PROBE_TIMEOUT_S", 0.8)
    asked = _no_dialogs(monkeypatch)
    w = make_window()
    ticks: list[float] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        assert not w.open_path(video)
    finally:
        timer.stop()
        release.set()
    assert len(ticks) >= 5, "the event loop did not run while the recording was read"
    assert asked == []
    (kind, text) = message_boxes.asked[-1]
    assert kind == "warning" and "took longer than 1 s to read" in text


def test_progress_is_shown_while_a_recording_is_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []

    def look() -> None:
        dialogs = [
            d
            for d in QApplication.topLevelWidgets()
            if d.metaObject().className() == "QProgressDialog"
        ]
        seen.append(any(d.isVisible() for d in dialogs))

    QTimer.singleShot(600, look)
    result = background.run_with_progress(
        None,
        "Reading",
        "Reading x…",
        lambda _p: time.sleep(1.0) or 42,
        timeout_s=10,
        show_after_ms=100,
    )
    assert result == 42
    assert seen == [True]


def test_a_relink_to_an_unreadable_file_is_told_not_swallowed(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    video, path = coded_study
    video.rename(video.with_name("moved.mp4"))
    broken = path.parent / "broken.mp4"
    broken.write_text("not a video")
    message_boxes.reply = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(broken), ""))
    )
    monkeypatch.setattr(file_flows, "matches", lambda *_a: True)  # "same" size and content
    monkeypatch.setattr(file_flows, "find_moved", lambda *_a: None)
    w = make_window()
    assert w.open_path(path)
    titles = [text.split(":")[0] for _kind, text in message_boxes.asked]
    assert "Recording not linked" in titles
    assert w.document is not None and w.document.recording is not None
    assert w.document.recording.media.path == "session.mp4"
    assert not w.document.is_modified()


# -- the coder ---------------------------------------------------------------------------------


def test_a_declined_coder_name_blocks_marking_until_one_is_given(
    qtbot, make_window, coded_study, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _video, path = coded_study
    settings.set("coder/name", "")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("", False)))
    w = make_window()
    assert w.open_path(path)
    assert w.document is not None and w.document.coder == ""
    assert "none" in w.coder_label.text()
    assert w.coding is not None
    assert w.coding.create_span("withdrawal", 12_000, 13_000) is None
    assert "coder name" in w.statusBar().currentMessage()
    assert w.document.recording is not None and len(w.document.recording.ruptures) == 3
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("ben", True)))
    w.change_coder()
    assert w.coding.create_span("withdrawal", 12_000, 13_000) is not None
    assert w.document.recording.ruptures[-1].coder == "ben"


def test_changing_the_coder_is_an_undoable_edit(
    make_window, coded_study, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _video, path = coded_study
    w = make_window()
    assert w.open_path(path)
    assert w.document is not None and not w.document.is_modified()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("carla", True)))
    w.change_coder()
    assert w.document.coder == "carla" and "carla" in w.document.project.coders
    assert w.document.is_modified()
    assert w.coder_label.text() == "Coder: carla"
    w.document.undo_stack.undo()
    assert w.document.coder == "ana" and "carla" not in w.document.project.coders
    assert w.coder_label.text() == "Coder: ana"
    assert not w.document.is_modified()


# -- errors nobody caught ---------------------------------------------------------------------


def test_an_uncaught_error_is_logged_kept_and_told_in_one_sentence(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    from rupture_annotator.storage.app_log import LOG_DIR_ENV, setup_logging

    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    before = list(logging.getLogger().handlers)
    log_file = setup_logging()
    assert log_file is not None
    kept: list[bool] = []
    reporter = CrashReporter(lambda: None, log_file, lambda: kept.append(True))
    reporter.install()
    try:

        def broken_slot() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(message_boxes.asked), timeout=3000)
    finally:
        reporter.uninstall()
        for handler in logging.getLogger().handlers[:]:
            if handler not in before:  # the log file's and the stderr handler
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert sys.excepthook is not reporter
    (kind, text) = message_boxes.asked[0]
    assert kind == "critical"
    assert "Something went wrong (ZeroDivisionError)" in text and str(log_file) in text
    assert text.count(". ") == 0 and text.endswith(".")
    assert kept == [True]
    logged = log_file.read_text()
    assert "a bug in a slot" in logged and "Traceback" in logged


def test_an_upgrade_that_changes_the_coding_is_told_and_left_unsaved(
    make_window, coded_study, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    import json

    _video, path = coded_study
    data = json.loads(path.read_bytes())
    data["schema_version"] = 3
    data["coders"].append("ben")
    data["media"][0].pop("segment_origin_ms")
    data["media"][0]["resolutions"].append(
        {"id": "b1", "start_ms": 5000, "end_ms": 6000, "coder": "ben", "rupture_id": "r0"}
    )
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    w = make_window()
    assert w.open_path(path)
    (kind, text) = message_boxes.asked[-1]
    assert kind == "information" and text.startswith("Project upgraded: session.rupture.json")
    assert "'ben''s strategy was linked to 'ana''s rupture 'r0' and is now unlinked" in text
    assert w.document is not None and w.document.is_modified()
    assert path.read_bytes() == before
