"""The words spoken in every exported rupture and strategy row, and talk time per segment."""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.transcript import TEXT_LIMIT
from rupture_annotator.storage.export import build_tables, study_of
from rupture_annotator.storage.export.dictionary import study_markdown
from rupture_annotator.storage.transcripts.reference import reference_transcript
from tests.factories import codebook

CSV = (
    "start,end,speaker,text\n"
    "0,4,Ana,What brings you here?\n"
    "5,9,Bo,I don't know. Nothing really.\n"
    "10,12,Ana,Mm.\n"
    "299,302,Bo,Across the boundary.\n"
    "303,304,Cy,A third voice.\n"
    f"400,401,Bo,{'word ' * 1000}\n"
)


def _project(tmp_path: Path, attach: bool = True) -> tuple[Project, Path]:
    cb = codebook()
    project = Project(codebook=cb)
    project.add_coder("ana")
    project.add_recording(MediaRef(path="s.mp4", duration_ms=600_000), "rec")
    wd = cb.markers_of(RuptureKind.WITHDRAWAL)[0].id
    project.add_annotation(
        "rec",
        Rupture(
            id="r1", kind=RuptureKind.WITHDRAWAL, start_ms=6000, end_ms=10500, coder="ana",
            marker_ids=(wd,),
        ),
    )  # fmt: skip
    project.add_annotation(
        "rec",
        Rupture(
            id="r2", kind=RuptureKind.WITHDRAWAL, start_ms=400_500, end_ms=402_000, coder="ana"
        ),
    )
    project.add_annotation(
        "rec",
        ResolutionStrategy(
            id="s1", start_ms=11_000, end_ms=11_500, coder="ana",
            strategy_ids=(cb.strategies[0].id,), rupture_id="r1",
        ),
    )  # fmt: skip
    transcript = tmp_path / "s.csv"
    transcript.write_text(CSV, encoding="utf-8")
    if attach:
        ref, _ = reference_transcript(transcript, tmp_path)
        project.set_transcript(
            "rec", ref.model_copy(update={"speakers": {"Ana": "therapist", "Bo": "patient"}})
        )
    return project, tmp_path / "s.rupture.json"


def test_every_span_row_carries_the_words_spoken_during_it(tmp_path: Path) -> None:
    project, path = _project(tmp_path)
    tables = build_tables(study_of(project, path))
    ruptures = tables.by_name("Ruptures").frame().set_index("rupture_id")
    assert ruptures.loc["r1", "transcript_text"] == (
        "Bo (patient): I don't know. Nothing really. | Ana (therapist): Mm."
    )
    long = ruptures.loc["r2", "transcript_text"]
    assert len(long) <= TEXT_LIMIT and long.endswith(" […]")
    strategies = tables.by_name("Resolutions").frame().set_index("resolution_id")
    assert strategies.loc["s1", "transcript_text"] == "Ana (therapist): Mm."


def test_segments_have_talk_time_per_role_and_speaker(tmp_path: Path) -> None:
    project, path = _project(tmp_path)
    seg = tables_segments = build_tables(study_of(project, path)).by_name("Segments").frame()
    first, second = seg.iloc[0], seg.iloc[1]
    assert first["talk_therapist_s"] == 4 + 2 and first["talk_patient_s"] == 4 + 1
    assert first["talk_unassigned_s"] == 0
    assert first["talk_by_speaker"] == "Ana 6.0; Bo 5.0"
    # an utterance across the 5-minute boundary counts in each segment for its part there
    assert second["talk_patient_s"] == 2 + 1 and second["talk_unassigned_s"] == 1
    assert second["talk_by_speaker"] == "Bo 3.0; Cy 1.0"
    assert len(tables_segments) == 2


def test_without_a_readable_transcript_the_cells_are_blank(tmp_path: Path) -> None:
    project, path = _project(tmp_path, attach=False)
    tables = build_tables(study_of(project, path))
    assert tables.by_name("Ruptures").frame()["transcript_text"].isna().all()
    assert tables.by_name("Segments").frame()["talk_patient_s"].isna().all()
    project, path = _project(tmp_path)
    (tmp_path / "s.csv").write_text(CSV + "500,501,Bo,changed\n", encoding="utf-8")
    tables = build_tables(study_of(project, path))
    assert tables.by_name("Ruptures").frame()["transcript_text"].isna().all()


def test_the_data_dictionary_states_the_length_limit() -> None:
    text = study_markdown()
    assert "transcript_text" in text and f"{TEXT_LIMIT:,} characters" in text
    assert "talk_patient_s" in text
