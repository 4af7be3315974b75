"""What the widget was told beyond the project, and what a gesture proposes while it runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from rupture_annotator.ui.timeline.talk_data import TalkData


@dataclass
class PaintState:
    """Filters, marks, selection, playhead: set by the window, read by the painters."""

    coder_filter: set[str] | None = None
    current_coder: str | None = None
    in_ms: int | None = None
    out_ms: int | None = None
    highlight: tuple[int, int] | None = None
    frame_ms: float = 40.0
    hidden_id: str | None = None  # a span a gesture is dragging: its preview stands in for it
    selected_id: str | None = None
    hovered_id: str | None = None
    playhead_ms: int = 0
    talk: TalkData = field(default_factory=TalkData)  # the transcript and sound lanes

    def shows_coder(self, coder: str) -> bool:
        return self.coder_filter is None or coder in self.coder_filter

    def rating_coders(self) -> set[str] | None:
        """Whose segment ratings count as "rated": the current coder, else the shown ones."""
        return {self.current_coder} if self.current_coder else self.coder_filter


@dataclass(frozen=True)
class Preview:
    """A span as a gesture would leave it; annotation_id None means a span to be created."""

    lane: str
    coder: str | None
    start_ms: int
    end_ms: int
    annotation_id: str | None = None
