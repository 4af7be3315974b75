"""Keyboard-first coding: in/out marks, creating spans, toggling markers, rating, selection.

Decisions live here, not in the window: each method turns a key press into a domain command.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rupture_annotator.domain.annotations import Annotation, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Change
from rupture_annotator.ui.commands import AddAnnotation, ChangeAnnotation, RemoveAnnotation
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.timefmt import format_ms

RESOLUTION = "resolution"
LANES = (RuptureKind.WITHDRAWAL.value, RuptureKind.CONFRONTATION.value, RESOLUTION)


class CodingController(QObject):
    marks_changed = Signal(object, object)  # in_ms | None, out_ms | None
    pending_changed = Signal(object)  # {lane: start_ms} of spans begun with no marks
    selection_changed = Signal(object)  # annotation id | None
    message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.pending: dict[str, int] = {}
        self.selected_id: str | None = None
        document.project.subscribe(self._on_change)

    # -- selection ----------------------------------------------------------------------------
    def selected(self) -> Annotation | None:
        rec = self.document.recording
        return rec.find(self.selected_id) if rec and self.selected_id else None

    def select(self, annotation_id: str | None) -> None:
        rec = self.document.recording
        found = rec.find(annotation_id) if rec is not None and annotation_id else None
        if found is not None and not self.document.shows(found.coder):
            annotation_id = None  # blind coding: another coder's span is never selected
        if annotation_id != self.selected_id:
            self.selected_id = annotation_id
            self.selection_changed.emit(annotation_id)

    def select_neighbour(self, step: int, playhead_ms: int) -> Annotation | None:
        """Select the next (step=1) or previous (step=-1) annotation in time."""
        rec = self.document.recording
        if rec is None:
            return None
        shown = [a for a in rec.annotations() if self.document.shows(a.coder)]
        ordered = sorted(shown, key=lambda a: (a.start_ms, a.end_ms, a.id))
        if not ordered:
            return None
        current = self.selected()
        if current is not None and current in ordered:
            i = ordered.index(current) + step
        elif step > 0:
            i = next((n for n, a in enumerate(ordered) if a.start_ms > playhead_ms), len(ordered))
        else:
            i = max((n for n, a in enumerate(ordered) if a.start_ms < playhead_ms), default=-1)
        if not 0 <= i < len(ordered):
            return None
        self.select(ordered[i].id)
        return ordered[i]

    # -- marks and spans ----------------------------------------------------------------------
    def set_in(self, ms: int) -> None:
        self.mark_in = ms
        if self.mark_out is not None and self.mark_out <= ms:
            self.mark_out = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def set_out(self, ms: int) -> None:
        self.mark_out = ms
        if self.mark_in is not None and self.mark_in >= ms:
            self.mark_in = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def clear_marks(self) -> None:
        had_pending = bool(self.pending)
        self.mark_in = self.mark_out = None
        self.pending.clear()
        self.marks_changed.emit(None, None)
        self.pending_changed.emit({})
        if had_pending:
            self.message.emit("")  # no span is waiting for its end any more

    def create(self, lane: str, playhead_ms: int) -> Annotation | None:
        """W/C/R: a span from the marks; with no marks, start one here and end it on the next press."""
        if self.mark_in is not None:
            start, end = self.mark_in, self.mark_out if self.mark_out is not None else playhead_ms
        elif self.mark_out is not None:
            self.message.emit("Set an in mark (I) before the out mark, or clear marks (Esc).")
            return None
        elif lane in self.pending:
            start, end = self.pending.pop(lane), playhead_ms
            self.pending_changed.emit(dict(self.pending))
            self.message.emit("")  # the "press W again" hint is done with
        else:
            self.pending[lane] = playhead_ms
            self.pending_changed.emit(dict(self.pending))
            key = {"withdrawal": "W", "confrontation": "C"}.get(lane, "R")
            self.message.emit(
                f"{lane.capitalize()} started at {format_ms(playhead_ms)}: press {key} again at its end."
            )
            return None
        start, end = min(start, end), max(start, end)
        if end <= start:
            self.message.emit("A span needs an end after its start: move the playhead first.")
            return None
        return self.create_span(lane, start, end)

    def create_span(self, lane: str, start_ms: int, end_ms: int) -> Annotation | None:
        """A new span in a lane (also what a drag on the timeline asks for)."""
        rec = self.document.recording
        if rec is None:
            self.message.emit("Add a recording to the project before coding.")
            return None
        coder = self.document.coder
        if not coder:
            self.message.emit(
                "Give your coder name first (Edit → Set Coder…): every span records who coded it."
            )
            return None
        annotation: Annotation
        if lane == RESOLUTION:
            annotation = ResolutionStrategy(
                start_ms=start_ms,
                end_ms=end_ms,
                coder=coder,
                rupture_id=self._rupture_to_link(start_ms, end_ms),
            )
        else:
            annotation = Rupture(
                kind=RuptureKind(lane),
                start_ms=start_ms,
                end_ms=end_ms,
                coder=coder,
                actor=self.document.project.codebook.default_actor,
            )
        if not self.document.apply(AddAnnotation(self.document.project, rec.id, annotation)):
            return None
        self.mark_in = self.mark_out = None
        self.marks_changed.emit(None, None)
        self.select(annotation.id)
        return annotation

    def _rupture_to_link(self, start_ms: int, end_ms: int) -> str | None:
        """The rupture a new strategy addresses: the selected one, else this coder's latest
        rupture that began before the strategy ends."""
        current = self.selected()
        if isinstance(current, Rupture):
            return current.id
        rec = self.document.recording
        if rec is None:
            return None
        before = [r for r in rec.ruptures if r.coder == self.document.coder and r.start_ms < end_ms]
        return max(before, key=lambda r: r.start_ms).id if before else None

    # -- editing the selection ----------------------------------------------------------------
    def change_selected(self, text: str, **changes: object) -> bool:
        current, rec = self.selected(), self.document.recording
        if current is None or rec is None:
            self.message.emit("Select a span first (click it, or press ] / [).")
            return False
        try:
            new = self.document.project.edit(rec.id, current.id, **changes)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        return self.document.apply(
            ChangeAnnotation(self.document.project, rec.id, current, new, text)
        )

    def toggle_key(self, key: str) -> bool:
        """A codebook key: toggle that marker (rupture) or strategy (resolution) on the selection."""
        current = self.selected()
        codebook = self.document.project.codebook
        if isinstance(current, Rupture):
            marker = next((m for m in codebook.markers_of(current.kind) if m.key == key), None)
            if marker is None:
                self.message.emit(f"No {current.kind} marker has the key {key}.")
                return False
            ids = _toggled(current.marker_ids, marker.id)
            return self.change_selected(f"Toggle {marker.label}", marker_ids=ids)
        if isinstance(current, ResolutionStrategy):
            strategy = next((s for s in codebook.strategies if s.key == key), None)
            if strategy is None:
                self.message.emit(f"No strategy has the key {key}.")
                return False
            ids = _toggled(current.strategy_ids, strategy.id)
            return self.change_selected(f"Toggle {strategy.label}", strategy_ids=ids)
        self.message.emit("Select a span first: marker keys apply to the selected span.")
        return False

    def set_rating(self, value: int) -> bool:
        """Alt+1..5: significance of a rupture, resolution rating of a strategy."""
        current = self.selected()
        if isinstance(current, ResolutionStrategy):
            return self.change_selected(f"Rate resolution {value}", resolution=value)
        return self.change_selected(f"Set significance {value}", significance=value)

    def switch_actor(self) -> bool:
        """A: the selected rupture becomes the next actor's (patient → therapist → patient)."""
        current = self.selected()
        actors = self.document.project.codebook.actors
        if not actors:
            self.message.emit("This codebook codes no actors (3RS v2022 does).")
            return False
        if not isinstance(current, Rupture):
            self.message.emit("Select a rupture to switch whose it is.")
            return False
        ids = [a.id for a in actors]
        at = ids.index(current.actor) if current.actor in ids else -1
        nxt = actors[(at + 1) % len(actors)]
        return self.change_selected(f"Make it the {nxt.label.lower()}'s", actor=nxt.id)

    def set_note(self, note: str) -> bool:
        return self.change_selected("Edit note", note=note)

    def delete_selected(self) -> bool:
        current, rec = self.selected(), self.document.recording
        if current is None or rec is None:
            self.message.emit("Nothing is selected to delete.")
            return False
        return self.document.apply(RemoveAnnotation(self.document.project, rec.id, current))

    def move(self, annotation_id: str, start_ms: int, end_ms: int) -> bool:
        rec = self.document.recording
        old = rec.find(annotation_id) if rec else None
        if rec is None or old is None:
            return False
        try:
            new = self.document.project.edit(
                rec.id, annotation_id, start_ms=start_ms, end_ms=end_ms
            )
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        return self.document.apply(
            ChangeAnnotation(self.document.project, rec.id, old, new, "Move span")
        )

    def _on_change(self, change: Change) -> None:
        removed = change.old if change.kind == "annotation_removed" else None
        if isinstance(removed, Rupture | ResolutionStrategy) and removed.id == self.selected_id:
            self.select(None)


def _toggled(ids: tuple[str, ...], item: str) -> tuple[str, ...]:
    return tuple(i for i in ids if i != item) if item in ids else (*ids, item)
