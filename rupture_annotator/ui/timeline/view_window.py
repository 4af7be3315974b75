"""The visible window of time: a small model the ruler, lanes, overview and wheel all share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MIN_FRAMES = 4  # the deepest zoom still shows a few whole frames side by side
MIN_SPAN_MS = 40.0


class ViewWindow(QObject):
    """Which stretch of the session is visible: start and span in ms, clamped to the session.

    The span ranges from the whole session down to a few frames; every change is announced
    once through `changed` so all views update from one place.
    """

    changed = Signal()

    def __init__(self, duration_ms: int = 60_000, frame_ms: float = 40.0) -> None:
        super().__init__()
        self._duration = float(max(1, duration_ms))
        self._frame_ms = frame_ms
        self._start = 0.0
        self._span = self._duration

    # -- reading -------------------------------------------------------------------------------
    @property
    def duration_ms(self) -> float:
        return self._duration

    @property
    def start_ms(self) -> float:
        return self._start

    @property
    def span_ms(self) -> float:
        return self._span

    @property
    def end_ms(self) -> float:
        return self._start + self._span

    @property
    def min_span_ms(self) -> float:
        return min(self._duration, max(MIN_SPAN_MS, MIN_FRAMES * self._frame_ms))

    def contains(self, ms: float) -> bool:
        return self._start <= ms < self.end_ms

    def shows_all(self) -> bool:
        return self._span >= self._duration

    # -- changing ------------------------------------------------------------------------------
    def set_duration(self, duration_ms: float, keep_range: bool = False) -> None:
        """A new session length; shows the whole session unless keep_range."""
        self._duration = float(max(1, duration_ms))
        if keep_range:
            self._set(self._start, self._span, force=True)
        else:
            self._set(0.0, self._duration, force=True)

    def set_frame_ms(self, frame_ms: float) -> None:
        self._frame_ms = max(1.0, frame_ms)
        self._set(self._start, self._span)

    def set_range(self, start_ms: float, span_ms: float) -> None:
        self._set(start_ms, span_ms)

    def show_all(self) -> None:
        self._set(0.0, self._duration)

    def zoom(self, factor: float, anchor_ms: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping anchor_ms at the same place on screen."""
        anchor = self._start + self._span / 2 if anchor_ms is None else anchor_ms
        span = self._clamp_span(self._span / factor)
        fraction = (anchor - self._start) / self._span if self._span else 0.5
        self._set(anchor - fraction * span, span)

    def scroll_by(self, delta_ms: float) -> None:
        self._set(self._start + delta_ms, self._span)

    def scroll_to(self, start_ms: float) -> None:
        self._set(start_ms, self._span)

    def center_on(self, ms: float) -> None:
        self._set(ms - self._span / 2, self._span)

    def follow(self, ms: float, lead_fraction: float = 0.05) -> bool:
        """Page to keep ms in view: it reappears near the left edge. True if the view moved."""
        if self.contains(ms) or self.shows_all():
            return False
        before = self._start
        self._set(ms - lead_fraction * self._span, self._span)
        return self._start != before

    # -- rules ---------------------------------------------------------------------------------
    def _clamp_span(self, span: float) -> float:
        return min(self._duration, max(self.min_span_ms, span))

    def _set(self, start: float, span: float, force: bool = False) -> None:
        span = self._clamp_span(span)
        start = min(max(0.0, start), self._duration - span)
        if force or start != self._start or span != self._span:
            self._start, self._span = start, span
            self.changed.emit()
