"""`new VIDEO --transcript FILE` and `attach PROJECT --recording ID --transcript FILE`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.storage.project_file import load_project

SRT = (
    "1\n00:00:01,000 --> 00:00:03,000\nTherapist: How are you?\n\n"
    "2\n00:00:02,500 --> 00:00:04,000\nPatient: Fine.\n\n"
    "3\n00:00:04,000 --> 00:00:25,000\nPatient: And long.\n"
)


@pytest.fixture
def session(tmp_path: Path, video: Path) -> Path:
    path = tmp_path / "s07.mp4"
    shutil.copyfile(video, path)
    (tmp_path / "s07.srt").write_text(SRT, encoding="utf-8")
    return path


def test_new_with_a_transcript_references_it_and_lists_problems_by_line(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(session), "--transcript", str(session.with_suffix(".srt"))]) == 0
    out = capsys.readouterr().out
    assert (
        "Transcript s07.srt: 3 utterance(s), speakers: Therapist = therapist, Patient = patient"
        in out
    )
    assert "s07.srt: line 6: starts at 0:00:02.500, while line 2 runs to 0:00:03.000" in out
    assert "s07.srt: line 10: runs to 0:00:25.000, past the end of the recording" in out
    project = load_project(session.with_name("s07.rupture.json"))
    ref = project.media[0].transcript
    assert ref is not None and ref.path == "s07.srt" and ref.format == "srt"


def test_attach_to_a_named_recording(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(session)]) == 0
    project_path = session.with_name("s07.rupture.json")
    rec_id = load_project(project_path).media[0].id
    csv = session.with_name("t.csv")
    csv.write_text("start,end,speaker,text\n1,2,T,Hi\nbad,3,P,x\n", encoding="utf-8")
    capsys.readouterr()
    args = ["attach", str(project_path), "--recording", rec_id, "--transcript", str(csv)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "t.csv: line 3: left out: the start 'bad' is not a time" in out
    assert load_project(project_path).media[0].transcript.format == "csv"  # type: ignore[union-attr]


def test_attach_refuses_an_unknown_recording_and_an_unreadable_file(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(session)]) == 0
    project_path = session.with_name("s07.rupture.json")
    before = project_path.read_bytes()
    srt = str(session.with_suffix(".srt"))
    assert main(["attach", str(project_path), "--recording", "nope", "--transcript", srt]) == 1
    assert "no recording 'nope'" in capsys.readouterr().err
    notes = session.with_name("notes.txt")
    notes.write_text("hello")
    assert main(["attach", str(project_path), "--transcript", str(notes)]) == 1
    assert "not a transcript this app reads" in capsys.readouterr().err
    assert project_path.read_bytes() == before
