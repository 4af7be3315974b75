"""The fake player (same interface as the libvlc one, deterministic) and the player factory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.factory import UnavailablePlayer, create_player, install_hint
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.media.player import MAX_RATE, MIN_RATE, PlaybackState, Player
from rupture_annotator.media.video_widget import AUDIO_ONLY_TEXT, NO_MEDIA_TEXT


@pytest.fixture
def player(qtbot: QtBot) -> FakePlayer:
    fake = FakePlayer(media=fake_media_info(duration_ms=10_000, fps=25.0), auto_advance=False)
    qtbot.addWidget(fake.video_widget())
    return fake


def _record(player: Player) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {"position": [], "state": [], "loaded": [], "error": []}
    player.position_changed.connect(seen["position"].append)
    player.state_changed.connect(seen["state"].append)
    player.media_loaded.connect(seen["loaded"].append)
    player.error_occurred.connect(seen["error"].append)
    return seen


def test_open_loads_paused_at_the_start(player: FakePlayer) -> None:
    seen = _record(player)
    assert player.state() == PlaybackState.NO_MEDIA
    player.open(Path("session-3.mp4"))
    assert seen["state"] == ["paused"]
    info = seen["loaded"][0]
    assert info == player.media_info() and info.path == Path("session-3.mp4")  # type: ignore[attr-defined]
    assert seen["position"] == [0]
    assert player.duration_ms() == 10_000 and player.fps() == 25.0
    assert player.video_widget().placeholder() == ""  # type: ignore[attr-defined]


def test_playing_moves_the_position_at_the_rate_until_the_end(player: FakePlayer) -> None:
    seen = _record(player)
    player.open(Path("s.mp4"))
    player.play()
    player.advance(1000)
    assert player.position_ms() == 1000
    player.set_rate(2.0)
    player.advance(1000)
    assert player.position_ms() == 3000
    player.set_rate(10)
    assert player.rate() == MAX_RATE
    player.set_rate(0.01)
    assert player.rate() == MIN_RATE
    player.set_rate(1.0)
    player.advance(60_000)
    assert player.state() == PlaybackState.ENDED
    assert player.position_ms() == 10_000
    assert seen["state"][-2:] == ["playing", "ended"]
    positions = [p for p in seen["position"] if isinstance(p, int)]
    assert positions == sorted(positions)
    player.play()  # from the end: starts again
    assert player.position_ms() == 0 and player.state() == PlaybackState.PLAYING


def test_toggle_pause_and_paused_time_stands_still(player: FakePlayer) -> None:
    player.toggle()  # nothing open: nothing happens
    assert player.state() == PlaybackState.NO_MEDIA
    player.open(Path("s.mp4"))
    player.toggle()
    assert player.state() == PlaybackState.PLAYING
    player.advance(400)
    player.toggle()
    assert player.state() == PlaybackState.PAUSED
    player.advance(400)
    assert player.position_ms() == 400


def test_seek_is_clamped_and_frames_follow(player: FakePlayer) -> None:
    player.open(Path("s.mp4"))
    player.seek(4321)
    assert player.position_ms() == 4321 and player.frame_index() == 108
    player.seek(-50)
    assert player.position_ms() == 0
    player.seek(99_999)
    assert player.position_ms() == 9_999
    assert player.frame_index() == player.frame_count() - 1 == 249


def test_steps_are_exact_frames_and_pause(player: FakePlayer) -> None:
    player.open(Path("s.mp4"))
    player.seek(1000)
    player.play()
    player.step(1)
    assert player.state() == PlaybackState.PAUSED
    assert player.frame_index() == 26
    for _ in range(20):
        player.step(1)
    assert player.frame_index() == 46
    for _ in range(20):
        player.step(-1)
    assert player.frame_index() == 26
    player.step(-1000)
    assert player.frame_index() == 0 and player.position_ms() == 0
    player.step(10_000)
    assert player.frame_index() == 249


def test_frame_arithmetic_round_trips() -> None:
    fake = FakePlayer(media=fake_media_info(fps=30000 / 1001), auto_advance=False)
    fake.open(Path("s.mp4"))
    for frame in range(0, 2000, 7):
        assert fake.ms_to_frame(fake.frame_to_ms(frame)) == frame


def test_volume_and_mute(player: FakePlayer) -> None:
    player.set_volume(150)
    assert player.volume() == 100
    player.set_volume(-3)
    assert player.volume() == 0
    player.set_muted(True)
    assert player.is_muted()


def test_audio_only_shows_a_placeholder(player: FakePlayer) -> None:
    player.set_next_media(fake_media_info(has_video=False))
    player.open(Path("interview.m4a"))
    assert not player.has_video()
    assert player.video_widget().placeholder() == AUDIO_ONLY_TEXT  # type: ignore[attr-defined]
    player.step(1)
    assert player.position_ms() == 40  # audio-only steps by 1/25 s
    player.close()
    assert player.video_widget().placeholder() == NO_MEDIA_TEXT  # type: ignore[attr-defined]
    assert player.state() == PlaybackState.NO_MEDIA


def test_missing_file_is_an_error_not_an_exception(qtbot: QtBot, tmp_path: Path) -> None:
    fake = FakePlayer(auto_advance=False)
    seen = _record(fake)
    fake.open(tmp_path / "gone.mp4")
    assert len(seen["error"]) == 1 and "no such file" in str(seen["error"][0])
    assert fake.state() == PlaybackState.NO_MEDIA and seen["loaded"] == []


def test_timer_drives_playback(qtbot: QtBot) -> None:
    fake = FakePlayer(media=fake_media_info(duration_ms=60_000), tick_ms=10)
    fake.open(Path("s.mp4"))
    fake.play()
    qtbot.waitUntil(lambda: fake.position_ms() >= 100, timeout=2000)
    fake.pause()
    stopped = fake.position_ms()
    qtbot.wait(50)
    assert fake.position_ms() == stopped


def test_create_player_gives_the_fake_on_request(qtbot: QtBot) -> None:
    assert isinstance(create_player(prefer="fake"), FakePlayer)


def test_without_libvlc_the_stand_in_names_what_to_install(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.videos import make_video

    monkeypatch.setitem(sys.modules, "vlc", None)  # import vlc fails as without libvlc
    monkeypatch.delitem(sys.modules, "rupture_annotator.media.vlc_player", raising=False)
    stand_in = create_player()
    assert isinstance(stand_in, UnavailablePlayer)
    assert stand_in.reason == install_hint()
    assert stand_in.video_widget().placeholder() == stand_in.reason  # type: ignore[attr-defined]
    seen = _record(stand_in)
    stand_in.open(make_video("mp4"))  # the recording still opens: length and frames known
    assert len(seen["loaded"]) == 1 and stand_in.duration_ms() == 20_000
    assert seen["error"] == [stand_in.reason]
    stand_in.seek(5000)
    stand_in.step(1)
    assert stand_in.frame_index() == 126
    stand_in.play()
    assert stand_in.state() == PlaybackState.PAUSED and seen["error"][-1] == stand_in.reason


@pytest.mark.parametrize(
    ("system", "os_release", "expected"),
    [
        ("Linux", 'ID=ubuntu\nID_LIKE="debian"\n', "sudo apt-get install vlc"),
        ("Linux", "ID=debian\n", "sudo apt-get install vlc"),
        ("Linux", "ID=fedora\n", "sudo dnf install vlc"),
        ("Linux", "ID=manjaro\nID_LIKE=arch\n", "sudo pacman -S vlc"),
        ("Linux", "", "vlc package"),
        ("Windows", None, "videolan.org"),
        ("Darwin", None, "VLC.app"),
    ],
)
def test_install_hint_per_platform(system: str, os_release: str | None, expected: str) -> None:
    hint = install_hint(system, os_release)
    assert expected in hint
    assert hint.startswith("Video playback needs VLC") and "\n" not in hint
