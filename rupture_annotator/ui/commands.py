"""Every edit is an undoable command that changes the domain (never a graphics item)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.project import CodebookSwap, Project
from rupture_annotator.domain.reels import Reel
from rupture_annotator.domain.session import FieldDefinition, SessionInfo


class Command(QUndoCommand):
    """An edit applied once by Document.apply (so a refused edit never reaches the stack);
    QUndoStack's own first redo() is then skipped."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied = False

    def apply(self) -> None:
        self.do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


def describe(a: Annotation) -> str:
    return f"{a.kind} rupture" if isinstance(a, Rupture) else "resolution strategy"


class AddAnnotation(Command):
    def __init__(self, project: Project, recording_id: str, annotation: Annotation) -> None:
        super().__init__(f"Add {describe(annotation)}")
        self.project, self.recording_id, self.annotation = project, recording_id, annotation

    def do(self) -> None:
        self.project.add_annotation(self.recording_id, self.annotation)

    def undo(self) -> None:
        self.project.remove_annotation(self.recording_id, self.annotation.id)


class ChangeAnnotation(Command):
    """Replace an annotation by a changed copy (times, markers, significance, note, link)."""

    def __init__(
        self, project: Project, recording_id: str, old: Annotation, new: Annotation, text: str
    ) -> None:
        super().__init__(text)
        self.project, self.recording_id, self.old, self.new = project, recording_id, old, new

    def do(self) -> None:
        self.project.update_annotation(self.recording_id, self.new)

    def undo(self) -> None:
        self.project.update_annotation(self.recording_id, self.old)


class RemoveAnnotation(Command):
    """Remove an annotation; undo restores it and re-links the strategies it had."""

    def __init__(self, project: Project, recording_id: str, annotation: Annotation) -> None:
        super().__init__(f"Delete {describe(annotation)}")
        self.project, self.recording_id, self.annotation = project, recording_id, annotation
        self.unlinked: list[ResolutionStrategy] = []

    def do(self) -> None:
        _, self.unlinked = self.project.remove_annotation(self.recording_id, self.annotation.id)

    def undo(self) -> None:
        self.project.add_annotation(self.recording_id, self.annotation)
        for strategy in self.unlinked:
            self.project.update_annotation(self.recording_id, strategy)


class SetRating(Command):
    def __init__(
        self,
        project: Project,
        recording_id: str,
        old: SegmentRating | SessionRating | None,
        new: SegmentRating | SessionRating,
    ) -> None:
        super().__init__("Rate segment" if isinstance(new, SegmentRating) else "Rate session")
        self.project, self.recording_id, self.old, self.new = project, recording_id, old, new

    def _set(self, rating: SegmentRating | SessionRating) -> None:
        if isinstance(rating, SegmentRating):
            self.project.set_segment_rating(self.recording_id, rating)
        else:
            self.project.set_session_rating(self.recording_id, rating)

    def do(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        if self.old is not None:
            self._set(self.old)
        else:
            blank = self.new.model_copy(update={"values": {}})
            self._set(blank)


class SetSession(Command):
    """Give a recording new session details (dyad, session number, condition, custom fields)."""

    def __init__(
        self, project: Project, recording_id: str, old: SessionInfo, new: SessionInfo
    ) -> None:
        super().__init__("Edit session details")
        self.project, self.recording_id, self.old, self.new = project, recording_id, old, new

    def do(self) -> None:
        self.project.set_session(self.recording_id, self.new)

    def undo(self) -> None:
        self.project.set_session(self.recording_id, self.old)


class SetReel(Command):
    """Add (old None), change, or remove (new None) a saved reel."""

    def __init__(self, project: Project, old: Reel | None, new: Reel | None) -> None:
        shown = new or old
        name = shown.name if shown is not None else ""
        verb = "Save reel" if old is None else "Delete reel" if new is None else "Change reel"
        super().__init__(f"{verb} {name!r}")
        self.project, self.old, self.new = project, old, new

    def _put(self, before: Reel | None, after: Reel | None) -> None:
        if after is None:
            assert before is not None
            self.project.remove_reel(before.id)
        elif before is None:
            self.project.add_reel(after)
        else:
            self.project.update_reel(after)

    def do(self) -> None:
        self._put(self.old, self.new)

    def undo(self) -> None:
        self._put(self.new, self.old)


class CoderHolder(Protocol):
    coder: str

    def set_coder(self, name: str) -> None: ...


class ChangeCoder(Command):
    """Code as someone else from now on; the name joins the project's coders if it is new."""

    def __init__(self, project: Project, holder: CoderHolder, name: str) -> None:
        super().__init__(f"Code as {name}")
        self.project, self.holder, self.name = project, holder, name
        self.old = holder.coder
        self.added = name not in project.coders

    def do(self) -> None:
        if self.added:
            self.project.add_coder(self.name)
        self.holder.set_coder(self.name)

    def undo(self) -> None:
        self.holder.set_coder(self.old)
        if self.added:
            self.project.remove_coder(self.name)


class SetSegmentOrigin(Command):
    """Start a recording's segment grid elsewhere (where the session itself starts)."""

    def __init__(self, project: Project, recording_id: str, origin_ms: int) -> None:
        super().__init__("Set first segment start")
        self.project, self.recording_id, self.new = project, recording_id, origin_ms
        self.old = project.recording(recording_id).segment_origin_ms

    def do(self) -> None:
        self.project.set_segment_origin(self.recording_id, self.new)

    def undo(self) -> None:
        self.project.set_segment_origin(self.recording_id, self.old)


class ChangeCodebook(Command):
    """Code with a changed codebook (its spans and ratings recoded as planned): one step."""

    def __init__(self, project: Project, swap: CodebookSwap, text: str = "Edit codebook") -> None:
        super().__init__(text)
        self.project, self.swap = project, swap
        self.undo_swap: CodebookSwap | None = None

    def do(self) -> None:
        self.undo_swap = self.project.set_codebook(self.swap)

    def undo(self) -> None:
        assert self.undo_swap is not None
        self.project.set_codebook(self.undo_swap)


class SetSessionFields(Command):
    """Define the study's custom session fields and which fields are required."""

    def __init__(
        self,
        project: Project,
        fields: list[FieldDefinition],
        required: list[str],
    ) -> None:
        super().__init__("Edit session fields")
        self.project, self.new = project, (list(fields), list(required))
        self.old = (list(project.session_fields), list(project.required_session_fields))

    def do(self) -> None:
        self.project.set_session_fields(*self.new)

    def undo(self) -> None:
        self.project.set_session_fields(*self.old)
