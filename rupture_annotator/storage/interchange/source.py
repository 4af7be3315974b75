"""What a file from another tool holds, before it is mapped to the codebook: spans on recordings.

Each reader (eaf, boris, tables) produces a SourceFile; nothing here knows the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class InterchangeError(ValueError):
    """A file that cannot be read; str() is one sentence naming the file and the problem."""


@dataclass(frozen=True)
class SourceSpan:
    """One coded span as the other tool stored it.

    code: what the tool calls the kind of thing (an ELAN tier, a BORIS behavior, a table's kind);
    values: the codes on it (annotation values, BORIS modifiers, a table's markers);
    coder / subject: who coded it and whom it is about (ELAN annotator / participant, a BORIS
    subject, a table's coder); hint: what the file itself says the code is (our own ELAN export
    names its tier types), used by automatic mapping; ref/link: the span's id in the file and the
    id of the span it answers (a strategy's rupture), so links survive a round trip.
    """

    start_ms: int
    end_ms: int
    code: str
    values: tuple[str, ...] = ()
    coder: str = ""
    subject: str = ""
    note: str = ""
    where: str = ""
    hint: str = ""
    ref: str = ""
    link: str = ""
    significance: int | None = None
    point: bool = False  # a moment without length (a BORIS point event): the map gives it one
    group: str = ""  # the BORIS observation it was coded in (a map may give it its coder)


@dataclass
class SourceRecording:
    """A recording the file codes: its media as the file names it, and the spans on it."""

    key: str  # how the file names the recording (a media file name, or an observation id)
    media_path: str = ""  # the media file as the file gives it (may be absolute or missing)
    duration_ms: int | None = None
    spans: list[SourceSpan] = field(default_factory=list)


@dataclass
class SourceFile:
    """Everything read from one file, and what the reader noticed on the way (one line each)."""

    format: str  # "eaf", "boris", "table"
    recordings: list[SourceRecording] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. an unpaired BORIS start, with its time
    problems: list[str] = field(default_factory=list)  # rows or events that could not be read

    def span_count(self) -> int:
        return sum(len(r.spans) for r in self.recordings)
