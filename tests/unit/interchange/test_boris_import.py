"""BORIS projects in: state events paired, point events by the stated rule, modifiers as markers,
subjects as coders or actors, media files found across an observation's playlist."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.interchange.boris import read_boris
from rupture_annotator.storage.interchange.mapping import Mapping
from rupture_annotator.storage.interchange.plan import ImportPlan, plan_import
from rupture_annotator.storage.interchange.source import InterchangeError
from rupture_annotator.storage.project_file import load_project
from tests.factories import codebook

DATA = Path(__file__).parent / "data"

V7_MAP = {
    "format": "rupture-annotator-import-map",
    "version": 1,
    "codes": {
        "WD": {"span": "withdrawal"},
        "CF": {"span": "confrontation"},
        "RS": {"span": "strategy"},
        "sigh": {"span": "withdrawal"},
    },
    "values": {
        "minimal response": "wd_shutting_down",
        "denial": "wd_masking",
        "abstract": "wd_avoiding",
        "complaint about therapist": "cf_against_therapist",
    },
    "subjects": "actors",
    "actors": {"Patient": "patient", "Therapist": "therapist"},
    "coder": "ana",
    "point_event_ms": 1500,
}


def _plan(path: Path, mapping: dict[str, object], cb_name: str = "3rs-2022") -> ImportPlan:
    cb = load_codebook(cb_name) if cb_name != "test" else codebook()
    return plan_import(
        read_boris(path),
        Mapping.model_validate(mapping),
        cb,
        project_dir=path.parent,
        source_dir=path.parent,
    )


def _rows(plan: ImportPlan) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    for rec in plan.recordings:
        out[rec.source_key] = sorted(
            (
                a.kind if isinstance(a, Rupture) else "strategy",
                a.start_ms,
                a.end_ms,
                a.coder,
                a.actor if isinstance(a, Rupture) else None,
                a.marker_ids if isinstance(a, Rupture) else a.strategy_ids,
                a.note,
            )
            for a in rec.annotations
        )
    return out


def test_a_format_7_project_with_subjects_as_actors(tmp_path: Path) -> None:
    path = tmp_path / "study.boris"
    shutil.copy(DATA / "study-v7.boris", path)
    before = path.read_bytes()
    plan = _plan(path, V7_MAP)
    assert _rows(plan) == {
        "D01_s3_part1.mp4": [
            ("strategy", 21_000, 30_000, "ana", None, (), "invites discussion"),
            (
                "withdrawal",
                12_500,
                20_000,
                "ana",
                "patient",
                ("wd_shutting_down", "wd_masking"),
                "long silence",
            ),
            # a state event across media files: split at the change of file
            ("withdrawal", 95_000, 100_000, "ana", "patient", ("wd_avoiding",), ""),
        ],
        "D01_s3_part2.mp4": [
            ("withdrawal", 0, 5_000, "ana", "patient", ("wd_avoiding",), ""),
            # a point event: [t, t + point_event_ms], on the file it falls in (160 s - 100 s)
            ("withdrawal", 60_000, 61_500, "ana", "patient", (), ""),
        ],
    }
    assert [r.media.duration_ms for r in plan.recordings] == [100_000, 200_000]
    assert any("runs from D01_s3_part1.mp4 into D01_s3_part2.mp4" in n for n in plan.notes)
    assert any("'waiting room' is a live observation" in n for n in plan.notes)
    (unpaired,) = [s for s in plan.skipped if "unpaired" in s]
    assert "'CF' of 'Patient' starts at 0:02:30.250" in unpaired
    assert plan.unmapped_codes == {"laugh": 1}
    assert plan.taken_values[("abstract", "wd_avoiding")] == 2
    assert path.read_bytes() == before, "an import never changes its source"


def test_a_format_4_project_with_subjects_as_coders_and_numbered_modifiers() -> None:
    plan = _plan(DATA / "study-v4.boris", {"format": "rupture-annotator-import-map"}, "test")
    assert _rows(plan) == {
        "session7.avi": [
            ("withdrawal", 61_200, 70_800, "rater1", None, ("wd_minimal_response",), ""),
            ("withdrawal", 80_000, 90_500, "rater1", None, (), ""),
        ]
    }
    assert plan.new_coders == ["rater1"]
    assert plan.recordings[0].media.duration_ms == 3_000_000


def test_gzip_projects_are_read_and_a_truncated_one_is_refused(tmp_path: Path) -> None:
    packed = gzip.compress((DATA / "study-v7.boris").read_bytes())
    (tmp_path / "study.boris.gz").write_bytes(packed)
    assert read_boris(tmp_path / "study.boris.gz").span_count() == 6
    (tmp_path / "cut.boris.gz").write_bytes(packed[:-40])
    with pytest.raises(InterchangeError, match=r"^cut\.boris\.gz is a truncated or damaged gzip"):
        read_boris(tmp_path / "cut.boris.gz")


@pytest.mark.parametrize(
    ("version", "says"),
    [("9.0", "format 9.0, which this app does not read"), ("seven", "unknown BORIS project")],
)
def test_an_unknown_version_is_refused_in_one_sentence(
    tmp_path: Path, version: str, says: str
) -> None:
    data = json.loads((DATA / "study-v7.boris").read_text())
    data["project_format_version"] = version
    (tmp_path / "new.boris").write_text(json.dumps(data))
    with pytest.raises(InterchangeError, match=says) as caught:
        read_boris(tmp_path / "new.boris")
    assert "\n" not in str(caught.value)


def test_not_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.boris").write_text('{"observations": {')
    with pytest.raises(
        InterchangeError, match=r"^x\.boris is not a BORIS project \(not valid JSON"
    ):
        read_boris(tmp_path / "x.boris")


def test_cli_imports_a_boris_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "map.json").write_text(json.dumps(V7_MAP))
    out = tmp_path / "study.rupture.json"
    args = ["import", str(DATA / "study-v7.boris"), "--map", str(tmp_path / "map.json")]
    assert main([*args, "--codebook", "3rs-2022", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Would add 4 rupture(s) and 1 resolution strategy span(s)" in printed
    project = load_project(out)
    assert [Path(r.media.path).name for r in project.media] == [
        "D01_s3_part1.mp4",
        "D01_s3_part2.mp4",
    ]
    assert project.coders == ["ana"]


def test_each_coders_observation_of_one_video_gets_its_coder(tmp_path: Path) -> None:
    data = json.loads((DATA / "study-v7.boris").read_text())
    first = data["observations"]["D01_s3 coder A"]
    second = json.loads(json.dumps(first))
    second["events"] = [
        [40.0, "Patient", "WD", "", "", 1000],
        [44.0, "Patient", "WD", "", "", 1100],
    ]
    data["observations"]["D01_s3 coder B"] = second
    (tmp_path / "two.boris").write_text(json.dumps(data, indent=1))
    mapping = {**V7_MAP, "coders": {"D01_s3 coder A": "ana", "D01_s3 coder B": "ben"}}
    plan = _plan(tmp_path / "two.boris", mapping)
    part1 = next(r for r in plan.recordings if r.source_key == "D01_s3_part1.mp4")
    coders = sorted((a.start_ms, a.coder) for a in part1.annotations)
    assert (40_000, "ben") in coders and (12_500, "ana") in coders
    assert {c for _s, c in coders} == {"ana", "ben"}
