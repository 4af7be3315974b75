"""Reels: named selections of marked moments a supervisor prepares before a meeting.

A reel keeps the review filter and order, and optionally hand-picked moments (annotation ids,
played in the order picked). Picks of annotations deleted since are skipped when played, so a
file never becomes unreadable for a deletion.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from rupture_annotator.domain.annotations import Ident, _Value, new_id
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.review import Moment, MomentFilter, moments, sort_moments


class Reel(_Value):
    id: Ident = Field(default_factory=new_id)
    name: str = Field(min_length=1, max_length=200)
    filter: MomentFilter = Field(default_factory=MomentFilter)
    order: Literal["time", "significance"] = "time"
    picks: tuple[Ident, ...] | None = None  # hand-picked annotation ids, in playing order


def reel_moments(recording: Recording, reel: Reel) -> list[Moment]:
    """The reel's moments in this recording: its picks in the order picked (those still there;
    the filter they were picked under no longer applies), or else every moment the filter lets
    through, in the reel's order."""
    every = moments(recording)
    if reel.picks is None:
        flt = reel.filter
        return sort_moments((m for m in every if flt.accepts(m)), reel.order)
    by_id = {m.annotation_id: m for m in every}
    return [by_id[i] for i in dict.fromkeys(reel.picks) if i in by_id]
