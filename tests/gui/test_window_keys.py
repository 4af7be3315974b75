"""The window's playback and coding keys, pressed for real: J/K/L and the coding commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.main_window import MainWindow
from tests.factories import codebook
from tests.gui.conftest import OpenWindow

ALT = Qt.KeyboardModifier.AltModifier


def one_minute_project() -> Project:
    project = Project(codebook=codebook())
    project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    return project


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window(one_minute_project())


def test_l_j_k_shuttle_the_player_and_show_the_rate(window: MainWindow) -> None:
    player = window.player
    assert isinstance(player, FakePlayer)
    QTest.keyClick(window, Qt.Key.Key_L)
    assert player.state() == PlaybackState.PLAYING and player.rate() == 1.0
    QTest.keyClick(window, Qt.Key.Key_L)
    QTest.keyClick(window, Qt.Key.Key_L)
    assert player.rate() == 2.0
    assert window.transport.rate.currentData() == 2.0
    QTest.keyClick(window, Qt.Key.Key_J)
    assert player.rate() == 1.5 and window.transport.rate.currentData() == 1.5
    QTest.keyClick(window, Qt.Key.Key_K)
    assert player.state() == PlaybackState.PAUSED and player.rate() == 1.0
    assert window.transport.rate.currentData() == 1.0
    player.seek(5_000)
    QTest.keyClick(window, Qt.Key.Key_J)
    assert player.position_ms() == 4_000


def marks(coding: CodingController) -> tuple[int | None, int | None]:
    return coding.mark_in, coding.mark_out


def test_every_coding_key_reaches_the_coding_controller(window: MainWindow) -> None:
    player, coding = window.player, window.coding
    assert coding is not None and window.document is not None
    recording = window.document.recording
    assert recording is not None
    player.seek(2_000)
    QTest.keyClick(window, Qt.Key.Key_I)
    assert marks(coding) == (2_000, None)
    player.seek(6_000)
    QTest.keyClick(window, Qt.Key.Key_O)
    assert marks(coding) == (2_000, 6_000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert marks(coding) == (None, None)
    for key, start in ((Qt.Key.Key_C, 10_000), (Qt.Key.Key_R, 20_000), (Qt.Key.Key_W, 30_000)):
        player.seek(start)
        QTest.keyClick(window, key)
        player.seek(start + 3_000)
        QTest.keyClick(window, key)
    assert sorted((a.start_ms, a.end_ms) for a in recording.annotations()) == [
        (10_000, 13_000),
        (20_000, 23_000),
        (30_000, 33_000),
    ]
    assert [r.kind for r in recording.ruptures] == ["confrontation", "withdrawal"]
    QTest.keyClick(window, Qt.Key.Key_4, ALT)
    assert recording.ruptures[-1].significance == 4
    QTest.keyClick(window, Qt.Key.Key_BracketLeft)
    assert coding.selected_id == recording.resolutions[0].id
    QTest.keyClick(window, Qt.Key.Key_BracketRight)
    assert coding.selected_id == recording.ruptures[-1].id
    QTest.keyClick(window, Qt.Key.Key_Delete)
    assert len(recording.ruptures) == 1


def test_the_rate_box_shows_a_rate_set_elsewhere(window: MainWindow) -> None:
    """A review moment plays at the review rate, and the player keeps it afterwards: the
    coding transport's box must say so, not the rate it was last set to itself."""
    player = window.player
    assert window.transport.rate.currentData() == 1.0
    player.set_rate(0.75)
    assert window.transport.rate.currentData() == 0.75
    player.set_rate(1.0)
    assert window.transport.rate.currentData() == 1.0
