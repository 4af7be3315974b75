"""A project: the codebook, the coders, and the recordings with what was coded on them.

Edit operations check their input and announce each change to subscribers (views, autosave);
nothing else should mutate a project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import MethodType
from typing import Literal
from weakref import WeakMethod

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
    now,
)
from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.domain.checks import annotation_problems, rating_problems
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.reels import Reel
from rupture_annotator.domain.session import (
    FieldDefinition,
    SessionInfo,
    field_problems,
    session_problems,
)
from rupture_annotator.domain.transcript import TranscriptRef


class EditError(ValueError):
    """An edit the rules refuse; the message is one sentence for the user."""


ChangeKind = Literal[
    "annotation_added",
    "annotation_changed",
    "annotation_removed",
    "rating_changed",
    "recording_added",
    "recording_changed",
    "coder_added",
    "coder_removed",
    "segment_origin_changed",
    "session_changed",
    "session_fields_changed",
    "reel_added",
    "reel_changed",
    "reel_removed",
    "study_changed",
    "codebook_changed",
    "transcript_changed",
]


@dataclass(frozen=True, slots=True)
class Change:
    """What changed; old/new are the values before and after (None when absent)."""

    kind: ChangeKind
    recording_id: str | None = None
    old: object = None
    new: object = None


Listener = Callable[[Change], None]


@dataclass(frozen=True)
class CodebookSwap:
    """Another codebook and the coding it changes, applied as one edit (domain/codebook_edits
    plans it): spans as they become (a removed code moved to another), and a recording's segment
    and session ratings as they become (a removed scale's ratings taken off)."""

    codebook: Codebook
    annotations: tuple[tuple[str, Annotation], ...] = ()  # (recording id, the span as it becomes)
    segment_ratings: tuple[tuple[str, tuple[SegmentRating, ...]], ...] = ()
    session_ratings: tuple[tuple[str, tuple[SessionRating, ...]], ...] = ()


class Project(BaseModel):
    model_config = ConfigDict(extra="forbid")

    codebook: Codebook
    coders: list[str] = Field(default_factory=list)
    media: list[Recording] = Field(default_factory=list)
    session_fields: list[FieldDefinition] = Field(default_factory=list)
    required_session_fields: list[str] = Field(default_factory=lambda: ["dyad", "session_number"])
    reels: list[Reel] = Field(default_factory=list)
    study: StudySettings = Field(default_factory=StudySettings)  # blind coding, gold standard

    _listeners: list[Callable[[], Listener | None]] = PrivateAttr(default_factory=list)
    # what loading an older file had to change in the coding, one sentence each (shown to the
    # user; the file itself changes only when saved)
    load_notes: list[str] = Field(default_factory=list, exclude=True)

    # -- observing ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener after every change; returns a function that unsubscribes it.

        A bound method is held weakly: a view subscribing its own method does not keep itself
        alive through the project. (Such a cycle is freed by the cyclic collector, which can run
        on any thread — and a Qt object destroyed off its thread crashes the process.)
        """
        ref: Callable[[], Listener | None]
        ref = WeakMethod(listener) if isinstance(listener, MethodType) else _Strong(listener)
        self._listeners.append(ref)

        def unsubscribe() -> None:
            if ref in self._listeners:
                self._listeners.remove(ref)

        return unsubscribe

    def _announce(self, change: Change) -> None:
        for ref in list(self._listeners):
            listener = ref()
            if listener is None:
                self._listeners.remove(ref)
            else:
                listener(change)

    # -- lookups -----------------------------------------------------------------------------
    def recording(self, recording_id: str) -> Recording:
        for rec in self.media:
            if rec.id == recording_id:
                return rec
        raise EditError(f"This project has no recording {recording_id!r}.")

    def annotation_count(self) -> int:
        return sum(len(r.ruptures) + len(r.resolutions) for r in self.media)

    # -- edits -------------------------------------------------------------------------------
    def add_coder(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise EditError("A coder needs a name.")
        if name not in self.coders:
            self.coders.append(name)
            self._announce(Change("coder_added", new=name))

    def remove_coder(self, name: str) -> None:
        """Take a coder off the list (undoing their addition); refused while spans carry the name."""
        for rec in self.media:
            if any(a.coder == name for a in (*rec.ruptures, *rec.resolutions)):
                raise EditError(f"{name!r} has coded spans in this project and stays a coder.")
        if name in self.coders:
            self.coders.remove(name)
            self._announce(Change("coder_removed", old=name))

    def add_recording(self, media: MediaRef, recording_id: str | None = None) -> Recording:
        rec = (
            Recording(media=media)
            if recording_id is None
            else Recording(id=recording_id, media=media)
        )
        if any(r.id == rec.id for r in self.media):
            raise EditError(f"A recording with id {rec.id!r} is already in the project.")
        self.media.append(rec)
        self._announce(Change("recording_added", rec.id, new=rec))
        return rec

    def relink_media(self, recording_id: str, media: MediaRef) -> None:
        rec = self.recording(recording_id)
        old, rec.media = rec.media, media
        self._announce(Change("recording_changed", rec.id, old=old, new=media))

    def add_annotation(self, recording_id: str, annotation: Annotation) -> None:
        rec = self.recording(recording_id)
        if self._owner_of(annotation.id) is not None:
            raise EditError(f"An annotation with id {annotation.id!r} already exists.")
        self._check(rec, annotation)
        rec._put(annotation)
        self._announce(Change("annotation_added", rec.id, new=annotation))

    def update_annotation(self, recording_id: str, annotation: Annotation) -> Annotation:
        """Replace the annotation with the same id; returns the old value.

        The caller sets `modified` (edit() does): an undo puts the old value back exactly.
        """
        rec = self.recording(recording_id)
        old = rec.find(annotation.id)
        if old is None or type(old) is not type(annotation):
            raise EditError(f"There is no such annotation to change ({annotation.id!r}).")
        self._check(rec, annotation)
        rec._put(annotation)
        self._announce(Change("annotation_changed", rec.id, old=old, new=annotation))
        return old

    def edit(self, recording_id: str, annotation_id: str, **changes: object) -> Annotation:
        """The annotation with some fields changed and `modified` set to now, not yet applied."""
        old = self.recording(recording_id).find(annotation_id)
        if old is None:
            raise EditError(f"There is no such annotation ({annotation_id!r}).")
        try:
            return old.with_changes(**changes, modified=now())
        except ValueError as exc:
            raise EditError(_first_line(exc)) from exc

    def move_annotation(
        self, recording_id: str, annotation_id: str, start_ms: int, end_ms: int
    ) -> Annotation:
        """Give an annotation new times; returns the old value."""
        old = self.recording(recording_id).find(annotation_id)
        if old is None:
            raise EditError(f"There is no such annotation to move ({annotation_id!r}).")
        if end_ms <= start_ms:
            raise EditError("A span must end after it starts.")
        if start_ms < 0:
            raise EditError("A span cannot start before the recording.")
        self.update_annotation(
            recording_id, self.edit(recording_id, annotation_id, start_ms=start_ms, end_ms=end_ms)
        )
        return old

    def remove_annotation(
        self, recording_id: str, annotation_id: str
    ) -> tuple[Annotation, list[ResolutionStrategy]]:
        """Remove an annotation. Removing a rupture unlinks the strategies that addressed it.

        Returns the removed annotation and the strategies as they were before unlinking, so an
        undo can put everything back.
        """
        rec = self.recording(recording_id)
        found = rec.find(annotation_id)
        if found is None:
            raise EditError(f"There is no such annotation to remove ({annotation_id!r}).")
        unlinked: list[ResolutionStrategy] = []
        if isinstance(found, Rupture):
            for s in rec.strategies_for(found.id):
                unlinked.append(s)
                new = s.model_copy(update={"rupture_id": None, "modified": now()})
                rec._put(new)
                self._announce(Change("annotation_changed", rec.id, old=s, new=new))
        rec._pop(annotation_id)
        self._announce(Change("annotation_removed", rec.id, old=found))
        return found, unlinked

    def set_session(self, recording_id: str, info: SessionInfo) -> SessionInfo:
        """Give a recording new session details; returns the old ones."""
        rec = self.recording(recording_id)
        problem = next(iter(session_problems(self.session_fields, info)), None)
        if problem is not None:
            raise EditError(f"session.{problem[0]}: {problem[1]}.")
        old, rec.session = rec.session, info
        self._announce(Change("session_changed", rec.id, old=old, new=info))
        return old

    def set_session_fields(
        self, fields: list[FieldDefinition], required_builtin: list[str] | None = None
    ) -> list[FieldDefinition]:
        """Define the study's custom session fields (and, when given, which built-in fields are
        required); refused if a recording's value would no longer fit. Returns the old
        definitions."""
        fields = list(fields)
        required = self.required_session_fields if required_builtin is None else required_builtin
        problem = next(iter(field_problems(fields, list(required))), None)
        if problem is None:
            for m, rec in enumerate(self.media):
                found = next(iter(session_problems(fields, rec.session)), None)
                if found is not None:
                    problem = (f"media[{m}].session.{found[0]}", found[1])
                    break
        if problem is not None:
            raise EditError(f"{problem[0]}: {problem[1]}.")
        old, self.session_fields = self.session_fields, fields
        self.required_session_fields = list(required)
        self._announce(Change("session_fields_changed", old=old, new=fields))
        return old

    def set_segment_rating(self, recording_id: str, rating: SegmentRating) -> SegmentRating | None:
        rec = self.recording(recording_id)
        self._check_rating(rating)
        old = next(
            (
                r
                for r in rec.segment_ratings
                if (r.segment_index, r.coder) == (rating.segment_index, rating.coder)
            ),
            None,
        )
        if old is not None:
            rec.segment_ratings[rec.segment_ratings.index(old)] = rating
        else:
            rec.segment_ratings.append(rating)
        self._announce(Change("rating_changed", rec.id, old=old, new=rating))
        return old

    def set_segment_origin(self, recording_id: str, origin_ms: int) -> int:
        """Start the segment grid at origin_ms (where the session starts); returns the old one."""
        rec = self.recording(recording_id)
        if origin_ms < 0 or (rec.media.duration_ms and origin_ms >= rec.media.duration_ms):
            raise EditError("The first segment must start within the recording.")
        old, rec.segment_origin_ms = rec.segment_origin_ms, origin_ms
        self._announce(Change("segment_origin_changed", rec.id, old=old, new=origin_ms))
        return old

    def set_transcript(self, recording_id: str, ref: TranscriptRef | None) -> TranscriptRef | None:
        """Reference the recording's transcript (None: none), or change its speakers' roles;
        returns the old reference."""
        rec = self.recording(recording_id)
        old, rec.transcript = rec.transcript, ref
        self._announce(Change("transcript_changed", rec.id, old=old, new=ref))
        return old

    def set_session_rating(self, recording_id: str, rating: SessionRating) -> SessionRating | None:
        rec = self.recording(recording_id)
        self._check_rating(rating)
        old = next((r for r in rec.session_ratings if r.coder == rating.coder), None)
        if old is not None:
            rec.session_ratings[rec.session_ratings.index(old)] = rating
        else:
            rec.session_ratings.append(rating)
        self._announce(Change("rating_changed", rec.id, old=old, new=rating))
        return old

    def reel(self, reel_id: str) -> Reel:
        for reel in self.reels:
            if reel.id == reel_id:
                return reel
        raise EditError(f"This project has no reel {reel_id!r}.")

    def add_reel(self, reel: Reel) -> None:
        if any(r.id == reel.id for r in self.reels):
            raise EditError(f"A reel with id {reel.id!r} is already in the project.")
        self._check_reel(reel)
        self.reels.append(reel)
        self._announce(Change("reel_added", new=reel))

    def update_reel(self, reel: Reel) -> Reel:
        """Replace the reel with the same id; returns the old one."""
        old = self.reel(reel.id)
        self._check_reel(reel)
        self.reels[self.reels.index(old)] = reel
        self._announce(Change("reel_changed", old=old, new=reel))
        return old

    def remove_reel(self, reel_id: str) -> Reel:
        old = self.reel(reel_id)
        self.reels.remove(old)
        self._announce(Change("reel_removed", old=old))
        return old

    def set_codebook(self, swap: CodebookSwap) -> CodebookSwap:
        """Code with another codebook from now on, recoding what the swap says; refused, with
        nothing changed, if any span or rating would not fit it. Returns the swap that undoes
        it."""
        from rupture_annotator.domain.codebook_rules import codebook_problems

        cb = swap.codebook
        problem = next(iter(codebook_problems(cb, strict=False)), None)
        if problem is not None:
            raise EditError(f"codebook.{problem[0]}: {problem[1]}.")
        spans: dict[str, dict[str, Annotation]] = {}
        for recording_id, a in swap.annotations:
            spans.setdefault(recording_id, {})[a.id] = a
        segment = dict(swap.segment_ratings)
        session = dict(swap.session_ratings)
        old_spans: list[tuple[str, Annotation]] = []
        for m, rec in enumerate(self.media):
            changed = spans.get(rec.id, {})
            for a_id, a in changed.items():
                before = rec.find(a_id)
                if before is None or type(before) is not type(a):
                    raise EditError(f"There is no such annotation to recode ({a_id!r}).")
                old_spans.append((rec.id, before))
            groups: list[tuple[str, list[Annotation]]] = [
                ("ruptures", list(rec.ruptures)),
                ("resolutions", list(rec.resolutions)),
            ]
            for field, items in groups:
                for i, item in enumerate(items):
                    span = changed.get(item.id, item)
                    problem = next(iter(annotation_problems(cb, self.coders, rec, span)), None)
                    if problem is not None:
                        raise EditError(f"media[{m}].{field}[{i}].{problem[0]}: {problem[1]}.")
            ratings: list[tuple[str, list[SegmentRating | SessionRating]]] = [
                ("segment_ratings", list(segment.get(rec.id, rec.segment_ratings))),
                ("session_ratings", list(session.get(rec.id, rec.session_ratings))),
            ]
            for field, given in ratings:
                for i, r in enumerate(given):
                    problem = next(iter(rating_problems(cb, self.coders, r)), None)
                    if problem is not None:
                        raise EditError(f"media[{m}].{field}[{i}].{problem[0]}: {problem[1]}.")
        undo = CodebookSwap(
            self.codebook,
            tuple(old_spans),
            tuple((r, tuple(self.recording(r).segment_ratings)) for r in segment),
            tuple((r, tuple(self.recording(r).session_ratings)) for r in session),
        )
        old_codebook, self.codebook = self.codebook, cb
        announced: list[Change] = []
        for recording_id, a in swap.annotations:
            rec = self.recording(recording_id)
            before = rec._put(a)
            announced.append(Change("annotation_changed", recording_id, old=before, new=a))
        for recording_id, seg in swap.segment_ratings:
            self.recording(recording_id).segment_ratings = list(seg)
            announced.append(Change("rating_changed", recording_id))
        for recording_id, ses in swap.session_ratings:
            self.recording(recording_id).session_ratings = list(ses)
            announced.append(Change("rating_changed", recording_id))
        for change in announced:
            self._announce(change)
        self._announce(Change("codebook_changed", old=old_codebook, new=cb))
        return undo

    def set_study(self, settings: StudySettings) -> StudySettings:
        """New study settings (blind coding, gold standard, thresholds); returns the old."""
        old, self.study = self.study, settings
        self._announce(Change("study_changed", old=old, new=settings))
        return old

    # -- rules -------------------------------------------------------------------------------
    def _owner_of(self, annotation_id: str) -> Recording | None:
        return next((r for r in self.media if r.find(annotation_id) is not None), None)

    def _check(self, rec: Recording, annotation: Annotation) -> None:
        problem = next(iter(annotation_problems(self.codebook, self.coders, rec, annotation)), None)
        if problem is not None:
            raise EditError(f"{problem[0]} {problem[1]}.")

    def _check_reel(self, reel: Reel) -> None:
        if not reel.name.strip():
            raise EditError("A reel needs a name.")
        if any(r.name == reel.name and r.id != reel.id for r in self.reels):
            raise EditError(f"There is already a reel named {reel.name!r}.")
        missing = [i for i in reel.picks or () if self._owner_of(i) is None]
        if missing:
            raise EditError(f"The reel picks a moment that is not in the project ({missing[0]!r}).")

    def _check_rating(self, rating: SegmentRating | SessionRating) -> None:
        problem = next(iter(rating_problems(self.codebook, self.coders, rating)), None)
        if problem is not None:
            raise EditError(f"{problem[0]} {problem[1]}.")


class _Strong:
    """A plain reference with the same call shape as a WeakMethod."""

    __slots__ = ("listener",)

    def __init__(self, listener: Listener) -> None:
        self.listener = listener

    def __call__(self) -> Listener:
        return self.listener


def _first_line(exc: Exception) -> str:
    """A pydantic error as one sentence: the field and the reason."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors(include_url=False)[0]
        field = ".".join(str(p) for p in first["loc"])
        return f"{field} {first['msg'].removeprefix('Value error, ')}."
    return str(exc).splitlines()[0]
