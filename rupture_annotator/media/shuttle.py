"""J/K/L shuttle keys over the Player interface: L plays, then faster on each press; J slows
down while playing and steps back while paused; K pauses and resets the rate."""

from __future__ import annotations

from enum import IntEnum

from rupture_annotator.media.player import PlaybackState, Player, clamp_rate

SHUTTLE_RATES = (0.25, 0.5, 1.0, 1.5, 2.0, 4.0)
BACK_STEP_MS = 1000  # J while paused


class Shuttle(IntEnum):
    BACK = -1  # J
    STOP = 0  # K
    FORWARD = 1  # L


def next_shuttle_rate(state: PlaybackState, rate: float, direction: Shuttle) -> float | None:
    """The rate after a shuttle key, or None when it keeps the rate (J while paused, which
    steps back instead)."""
    playing = state == PlaybackState.PLAYING
    if direction == Shuttle.FORWARD:
        if not playing:
            return 1.0
        faster = [r for r in SHUTTLE_RATES if r > rate]
        return faster[0] if faster else SHUTTLE_RATES[-1]
    if direction == Shuttle.BACK and playing:
        slower = [r for r in SHUTTLE_RATES if r < rate]
        return clamp_rate(slower[-1] if slower else SHUTTLE_RATES[0])
    if direction == Shuttle.STOP:
        return 1.0
    return None


def shuttle(player: Player, direction: Shuttle) -> float:
    """Apply a shuttle key to the player; returns the rate it plays at now (to show it)."""
    playing = player.state() == PlaybackState.PLAYING
    new_rate = next_shuttle_rate(player.state(), player.rate(), direction)
    if direction == Shuttle.STOP:
        player.pause()
    if new_rate is None:  # J while paused
        player.seek(max(0, player.position_ms() - BACK_STEP_MS))
    else:
        player.set_rate(new_rate)
    if direction == Shuttle.FORWARD and not playing:
        player.play()
    return player.rate()
