"""The window as a coder uses it (offscreen, fake player): keys and gestures → the domain."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.ui.actions import ACTIONS
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings
from tests.factories import codebook
from tests.gui.conftest import OpenWindow


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    from rupture_annotator.domain.project import Project

    project = Project(codebook=codebook())
    project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    return open_window(project)


def press(
    w: MainWindow, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(w, key, mod)


def test_keyboard_codes_a_rupture_with_markers_and_significance(window: MainWindow) -> None:
    player = window.player
    player.seek(4_000)
    press(window, Qt.Key.Key_I)
    player.seek(9_000)
    press(window, Qt.Key.Key_O)
    press(window, Qt.Key.Key_W)
    press(window, Qt.Key.Key_3)
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.document is not None and window.document.recording is not None
    (r,) = window.document.recording.ruptures
    assert (r.kind, r.start_ms, r.end_ms, r.marker_ids, r.significance, r.coder) == (
        "withdrawal",
        4_000,
        9_000,
        ("wd_abstract",),
        2,
        "ana",
    )
    assert window.isWindowModified()
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.recording.ruptures[0].significance is None
    press(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.document.recording.ruptures[0].significance == 2


def test_playback_keys_move_the_player(window: MainWindow) -> None:
    player = window.player
    player.seek(10_000)
    press(window, Qt.Key.Key_Right)
    assert player.position_ms() == 11_000
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert player.position_ms() == 6_000
    press(window, Qt.Key.Key_Period)
    assert player.frame_index() == 151
    press(window, Qt.Key.Key_Space)
    assert player.state() == "playing"
    press(window, Qt.Key.Key_L)
    assert player.rate() > 1.0
    press(window, Qt.Key.Key_K)
    assert player.state() == "paused" and player.rate() == 1.0


def test_ctrl_s_saves_and_clears_the_modified_mark(window: MainWindow) -> None:
    press(window, Qt.Key.Key_C)
    window.player.seek(3_000)
    press(window, Qt.Key.Key_C)
    assert window.isWindowModified()
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert window.document is not None and window.document.path is not None
    saved = load_project(window.document.path)
    assert [(r.kind, r.start_ms, r.end_ms) for r in saved.media[0].ruptures] == [
        ("confrontation", 0, 3_000)
    ]


def test_dragging_in_a_lane_creates_an_undoable_span(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = window.timeline
    timeline.resize(1000, 260)
    layout = timeline.current_layout()
    y = int(layout.lane_rect("withdrawal").center().y())
    x0, x1 = int(layout.x_of(10_000)), int(layout.x_of(20_000))
    QTest.mousePress(
        timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0, y)
    )
    QTest.mouseMove(timeline, QPoint(x1, y))
    QTest.mouseRelease(
        timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x1, y)
    )
    assert window.document is not None and window.document.recording is not None
    (r,) = window.document.recording.ruptures
    assert r.kind == "withdrawal" and r.end_ms > r.start_ms
    assert window.coding is not None and window.coding.selected_id == r.id
    window.document.undo_stack.undo()
    assert window.document.recording.ruptures == []


def test_every_action_is_in_a_menu_and_the_shortcut_sheet(window: MainWindow) -> None:
    from rupture_annotator.ui.shortcut_sheet import ShortcutSheet

    sheet = ShortcutSheet(window)
    texts = {sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}
    for spec in ACTIONS:
        assert spec.id in window.actions_by_id
        if spec.keys:
            assert spec.text.replace("&", "") in texts
    shortcuts = [k for s in ACTIONS for k in s.keys]
    assert len(shortcuts) == len(set(shortcuts)), "a key is bound twice"


def test_layout_and_coder_are_remembered(window: MainWindow, tmp_path: Path) -> None:
    window.close()
    settings = window.settings
    assert not settings.get("window/state").isEmpty()
    assert settings.get("coder/name") == "ana"
    assert str(tmp_path / "session.rupture.json") in settings.get("files/recent")


def test_a_moved_recording_is_found_in_the_project_folder_and_relinked(
    qtbot, tmp_path: Path, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from rupture_annotator.domain.project import Project
    from rupture_annotator.media.reference import media_ref
    from tests.videos import make_video

    study = tmp_path / "study"
    (study / "videos").mkdir(parents=True)
    video = study / "videos" / "s1.mp4"
    video.symlink_to(make_video("mp4"))
    project = Project(codebook=codebook())
    project.add_recording(media_ref(video, study))
    path = study / "s1.rupture.json"
    save_project(project, path)
    video.rename(study / "s1.mp4")  # the coder tidied the folder
    message_boxes.reply = QMessageBox.StandardButton.Yes
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "ana")
    w = MainWindow(FakePlayer(auto_advance=False), settings)
    try:
        assert w.open_path(path)
        assert any("Recording moved" in text for _kind, text in message_boxes.asked)
        assert w.document is not None and w.document.recording is not None
        assert w.document.recording.media.path == "s1.mp4"
        assert w.document.is_modified()  # the new link is not on disk until saved
        assert w.player.media_info() is not None
    finally:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()
