"""The study's session fields as a file: `new --from-csv --fields FILE` reads each defined
column as its type and checks the required ones, row by row."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.session import FieldDefinition
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.storage.session_fields import FieldsFileError, load_fields, save_fields
from tests.unit.conftest import coded_project

HEADER = "video,dyad,session_number,arm,visits,consented\n"
FIELDS = [
    FieldDefinition(name="arm", type="choice", choices=("A", "B"), required=True),
    FieldDefinition(name="visits", label="Visits", type="integer"),
    FieldDefinition(name="consented", type="date"),
]


@pytest.fixture
def videos(tmp_path: Path, video: Path) -> Path:
    folder = tmp_path / "videos"
    folder.mkdir()
    for name in ("a.mp4", "b.mp4"):
        (folder / name).symlink_to(video)
    return folder


def _run(tmp_path: Path, videos: Path, rows: str, fields: Path) -> int:
    listing = tmp_path / "sessions.csv"
    listing.write_text(HEADER + rows)
    out = tmp_path / "projects"
    return main(
        ["new", "--from-csv", str(listing), "--videos", str(videos), "-o", str(out),
         "--fields", str(fields)]
    )  # fmt: skip


def test_fields_round_trip_through_their_file(tmp_path: Path) -> None:
    path = tmp_path / "study.fields.json"
    save_fields(FIELDS, ["dyad"], path)
    assert load_fields(path) == (FIELDS, ["dyad"])


def test_a_project_file_gives_its_definitions(tmp_path: Path) -> None:
    project = coded_project()
    project.set_session_fields(FIELDS[:1], ["therapist"])
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    assert load_fields(path) == (FIELDS[:1], ["therapist"])


def test_a_bad_fields_file_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.fields.json"
    path.write_text('{"session_fields": [{"name": "arm", "type": "choice"}]}')
    with pytest.raises(FieldsFileError, match="a choice field needs at least one choice"):
        load_fields(path)


def test_the_list_is_read_with_the_definitions(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fields = tmp_path / "study.fields.json"
    save_fields(FIELDS, ["dyad"], fields)
    rows = "a.mp4,D01,1,A,3,2024-02-01\nb.mp4,D02,,B,,\n"
    assert _run(tmp_path, videos, rows, fields) == 0, capsys.readouterr().err
    project = load_project(tmp_path / "projects" / "a.rupture.json")
    assert project.session_fields == FIELDS
    assert project.required_session_fields == ["dyad"]
    assert project.media[0].session.custom == {"arm": "A", "visits": 3, "consented": "2024-02-01"}


def test_each_row_that_breaks_a_definition_is_named(
    tmp_path: Path, videos: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fields = tmp_path / "study.fields.json"
    save_fields(FIELDS, ["dyad"], fields)
    rows = "a.mp4,D01,1,C,three,2024-02-01\nb.mp4,,2,,1,\n"
    assert _run(tmp_path, videos, rows, fields) == 1
    err = capsys.readouterr().err
    assert "line 2: arm: must be one of 'A', 'B' (got 'C')" in err
    assert "line 2: visits: must be a whole number (got 'three')" in err
    assert "line 3: Dyad: is required but empty" in err
    assert "line 3: arm: is required but empty" in err
    assert not (tmp_path / "projects").exists()
