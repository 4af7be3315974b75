"""A project's reference to a transcript (relative path, size, fingerprint, like its video's)
and reading the transcript a reference points to."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.transcript import (
    Transcript,
    TranscriptProblem,
    TranscriptRef,
    check_utterances,
    guess_roles,
)
from rupture_annotator.storage.media_files import fingerprint, relative_path, resolve_media
from rupture_annotator.storage.transcripts.files import (
    TranscriptError,
    TranscriptFile,
    format_of,
    read_transcript,
)


@dataclass
class LoadedTranscript:
    """A recording's transcript as read now, and everything a coder should be told about it."""

    ref: TranscriptRef
    transcript: Transcript
    problems: list[TranscriptProblem] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)

    def problem_lines(self) -> list[str]:
        return [str(p) for p in self.problems]


def reference_transcript(
    path: Path, project_dir: Path, tier: str | None = None
) -> tuple[TranscriptRef, TranscriptFile]:
    """Read a transcript and reference it from a project in project_dir. Speakers named like a
    role (Patient, Client, T, Therapist…) are mapped to it. Raises TranscriptError."""
    path = Path(path)
    fmt = format_of(path)
    read = read_transcript(path, tier)
    try:
        size, print_ = path.stat().st_size, fingerprint(path)
    except OSError as exc:
        raise TranscriptError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    roles = guess_roles(Transcript(read.utterances).speakers())
    ref = TranscriptRef(
        path=relative_path(path, project_dir),
        size=size,
        fingerprint=print_,
        format=fmt,
        tier=tier,
        speakers=roles,
    )
    return ref, read


def transcript_path(ref: TranscriptRef, project_dir: Path) -> Path:
    from rupture_annotator.domain.recording import MediaRef

    return resolve_media(MediaRef(path=ref.path), project_dir)


def rebase_transcript(ref: TranscriptRef, old_dir: Path, new_dir: Path) -> TranscriptRef:
    """The same reference as seen from a project saved into another folder."""
    target = transcript_path(ref, old_dir)
    return ref.model_copy(update={"path": relative_path(target, new_dir)})


def load_transcript(recording: Recording, project_dir: Path) -> LoadedTranscript | None:
    """The recording's transcript, or None when it has none. Raises TranscriptError when the
    file is missing, unreadable or no longer the one referenced (its fingerprint changed)."""
    ref = recording.transcript
    if ref is None:
        return None
    path = transcript_path(ref, project_dir)
    if not path.is_file():
        raise TranscriptError(f"The transcript {ref.path} is not there any more.")
    if ref.fingerprint is not None and fingerprint(path) != ref.fingerprint:
        raise TranscriptError(
            f"The transcript {ref.path} has changed since it was attached: attach it again "
            "to use the new version."
        )
    read = read_transcript(path, ref.tier)
    problems = [*read.problems, *check_utterances(read.utterances, recording.media.duration_ms)]
    problems.sort(key=lambda p: p.line)
    return LoadedTranscript(ref, Transcript(read.utterances), problems, read.tiers)
