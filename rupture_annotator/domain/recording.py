"""A session recording in a project: a reference to the media file and everything coded on it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from rupture_annotator.domain.annotations import (
    Annotation,
    Ident,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
    new_id,
)
from rupture_annotator.domain.session import SessionInfo
from rupture_annotator.domain.transcript import TranscriptRef


class MediaRef(BaseModel):
    """Where the recording is (relative to the project file) and how to recognise it.

    Only a reference: the project never holds or copies the (clinical) video itself.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str = Field(min_length=1)
    size: int | None = Field(default=None, ge=0)
    fingerprint: str | None = None
    duration_ms: int | None = Field(default=None, gt=0)
    fps: float | None = Field(default=None, gt=0, le=1000)
    width: int | None = Field(default=None, ge=0)
    height: int | None = Field(default=None, ge=0)
    has_video: bool = True


class Recording(BaseModel):
    """One session recording with its session details, ruptures, resolution strategies and ratings.

    Mutate it only through Project's edit operations, which check input and announce changes.
    """

    model_config = ConfigDict(extra="forbid")

    id: Ident = Field(default_factory=new_id)
    media: MediaRef
    session: SessionInfo = Field(default_factory=SessionInfo)
    # where the first segment starts: recordings often begin minutes before the session does
    segment_origin_ms: int = Field(default=0, ge=0, le=100 * 3600 * 1000)
    # what was said: a reference to the transcript file, never its words (schema 6)
    transcript: TranscriptRef | None = None
    ruptures: list[Rupture] = Field(default_factory=list)
    resolutions: list[ResolutionStrategy] = Field(default_factory=list)
    segment_ratings: list[SegmentRating] = Field(default_factory=list)
    session_ratings: list[SessionRating] = Field(default_factory=list)

    _positions: dict[str, int] | None = PrivateAttr(default=None)

    def annotations(self) -> list[Annotation]:
        return [*self.ruptures, *self.resolutions]

    def _index(self) -> dict[str, int]:
        if self._positions is None:
            pos = {r.id: i for i, r in enumerate(self.ruptures)}
            pos.update({s.id: i for i, s in enumerate(self.resolutions)})
            self._positions = pos
        return self._positions

    def find(self, annotation_id: str) -> Annotation | None:
        i = self._index().get(annotation_id)
        if i is None:
            return None
        for items in (self.ruptures, self.resolutions):
            if i < len(items) and items[i].id == annotation_id:
                return items[i]
        return None

    def rupture(self, rupture_id: str) -> Rupture | None:
        found = self.find(rupture_id)
        return found if isinstance(found, Rupture) else None

    def strategies_for(self, rupture_id: str) -> list[ResolutionStrategy]:
        return [s for s in self.resolutions if s.rupture_id == rupture_id]

    def coders(self) -> set[str]:
        ratings: list[SegmentRating | SessionRating] = [
            *self.segment_ratings,
            *self.session_ratings,
        ]
        return {a.coder for a in self.annotations()} | {r.coder for r in ratings}

    # The three below are for Project only: they keep the id index true.
    def _put(self, annotation: Annotation) -> Annotation | None:
        """Insert or replace by id; returns the replaced value."""
        items: list[Rupture] | list[ResolutionStrategy]
        items = self.ruptures if isinstance(annotation, Rupture) else self.resolutions
        i = self._index().get(annotation.id)
        if i is not None and i < len(items) and items[i].id == annotation.id:
            old = items[i]
            items[i] = annotation  # type: ignore[assignment]
            return old
        self._index()[annotation.id] = len(items)
        items.append(annotation)  # type: ignore[arg-type]
        return None

    def _pop(self, annotation_id: str) -> Annotation:
        found = self.find(annotation_id)
        if found is None:
            raise KeyError(annotation_id)
        if isinstance(found, Rupture):
            self.ruptures.pop(self._index()[annotation_id])
        else:
            self.resolutions.pop(self._index()[annotation_id])
        self._positions = None
        return found

    def _reindex(self) -> None:
        self._positions = None
