"""The marked moments of a recording, as a supervisor replays them with a trainee.

A moment is a rupture or a resolution strategy seen for review: what was coded, by whom, and the
window of time to play around it (some seconds of lead-in before, a tail after).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import field_validator

from rupture_annotator.domain.annotations import CoderName, Rating, Rupture, _Value
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.recording import Recording

RESOLUTION = "resolution"  # the kind of a moment that is a resolution strategy
DEFAULT_LEAD_IN_MS = 5_000
DEFAULT_TAIL_MS = 3_000

SortOrder = Literal["time", "significance"]


@dataclass(frozen=True, slots=True)
class Moment:
    """One marked moment: a rupture (kind withdrawal/confrontation) or a strategy (resolution)."""

    annotation_id: str
    kind: str
    start_ms: int
    end_ms: int
    coder: str
    note: str = ""
    marker_ids: tuple[str, ...] = ()
    # a strategy's own strategies; for a rupture, those of the strategies linked to it
    strategy_ids: tuple[str, ...] = ()
    rating: int | None = None  # significance of a rupture, resolution rating of a strategy
    # a rupture with a linked strategy; a strategy linked to a rupture
    has_strategy: bool = False  # a strategy of the same coder is linked (not a resolution rating)
    comment_count: int = 0

    @property
    def is_rupture(self) -> bool:
        return self.kind != RESOLUTION

    def codes(self, codebook: Codebook) -> list[str]:
        """The labels of its markers and strategies, as the codebook names them."""
        markers = codebook.markers_by_id
        labels = [markers[m].label for m in self.marker_ids if m in markers]
        if not self.is_rupture:
            labels += [
                codebook.strategies_by_id[s].label
                for s in self.strategy_ids
                if s in codebook.strategies_by_id
            ]
        return labels


def moments(recording: Recording) -> list[Moment]:
    """Every rupture and resolution strategy of the recording, in time order."""
    linked: dict[str, list[str]] = {}
    for s in recording.resolutions:
        if s.rupture_id is not None and s.strategy_ids:  # an uncoded span is no strategy yet
            linked.setdefault(s.rupture_id, []).extend(s.strategy_ids)
    found: list[Moment] = []
    for r in recording.ruptures:
        found.append(_rupture_moment(r, linked))
    for s in recording.resolutions:
        found.append(
            Moment(
                annotation_id=s.id,
                kind=RESOLUTION,
                start_ms=s.start_ms,
                end_ms=s.end_ms,
                coder=s.coder,
                note=s.note,
                strategy_ids=s.strategy_ids,
                rating=s.resolution,
                has_strategy=s.rupture_id is not None,
                comment_count=len(s.comments),
            )
        )
    return sort_moments(found, "time")


def _rupture_moment(r: Rupture, linked: dict[str, list[str]]) -> Moment:
    return Moment(
        annotation_id=r.id,
        kind=str(r.kind),
        start_ms=r.start_ms,
        end_ms=r.end_ms,
        coder=r.coder,
        note=r.note,
        marker_ids=r.marker_ids,
        strategy_ids=tuple(dict.fromkeys(linked.get(r.id, ()))),
        rating=r.significance,
        has_strategy=r.id in linked,
        comment_count=len(r.comments),
    )


class MomentFilter(_Value):
    """Which moments to review; every condition left at its default lets all through.

    A value a reel saves in the project file as it is.
    """

    kinds: tuple[str, ...] = ()  # empty: every kind
    marker_id: str | None = None
    strategy_id: str | None = None
    coder: CoderName | None = None
    # ruptures rated at least this; strategies and unrated ruptures have no significance
    min_significance: Rating | None = None
    # ruptures with no strategy linked to them (the name is kept: saved reels use it)
    unresolved_only: bool = False
    with_note: bool = False
    with_comments: bool = False

    @field_validator("kinds", mode="before")
    @classmethod
    def _sorted_kinds(cls, kinds: Iterable[str]) -> tuple[str, ...]:
        """Any collection of kinds; kept sorted so a saved reel reads the same every time."""
        return tuple(sorted(kinds))

    def accepts(self, moment: Moment) -> bool:
        if self.kinds and moment.kind not in self.kinds:
            return False
        if self.marker_id is not None and self.marker_id not in moment.marker_ids:
            return False
        if self.strategy_id is not None and self.strategy_id not in moment.strategy_ids:
            return False
        if self.coder is not None and moment.coder != self.coder:
            return False
        if self.min_significance is not None and (
            not moment.is_rupture or moment.rating is None or moment.rating < self.min_significance
        ):
            return False
        if self.unresolved_only and (not moment.is_rupture or moment.has_strategy):
            return False
        if self.with_comments and not moment.comment_count:
            return False
        return not (self.with_note and not moment.note.strip())


def sort_moments(items: Iterable[Moment], order: SortOrder) -> list[Moment]:
    """By start time, or by significance (highest first, unrated last), then by time."""
    if order == "significance":
        return sorted(items, key=lambda m: (-(m.rating or 0), m.start_ms, m.end_ms))
    return sorted(items, key=lambda m: (m.start_ms, m.end_ms, m.kind))


def select(recording: Recording, flt: MomentFilter, order: SortOrder = "time") -> list[Moment]:
    """The moments to review, filtered and in order."""
    return sort_moments((m for m in moments(recording) if flt.accepts(m)), order)


def play_window(
    moment: Moment,
    lead_in_ms: int = DEFAULT_LEAD_IN_MS,
    tail_ms: int = DEFAULT_TAIL_MS,
    duration_ms: int | None = None,
) -> tuple[int, int]:
    """The span to play for a moment: from lead-in before it to tail after, within the recording."""
    start = max(0, moment.start_ms - max(0, lead_in_ms))
    end = moment.end_ms + max(0, tail_ms)
    if duration_ms is not None and duration_ms > 0:
        end = min(end, duration_ms - 1)
        start = min(start, max(0, end - 1))
    return start, max(end, start + 1)


def clip_name(moment: Moment) -> str:
    """A file name for a clip of the moment, e.g. 0h12m34s_withdrawal_sig4.mp4."""
    s = moment.start_ms // 1000
    stamp = f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s"
    rating = ""
    if moment.rating is not None:
        rating = f"_sig{moment.rating}" if moment.is_rupture else f"_res{moment.rating}"
    return f"{stamp}_{moment.kind}{rating}.mp4"
