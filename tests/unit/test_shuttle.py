"""J/K/L: the shuttle's rates, and what each key does to a player."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.shuttle import (
    SHUTTLE_RATES,
    Shuttle,
    next_shuttle_rate,
    shuttle,
)

PLAYING, PAUSED = PlaybackState.PLAYING, PlaybackState.PAUSED


@pytest.mark.parametrize(
    ("state", "rate", "direction", "expected"),
    [
        (PAUSED, 2.0, Shuttle.FORWARD, 1.0),  # L from pause plays at normal speed
        (PlaybackState.ENDED, 0.5, Shuttle.FORWARD, 1.0),
        (PLAYING, 1.0, Shuttle.FORWARD, 1.5),
        (PLAYING, 1.5, Shuttle.FORWARD, 2.0),
        (PLAYING, 4.0, Shuttle.FORWARD, 4.0),  # the fastest stays the fastest
        (PLAYING, 1.2, Shuttle.FORWARD, 1.5),  # a rate set elsewhere goes to the next step
        (PLAYING, 1.0, Shuttle.BACK, 0.5),
        (PLAYING, 0.25, Shuttle.BACK, 0.25),  # the slowest stays the slowest
        (PLAYING, 1.2, Shuttle.BACK, 1.0),
        (PAUSED, 1.0, Shuttle.BACK, None),  # J while paused steps back, rate unchanged
        (PLAYING, 2.0, Shuttle.STOP, 1.0),
        (PAUSED, 0.5, Shuttle.STOP, 1.0),
    ],
)
def test_next_shuttle_rate(
    state: PlaybackState, rate: float, direction: Shuttle, expected: float | None
) -> None:
    assert next_shuttle_rate(state, rate, direction) == expected


def test_rates_climb_and_fall_through_every_step() -> None:
    rate = 1.0
    up = []
    for _ in SHUTTLE_RATES:
        rate = next_shuttle_rate(PLAYING, rate, Shuttle.FORWARD) or rate
        up.append(rate)
    assert up == [1.5, 2.0, 4.0, 4.0, 4.0, 4.0]
    down = []
    for _ in SHUTTLE_RATES:
        rate = next_shuttle_rate(PLAYING, rate, Shuttle.BACK) or rate
        down.append(rate)
    assert down == [2.0, 1.5, 1.0, 0.5, 0.25, 0.25]


@pytest.fixture
def player(qtbot: QtBot) -> FakePlayer:
    fake = FakePlayer(media=fake_media_info(duration_ms=60_000), auto_advance=False)
    qtbot.addWidget(fake.video_widget())
    fake.open(fake_media_info().path)
    return fake


def test_l_plays_then_each_press_is_faster(player: FakePlayer) -> None:
    assert shuttle(player, Shuttle.FORWARD) == 1.0
    assert player.state() == PLAYING
    assert shuttle(player, Shuttle.FORWARD) == 1.5
    assert shuttle(player, Shuttle.FORWARD) == 2.0
    player.advance(1000)
    assert player.position_ms() == 2000  # playing at 2x


def test_j_slows_while_playing_and_steps_back_while_paused(player: FakePlayer) -> None:
    shuttle(player, Shuttle.FORWARD)
    assert shuttle(player, Shuttle.BACK) == 0.5
    assert player.state() == PLAYING
    player.pause()
    player.seek(10_000)
    assert shuttle(player, Shuttle.BACK) == 0.5
    assert player.position_ms() == 9_000 and player.state() == PAUSED
    player.seek(400)
    shuttle(player, Shuttle.BACK)
    assert player.position_ms() == 0  # never before the start


def test_k_pauses_and_resets_the_rate(player: FakePlayer) -> None:
    shuttle(player, Shuttle.FORWARD)
    shuttle(player, Shuttle.FORWARD)
    assert shuttle(player, Shuttle.STOP) == 1.0
    assert player.state() == PAUSED
    assert shuttle(player, Shuttle.FORWARD) == 1.0  # and L plays at normal speed again
