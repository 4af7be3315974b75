"""A consensus coding: what the coders agreed in their reliability meeting, kept as a coder of its
own (default name "consensus") in a project file of its own, never by editing theirs.

Each consensus span records the coders' spans it was agreed from (`sources`); a strategy accepted
into the consensus is linked to the consensus rupture agreed from the rupture it answered, when
there is one (a strategy links only to a rupture of the same coder).
"""

from __future__ import annotations

from collections.abc import Sequence

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    Source,
    new_id,
    now,
)
from rupture_annotator.domain.blind import CONSENSUS
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.session import SessionInfo

__all__ = [
    "CONSENSUS",
    "accepted",
    "agreed_from",
    "consensus_project",
    "made_from",
    "rating_from",
]


def consensus_project(
    codebook: Codebook,
    media: MediaRef,
    session: SessionInfo,
    segment_origin_ms: int = 0,
    coder: str = CONSENSUS,
) -> Project:
    """An empty consensus coding of one recording, with the coders' codebook and session details."""
    project = Project(codebook=codebook)
    project.add_coder(coder)
    rec = project.add_recording(media)
    rec.session = session
    rec.segment_origin_ms = segment_origin_ms
    return project


def made_from(consensus: Recording, span_ids: Sequence[str | None]) -> list[Annotation]:
    """The consensus spans agreed from any of these coders' spans."""
    wanted = {i for i in span_ids if i is not None}
    return [a for a in consensus.annotations() if any(s.span_id in wanted for s in a.sources)]


def accepted(span: Annotation, coder: str, consensus: Recording) -> Annotation:
    """A coder's span taken into the consensus as it is: a new span of the consensus coder that
    names its source. Comments stay with the coder's span."""
    stamp = now()
    changes: dict[str, object] = {
        "id": new_id(),
        "coder": coder,
        "sources": (Source(coder=span.coder, span_id=span.id),),
        "comments": (),
        "created": stamp,
        "modified": stamp,
    }
    if isinstance(span, ResolutionStrategy):
        changes["rupture_id"] = (
            _consensus_of(consensus, span.rupture_id) if span.rupture_id is not None else None
        )
    return span.with_changes(**changes)


def agreed_from(spans: Sequence[Annotation], coder: str, consensus: Recording) -> Annotation:
    """A new consensus span from two or more coders' spans of the same event: from the earliest
    start to the latest end, with the codes they share (the first span's kind), naming them all
    as its sources; the meeting then edits it."""
    if not spans:
        raise ValueError("A consensus span needs at least one coder's span.")
    first = accepted(spans[0], coder, consensus)
    start = min(s.start_ms for s in spans)
    end = max(s.end_ms for s in spans)
    sources = tuple(Source(coder=s.coder, span_id=s.id) for s in spans)
    if isinstance(first, Rupture):
        shared = [m for m in first.marker_ids if all(_has(s, m) for s in spans)]
        return first.with_changes(
            start_ms=start, end_ms=end, sources=sources, marker_ids=tuple(shared)
        )
    assert isinstance(first, ResolutionStrategy)
    shared = [x for x in first.strategy_ids if all(_has(s, x) for s in spans)]
    return first.with_changes(
        start_ms=start, end_ms=end, sources=sources, strategy_ids=tuple(shared)
    )


def rating_from(
    rating: SegmentRating | None,
    coder: str,
    segment_index: int,
    consensus: Recording,
    scale_id: str | None = None,
) -> SegmentRating:
    """The consensus rating of a segment taking a coder's value: of one scale, or of every scale
    the coder rated (scale_id None); the consensus's other scales are kept."""
    current = next((r for r in consensus.segment_ratings if r.segment_index == segment_index), None)
    values = dict(current.values) if current is not None else {}
    theirs = rating.values if rating is not None else {}
    if scale_id is None:
        values.update(theirs)
    elif scale_id in theirs:
        values[scale_id] = theirs[scale_id]
    else:
        values.pop(scale_id, None)
    return SegmentRating(segment_index=segment_index, coder=coder, values=values)


def _has(a: Annotation, code: str) -> bool:
    return code in (a.marker_ids if isinstance(a, Rupture) else a.strategy_ids)


def _consensus_of(consensus: Recording, rupture_id: str) -> str | None:
    for r in consensus.ruptures:
        if any(s.span_id == rupture_id for s in r.sources):
            return r.id
    return None
