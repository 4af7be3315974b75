"""The demo session comes with its transcript and a sound lane that shows its silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.storage import demo
from rupture_annotator.storage.project_file import load_project
from rupture_annotator.storage.transcripts.reference import load_transcript
from tests.conftest import REPO

DEMO = REPO / "resources" / "demo"


def test_the_demo_transcript_is_the_script_and_reads_without_problems() -> None:
    project = load_project(DEMO / "session.rupture.json")
    loaded = load_transcript(project.media[0], DEMO)
    assert loaded is not None and len(loaded.transcript) == 20
    assert loaded.ref.path == "session.srt"
    assert loaded.ref.speakers == {"Therapist": "therapist", "Patient": "patient"}
    assert loaded.problems == []
    # the minimal response the demo codes as a withdrawal is in its text
    r1 = project.media[0].rupture("r1")
    assert r1 is not None
    said = loaded.transcript.text_between(r1.start_ms, r1.end_ms, loaded.ref.speakers)
    assert said.startswith("Patient: Mm. | Therapist: What did you notice")


def test_the_users_copy_of_the_demo_still_finds_the_transcript(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "user_data_path", lambda *a, **k: tmp_path / "data")
    copy = demo.demo_project_path()
    project = load_project(copy)
    loaded = load_transcript(project.media[0], copy.parent)
    assert loaded is not None and len(loaded.transcript) == 20


def test_the_demo_sound_has_one_silence_after_the_minimal_response() -> None:
    from rupture_annotator.media.envelope import compute_envelope

    silences = compute_envelope(DEMO / "session.mp4").silences(3000)
    assert len(silences) == 1
    start, end = silences[0]
    assert abs(start - 22_800) <= 200 and abs(end - 27_000) <= 200
