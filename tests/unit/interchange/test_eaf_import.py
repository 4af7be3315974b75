"""ELAN files in: mapped through a map, previewed, round-tripped, refused in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.interchange.eaf import export_eaf, read_eaf
from rupture_annotator.storage.interchange.mapping import Mapping
from rupture_annotator.storage.interchange.plan import new_project_from_plan, plan_import
from rupture_annotator.storage.interchange.source import InterchangeError
from rupture_annotator.storage.project_file import load_project, save_project
from tests.factories import codebook
from tests.unit.conftest import coded_project

LAB_EAF = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="lab" DATE="2019-01-01T00:00:00+00:00" FORMAT="3.0" VERSION="3.0">
 <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
  <MEDIA_DESCRIPTOR MEDIA_URL="file:///data/D01_s3.mp4" MIME_TYPE="video/mp4"
     RELATIVE_MEDIA_URL="./D01_s3.mp4"/>
 </HEADER>
 <TIME_ORDER>
  <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="4000"/>
  <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="5000"/><TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="9000"/>
  <TIME_SLOT TIME_SLOT_ID="ts5" TIME_VALUE="9500"/><TIME_SLOT TIME_SLOT_ID="ts6" TIME_VALUE="12000"/>
  <TIME_SLOT TIME_SLOT_ID="ts7"/>
 </TIME_ORDER>
 <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="WD_C1" PARTICIPANT="P">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
   <ANNOTATION_VALUE>MR, denial</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4">
   <ANNOTATION_VALUE>MR; ???</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a5" TIME_SLOT_REF1="ts6" TIME_SLOT_REF2="ts7">
   <ANNOTATION_VALUE>MR</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="Gesture">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a3" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts3">
   <ANNOTATION_VALUE>nod</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="Laughter">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a4" TIME_SLOT_REF1="ts5" TIME_SLOT_REF2="ts6">
   <ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default" TIME_ALIGNABLE="true"/>
</ANNOTATION_DOCUMENT>
"""

LAB_MAP = {
    "format": "rupture-annotator-import-map",
    "version": 1,
    "codes": {
        "WD_C1": {"span": "withdrawal", "coder": "coder1"},
        "Laughter": {"span": "ignore"},
    },
    "values": {"MR": "wd_minimal_response"},
}


def _spans(project: Project) -> set[tuple[object, ...]]:
    out: set[tuple[object, ...]] = set()
    for rec in project.media:
        for a in rec.annotations():
            if isinstance(a, Rupture):
                codes, rating, link = a.marker_ids, a.significance, None
            else:
                assert isinstance(a, ResolutionStrategy)
                codes, rating = a.strategy_ids, a.resolution
                r = rec.rupture(a.rupture_id) if a.rupture_id else None
                link = (r.start_ms, r.coder) if r else None
            kind = a.kind if isinstance(a, Rupture) else "strategy"
            out.add((kind, a.start_ms, a.end_ms, a.coder, codes, a.note, rating, link))
    return out


def test_round_trip_gives_back_spans_markers_coders_notes_and_links(tmp_path: Path) -> None:
    original = coded_project()
    save_project(original, tmp_path / "session.rupture.json")
    (eaf,) = export_eaf(original, tmp_path / "session.rupture.json", tmp_path / "elan")
    before = eaf.read_bytes()
    plan = plan_import(
        read_eaf(eaf),
        Mapping(),
        codebook(),
        project_dir=tmp_path / "new",
        source_dir=eaf.parent,
    )
    assert not plan.unmapped_codes and not plan.unmapped_values and not plan.skipped
    back = new_project_from_plan(codebook(), plan)
    assert _spans(back) == _spans(original)
    assert sorted(back.coders) == ["ana", "ben"]
    assert back.media[0].media.path == "../session.mp4"
    assert eaf.read_bytes() == before, "an import never changes its source"


def test_a_lab_file_through_a_map_counts_unmapped_and_lists_what_is_left_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "D01_s3.eaf"
    path.write_text(LAB_EAF)
    plan = plan_import(
        read_eaf(path),
        Mapping.model_validate(LAB_MAP),
        codebook(),
        project_dir=tmp_path,
        source_dir=tmp_path,
    )
    (rec,) = plan.recordings
    assert [(a.start_ms, a.end_ms, a.marker_ids) for a in rec.annotations] == [  # type: ignore[union-attr]
        (1000, 4000, ("wd_minimal_response", "wd_denial")),  # "denial" matched by its label
        (5000, 9000, ("wd_minimal_response",)),
    ]
    assert plan.new_coders == ["coder1"]
    assert plan.taken_codes == {("WD_C1", "withdrawal"): 2}
    assert plan.taken_values[("MR", "wd_minimal_response")] == 2
    assert plan.unmapped_codes == {"Gesture": 1}
    assert plan.unmapped_values == {"???": 1}
    assert plan.ignored_codes == {"Laughter": 1}
    assert any("'Gesture'" in s and "a3" in s for s in plan.skipped)
    assert any("a5" in s and "unaligned" in s for s in plan.skipped)


def test_cli_dry_run_prints_and_writes_nothing_then_import_writes_a_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "D01_s3.eaf").write_text(LAB_EAF)
    (tmp_path / "map.json").write_text(json.dumps(LAB_MAP))
    out = tmp_path / "out.rupture.json"
    args = ["import", str(tmp_path / "D01_s3.eaf"), "--map", str(tmp_path / "map.json")]
    assert main([*args, "-o", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Would add 2 rupture(s)" in printed
    assert "code 'Gesture': 1" in printed and "value '???': 1" in printed
    assert not out.exists()
    assert main([*args, "-o", str(out)]) == 0
    project = load_project(out)
    assert project.coders == ["coder1"] and len(project.media[0].ruptures) == 2
    assert main([*args, "-o", str(out)]) == 1, "never over an existing project"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"<ANNOTATION_DOCUMENT><HEADER></ANNOTATION_DOCUMENT>", "not well-formed XML"),
        (b"<html/>", "not an ELAN file"),
        (
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><ANNOTATION_DOCUMENT>'
            b"<TIER TIER_ID='&e;'/></ANNOTATION_DOCUMENT>",
            "not well-formed XML",  # an external entity is refused, never resolved
        ),
    ],
)
def test_unreadable_files_are_refused_in_one_sentence(
    tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "bad.eaf"
    path.write_bytes(content)
    with pytest.raises(InterchangeError) as caught:
        read_eaf(path)
    message = str(caught.value)
    assert says in message and message.startswith("bad.eaf") and "\n" not in message
