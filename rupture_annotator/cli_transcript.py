"""`rupture-annotator new VIDEO --transcript FILE` and `attach PROJECT --transcript FILE`:
reference a recording's transcript and say what was read, with every problem by line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.transcript import Transcript, check_utterances


def attach_transcript(
    project: Project, recording: Recording, transcript: Path, project_dir: Path, tier: str | None
) -> list[str]:
    """Reference the transcript from the recording; the lines to print. Raises TranscriptError."""
    from rupture_annotator.storage.transcripts.reference import reference_transcript

    ref, read = reference_transcript(transcript, project_dir, tier)
    project.set_transcript(recording.id, ref)
    found = Transcript(read.utterances)
    speakers = ", ".join(
        f"{s or '(none)'}{f' = {ref.speakers[s]}' if s in ref.speakers else ''}"
        for s in found.speakers()
    )
    lines = [f"Transcript {ref.path}: {len(found)} utterance(s), speakers: {speakers or 'none'}."]
    if read.tiers and tier is None and len(read.tiers) > 1:
        lines.append(f"  read every tier: {', '.join(read.tiers)} (pick one with --tier)")
    problems = sorted(
        [*read.problems, *check_utterances(read.utterances, recording.media.duration_ms)],
        key=lambda p: p.line,
    )
    lines += [f"  {transcript.name}: {p}" for p in problems]
    if problems:
        lines.append(f"  {len(problems)} problem(s) above; every readable utterance is kept.")
    return lines


def attach(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.atomic import SaveError
    from rupture_annotator.storage.project_file import (
        ProjectFileError,
        load_project,
        save_project,
    )
    from rupture_annotator.storage.transcripts import TranscriptError

    path = Path(args.project)
    try:
        project = load_project(path)
    except ProjectFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    ids = [r.id for r in project.media]
    if args.recording is None and len(ids) != 1:
        print(
            f"{path}: name the recording with --recording ID (one of: {', '.join(ids)}).",
            file=sys.stderr,
        )
        return 2
    rec_id = args.recording or ids[0]
    if rec_id not in ids:
        print(f"{path}: no recording {rec_id!r} (it has: {', '.join(ids)}).", file=sys.stderr)
        return 1
    try:
        lines = attach_transcript(
            project, project.recording(rec_id), Path(args.transcript), path.parent, args.tier
        )
        save_project(project, path)
    except (TranscriptError, SaveError) as exc:
        print(exc, file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    print(f"Saved {path}.")
    return 0


def add_attach_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "attach",
        help="attach a transcript (SRT, WebVTT, ELAN, CSV, DOCX) to a project's recording",
        description="Reference TRANSCRIPT from the recording (by a path relative to the project "
        "and a fingerprint, like the video; the words stay in their file) and list utterances "
        "out of order, overlapping or past the recording by line.",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--recording", metavar="ID", help="the recording (needed when the project has several)"
    )
    p.add_argument("--transcript", metavar="FILE", required=True)
    p.add_argument("--tier", metavar="TIER", help="ELAN: read this tier only")
    p.set_defaults(func=attach)
