"""What was said in a session: utterances with their times and speakers, and the project's
reference to the transcript file they were read from.

Coders read the words beside the video: most 3RS markers are verbal (denial, minimal response,
shifting topic, complaints about the therapist). The transcript is never copied into the
project; like the video it is referenced by path and fingerprint, and its speakers may be mapped
to the patient and the therapist.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["patient", "therapist"]
ROLES: tuple[Role, ...] = ("patient", "therapist")
TranscriptFormat = Literal["srt", "vtt", "eaf", "csv", "docx"]

TEXT_LIMIT = (
    2000  # characters of transcript_text in an exported row (a spreadsheet cell holds 32,767)
)
CUT = " […]"


class TranscriptRef(BaseModel):
    """Where a recording's transcript is (relative to the project file) and how to recognise it,
    with the ELAN tier it was read from and which speaker is the patient or the therapist."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str = Field(min_length=1)
    size: int | None = Field(default=None, ge=0)
    fingerprint: str | None = None
    format: TranscriptFormat
    tier: str | None = None  # ELAN: the tier the utterances are on (None: every tier)
    speakers: dict[str, Role] = Field(default_factory=dict)  # speaker label -> role

    def role_of(self, speaker: str) -> Role | None:
        return self.speakers.get(speaker)


@dataclass(frozen=True, slots=True)
class Utterance:
    """One stretch of talk. line: where it starts in the file (1-based), for problems."""

    start_ms: int
    end_ms: int
    speaker: str
    text: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class TranscriptProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class Transcript:
    """The utterances of one recording in time order (ties keep the file's order)."""

    utterances: list[Utterance] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.utterances = sorted(self.utterances, key=lambda u: (u.start_ms, u.line))
        self._starts = [u.start_ms for u in self.utterances]
        # the latest end among utterances 0..i: lets a time find every utterance still running
        self._reach: list[int] = []
        top = 0
        for u in self.utterances:
            top = max(top, u.end_ms)
            self._reach.append(top)

    def __len__(self) -> int:
        return len(self.utterances)

    def speakers(self) -> list[str]:
        """Every speaker label in order of first appearance ('' for an unlabelled line)."""
        return list(dict.fromkeys(u.speaker for u in self.utterances))

    def overlapping(self, start_ms: int, end_ms: int) -> list[int]:
        """Positions of the utterances that overlap [start_ms, end_ms), in time order."""
        hi = bisect.bisect_left(self._starts, end_ms)
        lo = bisect.bisect_right(self._reach, start_ms, 0, hi)
        return [i for i in range(lo, hi) if self.utterances[i].end_ms > start_ms]

    def at(self, ms: int) -> int | None:
        """The utterance being spoken at ms (the latest to start, if several), else None."""
        i = bisect.bisect_right(self._starts, ms) - 1
        while i >= 0 and self._reach[i] > ms:
            if self.utterances[i].end_ms > ms:
                return i
            i -= 1
        return None

    def nearest(self, ms: int) -> int | None:
        """The utterance at ms, else the last one started before it, else the first."""
        found = self.at(ms)
        if found is not None or not self.utterances:
            return found
        return max(0, bisect.bisect_right(self._starts, ms) - 1)

    def search(self, query: str) -> list[int]:
        """Positions of the utterances whose text (or speaker) holds every word of query,
        ignoring case."""
        words = query.casefold().split()
        if not words:
            return []
        return [
            i
            for i, u in enumerate(self.utterances)
            if all(w in f"{u.speaker} {u.text}".casefold() for w in words)
        ]

    def bounds(self, positions: Iterable[int]) -> tuple[int, int] | None:
        """From the first chosen utterance's start to the last one's end (a span to mark)."""
        chosen = [self.utterances[i] for i in positions]
        if not chosen:
            return None
        return min(u.start_ms for u in chosen), max(u.end_ms for u in chosen)

    def text_between(
        self,
        start_ms: int,
        end_ms: int,
        roles: dict[str, Role] | None = None,
        limit: int = TEXT_LIMIT,
    ) -> str:
        """The utterances overlapping [start_ms, end_ms), whole, each as 'speaker: text',
        joined by ' | '; cut at limit characters, ending with ' […]' when cut."""
        parts = [
            f"{speaker_label(u.speaker, roles)}: {u.text}"
            for u in (self.utterances[i] for i in self.overlapping(start_ms, end_ms))
        ]
        return cut(" | ".join(parts), limit)

    def talk_ms(self, start_ms: int, end_ms: int) -> dict[str, int]:
        """Per speaker, how long they talk within [start_ms, end_ms): overlapping utterances of
        one speaker count once."""
        runs: dict[str, list[tuple[int, int]]] = {}
        for i in self.overlapping(start_ms, end_ms):
            u = self.utterances[i]
            lo, hi = max(u.start_ms, start_ms), min(u.end_ms, end_ms)
            if hi > lo:
                runs.setdefault(u.speaker, []).append((lo, hi))
        return {speaker: _union_ms(spans) for speaker, spans in runs.items()}


ROLE_WORDS: dict[str, Role] = {
    "patient": "patient",
    "client": "patient",
    "p": "patient",
    "c": "patient",
    "therapist": "therapist",
    "counsellor": "therapist",
    "counselor": "therapist",
    "t": "therapist",
    "th": "therapist",
}


def role_word(label: str) -> Role | None:
    """The role a speaker label names by itself (Patient, client, T2, Therapist…), if any."""
    return ROLE_WORDS.get(label.strip().lower().rstrip("0123456789 ._-"))


def guess_roles(speakers: Iterable[str]) -> dict[str, Role]:
    return {s: role for s in speakers if (role := role_word(s)) is not None}


def speaker_label(speaker: str, roles: dict[str, Role] | None = None) -> str:
    """'Ana (therapist)' when the speaker is mapped to a role, else the label ('?' for none);
    a label that names its role already ('Therapist', 'T') stays as it is."""
    name = speaker or "?"
    role = (roles or {}).get(speaker)
    return f"{name} ({role})" if role and role != role_word(speaker) else name


def cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(CUT))].rstrip() + CUT


def _union_ms(spans: list[tuple[int, int]]) -> int:
    total, reach = 0, None
    for lo, hi in sorted(spans):
        if reach is None or lo >= reach:
            total += hi - lo
            reach = hi
        elif hi > reach:
            total += hi - reach
            reach = hi
    return total


def check_utterances(
    utterances: Sequence[Utterance], duration_ms: int | None = None
) -> list[TranscriptProblem]:
    """What a coder should know about a transcript's times, in file order, each with its line:
    utterances out of order, overlapping the one before, ending before they start, or running
    past the recording. Nothing is dropped or changed: every utterance is still shown."""
    problems: list[TranscriptProblem] = []
    before: Utterance | None = None
    for u in utterances:
        if u.end_ms <= u.start_ms:
            problems.append(
                TranscriptProblem(
                    u.line, f"ends ({_clock(u.end_ms)}) before it starts ({_clock(u.start_ms)})"
                )
            )
        if before is not None and u.start_ms < before.start_ms:
            problems.append(
                TranscriptProblem(
                    u.line,
                    f"starts at {_clock(u.start_ms)}, before line {before.line} "
                    f"({_clock(before.start_ms)}): out of order",
                )
            )
        elif before is not None and u.start_ms < before.end_ms:
            who = "" if u.speaker != before.speaker else f" (both {u.speaker or 'unlabelled'})"
            problems.append(
                TranscriptProblem(
                    u.line,
                    f"starts at {_clock(u.start_ms)}, while line {before.line} runs to "
                    f"{_clock(before.end_ms)}: overlap{who}",
                )
            )
        if duration_ms is not None and u.end_ms > duration_ms:
            problems.append(
                TranscriptProblem(
                    u.line,
                    f"runs to {_clock(u.end_ms)}, past the end of the recording "
                    f"({_clock(duration_ms)})",
                )
            )
        if before is None or u.start_ms >= before.start_ms:
            before = u
    return problems


def _clock(ms: int) -> str:
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    return f"{sign}{h}:{m:02d}:{rest / 1000:06.3f}"
