"""A lab's codebook: every problem named as path + reason, and changes to a codebook in use that
never lose a span (renames change labels only; a removed code's spans move or stay flagged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.codebook_edits import (
    KEEP_FLAGGED,
    code_uses,
    free_id,
    plan_change,
    removals,
    renamed,
)
from rupture_annotator.domain.codebook_rules import codebook_problems
from rupture_annotator.domain.project import Change, EditError
from rupture_annotator.storage.codebooks import (
    CODEBOOK_DIR,
    codebook_bytes,
    codebook_file_problems,
    codebook_fingerprint,
    codebook_problems_of,
    load_codebook,
    save_codebook,
)
from rupture_annotator.storage.project_file import load_project, project_bytes, save_project
from tests.unit.conftest import REC, coded_project


def _data(name: str = "3rs-2015") -> dict:
    return json.loads((CODEBOOK_DIR / f"{name}.json").read_text())


def _without(cb: Codebook, code_id: str) -> Codebook:
    return cb.model_copy(
        update={
            "markers": tuple(m for m in cb.markers if m.id != code_id),
            "strategies": tuple(s for s in cb.strategies if s.id != code_id),
        }
    )


# -- problems as path + reason -----------------------------------------------------------------


def test_the_shipped_codebooks_keep_every_rule() -> None:
    for name in ("3rs-2015", "3rs-2022"):
        assert codebook_problems(load_codebook(name)) == []


def test_every_problem_is_named_with_its_path() -> None:
    data = _data()
    data["markers"][1]["key"] = data["markers"][0]["key"]  # a key used twice
    data["strategies"][2]["id"] = data["markers"][3]["id"]  # an id used twice
    data["scales"][0]["anchors"] = {}  # a scale without anchors
    data["markers"][4]["key"] = "q"  # a key nobody can press to toggle it
    _, problems = codebook_problems_of(data)
    paths = dict(problems)
    assert "'1' is already the key of withdrawal marker 'Denial'" in paths["markers[1].key"]
    assert "appears twice (also markers[3])" in paths["strategies[2].id"]
    assert "has no anchors" in paths["scales[0].anchors"]
    assert "must be one digit" in paths["markers[4].key"]
    assert len(problems) == 4


def test_field_problems_are_listed_all_at_once() -> None:
    data = _data()
    data["markers"][0]["color"] = "blue"
    data["strategies"][0]["label"] = ""
    cb, problems = codebook_problems_of(data)
    assert cb is None
    assert [p for p, _ in problems] == ["markers[0].color", "strategies[0].label"]


def test_loading_keeps_the_old_rules_only() -> None:
    data = _data()
    data["scales"][0]["anchors"] = {}
    assert Codebook.model_validate(data).scales[0].anchors == {}  # old projects still open
    data["markers"][1]["key"] = data["markers"][0]["key"]
    with pytest.raises(ValueError, match=r"markers\[1\]\.key: .*keys must be unique"):
        Codebook.model_validate(data)


def test_a_codebook_file_round_trips_and_is_checked(tmp_path: Path) -> None:
    cb = load_codebook("3rs-2022")
    path = tmp_path / "lab.codebook.json"
    save_codebook(cb, path)
    assert load_codebook(path) == cb
    assert codebook_file_problems(path) == []
    # written as before translations existed: an older app still reads it
    assert b"labels" not in codebook_bytes(cb) and b"retired" not in codebook_bytes(cb)


def test_a_damaged_codebook_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "x.codebook.json"
    path.write_text('{"id": "x", "id": "y"}')
    assert codebook_file_problems(path) == [
        "is damaged: the key 'id' appears twice in the same object"
    ]
    path.write_text("{")
    assert codebook_file_problems(path)[0].startswith("is not a JSON codebook")


def test_validate_accepts_codebook_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.codebook.json"
    save_codebook(load_codebook("3rs-2015"), good)
    data = _data()
    data["markers"][2]["key"] = "1"
    bad = tmp_path / "bad.codebook.json"
    bad.write_text(json.dumps(data))
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"OK  {good}"
    assert out[1].startswith(f"{bad}: markers[2].key: '1' is already the key of withdrawal marker")
    assert main(["validate", str(good)]) == 0


# -- translations ------------------------------------------------------------------------------


def test_labels_in_another_language_are_shown_never_saved() -> None:
    data = _data()
    data["markers"][0]["labels"] = {"de": "Verleugnung"}
    data["scales"][0]["anchor_labels"] = {"de": {1: "Keine"}}
    cb = Codebook.model_validate(data)
    assert cb.languages == ("en", "de")
    shown = cb.in_language("de")
    assert shown.markers_by_id["wd_denial"].label == "Verleugnung"
    assert shown.markers[1].label == "Minimal response"  # no translation: as it is
    assert shown.scales[0].anchors[1] == "Keine"
    assert cb.in_language("en") is cb and cb.markers[0].label == "Denial"
    assert Codebook.model_validate_json(cb.model_dump_json()) == cb


# -- changes to a codebook in use ---------------------------------------------------------------


def test_a_rename_changes_the_label_only() -> None:
    project = coded_project()
    before = project_bytes(project)
    new = renamed(project.codebook, "wd_denial", "Denial of feeling")
    project.set_codebook(plan_change(project, new))
    rec = project.recording(REC)
    assert rec.find("r1").marker_ids == ("wd_minimal_response", "wd_denial")  # type: ignore[union-attr]
    assert project.codebook.markers_by_id["wd_denial"].label == "Denial of feeling"
    assert project_bytes(project).replace(b"Denial of feeling", b"Denial") == before


def test_a_translation_is_added_by_renaming_in_that_language() -> None:
    cb = renamed(load_codebook("3rs-2015"), "rs_clarify", "Klärt Missverständnis", "de")
    assert cb.strategies_by_id["rs_clarify"].label == "Clarifies misunderstanding"
    assert cb.in_language("de").strategies_by_id["rs_clarify"].label == "Klärt Missverständnis"


def test_removing_a_code_in_use_says_how_many_spans_use_it() -> None:
    project = coded_project()
    new = _without(project.codebook, "wd_denial")
    [removal] = removals(project, new)
    assert (removal.kind, removal.uses) == ("marker", 1)
    assert removal.sentence() == "The marker 'Denial' is used by 1 span."
    assert ("wd_minimal_response", "Minimal response") in removal.targets
    assert all(t != "cf_complaint_therapist" for t, _ in removal.targets)  # the same kind only
    with pytest.raises(EditError, match="Say where its spans go first"):
        plan_change(project, new)


def test_removed_code_moves_its_spans_as_one_undoable_edit() -> None:
    project = coded_project()
    before = project.model_dump()
    seen: list[Change] = []
    project.subscribe(seen.append)
    new = _without(project.codebook, "wd_denial")
    swap = plan_change(project, new, {"wd_denial": "wd_abstract"})
    undo = project.set_codebook(swap)
    r1 = project.recording(REC).find("r1")
    assert r1 is not None and r1.marker_ids == ("wd_minimal_response", "wd_abstract")  # type: ignore[union-attr]
    assert "wd_denial" not in project.codebook.markers_by_id
    assert [c.kind for c in seen] == ["annotation_changed", "codebook_changed"]
    project.set_codebook(undo)
    assert project.model_dump() == before


def test_moving_onto_a_code_the_span_has_already_merges_them() -> None:
    project = coded_project()
    new = _without(project.codebook, "wd_denial")
    project.set_codebook(plan_change(project, new, {"wd_denial": "wd_minimal_response"}))
    r1 = project.recording(REC).find("r1")
    assert r1 is not None and r1.marker_ids == ("wd_minimal_response",)  # type: ignore[union-attr]


def test_a_removed_code_kept_flagged_stays_retired(tmp_path: Path) -> None:
    project = coded_project()
    new = _without(project.codebook, "rs_clarify")
    project.set_codebook(plan_change(project, new, {"rs_clarify": KEEP_FLAGGED}))
    kept = project.codebook.strategies_by_id["rs_clarify"]
    assert kept.retired and kept.key == ""
    assert kept not in project.codebook.in_use()
    s2 = project.recording(REC).find("s2")
    assert s2 is not None and "rs_clarify" in s2.strategy_ids  # type: ignore[union-attr]
    assert code_uses(project)["rs_clarify"] == 1
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    assert load_project(path).codebook.strategies_by_id["rs_clarify"].retired


def test_a_removed_scale_drops_its_ratings_only_when_asked() -> None:
    project = coded_project()
    cb = project.codebook
    new = cb.model_copy(update={"scales": tuple(s for s in cb.scales if s.id != "wd_significance")})
    [removal] = removals(project, new)
    assert removal.sentence() == "The scale 'Withdrawal significance' is used by 1 rating."
    with pytest.raises(EditError):
        plan_change(project, new)
    project.set_codebook(plan_change(project, new, {"wd_significance": None}))
    assert project.recording(REC).segment_ratings[0].values == {}


def test_a_scale_narrowed_below_given_ratings_is_refused() -> None:
    project = coded_project()
    cb = project.codebook
    scales = tuple(
        s.model_copy(update={"maximum": 2, "anchors": {1: "low", 2: "high"}})
        if s.id == "wd_significance"
        else s
        for s in cb.scales
    )
    with pytest.raises(EditError, match=r"segment_ratings\[0\]\.values\.wd_significance: must be"):
        project.set_codebook(plan_change(project, cb.model_copy(update={"scales": scales})))
    assert project.codebook is cb


def test_the_segment_length_stays_while_segments_are_rated() -> None:
    project = coded_project()
    new = project.codebook.model_copy(update={"segment_length_ms": 60_000})
    with pytest.raises(EditError, match="1 segment rating was given on 5-minute segments"):
        plan_change(project, new)


def test_a_new_code_gets_a_free_id() -> None:
    cb = load_codebook("3rs-2015")
    assert free_id(cb, "Denial", "wd_") == "wd_denial_2"
    assert free_id(cb, "Über-Kontrolle!", "cf_") == "cf_uber_kontrolle"


def test_the_fingerprint_follows_the_content() -> None:
    cb = load_codebook("3rs-2015")
    assert codebook_fingerprint(cb) == codebook_fingerprint(load_codebook("3rs-2015"))
    assert codebook_fingerprint(cb) != codebook_fingerprint(renamed(cb, "wd_denial", "Denying"))


def test_kinds_stay_apart_when_moving() -> None:
    project = coded_project()
    new = _without(project.codebook, "wd_denial")
    with pytest.raises(EditError, match="not a marker it can move to"):
        plan_change(project, new, {"wd_denial": "cf_complaint_therapist"})
    assert RuptureKind.WITHDRAWAL in {m.kind for m in new.markers}


def test_check_coding_lists_the_flagged_spans() -> None:
    from rupture_annotator.domain.completeness import open_items

    project = coded_project()
    new = _without(project.codebook, "rs_clarify")
    project.set_codebook(plan_change(project, new, {"rs_clarify": KEEP_FLAGGED}))
    [item] = [i for i in open_items(project, "ana") if i.category == "retired_code"]
    assert item.annotation_id == "s2"
    assert "'Clarifies misunderstanding', taken out of the codebook" in item.text


def test_the_about_sheet_names_the_codebook_coded_with() -> None:
    from datetime import UTC, datetime

    from rupture_annotator.storage.export.reference import about_table
    from rupture_annotator.storage.export.study import Study, StudyProject

    project = coded_project()
    new = _without(project.codebook, "rs_clarify")
    project.set_codebook(plan_change(project, new, {"rs_clarify": KEEP_FLAGGED}))
    study = Study((StudyProject("p", None, project),))
    rows = dict(about_table(study, datetime(2026, 1, 1, tzinfo=UTC), {}).rows)  # type: ignore[arg-type]
    assert rows["codebook"] == "3RS (2015 manual), version 1.0 (3rs-2015)"
    assert rows["codebook_fingerprint"] == codebook_fingerprint(project.codebook)
    assert rows["codebook_retired_codes"] == "rs_clarify"
    assert rows["incomplete_retired_code"] == "1"
