"""Choosing a transcript's reader by its file name, and what every reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rupture_annotator.domain.transcript import TranscriptFormat, TranscriptProblem, Utterance

MAX_BYTES = 64 * 1024 * 1024  # a transcript of many hours is a few MB
SUFFIXES: dict[str, TranscriptFormat] = {
    ".srt": "srt",
    ".vtt": "vtt",
    ".eaf": "eaf",
    ".csv": "csv",
    ".docx": "docx",
}


class TranscriptError(ValueError):
    """A transcript that cannot be read at all; str() is one sentence naming the file."""


@dataclass
class TranscriptFile:
    format: TranscriptFormat
    utterances: list[Utterance] = field(default_factory=list)
    problems: list[TranscriptProblem] = field(default_factory=list)  # rows left out, and why
    tiers: list[str] = field(default_factory=list)  # ELAN: the file's time-aligned tiers
    tier: str | None = None  # ELAN: the tier read


def format_of(path: Path) -> TranscriptFormat:
    fmt = SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(SUFFIXES)
        raise TranscriptError(f"{Path(path).name}: not a transcript this app reads ({known}).")
    return fmt


def read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TranscriptError(f"{path.name} is too large to be a transcript.")
        return path.read_bytes()
    except OSError as exc:
        raise TranscriptError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), else Windows-1252: what transcription tools write."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise TranscriptError(f"{path.name} is neither UTF-8 nor Windows-1252 text.") from exc


def read_transcript(path: Path | str, tier: str | None = None) -> TranscriptFile:
    """Read a transcript by its suffix; tier picks an ELAN tier (default: one that looks like
    speech, else every tier). Raises TranscriptError in one sentence."""
    path = Path(path)
    fmt = format_of(path)
    if fmt in ("srt", "vtt"):
        from rupture_annotator.storage.transcripts.subtitles import read_subtitles

        return read_subtitles(path, fmt)
    if fmt == "eaf":
        from rupture_annotator.storage.transcripts.elan import read_elan

        return read_elan(path, tier)
    if fmt == "csv":
        from rupture_annotator.storage.transcripts.table import read_csv

        return read_csv(path)
    from rupture_annotator.storage.transcripts.docx_table import read_docx

    return read_docx(path)
