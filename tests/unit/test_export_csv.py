"""CSV files: one per table, UTF-8 (BOM on request), read back equal to the workbook's values."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from rupture_annotator.storage.export import ExportOptions, build_tables, export_study, load_study
from rupture_annotator.storage.export.csv_files import BOM, csv_bytes
from tests.unit.export_study import FORMULA_NOTES, write_study

NAMES = [
    "ruptures",
    "resolutions",
    "segments",
    "sessions",
    "comments",
    "codebook",
    "dictionary",
    "about",
]


def read(path: Path) -> io.StringIO:
    """The file's text as written: a carriage return inside a note stays one."""
    return io.StringIO(path.read_bytes().decode("utf-8"), newline="")


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("csvstudy")
    write_study(root / "projects")
    study = load_study([root / "projects"])
    export_study(study, ExportOptions(csv_dir=root / "plain", plots=False))
    export_study(study, ExportOptions(csv_dir=root / "bom", bom=True, plots=False))
    return root / "projects", root / "plain", root / "bom"


def test_one_utf8_file_per_table(folders: tuple[Path, Path, Path]) -> None:
    _, plain, bom = folders
    assert sorted(p.name for p in plain.iterdir()) == sorted(f"{n}.csv" for n in NAMES)
    for name in NAMES:
        data = (plain / f"{name}.csv").read_bytes()
        assert not data.startswith(BOM)
        data.decode("utf-8")
        with_bom = (bom / f"{name}.csv").read_bytes()
        # the two exports ran a moment apart: only their export time may differ
        assert _without_export_time(with_bom) == BOM + _without_export_time(data)


def _without_export_time(data: bytes) -> bytes:
    return b"".join(
        line for line in data.splitlines(keepends=True) if not line.startswith(b"exported,")
    )


def test_csv_holds_the_tables_values(folders: tuple[Path, Path, Path]) -> None:
    projects, plain, _ = folders
    tables = build_tables(load_study([projects]))
    for table in tables.data:
        frame = pd.read_csv(plain / f"{table.name.lower()}.csv", keep_default_na=False, dtype=str)
        assert list(frame.columns) == table.names
        assert len(frame) == len(table.rows)
        for got, row in zip(frame.itertuples(index=False), table.rows, strict=True):
            for column, g, v in zip(table.columns, got, row, strict=True):
                if v is None:
                    assert g == "", (table.name, column.name)
                elif column.kind == "time":
                    h, m, s = g.split(":")
                    assert round((int(h) * 3600 + int(m) * 60 + float(s)) * 1000) == v
                elif column.kind == "seconds":
                    assert float(g) == v / 1000
                elif column.kind in ("int", "float"):
                    assert float(g) == v
                elif str(v) and str(v)[0] in "=+-@\t\r":
                    assert g == "'" + str(v)
                else:
                    assert g == str(v), (table.name, column.name)


def test_times_read_as_h_mm_ss_ms(folders: tuple[Path, Path, Path]) -> None:
    rows = list(csv.DictReader(read(folders[1] / "ruptures.csv")))
    first = rows[0]
    assert (first["start"], first["start_s"], first["duration"]) == (
        "0:04:50.000",
        "290.0",
        "0:00:20.500",
    )


def test_formula_like_text_gets_a_leading_apostrophe(folders: tuple[Path, Path, Path]) -> None:
    notes = {r["note"] for r in csv.DictReader(read(folders[1] / "ruptures.csv"))}
    assert {"'" + n for n in FORMULA_NOTES} <= notes
    assert "Ça va? «non»\nzweite Zeile" in notes
    assert not any(n[:1] in ("=", "+", "-", "@", "\t", "\r") for n in notes)


def test_a_table_of_only_numbers_and_blanks(folders: tuple[Path, Path, Path]) -> None:
    tables = build_tables(load_study([folders[0]]))
    data = csv_bytes(tables.by_name("Sessions"))
    header, first = data.decode().split("\r\n")[:2]
    session = "dyad,therapist,session_number,recording_date,condition,phase,arm,rater_site"
    assert header.startswith(f"project,media,recording_id,{session},coder,length,length_s")
    assert first.split(",")[3:11] == ["D01", "T01", "3", "2024-03-01", "BRT", "early", "A", ""]
    assert first.split(",")[12:14] == ["0:20:00.000", "1200.0"]
