"""An ELAN user can open what we export: read back by pympi-ling, an independent EAF reader."""

from __future__ import annotations

from pathlib import Path

import pympi
import pytest
from lxml import etree

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.interchange.eaf import export_eaf
from rupture_annotator.storage.project_file import save_project
from tests.unit.conftest import coded_project


def _export(tmp_path: Path, project: Project) -> Path:
    study = tmp_path / "study"
    study.mkdir()
    (study / "session.mp4").write_bytes(b"not really a video")
    save_project(project, study / "session.rupture.json")
    files = export_eaf(project, study / "session.rupture.json", tmp_path / "elan")
    assert [f.name for f in files] == ["session.eaf"]
    return files[0]


def test_tiers_times_and_values_survive_an_independent_reader(tmp_path: Path) -> None:
    eaf = pympi.Elan.Eaf(str(_export(tmp_path, coded_project())))
    assert set(eaf.get_tier_names()) >= {
        "withdrawal@ana",
        "confrontation@ana",
        "withdrawal@ben",
        "strategy@ana",
        "withdrawal@ana/note",
        "strategy@ana/rupture",
    }
    assert eaf.get_annotation_data_for_tier("withdrawal@ana") == [
        (10_000, 25_000, "wd_minimal_response; wd_denial")
    ]
    assert eaf.get_annotation_data_for_tier("confrontation@ana") == [
        (290_000, 320_000, "cf_complaint_therapist")
    ]
    assert eaf.get_annotation_data_for_tier("strategy@ana") == [
        (26_000, 40_000, "rs_invite_discussion"),
        (321_000, 330_000, "rs_acknowledge_contribution; rs_clarify"),
    ]
    assert eaf.get_parameters_for_tier("withdrawal@ben")["ANNOTATOR"] == "ben"
    notes = eaf.get_ref_annotation_data_for_tier("withdrawal@ana/note")
    assert [n[2] for n in notes] == ["Long silence after the homework question."]
    assert eaf.get_parameters_for_tier("withdrawal@ana/note")["PARENT_REF"] == "withdrawal@ana"
    # the media linked by a path relative to the .eaf
    (media,) = eaf.media_descriptors
    assert media["RELATIVE_MEDIA_URL"] == "../study/session.mp4"
    assert media["MEDIA_URL"].startswith("file:///") and media["MIME_TYPE"] == "video/mp4"
    # the codebook as controlled vocabularies, bound to the span tiers' linguistic types
    assert set(eaf.get_controlled_vocabulary_names()) == {
        "withdrawal-codes",
        "confrontation-codes",
        "strategy-codes",
    }
    entries = eaf.controlled_vocabularies["withdrawal-codes"][1]
    assert "cve-wd_denial" in entries
    assert eaf.linguistic_types["ra-withdrawal"]["CONTROLLED_VOCABULARY_REF"] == "withdrawal-codes"


def test_the_document_has_eaf_3_structure_in_order(tmp_path: Path) -> None:
    root = etree.parse(str(_export(tmp_path, coded_project()))).getroot()
    assert root.tag == "ANNOTATION_DOCUMENT" and root.get("VERSION") == "3.0"
    order = ["HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "LANGUAGE", "CONSTRAINT"]
    order.append("CONTROLLED_VOCABULARY")
    seen = [c.tag for c in root]
    assert [t for i, t in enumerate(seen) if i == 0 or seen[i - 1] != t] == order
    times = [int(ts.get("TIME_VALUE")) for ts in root.iter("TIME_SLOT")]
    assert times == sorted(set(times))  # ascending, each time once, integer ms
    ids = [a.get("ANNOTATION_ID") for a in root.iter("ALIGNABLE_ANNOTATION", "REF_ANNOTATION")]
    assert len(ids) == len(set(ids))
    last = root.find("HEADER/PROPERTY[@NAME='lastUsedAnnotationId']")
    assert last is not None and int(last.text or 0) == len(ids)
    one_code = root.find(".//ALIGNABLE_ANNOTATION[@CVE_REF='cve-cf_complaint_therapist']")
    assert one_code is not None


def test_a_tier_per_actor_with_the_actor_as_participant(tmp_path: Path) -> None:
    project = Project(codebook=load_codebook("3rs-2022"))
    project.add_coder("ana")
    project.add_recording(MediaRef(path="session.mp4", duration_ms=600_000), "rec1")
    for actor, start in (("patient", 1_000), ("therapist", 5_000)):
        project.add_annotation(
            "rec1",
            Rupture(
                kind=RuptureKind.WITHDRAWAL,
                start_ms=start,
                end_ms=start + 2_000,
                coder="ana",
                actor=actor,
                marker_ids=("wd_avoiding",),
            ),
        )
    eaf = pympi.Elan.Eaf(str(_export(tmp_path, project)))
    assert eaf.get_annotation_data_for_tier("withdrawal_therapist@ana") == [
        (5_000, 7_000, "wd_avoiding")
    ]
    assert eaf.get_parameters_for_tier("withdrawal_patient@ana")["PARTICIPANT"] == "patient"


def test_cli_export_eaf_writes_one_file_per_recording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rupture_annotator.cli import main

    project = coded_project()
    project.add_recording(MediaRef(path="second.mp4", duration_ms=60_000), "rec2")
    save_project(project, tmp_path / "study.rupture.json")
    assert (
        main(["export", str(tmp_path / "study.rupture.json"), "--eaf", str(tmp_path / "elan")]) == 0
    )
    assert sorted(p.name for p in (tmp_path / "elan").iterdir()) == ["second.eaf", "session.eaf"]
    assert "session.eaf" in capsys.readouterr().out
    second = pympi.Elan.Eaf(str(tmp_path / "elan" / "second.eaf"))
    assert list(second.get_tier_names()) == []  # a recording not coded yet: no tiers
    status = main(["export", str(tmp_path / "missing.rupture.json"), "--eaf", str(tmp_path / "e")])
    assert status == 1
