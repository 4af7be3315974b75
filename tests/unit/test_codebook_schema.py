"""Schema 7: codebook labels in several languages and retired codes; older files load as they
are (English labels, nothing retired) and say nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

from rupture_annotator.domain.codebook_edits import KEEP_FLAGGED, plan_change, renamed
from rupture_annotator.storage.migrations import SCHEMA_VERSION, migrate
from rupture_annotator.storage.project_file import load_project, project_bytes, save_project
from tests.unit.conftest import coded_project


def test_schema_7_adds_translations_and_retired_codes() -> None:
    assert SCHEMA_VERSION >= 7
    data = json.loads(project_bytes(coded_project()))
    data["schema_version"] = 6
    before = json.loads(json.dumps(data))
    notes: list[str] = []
    out = migrate(data, current=7, notes=notes)
    assert out["schema_version"] == 7 and notes == []
    assert out["codebook"] == before["codebook"]


def test_a_schema_6_file_opens_with_its_codebook_unchanged(tmp_path: Path) -> None:
    project = coded_project()
    data = json.loads(project_bytes(project))
    data["schema_version"] = 6
    path = tmp_path / "old.rupture.json"
    path.write_text(json.dumps(data))
    loaded = load_project(path)
    assert loaded.codebook == project.codebook and loaded.load_notes == []
    assert loaded.codebook.language == "en"
    assert not any(c.retired for c in loaded.codebook.codes())


def test_translations_and_retired_codes_survive_a_save(tmp_path: Path) -> None:
    project = coded_project()
    cb = renamed(project.codebook, "wd_denial", "Verleugnung", "de")
    cb = cb.model_copy(
        update={"strategies": tuple(s for s in cb.strategies if s.id != "rs_clarify")}
    )
    project.set_codebook(plan_change(project, cb, {"rs_clarify": KEEP_FLAGGED}))
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    raw = json.loads(path.read_bytes())
    assert raw["schema_version"] == SCHEMA_VERSION
    assert raw["codebook"]["markers"][0]["labels"] == {"de": "Verleugnung"}
    loaded = load_project(path)
    assert loaded.codebook == project.codebook
    assert loaded.codebook.strategies_by_id["rs_clarify"].retired
