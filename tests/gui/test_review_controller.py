"""Playing moments through the fake player: the exact seek / play / pause sequence."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.domain.review import Moment
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.ui.review.controller import ReviewController

MOMENTS = [
    Moment("a", "withdrawal", 10_000, 15_000, "ana", rating=3),
    Moment("b", "confrontation", 30_000, 32_000, "ana", rating=4),
]


@pytest.fixture
def player(qtbot) -> FakePlayer:  # type: ignore[no-untyped-def]
    p = FakePlayer(media=fake_media_info(duration_ms=60_000), auto_advance=False)
    p.open(Path("session.mp4"))
    p.calls.clear()
    return p


@pytest.fixture
def review(player: FakePlayer) -> ReviewController:
    c = ReviewController(player)
    c.set_moments(MOMENTS)
    return c


def test_a_moment_plays_from_its_lead_in_and_pauses_at_the_end_of_its_tail(
    player: FakePlayer, review: ReviewController
) -> None:
    started: list[object] = []
    review.moment_started.connect(started.append)
    assert review.next()
    assert player.calls == [("rate", 1.0), ("seek", 5_000), ("play", None)]
    assert started == [MOMENTS[0]] and review.window() == (5_000, 18_000)
    player.calls.clear()
    player.advance(12_960)  # 17_960: still in the tail
    assert player.calls == [] and player.state() == PlaybackState.PLAYING
    player.advance(80)  # one tick past the tail
    assert player.calls == [("pause", None), ("seek", 18_000)]
    assert player.state() == PlaybackState.PAUSED and player.position_ms() == 18_000
    assert review.is_active()  # captions stay up while supervisor and trainee talk


def test_loop_goes_back_to_the_lead_in_and_keeps_playing(
    player: FakePlayer, review: ReviewController
) -> None:
    review.after = "loop"
    review.play(1)
    player.calls.clear()
    player.advance(10_000)  # past 35_000, the end of the tail
    assert player.calls == [("seek", 25_000), ("play", None)]
    assert player.state() == PlaybackState.PLAYING and player.position_ms() == 25_000
    player.calls.clear()
    player.advance(10_000)
    assert player.calls == [("seek", 25_000), ("play", None)]


def test_next_goes_on_to_the_following_moment_and_stops_after_the_last(
    player: FakePlayer, review: ReviewController
) -> None:
    review.after = "next"
    review.set_rate(0.5)
    review.next()
    player.calls.clear()
    player.advance(26_040)  # at 0.5×: 13_020 ms of media, past 18_000
    assert player.calls == [("rate", 0.5), ("seek", 25_000), ("play", None)]
    assert review.index() == 1
    player.calls.clear()
    player.advance(20_100)
    assert player.calls == [("pause", None), ("seek", 35_000)]
    assert review.index() == 1


def test_previous_replay_and_moving_away_by_hand(
    player: FakePlayer, review: ReviewController
) -> None:
    stopped: list[bool] = []
    review.moment_stopped.connect(lambda: stopped.append(True))
    review.play(1)
    review.previous()
    assert review.index() == 0 and player.position_ms() == 5_000
    player.calls.clear()
    review.replay()
    assert player.calls == [("rate", 1.0), ("seek", 5_000), ("play", None)]
    player.seek(50_000)  # the user clicks elsewhere on the timeline
    assert stopped == [True] and not review.is_active()
    player.calls.clear()
    player.advance(1_000)
    assert player.calls == []  # no longer governed by the moment


def test_rate_is_bounded_and_kept_across_moments(
    player: FakePlayer, review: ReviewController
) -> None:
    for _ in range(6):
        review.faster()
    assert review.rate() == 1.5
    for _ in range(6):
        review.slower()
    assert review.rate() == 0.5
    review.faster()
    review.play(0)
    review.play(1)
    assert player.rate() == 0.75
    assert [c for c in player.calls if c[0] == "rate"][-2:] == [("rate", 0.75), ("rate", 0.75)]


def test_a_moment_at_the_end_of_the_recording_stops_at_its_last_millisecond(
    player: FakePlayer,
) -> None:
    review = ReviewController(player)
    review.set_moments([Moment("z", "withdrawal", 57_000, 59_500, "ana")])
    review.next()
    assert review.window() == (52_000, 59_999)
    player.advance(9_000)  # runs into the end of the media
    assert player.state() == PlaybackState.PAUSED
    assert player.position_ms() == 59_999
