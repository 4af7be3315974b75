"""Bad files give one plain sentence through error_occurred: no exception, no hang."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import open_recording, shown_frame, wait_until
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


def _cut_in_half(whole: Path, cut: Path, *, index_first: bool) -> None:
    """The first half of a recording, as left by a copy or an upload that stopped midway.
    Recorders write the MP4 index (moov) at the end, so a cut drops it; with the index first
    (faststart), a cut keeps it and loses frames."""
    source = whole
    if index_first:
        source = cut.with_name("faststart.mp4")
        copy = ("-c", "copy", "-movflags", "+faststart")
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-i", str(whole), *copy, str(source)], check=True
        )
    data = source.read_bytes()
    cut.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("index_first", "expected"),
    [(False, "error"), (True, "loaded")],
    ids=["index-at-the-end", "index-first"],
)
def test_truncated_recording_shows_its_frames_or_says_it_cannot(
    qtbot: QtBot, vlc_player: VlcPlayer, tmp_path: Path, index_first: bool, expected: str
) -> None:
    whole = make_video("mp4_bframes")
    whole_ms = 20_000
    cut = tmp_path / "cut.mp4"
    _cut_in_half(whole, cut, index_first=index_first)
    errors: list[str] = []
    loaded: list[object] = []
    vlc_player.error_occurred.connect(errors.append)
    vlc_player.media_loaded.connect(loaded.append)
    vlc_player.open(cut)
    qtbot.waitUntil(lambda: bool(errors or loaded), timeout=10_000)
    outcome = "loaded" if loaded else "error"
    assert outcome == expected, errors

    if outcome == "error":
        # what the user reads: one plain sentence naming the file and saying it cannot play
        (message,) = errors
        assert message == f"{cut}: not a video or audio file that can be played."
        assert vlc_player.state() == PlaybackState.NO_MEDIA
        assert vlc_player.media_info() is None and vlc_player.duration_ms() == 0
        assert vlc_player.video_widget().image() is None  # type: ignore[attr-defined]
        # the transport does nothing on no recording, and says nothing more
        vlc_player.seek(3_000)
        vlc_player.play()
        qtbot.wait(300)
        assert vlc_player.state() == PlaybackState.NO_MEDIA and vlc_player.position_ms() == 0
        assert loaded == [] and len(errors) == 1
        return

    # what the user sees: the first picture, a duration no longer than the recording's, and
    # exact frames in the half that is there
    assert 0 < vlc_player.duration_ms() <= whole_ms
    assert vlc_player.state() == PlaybackState.PAUSED
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == 0), shown_frame(vlc_player)
    vlc_player.seek(3_000)
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == 75), shown_frame(vlc_player)
    # past the cut: still a picture and a player that answers, and playing runs to the end
    vlc_player.seek(19_000)
    qtbot.wait(400)
    assert vlc_player.state() == PlaybackState.PAUSED and vlc_player.position_ms() == 19_000
    assert shown_frame(vlc_player) is not None
    vlc_player.play()
    assert wait_until(qtbot, lambda: vlc_player.state() == PlaybackState.ENDED, timeout=10)
    assert errors == [] and len(loaded) == 1


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
