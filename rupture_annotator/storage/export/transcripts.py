"""What the transcript adds to the study's tables: the words spoken during each span, and how
long each speaker talks in each segment.

A recording's transcript is read once per export from the file its project references; when it
cannot be read (missing, changed since it was attached, the project never saved), its cells are
blank, never guessed.
"""

from __future__ import annotations

from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.transcript import TEXT_LIMIT, Transcript, TranscriptRef
from rupture_annotator.storage.export.columns import Table, Value
from rupture_annotator.storage.export.study import StudyProject

TALK_ROLES = ("patient", "therapist", "unassigned")


class Transcripts:
    """The study's transcripts, each read on first use."""

    def __init__(self) -> None:
        self._read: dict[tuple[int, str], Transcript | None] = {}

    def of(self, sp: StudyProject, rec: Recording) -> Transcript | None:
        key = (id(sp), rec.id)
        if key not in self._read:
            self._read[key] = _load(sp, rec)
        return self._read[key]


def _load(sp: StudyProject, rec: Recording) -> Transcript | None:
    from rupture_annotator.storage.transcripts import TranscriptError
    from rupture_annotator.storage.transcripts.reference import load_transcript

    if rec.transcript is None or sp.path is None:
        return None
    try:
        loaded = load_transcript(rec, sp.path.parent)
    except (TranscriptError, OSError):
        return None
    return loaded.transcript if loaded is not None else None


def text_column(t: Table, what: str) -> None:
    t.add(
        "transcript_text",
        "text",
        f"What was said during the {what}, from the recording's transcript: every utterance "
        "that overlaps it, whole, as 'speaker: words', joined by ' | '; a speaker mapped to a "
        f"role reads 'Ana (therapist)'. Cut at {TEXT_LIMIT:,} characters, ending with ' […]' "
        "when cut. Blank: no transcript attached, or it cannot be read (missing, or changed "
        "since it was attached).",
    )


def text_cell(
    transcript: Transcript | None, ref: TranscriptRef | None, start: int, end: int
) -> str | None:
    if transcript is None or ref is None:
        return None
    return transcript.text_between(start, end, ref.speakers)


def talk_columns(t: Table) -> None:
    for role in TALK_ROLES:
        who = (
            f"the speakers mapped to the {role}"
            if role != "unassigned"
            else "the speakers mapped to no role (and unlabelled lines)"
        )
        t.add(
            f"talk_{role}_s",
            "seconds",
            f"How long {who} talk in the segment, in seconds, from the transcript's utterance "
            "times (one speaker's overlapping utterances count once; two speakers talking at "
            "once count for each). Blank: no readable transcript.",
        )
    t.add(
        "talk_by_speaker",
        "text",
        "Talk time in the segment per speaker label of the transcript, as 'label seconds', "
        "'; '-separated, in order of first appearance. Blank: no readable transcript.",
    )


def talk_cells(
    transcript: Transcript | None, ref: TranscriptRef | None, start: int, end: int
) -> list[Value]:
    if transcript is None or ref is None:
        return [None] * (len(TALK_ROLES) + 1)
    talk = transcript.talk_ms(start, end)
    per_role = dict.fromkeys(TALK_ROLES, 0)
    for speaker, ms in talk.items():
        per_role[ref.speakers.get(speaker, "unassigned")] += ms
    by_speaker = "; ".join(
        f"{s or '?'} {talk[s] / 1000:.1f}" for s in transcript.speakers() if s in talk
    )
    return [*(per_role[r] for r in TALK_ROLES), by_speaker]
