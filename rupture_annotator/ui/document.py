"""The open project: its file, the recording being coded, the coder, undo history, recovery."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from rupture_annotator.domain.blind import visible_coders
from rupture_annotator.domain.project import Change, EditError, Project
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.transcript import TranscriptRef
from rupture_annotator.storage import recovery
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.media_files import rebase, resolve_media
from rupture_annotator.storage.project_file import save_project
from rupture_annotator.storage.transcripts.reference import rebase_transcript
from rupture_annotator.ui.commands import AddAnnotation, Command

RECOVERY_DELAY_MS = 1000  # unsaved work reaches the recovery folder within about a second


class Document(QObject):
    state_changed = Signal()  # modified flag, path or title changed
    error = Signal(str)  # an edit or save refused: one sentence for the user
    coder_changed = Signal(str)  # whose coding new spans are ("" until a name is given)
    blind_changed = Signal()  # blind coding turned on or off (for this coder)

    def __init__(
        self, project: Project, path: Path | None, coder: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.coder = coder
        self.undo_stack = QUndoStack(self)
        self.recording_id: str | None = project.media[0].id if project.media else None
        self._untitled = uuid.uuid4().hex[:8]
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._unsubscribe = project.subscribe(self._on_change)
        if coder and coder not in project.coders:
            project.add_coder(coder)  # not an edit of the coding: not on the undo stack

    # -- state --------------------------------------------------------------------------------
    @property
    def recording(self) -> Recording | None:
        return self.project.recording(self.recording_id) if self.recording_id else None

    def _clean_changed(self, _clean: bool) -> None:
        self.state_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def title(self) -> str:
        name = self.path.name if self.path else "Untitled project"
        blind = " — Blind" if self.is_blind() else ""
        return f"{name}[*]{blind} — Rupture Annotator"

    # -- blind coding -------------------------------------------------------------------------
    def visible_coders(self) -> set[str] | None:
        """Whose coding the views show: only the coder's own while blind, else everyone's."""
        return visible_coders(self.project.study, self.coder)

    def is_blind(self) -> bool:
        return self.project.study.is_blind_for(self.coder)

    def shows(self, coder: str) -> bool:
        coders = self.visible_coders()
        return coders is None or coder in coders

    def media_path(self) -> Path | None:
        rec = self.recording
        if rec is None:
            return None
        base = self.path.parent if self.path else Path.cwd()
        return resolve_media(rec.media, base)

    def set_coder(self, name: str) -> None:
        """Who codes from now on (ChangeCoder calls this, so it is undoable)."""
        self.coder = name
        self.coder_changed.emit(name)
        if self.project.study.blind:
            self.blind_changed.emit()  # blind is per coder: another coder sees other spans

    def mark_recovered(self) -> None:
        """The project came from the recovery folder: it differs from the file until saved."""
        self.undo_stack.resetClean()
        self.state_changed.emit()

    # -- edits --------------------------------------------------------------------------------
    def apply(self, command: Command) -> bool:
        """Apply an edit and put it on the undo stack; a refused edit is reported, not raised."""
        if isinstance(command, AddAnnotation) and not self.coder:
            self.error.emit(
                "Give your coder name first (Edit → Set Coder…): every span records who coded it."
            )
            return False
        try:
            command.apply()
        except EditError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(command)
        return True

    # -- files --------------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> bool:
        target = Path(path or self.path or "")
        if not str(target):
            return False
        moved: dict[str, MediaRef] = {}
        transcripts: dict[str, TranscriptRef] = {}
        if self.path is not None and target.parent.absolute() != self.path.parent.absolute():
            # References as seen from the new folder, on a copy: nothing changes unless written.
            moved = {
                rec.id: rebase(rec.media, self.path.parent, target.parent)
                for rec in self.project.media
            }
            transcripts = {
                rec.id: rebase_transcript(rec.transcript, self.path.parent, target.parent)
                for rec in self.project.media
                if rec.transcript is not None
            }
        to_write = self.project
        if moved:
            to_write = self.project.model_copy(
                update={
                    "media": [
                        rec.model_copy(
                            update={
                                "media": moved[rec.id],
                                "transcript": transcripts.get(rec.id, rec.transcript),
                            }
                        )
                        for rec in self.project.media
                    ]
                }
            )
        try:
            save_project(to_write, target)
        except SaveError as exc:
            self.error.emit(str(exc))
            return False
        for recording_id, ref in moved.items():
            self.project.relink_media(recording_id, ref)
        for recording_id, transcript in transcripts.items():
            self.project.set_transcript(recording_id, transcript)
        old_key = self.recovery_key()
        self.path = target
        self.undo_stack.setClean()
        self._recovery_timer.stop()
        recovery.discard_recovery(old_key)
        self.state_changed.emit()
        return True

    def close(self) -> None:
        """Closing on purpose: what was unsaved was declined, so no recovery is kept."""
        self._recovery_timer.stop()
        self._unsubscribe()
        recovery.discard_recovery(self.recovery_key())

    # -- recovery -----------------------------------------------------------------------------
    def recovery_key(self) -> str:
        return recovery.key_for(self.path, self._untitled)

    def _on_change(self, change: Change) -> None:
        self._recovery_timer.start()
        if change.kind == "study_changed":
            self.blind_changed.emit()
            self.state_changed.emit()  # the title says "Blind"

    def write_recovery(self) -> None:
        if not self.is_modified():
            recovery.discard_recovery(self.recovery_key())
            return
        try:
            recovery.write_recovery(self.recovery_key(), self.project, self.path)
        except SaveError as exc:
            self.error.emit(f"Unsaved work could not be kept for recovery: {exc}")
