"""The workbook read back with openpyxl and pandas, every value checked against the domain."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta
from pathlib import Path, PurePosixPath
from typing import Any

import openpyxl
import pandas as pd
import pytest

from rupture_annotator import __version__
from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.segments import segment_table
from rupture_annotator.storage.export import ExportOptions, export_study, load_study, study_of
from rupture_annotator.storage.export.xlsx import TIME_FORMAT
from rupture_annotator.storage.migrations import SCHEMA_VERSION
from rupture_annotator.storage.project_file import load_project
from tests.unit.export_study import (
    CODERS,
    CUSTOM,
    FORMULA_NOTES,
    LAYOUT,
    session_values,
    write_study,
)

SHEETS = [
    "Ruptures",
    "Resolutions",
    "Segments",
    "Sessions",
    "Comments",
    "Plots",
    "Codebook",
    "Dictionary",
    "About",
]
DATA_SHEETS = [
    "Ruptures",
    "Resolutions",
    "Segments",
    "Sessions",
    "Comments",
    "Codebook",
    "Dictionary",
    "About",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("study")
    paths = write_study(root / "projects")
    out = root / "out" / "study.xlsx"
    export_study(load_study([root / "projects"]), ExportOptions(workbook=out))
    return out, paths


@pytest.fixture(scope="module")
def book(exported: tuple[Path, list[Path]]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported[0])


def records(ws: Any) -> list[dict[str, Any]]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def projects(paths: list[Path]) -> list[tuple[str, Project]]:
    return [(label, load_project(p)) for label, p in zip(LAYOUT, paths, strict=True)]


def ms(value: int) -> timedelta:
    return timedelta(milliseconds=value)


def media(path: str) -> str:
    return PurePosixPath(path).name


def by_start(items: list[ResolutionStrategy]) -> list[ResolutionStrategy]:
    return sorted(items, key=lambda a: (a.start_ms, a.end_ms, a.coder, a.id))


def test_sheets_in_order_with_bold_frozen_filtered_headers(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == SHEETS
    for name in DATA_SHEETS:
        ws = book[name]
        header = [c for c in next(ws.iter_rows(max_row=1))]
        assert header[0].value in ("project", "codebook", "sheet", "field"), "no index column"
        assert all(c.font.b for c in header), name
        assert ws.freeze_panes == "A2", name
        last = openpyxl.utils.get_column_letter(len(header))
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}", name
        for i, cell in enumerate(header, start=1):
            width = ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
            assert len(str(cell.value)) < width <= 61, (name, cell.value, width)


def test_every_rupture_value_matches_the_domain(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    rows = {r["rupture_id"]: r for r in records(book["Ruptures"])}
    expected: dict[str, dict[str, Any]] = {}
    for label, project in projects(exported[1]):
        cb = project.codebook
        for rec in project.media:
            for r in rec.ruptures:
                links = by_start(
                    [s for s in rec.resolutions if s.rupture_id == r.id and s.coder == r.coder]
                )
                strategies = list(dict.fromkeys(i for s in links for i in s.strategy_ids))
                expected[r.id] = {
                    "project": label,
                    "media": media(rec.media.path),
                    "recording_id": rec.id,
                    **session_values(rec),
                    "coder": r.coder,
                    "rupture_id": r.id,
                    "kind": r.kind.value,
                    **{m.id: int(m.id in r.marker_ids) for m in cb.markers},
                    "markers": "; ".join(cb.markers_by_id[i].label for i in r.marker_ids),
                    "span_significance": r.significance,
                    "start": ms(r.start_ms),
                    "end": ms(r.end_ms),
                    "duration": ms(r.end_ms - r.start_ms),
                    "start_s": r.start_ms / 1000,
                    "end_s": r.end_ms / 1000,
                    "duration_s": (r.end_ms - r.start_ms) / 1000,
                    "segment": r.start_ms // 300_000 + 1,
                    "n_strategies": len(links),
                    "has_strategy": int(bool(links)),
                    "resolution_ids": "; ".join(s.id for s in links) or None,
                    "strategies": "; ".join(cb.strategies_by_id[i].label for i in strategies)
                    or None,
                    "note": r.note or None,
                    "transcript_text": None,  # these recordings have no transcript
                }
    assert len(expected) == 3 * (3 * 2 + 2)
    assert rows == expected


def test_rupture_rows_are_in_time_order_within_a_recording(book: openpyxl.Workbook) -> None:
    rows = records(book["Ruptures"])
    keys = [(r["project"], r["recording_id"]) for r in rows]
    for i in range(1, len(rows)):
        if keys[i] == keys[i - 1]:
            assert rows[i]["start"] >= rows[i - 1]["start"]


def test_times_are_spreadsheet_times_shown_h_mm_ss_ms(book: openpyxl.Workbook) -> None:
    ws = book["Ruptures"]
    header = [c.value for c in ws[1]]
    for name in ("start", "end", "duration"):
        cell = ws.cell(row=2, column=header.index(name) + 1)
        assert cell.number_format == TIME_FORMAT == "[h]:mm:ss.000"
        assert cell.is_date  # a time value, not text
        assert isinstance(cell.value, timedelta)
    seconds = ws.cell(row=2, column=header.index("start_s") + 1)
    assert seconds.data_type == "n" and seconds.number_format == "General"


def test_every_resolution_value_matches_the_domain(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    rows = {r["resolution_id"]: r for r in records(book["Resolutions"])}
    expected: dict[str, dict[str, Any]] = {}
    for label, project in projects(exported[1]):
        cb = project.codebook
        for rec in project.media:
            for s in rec.resolutions:
                target = rec.rupture(s.rupture_id) if s.rupture_id else None
                groups = dict.fromkeys(
                    cb.strategies_by_id[i].group or "ungrouped" for i in s.strategy_ids
                )
                expected[s.id] = {
                    "project": label,
                    "media": media(rec.media.path),
                    "recording_id": rec.id,
                    **session_values(rec),
                    "coder": s.coder,
                    "resolution_id": s.id,
                    **{st.id: int(st.id in s.strategy_ids) for st in cb.strategies},
                    "strategies": "; ".join(cb.strategies_by_id[i].label for i in s.strategy_ids),
                    "has_code": int(bool(s.strategy_ids)),
                    "strategy_group": "; ".join(groups) or None,
                    "span_resolution": s.resolution,
                    "start": ms(s.start_ms),
                    "end": ms(s.end_ms),
                    "duration": ms(s.end_ms - s.start_ms),
                    "start_s": s.start_ms / 1000,
                    "end_s": s.end_ms / 1000,
                    "duration_s": (s.end_ms - s.start_ms) / 1000,
                    "segment": s.start_ms // 300_000 + 1,
                    "rupture_id": s.rupture_id,
                    "rupture_kind": target.kind.value if target else None,
                    "note": s.note or None,
                    "transcript_text": None,  # these recordings have no transcript
                }
    assert len(expected) == 3 * 3 * 2
    assert rows == expected
    linked = [r for r in rows.values() if r["rupture_id"]]
    assert linked and all(r["rupture_kind"] == "withdrawal" for r in linked)
    assert {r["strategy_group"] for r in rows.values()} == {"immediate; exploratory", "ungrouped"}


def test_segments_sheet_is_the_domains_segment_table(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    rows = records(book["Segments"])
    expected = []
    for label, project in projects(exported[1]):
        cb = project.codebook
        for rec in project.media:
            for coder in project.coders:
                for seg in segment_table(rec, coder, cb):
                    wd, cf = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION
                    missing = set(seg.missing_ratings(cb))
                    expected.append(
                        {
                            "project": label,
                            "media": media(rec.media.path),
                            "recording_id": rec.id,
                            **session_values(rec),
                            "coder": coder,
                            "segment": seg.index + 1,
                            "start": ms(seg.start_ms),
                            "end": ms(seg.end_ms),
                            "start_s": seg.start_ms / 1000,
                            "end_s": seg.end_ms / 1000,
                            **{sc.id: seg.ratings.get(sc.id) for sc in cb.scales_for("segment")},
                            "withdrawal_rating_missing": int("wd_significance" in missing),
                            "confrontation_rating_missing": int("cf_significance" in missing),
                            "withdrawal_n": seg.ruptures[wd],
                            "withdrawal_present": int(seg.ruptures[wd] > 0),
                            "confrontation_n": seg.ruptures[cf],
                            "confrontation_present": int(seg.ruptures[cf] > 0),
                            "withdrawal_span_rating_max": seg.max_significance[wd],
                            "confrontation_span_rating_max": seg.max_significance[cf],
                            **{f"{m}_n": n for m, n in seg.marker_counts.items()},
                            **{f"{m}_present": int(n > 0) for m, n in seg.marker_counts.items()},
                            "strategy_spans_n": seg.strategy_spans,
                            **{f"{s}_n": n for s, n in seg.strategy_counts.items()},
                            **{f"{s}_present": int(n > 0) for s, n in seg.strategy_counts.items()},
                            **{f"{g}_n": n for g, n in seg.group_counts.items()},
                            # no transcript: no talk time
                            **dict.fromkeys(
                                ("talk_patient_s", "talk_therapist_s", "talk_unassigned_s")
                            ),
                            "talk_by_speaker": None,
                        }
                    )
    # 20-minute recordings have 4 segments, 12-minute ones 3; 3 coders each.
    assert len(expected) == 3 * 3 * (4 + 3)
    assert rows == expected
    crossing = [r for r in rows if r["wd_denial_n"] and r["segment"] in (1, 2)]
    assert {r["segment"] for r in crossing} == {1, 2}, "a span over a boundary counts in both"
    assert any(r["wd_significance"] == 2 for r in rows)


def test_sessions_sheet_sums_each_coders_session(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    rows = {(r["project"], r["recording_id"], r["coder"]): r for r in records(book["Sessions"])}
    assert len(rows) == 3 * 2 * 3
    for label, project in projects(exported[1]):
        cb = project.codebook
        for rec in project.media:
            for coder in CODERS:
                row = rows[(label, rec.id, coder)]
                ruptures = [r for r in rec.ruptures if r.coder == coder]
                spans = [s for s in rec.resolutions if s.coder == coder]
                coded = [s for s in spans if s.strategy_ids]
                resolved = [r for r in ruptures if any(s.rupture_id == r.id for s in spans)]
                rating = next((x.values for x in rec.session_ratings if x.coder == coder), {})
                assert {k: row[k] for k in session_values(rec)} == session_values(rec)
                assert row["length"] == ms(rec.media.duration_ms or 0)
                assert row["length_s"] == (rec.media.duration_ms or 0) / 1000
                assert row["n_segments"] == {1_200_000: 4, 720_000: 3}[rec.media.duration_ms or 0]
                assert row["segment_origin_s"] == 0
                assert row["n_ruptures"] == len(ruptures)
                for kind in RuptureKind:
                    assert row[f"{kind.value}_n"] == sum(r.kind == kind for r in ruptures)
                assert row["n_with_strategy"] == len(resolved)
                share = len(resolved) / len(ruptures) if ruptures else None
                assert row["share_with_strategy"] == share
                assert row["rupture_time_s"] == sum(r.duration_ms for r in ruptures) / 1000
                assert row["n_strategy_spans"] == len(coded)
                assert row["n_strategy_spans_uncoded"] == len(spans) - len(coded)
                for m in cb.markers:
                    assert row[f"{m.id}_n"] == sum(m.id in r.marker_ids for r in ruptures)
                for st in cb.strategies:
                    assert row[f"{st.id}_n"] == sum(st.id in s.strategy_ids for s in spans)
                assert row["immediate_n"] == sum(
                    any(cb.strategies_by_id[i].group == "immediate" for i in s.strategy_ids)
                    for s in spans
                )
                for sc in cb.scales_for("session"):
                    assert row[sc.id] == rating.get(sc.id)
    assert rows[("site1/s01", "r2", "cléo")]["n_ruptures"] == 0
    assert rows[("site1/s01", "r2", "cléo")]["share_with_strategy"] is None


SESSION_COLUMNS = [
    "dyad",
    "therapist",
    "session_number",
    "recording_date",
    "condition",
    "phase",
    *CUSTOM,
]


def test_session_fields_lead_every_per_recording_sheet_in_order(book: openpyxl.Workbook) -> None:
    for name in ("Ruptures", "Resolutions", "Segments", "Sessions"):
        header = [c.value for c in book[name][1]]
        assert header[:3] == ["project", "media", "recording_id"], name
        assert header[3 : 3 + len(SESSION_COLUMNS)] == SESSION_COLUMNS, name
    rows = records(book["Ruptures"])
    first = next(r for r in rows if r["rupture_id"] == "w20")
    assert (first["dyad"], first["session_number"], first["rater_site"]) == ("D03", 5, 7)
    assert next(r for r in rows if r["rupture_id"] == "w00")["rater_site"] is None
    assert {r["condition"] for r in rows} == {"BRT", "=CBT", None}  # a formula stays text
    dictionary = {(r["sheet"], r["column"]): r for r in records(book["Dictionary"])}
    assert (
        dictionary[("Sessions", "arm")]["description"]
        == "The study's session field 'Study arm' (A, B)."
    )
    assert dictionary[("Segments", "session_number")]["type"] == "whole number"


def test_a_custom_field_named_like_a_fixed_column_is_the_one_renamed(tmp_path: Path) -> None:
    from rupture_annotator.domain.session import FieldDefinition
    from rupture_annotator.storage.export import build_tables
    from tests.factories import empty_project

    project = empty_project()
    project.set_session_fields([FieldDefinition(name="coder"), FieldDefinition(name="Segment")])
    tables = build_tables(study_of(project, None))
    names = tables.by_name("Segments").names
    assert names[3:11] == [*SESSION_COLUMNS[:6], "session_coder", "session_Segment"]
    assert names[11:13] == ["coder", "segment"]
    for table in tables.data:  # one field, one column name in every sheet
        assert "session_coder" in table.names and "coder_2" not in table.names, table.name


def test_codebook_and_about_sheets(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    cb = load_project(exported[1][0]).codebook
    rows = records(book["Codebook"])
    assert [(r["entry"], r["id"]) for r in rows] == [
        *(("marker", m.id) for m in cb.markers),
        *(("strategy", s.id) for s in cb.strategies),
        *(("scale", s.id) for s in cb.scales),
    ]
    denial = rows[0]
    marker = cb.markers[0]
    assert (denial["label"], denial["definition"], denial["key"], denial["kind"]) == (
        marker.label,
        marker.definition,
        marker.key,
        marker.kind.value,
    )
    scale = next(r for r in rows if r["id"] == "significance")
    assert (scale["minimum"], scale["maximum"], scale["kind"]) == (1, 5, "rupture")
    about = [(r["field"], r["value"]) for r in records(book["About"])]
    fields = dict(about)
    assert fields["app_version"] == __version__
    assert fields["schema_version"] == str(SCHEMA_VERSION)
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", fields["exported"])
    assert [v for f, v in about if f == "project"] == list(LAYOUT)
    assert [v for f, v in about if f == "project_file"] == [str(p) for p in exported[1]]
    assert fields["codebook"] == f"{cb.name}, version {cb.version} ({cb.id})"
    assert fields["n_ruptures"] == str(len(records(book["Ruptures"])))


def test_dictionary_sheet_describes_every_column(book: openpyxl.Workbook) -> None:
    described = {(r["sheet"], r["column"]): r for r in records(book["Dictionary"])}
    for name in DATA_SHEETS:
        for cell in book[name][1]:
            entry = described.pop((name, cell.value))
            assert entry["type"] and entry["description"]
    assert not described
    assert described == {}


def test_column_names_survive_spss_and_r(book: openpyxl.Workbook) -> None:
    for name in DATA_SHEETS:
        names = [c.value for c in book[name][1]]
        assert len({n.lower() for n in names}) == len(names)
        for n in names:
            assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,63}", n) and not n.endswith("_"), n


def test_plots_sheet_holds_a_picture_per_session_also_saved_beside(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    images = book["Plots"]._images
    assert len(images) == 3 * 2
    titles = [c.value for c in book["Plots"]["A"] if c.value]
    assert titles[0] == "site1/s01 · ../videos/session0.mp4"
    folder = exported[0].with_name("study_plots")
    pngs = sorted(p.name for p in folder.iterdir())
    assert pngs == sorted(
        f"{label.replace('/', '_')}_{stem}.png"
        for seed, label in enumerate(LAYOUT)
        for stem in (f"session{seed}", f"session{seed}b")
    )
    for p in folder.iterdir():
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_formula_like_text_stays_text(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    ws = book["Ruptures"]
    header = [c.value for c in ws[1]]
    notes = [row[header.index("note")] for row in ws.iter_rows(min_row=2)]
    found = {c.value: c for c in notes if c.value in FORMULA_NOTES}
    assert set(found) == set(FORMULA_NOTES)
    for cell in found.values():
        assert cell.data_type == "s"
        assert cell.quotePrefix, "shown as text even when someone edits it"
    plain = next(c for c in notes if c.value and c.value[0] not in "=+-@\t\r")
    assert not plain.quotePrefix
    with zipfile.ZipFile(exported[0]) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_pandas_reads_the_same_values(
    book: openpyxl.Workbook, exported: tuple[Path, list[Path]]
) -> None:
    frames = pd.read_excel(exported[0], sheet_name=None)
    assert list(frames) == SHEETS
    for name in ("Ruptures", "Resolutions", "Segments", "Sessions"):
        frame = frames[name]
        assert list(frame.columns) == [c.value for c in book[name][1]]
        assert not any(str(c).startswith("Unnamed") for c in frame.columns)
    ruptures = frames["Ruptures"].set_index("rupture_id")
    for kind in ("start", "end", "duration"):
        assert str(ruptures[kind].dtype).startswith("timedelta64")
    for row in records(book["Ruptures"]):
        got = ruptures.loc[row["rupture_id"]]
        assert got["start"] == row["start"] and got["duration_s"] == row["duration_s"]
        assert got["wd_denial"] == row["wd_denial"]
        assert (got["note"] if isinstance(got["note"], str) else None) == row["note"]
    assert set(FORMULA_NOTES) <= set(ruptures["note"].dropna())


def test_control_characters_and_long_text_do_not_break_the_file(tmp_path: Path) -> None:
    project = load_project_with_notes(["bell\x07 and nul\x00", "x" * 20_000, "<b>&amp;</b>"])
    out = tmp_path / "odd.xlsx"
    export_study(study_of(project, None), ExportOptions(workbook=out, plots=False))
    notes = [r["note"] for r in records(openpyxl.load_workbook(out)["Ruptures"])]
    assert notes == ["bell\ufffd and nul\ufffd", "x" * 20_000, "<b>&amp;</b>"]


def test_formula_like_coder_and_project_names_stay_text(tmp_path: Path) -> None:
    project = load_project_with_notes(["n"], coder="=cmd|' /C calc'!A0")
    out = tmp_path / "x.xlsx"
    export_study(study_of(project, tmp_path / "@evil.rupture.json"), ExportOptions(workbook=out))
    wb = openpyxl.load_workbook(out)
    row = records(wb["Ruptures"])[0]
    assert row["coder"] == "=cmd|' /C calc'!A0" and row["project"] == "@evil"
    assert [c.value for c in wb["Plots"]["A"] if c.value] == ["@evil · session.mp4"]
    assert wb["Plots"]["A1"].data_type == "s"


def load_project_with_notes(notes: list[str], coder: str = "ana") -> Project:
    from tests.factories import empty_project

    project = empty_project(coders=(coder,))
    for i, note in enumerate(notes):
        project.add_annotation(
            "rec1",
            Rupture(
                kind=RuptureKind.WITHDRAWAL,
                start_ms=1000 * i,
                end_ms=1000 * i + 500,
                coder=coder,
                note=note,
            ),
        )
    return project
