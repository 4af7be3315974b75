"""Bad files give one plain sentence through error_occurred: no exception, no hang."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import open_recording
from tests.videos import make_video

pytestmark = pytest.mark.media


def _open_fails(qtbot: QtBot, player: VlcPlayer, path: Path, timeout: int = 10_000) -> str:
    loaded: list[object] = []
    player.media_loaded.connect(loaded.append)
    with qtbot.waitSignal(player.error_occurred, timeout=timeout) as blocker:
        player.open(path)
    qtbot.wait(50)
    assert loaded == []
    assert player.state() == PlaybackState.NO_MEDIA
    message = str(blocker.args[0])
    assert message.endswith(".") and "\n" not in message
    return message


def test_missing_file(qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path) -> None:
    assert "no such file" in _open_fails(qtbot, vlc_player, tmp_path / "session-12.mp4")


def test_folder(qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path) -> None:
    assert "folder" in _open_fails(qtbot, vlc_player, tmp_path)


def test_not_a_recording(qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp4"
    fake.write_text("these are session notes, not a video\n" * 50)
    assert "not a video or audio file" in _open_fails(qtbot, vlc_player, fake)


def test_a_file_that_never_answers_times_out(
    qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path
) -> None:
    # a named pipe nobody writes to blocks every reader: like a drive that stopped answering
    pipe = tmp_path / "stuck.mp4"
    os.mkfifo(pipe)
    vlc_player.open_timeout_ms = 1000
    try:
        assert "too long" in _open_fails(qtbot, vlc_player, pipe, timeout=5000)
    finally:
        with open(os.open(pipe, os.O_RDWR | os.O_NONBLOCK), "wb"):
            pass  # unblocks the abandoned reader thread


def test_truncated_recording_opens_or_fails_cleanly(
    qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path
) -> None:
    whole = make_video("mp4_bframes")
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    outcomes: list[str] = []
    vlc_player.error_occurred.connect(lambda _: outcomes.append("error"))
    vlc_player.media_loaded.connect(lambda _: outcomes.append("loaded"))
    vlc_player.open(cut)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    for ms in (0, 3000, 9000, 19000):  # past the cut too
        vlc_player.seek(ms)
        qtbot.wait(100)
    vlc_player.play()
    qtbot.wait(300)
    vlc_player.close()
    assert vlc_player.state() == PlaybackState.NO_MEDIA


def test_reopening_and_closing(qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path) -> None:
    open_recording(qtbot, vlc_player, "mp4")
    vlc_player.play()
    qtbot.wait(200)
    copy = tmp_path / "other.webm"
    shutil.copyfile(make_video("webm"), copy)
    open_recording(qtbot, vlc_player, "webm")
    assert vlc_player.state() == PlaybackState.PAUSED
    info = vlc_player.media_info()
    assert info is not None and info.container is not None and "webm" in info.container
    vlc_player.close()
    assert vlc_player.media_info() is None and vlc_player.position_ms() == 0
