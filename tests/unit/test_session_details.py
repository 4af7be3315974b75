"""Session details: the built-in and custom fields of each recording, in the file and in edits."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rupture_annotator.domain.project import EditError
from rupture_annotator.domain.session import (
    FieldDefinition,
    SessionInfo,
    missing_required,
    parse_value,
    set_field,
)
from rupture_annotator.storage.migrations import SCHEMA_VERSION
from rupture_annotator.storage.project_file import (
    ProjectFileError,
    load_project,
    project_bytes,
    save_project,
)
from tests.factories import empty_project

V1_FILE = Path(__file__).parent / "data" / "session-v1.rupture.json"
FIELDS = [
    FieldDefinition(name="arm", label="Study arm", type="choice", choices=("A", "B")),
    FieldDefinition(name="site", type="integer", required=True),
    FieldDefinition(name="consent_date", type="date"),
    FieldDefinition(name="note_code"),
]


def detailed_project() -> Any:
    project = empty_project()
    project.set_session_fields(FIELDS)
    project.set_session(
        "rec1",
        SessionInfo(
            dyad="D07",
            therapist="T02",
            session_number=4,
            recording_date=date(2024, 5, 17),
            condition="BRT",
            phase="middle",
            custom={"arm": "B", "site": 3, "consent_date": "2024-01-02"},
        ),
    )
    return project


def test_fields_and_definitions_survive_a_save_and_load(tmp_path: Path) -> None:
    project = detailed_project()
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.session_fields == FIELDS
    assert loaded.media[0].session == project.media[0].session
    assert loaded.required_session_fields == ["dyad", "session_number"]
    assert project_bytes(loaded) == path.read_bytes()
    data = json.loads(path.read_bytes())
    assert data["media"][0]["session"]["recording_date"] == "2024-05-17"
    assert data["session_fields"][0] == {
        "name": "arm",
        "label": "Study arm",
        "type": "choice",
        "choices": ["A", "B"],
        "required": False,
    }


def test_a_file_of_the_first_schema_is_upgraded_on_load_and_never_rewritten(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.rupture.json"
    shutil.copyfile(V1_FILE, path)
    before = path.read_bytes()
    assert json.loads(before)["schema_version"] == 1
    project = load_project(path)
    assert path.read_bytes() == before
    assert project.session_fields == []
    assert all(rec.session == SessionInfo() for rec in project.media)
    assert project.annotation_count() > 0  # the coding came through
    save_project(project, path)
    data = json.loads(path.read_bytes())
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data)[:6] == [
        "schema_version",
        "saved_by",
        "codebook",
        "coders",
        "session_fields",
        "required_session_fields",
    ]
    assert data["media"][0]["session"]["dyad"] == ""
    assert load_project(path).model_dump() == project.model_dump()


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.rupture.json"
    save_project(detailed_project(), path)
    return path


def _broken(path: Path, change: Any) -> str:
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    return info.value.problem


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["media"][0]["session"]["custom"].update(arm="C"),
            "media[0].session.custom.arm: must be one of 'A', 'B' (got 'C')",
        ),
        (
            lambda d: d["media"][0]["session"]["custom"].update(site="3"),
            "media[0].session.custom.site: must be a whole number (got '3')",
        ),
        (
            lambda d: d["media"][0]["session"]["custom"].update(consent_date="2/1/2024"),
            "media[0].session.custom.consent_date: must be a date as YYYY-MM-DD (got '2/1/2024')",
        ),
        (
            lambda d: d["media"][0]["session"]["custom"].update(note_code=5),
            "media[0].session.custom.note_code: must be text (got 5)",
        ),
        (
            lambda d: d["media"][0]["session"]["custom"].update(weather="rain"),
            "media[0].session.custom.weather: 'weather' is not one of the project's session fields",
        ),
        (
            lambda d: d["media"][0]["session"].update(session_number="4"),
            "media[0].session.session_number: input should be a valid integer (got '4')",
        ),
        (
            lambda d: d["media"][0]["session"].update(recording_date="17.05.2024"),
            "media[0].session.recording_date: input should be a valid date in the format "
            "YYYY-MM-DD, invalid character in year (got '17.05.2024')",
        ),
        (
            lambda d: d["media"][0]["session"].update(room="3"),
            "media[0].session.room: is not a field this version knows",
        ),
        (
            lambda d: d["session_fields"][1].update(name="dyad"),
            "session_fields[1].name: 'dyad' is a built-in session field",
        ),
        (
            lambda d: d["session_fields"][1].update(name="Arm"),
            "session_fields[1].name: a second field named 'Arm'",
        ),
        (
            lambda d: d["session_fields"][0].update(name="2nd arm"),
            "session_fields[0].name: string should match pattern "
            "'^[A-Za-z][A-Za-z0-9_]{0,63}$' (got '2nd arm')",
        ),
        (
            lambda d: d["session_fields"][0].update(choices=[]),
            "session_fields[0]: a choice field needs at least one choice",
        ),
        (
            lambda d: d.update(required_session_fields=["dyad", "room"]),
            "required_session_fields[1]: no built-in session field 'room'",
        ),
    ],
)
def test_a_wrong_value_is_named_by_its_path(tmp_path: Path, change: Any, problem: str) -> None:
    assert _broken(_saved(tmp_path), change) == problem


def test_required_but_empty_is_not_a_load_error(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    data = json.loads(path.read_bytes())
    data["media"][0]["session"] = {}
    path.write_text(json.dumps(data))
    project = load_project(path)
    info = project.media[0].session
    assert missing_required(info, project.session_fields, project.required_session_fields) == [
        "Dyad",
        "Session number",
        "site",
    ]


def test_an_edit_with_a_wrong_value_is_refused_and_announces_nothing() -> None:
    project = detailed_project()
    heard: list[str] = []
    project.subscribe(lambda c: heard.append(c.kind))
    before = project.media[0].session
    with pytest.raises(EditError, match=r"session\.custom\.arm: must be one of 'A', 'B'"):
        project.set_session("rec1", before.with_value("arm", "C"))
    assert project.media[0].session == before and heard == []
    old = project.set_session("rec1", before.with_value("dyad", "D08"))
    assert old == before and heard == ["session_changed"]
    assert project.media[0].session.dyad == "D08"


def test_field_definitions_cannot_orphan_a_value() -> None:
    project = detailed_project()
    with pytest.raises(EditError, match=r"media\[0\]\.session\.custom\.arm: must be one of 'A'"):
        project.set_session_fields(
            [FieldDefinition(name="arm", type="choice", choices=("A",)), *FIELDS[1:]]
        )
    with pytest.raises(EditError, match="is not one of the project's session fields"):
        project.set_session_fields(FIELDS[1:])
    assert project.session_fields == FIELDS
    old = project.set_session_fields([*FIELDS, FieldDefinition(name="rater")])
    assert old == FIELDS and project.session_fields[-1].name == "rater"


def test_text_is_parsed_by_the_fields_type() -> None:
    info = SessionInfo()
    info = set_field(info, FIELDS, "session_number", " 12 ")
    info = set_field(info, FIELDS, "recording_date", "2024-02-29")
    info = set_field(info, FIELDS, "arm", "A")
    info = set_field(info, FIELDS, "site", "4")
    assert (info.session_number, info.recording_date) == (12, date(2024, 2, 29))
    assert info.custom == {"arm": "A", "site": 4}
    assert set_field(info, FIELDS, "arm", "").custom == {"site": 4}
    assert set_field(info, FIELDS, "session_number", "").session_number is None
    for name, text, reason in [
        ("session_number", "twelve", "must be a whole number (got 'twelve')"),
        ("recording_date", "2024-02-30", "must be a date as YYYY-MM-DD (got '2024-02-30')"),
        ("arm", "a", "must be one of 'A', 'B' (got 'a')"),
        ("colour", "red", "is not a session field of this project ('colour')"),
    ]:
        with pytest.raises(ValueError) as info_:
            set_field(info, FIELDS, name, text)
        assert str(info_.value) == reason
    assert parse_value("text", "  D01 ") == "D01"


def test_validate_can_note_required_details_still_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rupture_annotator.cli import main

    path = _saved(tmp_path)
    project = load_project(path)
    project.set_session("rec1", project.media[0].session.with_value("site", None))
    project.add_recording(project.media[0].media.model_copy(update={"path": "b.mp4"}), "rec2")
    save_project(project, path)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"OK  {path}\n"
    assert main(["validate", "--missing", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"OK  {path}",
        "    note: media[0] (session.mp4): empty site",
        "    note: media[1] (b.mp4): empty Dyad, Session number, site",
    ]


def test_the_demo_session_has_its_details() -> None:
    from tests.conftest import REPO

    project = load_project(REPO / "resources" / "demo" / "session.rupture.json")
    info = project.media[0].session
    assert (info.dyad, info.session_number, info.condition) == ("D01", 3, "demo")
