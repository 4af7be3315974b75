"""A study started from a list: `new --from-csv` makes ready-to-code projects, or nothing at all;
`new --field` fills the session details of one project."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.storage.project_file import load_project

HEADER = "video,dyad,therapist,session_number,recording_date,condition,arm\n"


@pytest.fixture
def videos(tmp_path: Path, video: Path) -> Path:
    """A study folder of three recordings (links to one cached test video, never copies)."""
    folder = tmp_path / "videos"
    folder.mkdir()
    for name in ("d01_s03.mp4", "d01_s04.mp4", "d02_s01.mp4"):
        (folder / name).symlink_to(video)
    return folder


def _list(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "sessions.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if not p.is_symlink())


GOOD_ROWS = (
    "d01_s03.mp4,D01,T01,3,2024-03-01,BRT,A\n"
    "d01_s04.mp4,D01,T01,4,2024-03-08,BRT,A\n"
    "d02_s01.mp4,D02,T02,1,,CBT,B\n"
)


def test_each_row_becomes_a_project_with_its_fields(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _list(tmp_path, HEADER + GOOD_ROWS)
    out = tmp_path / "projects"
    args = ["new", "--from-csv", str(listing), "--videos", str(videos), "-o", str(out)]
    assert main([*args, "--coder", "ana"]) == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    assert "Created 3 project(s) for 3 recording(s) from sessions.csv" in printed
    assert "Custom session fields: arm" in printed
    assert _files(out) == [f"{n}.rupture.json" for n in ("d01_s03", "d01_s04", "d02_s01")]
    project = load_project(out / "d01_s04.rupture.json")
    assert project.coders == ["ana"]
    assert [f.name for f in project.session_fields] == ["arm"]
    rec = project.media[0]
    assert (rec.session.dyad, rec.session.therapist, rec.session.session_number) == (
        "D01",
        "T01",
        4,
    )
    assert rec.session.recording_date == date(2024, 3, 8)
    assert (rec.session.condition, rec.session.custom) == ("BRT", {"arm": "A"})
    assert rec.media.duration_ms and rec.media.path == "../videos/d01_s04.mp4"
    assert load_project(out / "d02_s01.rupture.json").media[0].session.recording_date is None


def test_excel_semicolons_and_a_bom_are_read(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "\ufeff" + (HEADER + GOOD_ROWS).replace(",", ";").replace("BRT", "Thérapie brève")
    listing = _list(tmp_path, text)
    assert main(["new", "--from-csv", str(listing), "--videos", str(videos)]) == 0, (
        capsys.readouterr().err
    )
    project = load_project(videos / "d01_s03.rupture.json")  # beside the video by default
    assert project.media[0].session.condition == "Thérapie brève"
    assert project.media[0].media.path == "d01_s03.mp4"


def test_one_project_can_hold_the_whole_list(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _list(tmp_path, HEADER + GOOD_ROWS)
    args = ["new", "--from-csv", str(listing), "--videos", str(videos), "--single-project"]
    assert main(args) == 0, capsys.readouterr().err
    project = load_project(tmp_path / "sessions.rupture.json")
    assert [r.session.dyad for r in project.media] == ["D01", "D01", "D02"]
    assert [r.session.session_number for r in project.media] == [3, 4, 1]


def test_every_bad_row_is_named_and_nothing_is_written(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "videos" / "notes.mp4").write_text("not a video\n" * 50)
    rows = (
        GOOD_ROWS
        + "missing.mp4,D03,T01,1,,BRT,A\n"  # line 5
        + "d01_s03.mp4,D04,T01,1,,BRT,A\n"  # line 6: the same video as line 2
        + "d02_s01.mp4,D01,T01,3,,BRT,A\n"  # line 7: same video, same dyad and session
        + "d02_s01.mp4,D05,T01,three,2024-13-01,BRT,C\n"  # line 8: wrong types
        + "notes.mp4,D06,T01,1,,BRT,A\n"  # line 9: not a video
    )
    listing = _list(tmp_path, HEADER + rows)
    out = tmp_path / "projects"
    args = ["new", "--from-csv", str(listing), "--videos", str(videos), "-o", str(out)]
    assert main(args) == 1
    err = capsys.readouterr().err.splitlines()
    where = f"{listing}: line"
    assert err[0] == f"{where} 5: video 'missing.mp4' not found in {videos}"
    assert err[1] == f"{where} 6: the same video as line 2"
    assert err[2] == f"{where} 7: the same video as line 4"
    assert err[3] == f"{where} 7: the same dyad and session number as line 2 (D01, 3)"
    assert err[4] == f"{where} 8: session_number: must be a whole number (got 'three')"
    assert err[5] == f"{where} 8: recording_date: must be a date as YYYY-MM-DD (got '2024-13-01')"
    assert err[6] == f"{where} 8: the same video as line 4"
    assert err[-1] == "Nothing was written."
    assert not out.exists()
    assert _files(videos) == ["notes.mp4"]


def test_a_video_that_cannot_be_probed_stops_the_whole_list(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (videos / "notes.mp4").write_text("not a video\n" * 50)
    listing = _list(tmp_path, HEADER + GOOD_ROWS + "notes.mp4,D06,T01,1,,BRT,A\n")
    assert main(["new", "--from-csv", str(listing), "--videos", str(videos)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{listing}: line 5: ") and "notes.mp4" in err[0]
    assert err[-1] == "Nothing was written."
    assert _files(videos) == ["notes.mp4"]


def test_a_list_that_is_not_utf8_is_one_clear_error(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _list(tmp_path, HEADER + GOOD_ROWS.replace("BRT", "Thérapie"), "cp1252")
    assert main(["new", "--from-csv", str(listing), "--videos", str(videos)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{listing}: is not UTF-8 text (bad byte at line 2, offset 100); save it from your "
        "spreadsheet as CSV UTF-8",
        "Nothing was written.",
    ]
    assert _files(videos) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("dyad,session_number\nD01,1\n", "line 1: no video column"),
        ("video,dyad,dyad\nd01_s03.mp4,D01,D02\n", "line 1: the column 'dyad' appears twice"),
        ("video,2nd rater\nd01_s03.mp4,x\n", "line 1: '2nd rater' cannot be a session field"),
        (HEADER + "d01_s03.mp4,D01\n", "line 2: has 2 cells, the header 7"),
        (HEADER, "lists no recordings"),
    ],
)
def test_a_list_with_a_bad_header_or_row_shape_is_refused(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str], text: str, problem: str
) -> None:
    listing = _list(tmp_path, text)
    assert main(["new", "--from-csv", str(listing), "--videos", str(videos)]) == 1
    assert problem in capsys.readouterr().err
    assert _files(videos) == []


def test_existing_projects_are_never_replaced_without_force(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _list(tmp_path, HEADER + GOOD_ROWS)
    args = ["new", "--from-csv", str(listing), "--videos", str(videos)]
    existing = videos / "d01_s04.rupture.json"
    existing.write_text("{}")
    assert main(args) == 1
    assert "d01_s04.rupture.json: already exists" in capsys.readouterr().err
    assert _files(videos) == ["d01_s04.rupture.json"] and existing.read_text() == "{}"
    assert main([*args, "--force"]) == 0
    assert load_project(existing).media[0].session.session_number == 4


def test_new_with_fields(tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.rupture.json"
    args = ["new", str(videos / "d01_s03.mp4"), "-o", str(out)]
    fields = ["--field", "dyad=D01", "--field", "session_number=3", "--field", "site=Basel"]
    assert main([*args, *fields]) == 0, capsys.readouterr().err
    project = load_project(out)
    info = project.media[0].session
    assert (info.dyad, info.session_number, info.custom) == ("D01", 3, {"site": "Basel"})
    assert [f.name for f in project.session_fields] == ["site"]
    assert main([*args, "--force", "--field", "session_number=three"]) == 1
    assert (
        capsys.readouterr().err.strip()
        == "--field session_number: must be a whole number (got 'three')."
    )
    assert main([*args, "--force", "--field", "dyad"]) == 1
    assert "write it as KEY=VALUE" in capsys.readouterr().err
    assert load_project(out).media[0].session.dyad == "D01"  # the refused runs wrote nothing
