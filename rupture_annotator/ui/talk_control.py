"""The transcript and sound beside the video: the Transcript dock, the transcript and sound
lanes of the timeline, and the commands that go with them (attach a transcript, map its
speakers, find words, step through silences, mark a span from utterances).

The window makes one TalkControl and hands it each document it shows; the envelope of the
recording's sound is read from its cache file beside the project, or computed off the GUI thread
the first time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.project import Change, Project
from rupture_annotator.domain.sound import DEFAULT_SILENCE_MS, Envelope, next_silence
from rupture_annotator.domain.transcript import ROLES, Role, TranscriptRef
from rupture_annotator.media.player import Player
from rupture_annotator.ui.background import Task, run_in_background
from rupture_annotator.ui.commands import Command
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.plurals import english
from rupture_annotator.ui.settings import Settings
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline import TimelineWidget

TRANSCRIPT_FILTER = str(
    QT_TRANSLATE_NOOP("TalkControl", "Transcripts (*.srt *.vtt *.eaf *.csv *.docx);;All files (*)")
)
LANE_NAMES = {
    "withdrawal": str(QT_TRANSLATE_NOOP("TalkControl", "Withdrawal rupture")),
    "confrontation": str(QT_TRANSLATE_NOOP("TalkControl", "Confrontation rupture")),
    "resolution": str(QT_TRANSLATE_NOOP("TalkControl", "Resolution strategy")),
}


class SetTranscript(Command):
    """Attach, replace or detach a recording's transcript, or map its speakers: one undo step."""

    def __init__(
        self, project: Project, recording_id: str, ref: TranscriptRef | None, text: str
    ) -> None:
        super().__init__(text)
        self.project, self.recording_id, self.ref = project, recording_id, ref
        self.old: TranscriptRef | None = project.recording(recording_id).transcript

    def do(self) -> None:
        self.project.set_transcript(self.recording_id, self.ref)

    def undo(self) -> None:
        self.project.set_transcript(self.recording_id, self.old)


class TalkControl(QObject):
    def __init__(
        self,
        window: QMainWindow,
        player: Player,
        settings: Settings,
        dock: QDockWidget,
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        from rupture_annotator.ui.transcript_panel import TranscriptPanel

        self.window, self.player, self.settings, self.dock, self.say = (
            window,
            player,
            settings,
            dock,
            say,
        )
        self.panel = TranscriptPanel()
        dock.setWidget(self.panel)
        dock.hide()  # shown when a recording has a transcript (or from View → Transcript)
        self.document: Document | None = None
        self.timeline: TimelineWidget | None = None
        self.envelope: Envelope | None = None
        self.silences: list[tuple[int, int]] = []
        self._task: Task | None = None
        self._generation = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._token: object = None
        self.panel.seek_requested.connect(player.seek)
        self.panel.attach_requested.connect(self.attach_dialog)
        self.panel.speakers_requested.connect(self.speakers_dialog)
        self.panel.selection_changed.connect(self._selection_changed)

    # -- what the window tells it ---------------------------------------------------------------
    def set_document(self, document: Document, timeline: TimelineWidget) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document, self.timeline = document, timeline
        token = self._token = object()
        # a window closing deletes its timeline; a late answer must not reach it then
        timeline.destroyed.connect(lambda *_: self._timeline_gone(token))
        self._unsubscribe = document.project.subscribe(self._on_change)
        self._load_transcript(announce=False)
        self._load_sound()

    def set_position(self, ms: int) -> None:
        self.panel.set_position(ms)

    # -- commands -------------------------------------------------------------------------------
    def create(self, coding: object, lane: str, playhead_ms: int) -> None:
        """W, C or R: from the selected utterances while the transcript has the keyboard,
        else as always (from the marks, or a first and a second press)."""
        from rupture_annotator.ui.coding import CodingController

        assert isinstance(coding, CodingController)
        bounds = self.panel.selected_bounds() if self.panel.marking_from_selection() else None
        if bounds is None:
            coding.create(lane, playhead_ms)
            return
        n = len(self.panel.selected_rows())
        if coding.create_span(lane, *bounds) is not None:
            what = self.tr(LANE_NAMES.get(lane, LANE_NAMES["resolution"]))
            said = english(
                self.tr("{what} marked from %n utterance(s), {start} to {end}.", "", n), n
            )
            self.say(said.format(what=what, start=format_ms(bounds[0]), end=format_ms(bounds[1])))
            self.panel.clear_selection()

    def focus_search(self) -> None:
        if self.document is None:
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_search()

    def step_silence(self, step: int, playhead_ms: int) -> None:
        """S / Shift+S: the video to the start of the next (previous) silence."""
        if self.envelope is None:
            self.say(self.tr("The sound lane is not ready yet: no silences to step through."))
            return
        found = next_silence(self.silences, playhead_ms + (1 if step > 0 else -1), step)
        if found is None:
            limit = f"{self.silence_ms() / 1000:g}"
            if step > 0:
                self.say(self.tr("No later silence of {seconds} s or more.").format(seconds=limit))
            else:
                self.say(
                    self.tr("No earlier silence of {seconds} s or more.").format(seconds=limit)
                )
            return
        self.player.seek(found[0])
        self.say(
            self.tr("Silence of {seconds} s from {time}.").format(
                seconds=f"{(found[1] - found[0]) / 1000:.1f}", time=format_ms(found[0])
            )
        )

    def silence_ms(self) -> int:
        return max(500, int(self.settings.get("sound/silence_ms") or DEFAULT_SILENCE_MS))

    def ask_silence_length(self) -> None:
        seconds, ok = QInputDialog.getDouble(
            self.window,
            self.tr("Silence Length"),
            self.tr("Shade and step through silences of at least (seconds):"),
            self.silence_ms() / 1000,
            0.5,
            60.0,
            1,
        )
        if ok:
            self.settings.set("sound/silence_ms", round(seconds * 1000))
            self._show_sound()

    def attach_dialog(self) -> None:
        doc = self.document
        if doc is None or doc.recording is None:
            return
        start = str(doc.path.parent) if doc.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Attach Transcript"), start, self.tr(TRANSCRIPT_FILTER)
        )
        if name:
            self.attach(Path(name))

    def attach(self, path: Path, tier: str | None = None) -> bool:
        """Reference a transcript from the recording (one undoable step); False if refused."""
        from rupture_annotator.storage.transcripts import TranscriptError
        from rupture_annotator.storage.transcripts.reference import reference_transcript

        doc = self.document
        if doc is None or doc.recording is None:
            return False
        project_dir = doc.path.parent if doc.path else path.parent
        try:
            ref, read = reference_transcript(path, project_dir, tier)
        except TranscriptError as exc:
            self.say(str(exc))
            return False
        if doc.path is None:  # not saved yet: the path stays whole until the project has a place
            ref = ref.model_copy(update={"path": path.absolute().as_posix()})
        if read.tiers and len(read.tiers) > 1 and tier is None:
            chosen, ok = QInputDialog.getItem(
                self.window,
                self.tr("ELAN Tier"),
                self.tr("The file has several tiers; read which as the transcript?"),
                [self.tr("Every tier (a speaker per tier)"), *read.tiers],
                0,
                False,
            )
            if not ok:
                return False
            if chosen in read.tiers:
                return self.attach(path, chosen)
        doc.apply(SetTranscript(doc.project, doc.recording.id, ref, self.tr("Attach transcript")))
        self.dock.show()
        self.dock.raise_()
        return True

    def speakers_dialog(self) -> None:
        doc = self.document
        rec = doc.recording if doc is not None else None
        if doc is None or rec is None or rec.transcript is None:
            return
        speakers = self.panel.model.transcript.speakers()
        dialog = SpeakersDialog(speakers, rec.transcript.speakers, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ref = rec.transcript.model_copy(update={"speakers": dialog.roles()})
            text = self.tr("Map transcript speakers")
            doc.apply(SetTranscript(doc.project, rec.id, ref, text))

    # -- internals ------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        doc = self.document
        if doc is None or change.recording_id != doc.recording_id:
            return
        if change.kind == "transcript_changed":
            self._load_transcript(announce=True)
        elif change.kind == "recording_changed":
            self._load_sound()  # relinked to another file

    def _load_transcript(self, announce: bool) -> None:
        from rupture_annotator.storage.transcripts import TranscriptError
        from rupture_annotator.storage.transcripts.reference import load_transcript

        doc, timeline = self.document, self.timeline
        if doc is None or timeline is None:
            return
        rec = doc.recording
        loaded = None
        if rec is not None and rec.transcript is not None:
            base = doc.path.parent if doc.path else Path.cwd()
            try:
                loaded = load_transcript(rec, base)
            except (TranscriptError, OSError) as exc:
                self.say(self.tr("Transcript: {problem}").format(problem=exc))
        if loaded is None:
            self.panel.set_transcript(None, {})
            timeline.set_transcript(None, {})
            return
        roles: dict[str, Role] = dict(loaded.ref.speakers)
        problems = loaded.problem_lines()
        self.panel.set_transcript(loaded.transcript, roles, problems)
        timeline.set_transcript(loaded.transcript, roles)
        self.panel.set_position(self.player.position_ms())
        self.dock.show()
        if announce or problems:
            n = len(loaded.transcript)
            if problems:
                said = self.tr(
                    "Transcript: {utterances}; %n problem(s), every utterance kept ({first}).",
                    "",
                    len(problems),
                )
            else:
                said = self.tr("Transcript: {utterances}.")
            utterances = english(self.tr("%n utterance(s)", "", n), n)
            self.say(said.format(utterances=utterances, first=problems[0] if problems else ""))

    def _load_sound(self) -> None:
        from rupture_annotator.storage.sound_cache import cache_path, load_envelope

        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.envelope, self.silences = None, []
        doc, timeline = self.document, self.timeline
        rec = doc.recording if doc is not None else None
        media = doc.media_path() if doc is not None else None
        if doc is None or timeline is None or rec is None or media is None or not media.is_file():
            if timeline is not None:
                timeline.set_sound(None, [])
            return
        cache = cache_path(doc.path, rec)
        found = load_envelope(cache, rec.media.fingerprint)
        if found is not None:
            self.envelope = found
            self._show_sound()
            return
        timeline.set_sound(None, [], self.tr("Reading the sound (once; kept beside the project)…"))
        generation = self._generation
        fingerprint = rec.media.fingerprint

        def work(progress: Callable[[int, int, str], None]) -> Envelope:
            from rupture_annotator.media.envelope import compute_envelope

            return compute_envelope(media, progress)

        task = run_in_background(work)
        task.progress.connect(lambda done, total, _what: self._progress(generation, done, total))
        task.finished.connect(lambda env: self._computed(generation, env, cache, fingerprint))
        task.failed.connect(lambda exc: self._failed(generation, exc))
        self._task = task

    def _timeline_gone(self, token: object) -> None:
        if token is self._token:
            self.timeline = None

    def _current(self, generation: int) -> bool:
        """The answer is for the recording shown, and its timeline is still there."""
        return generation == self._generation and self.timeline is not None

    def _progress(self, generation: int, done: int, total: int) -> None:
        if self._current(generation) and self.timeline is not None and total:
            share = min(99, round(100 * done / total))
            self.timeline.set_sound(
                None, [], self.tr("Reading the sound… {share}%").format(share=share)
            )

    def _computed(
        self, generation: int, envelope: object, cache: Path, fingerprint: str | None
    ) -> None:
        from rupture_annotator.storage.sound_cache import save_envelope

        if not self._current(generation) or not isinstance(envelope, Envelope):
            return
        self._task = None
        self.envelope = envelope
        try:
            save_envelope(cache, fingerprint, envelope)
        except OSError as exc:
            self.say(
                self.tr("The sound lane could not be kept beside the project ({problem}).").format(
                    problem=exc
                )
            )
        self._show_sound()

    def _failed(self, generation: int, exc: object) -> None:
        if not self._current(generation) or self.timeline is None:
            return
        self._task = None
        self.timeline.set_sound(None, [], self.tr("No sound lane: {problem}").format(problem=exc))

    def _show_sound(self) -> None:
        if self.envelope is None or self.timeline is None:
            return
        self.silences = self.envelope.silences(self.silence_ms())
        self.timeline.set_sound(self.envelope, self.silences, silence_ms=self.silence_ms())

    def _selection_changed(self, bounds: object) -> None:
        if self.timeline is not None:
            self.timeline.set_talk_selection(bounds if isinstance(bounds, tuple) else None)


class SpeakersDialog(QDialog):
    """Which of the transcript's speakers is the patient, which the therapist."""

    def __init__(
        self, speakers: list[str], roles: dict[str, Role], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transcript Speakers"))
        names = {"patient": self.tr("Patient"), "therapist": self.tr("Therapist")}
        choices: list[tuple[str, Role | None]] = [("—", None)]
        choices += [(names.get(r, r.capitalize()), r) for r in ROLES]
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is each speaker of the transcript?")))
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for speaker in speakers:
            box = QComboBox()
            for text, role in choices:
                box.addItem(text, role)
            box.setCurrentIndex(max(0, box.findData(roles.get(speaker))))
            form.addRow(speaker or self.tr("(no speaker)"), box)
            self.boxes[speaker] = box
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def roles(self) -> dict[str, Role]:
        out: dict[str, Role] = {}
        for speaker, box in self.boxes.items():
            role = box.currentData()
            if role in ROLES:
                out[speaker] = role
        return out
