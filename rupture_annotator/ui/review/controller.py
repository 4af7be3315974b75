"""Plays marked moments one after another through the Player: lead-in, moment, tail, then what
the supervisor chose (pause, loop, or go on to the next)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Signal

from rupture_annotator.domain.review import (
    DEFAULT_LEAD_IN_MS,
    DEFAULT_TAIL_MS,
    Moment,
    play_window,
)
from rupture_annotator.media.player import PlaybackState, Player

After = Literal["pause", "loop", "next"]
AFTER_CHOICES: tuple[After, ...] = ("pause", "loop", "next")
REVIEW_RATES = (0.5, 0.75, 1.0, 1.25, 1.5)
# A position this far outside the playing window is the user moving the video, not playback.
JUMP_MS = 1_500


class ReviewController(QObject):
    """Which moment plays, and the player calls that play it."""

    moment_started = Signal(object)  # the Moment now playing
    moment_stopped = Signal()  # no moment plays any more (the user moved elsewhere, or list ended)
    current_changed = Signal(int)  # index into the moments, -1 for none
    window_changed = Signal(int, int)  # the span played for the current moment
    rate_changed = Signal(float)

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._moments: list[Moment] = []
        self._index = -1
        self._window: tuple[int, int] | None = None  # set while a moment is active
        self._last_ms: int | None = None
        self.lead_in_ms = DEFAULT_LEAD_IN_MS
        self.tail_ms = DEFAULT_TAIL_MS
        self.after: After = "pause"
        self._rate = 1.0
        player.position_changed.connect(self._on_position)
        player.state_changed.connect(self._on_state)

    # -- reading ---------------------------------------------------------------------------
    def moments(self) -> list[Moment]:
        return list(self._moments)

    def index(self) -> int:
        return self._index

    def current(self) -> Moment | None:
        return self._moments[self._index] if 0 <= self._index < len(self._moments) else None

    def is_active(self) -> bool:
        return self._window is not None

    def window(self) -> tuple[int, int] | None:
        return self._window

    def rate(self) -> float:
        return self._rate

    # -- commands --------------------------------------------------------------------------
    def set_moments(self, moments: list[Moment]) -> None:
        """A new list (filter or coding changed); keeps the current moment when still listed."""
        current = self.current()
        self._moments = list(moments)
        ids = [m.annotation_id for m in self._moments]
        if current is not None and current.annotation_id in ids:
            self._index = ids.index(current.annotation_id)
        else:
            self._index = -1
            if self._window is not None:
                self.stop()
        self.current_changed.emit(self._index)

    def set_rate(self, rate: float) -> None:
        self._rate = min(REVIEW_RATES[-1], max(REVIEW_RATES[0], float(rate)))
        if self.is_active():
            self._player.set_rate(self._rate)
        self.rate_changed.emit(self._rate)

    def slower(self) -> None:
        lower = [r for r in REVIEW_RATES if r < self._rate - 1e-9]
        self.set_rate(lower[-1] if lower else REVIEW_RATES[0])

    def faster(self) -> None:
        higher = [r for r in REVIEW_RATES if r > self._rate + 1e-9]
        self.set_rate(higher[0] if higher else REVIEW_RATES[-1])

    def play(self, index: int) -> bool:
        """Play moment `index` from its lead-in; False when there is no such moment."""
        if not 0 <= index < len(self._moments) or self._player.state() == PlaybackState.NO_MEDIA:
            return False
        moment = self._moments[index]
        self._index = index
        start, end = play_window(
            moment, self.lead_in_ms, self.tail_ms, self._player.duration_ms() or None
        )
        self._window = (start, end)
        self._last_ms = None
        self._player.set_rate(self._rate)
        self._player.seek(start)
        self._player.play()
        self.current_changed.emit(index)
        self.window_changed.emit(start, end)
        self.moment_started.emit(moment)
        return True

    def next(self) -> bool:
        """The moment after the current one (the first when none has played)."""
        return self.play(self._index + 1)

    def previous(self) -> bool:
        return self.play(max(0, self._index - 1) if self._index >= 0 else 0)

    def replay(self) -> bool:
        return self.play(max(0, self._index))

    def stop(self) -> None:
        """Leave the moment: the video stays where it is, captions and highlight go."""
        if self._window is None:
            return
        self._window = None
        self._last_ms = None
        self.moment_stopped.emit()

    # -- the player's clock ---------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        if self._window is None:
            return
        start, end = self._window
        last, self._last_ms = self._last_ms, ms
        if ms < start - JUMP_MS or ms > end + JUMP_MS:
            self.stop()  # moved away by hand
        elif ms >= end and last is not None and last < end:
            self._reached_end()

    def _on_state(self, state: str) -> None:
        if self._window is not None and state == PlaybackState.ENDED.value:
            self._reached_end()

    def _reached_end(self) -> None:
        assert self._window is not None
        start, end = self._window
        if self.after == "loop":
            self._last_ms = None
            self._player.seek(start)
            self._player.play()
            return
        if self.after == "next" and self._index + 1 < len(self._moments):
            self.next()
            return
        self._player.pause()
        # land on the window's last frame, not wherever the last clock tick overshot to
        self._player.seek(end)
        self._last_ms = end
