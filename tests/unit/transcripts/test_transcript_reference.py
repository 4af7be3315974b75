"""A recording's transcript in the project file: a reference (schema 6), never the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.migrations import SCHEMA_VERSION, migrate
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.storage.transcripts import TranscriptError
from rupture_annotator.storage.transcripts.reference import (
    load_transcript,
    reference_transcript,
)
from tests.factories import codebook

SRT = (
    "1\n00:00:01,000 --> 00:00:03,000\nTherapist: Hello.\n\n"
    "2\n00:00:02,000 --> 00:00:04,000\nClient: Secret words.\n\n"
    "3\n00:00:04,000 --> 00:01:30,000\nClient: Long.\n"
)


def test_a_schema_5_file_migrates_to_recordings_without_a_transcript() -> None:
    old = {"schema_version": 5, "coders": [], "media": [{"id": "r", "ruptures": []}]}
    out = migrate(old)
    assert SCHEMA_VERSION == out["schema_version"] >= 6
    assert out["media"][0]["transcript"] is None


def _project(tmp_path: Path) -> tuple[Project, Path, Path]:
    study = tmp_path / "study"
    (study / "transcripts").mkdir(parents=True)
    srt = study / "transcripts" / "s1.srt"
    srt.write_text(SRT, encoding="utf-8")
    project = Project(codebook=codebook())
    project.add_recording(MediaRef(path="s1.mp4", duration_ms=60_000), "rec")
    return project, study, srt


def test_the_project_keeps_a_relative_path_and_fingerprint_never_the_words(
    tmp_path: Path,
) -> None:
    project, study, srt = _project(tmp_path)
    ref, read = reference_transcript(srt, study)
    assert len(read.utterances) == 3
    assert ref.path == "transcripts/s1.srt" and ref.format == "srt"
    assert ref.fingerprint and ref.size == srt.stat().st_size
    assert ref.speakers == {"Therapist": "therapist", "Client": "patient"}
    project.set_transcript("rec", ref)
    path = study / "s1.rupture.json"
    save_project(project, path)
    text = path.read_text(encoding="utf-8")
    assert "Secret words" not in text
    assert json.loads(text)["media"][0]["transcript"]["path"] == "transcripts/s1.srt"
    again = load_project(path)
    assert again.media[0].transcript == ref


def test_loading_reports_problems_by_line_and_keeps_every_utterance(tmp_path: Path) -> None:
    project, study, srt = _project(tmp_path)
    project.set_transcript("rec", reference_transcript(srt, study)[0])
    loaded = load_transcript(project.recording("rec"), study)
    assert loaded is not None and len(loaded.transcript) == 3
    lines = loaded.problem_lines()
    assert len(lines) == 2
    assert lines[0].startswith("line 6: starts at 0:00:02.000, while line 2 runs to")
    assert lines[1] == "line 10: runs to 0:01:30.000, past the end of the recording (0:01:00.000)"


def test_a_changed_or_missing_transcript_is_said_in_a_sentence(tmp_path: Path) -> None:
    project, study, srt = _project(tmp_path)
    project.set_transcript("rec", reference_transcript(srt, study)[0])
    srt.write_text(SRT + "\n4\n00:01:31,000 --> 00:01:32,000\nClient: more\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="has changed since it was attached"):
        load_transcript(project.recording("rec"), study)
    srt.unlink()
    with pytest.raises(TranscriptError, match="is not there any more"):
        load_transcript(project.recording("rec"), study)


def test_setting_a_transcript_is_announced(tmp_path: Path) -> None:
    project, study, srt = _project(tmp_path)
    seen = []
    project.subscribe(seen.append)
    ref = reference_transcript(srt, study)[0]
    assert project.set_transcript("rec", ref) is None
    assert seen[-1].kind == "transcript_changed" and seen[-1].new == ref


def test_save_as_into_another_folder_keeps_the_transcript_found(tmp_path: Path) -> None:
    from rupture_annotator.ui.document import Document

    project, study, srt = _project(tmp_path)
    project.set_transcript("rec", reference_transcript(srt, study)[0])
    first = study / "s1.rupture.json"
    save_project(project, first)
    document = Document(load_project(first), first, "ana")
    elsewhere = tmp_path / "elsewhere" / "deeper"
    elsewhere.mkdir(parents=True)
    assert document.save(elsewhere / "s1.rupture.json")
    again = load_project(elsewhere / "s1.rupture.json")
    ref = again.media[0].transcript
    assert ref is not None and ref.path == "../../study/transcripts/s1.srt"
    loaded = load_transcript(again.media[0], elsewhere)
    assert loaded is not None and len(loaded.transcript) == 3
    document.close()
