"""LibreOffice opens the workbook and shows what the export means: times as h:mm:ss.000 and
formula-like notes as text. scripts/setup.sh installs it; in CI its absence is a failure."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from rupture_annotator.storage.export import ExportOptions, build_tables, export_study, load_study
from rupture_annotator.storage.export.columns import format_time
from tests.unit.export_study import FORMULA_NOTES, write_study

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# All sheets (the last field, -1), UTF-8 (76), cells as shown (the 9th field).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

if SOFFICE is None and os.environ.get("CI"):
    raise RuntimeError("LibreOffice is missing: scripts/setup.sh should have installed it.")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed here")


def test_libreoffice_opens_every_sheet_and_shows_times_and_text(tmp_path: Path) -> None:
    assert SOFFICE is not None
    write_study(tmp_path / "projects")
    study = load_study([tmp_path / "projects"])
    book = tmp_path / "study.xlsx"
    export_study(study, ExportOptions(workbook=book))
    out = tmp_path / "converted"
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    sheets = ["Ruptures", "Resolutions", "Segments", "Sessions", "Comments", "Plots", "Codebook"]
    sheets += ["Dictionary", "About"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"study-{s}.csv" for s in sheets)

    table = build_tables(study).by_name("Ruptures")
    text = (out / "study-Ruptures.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == table.names
    assert len(rows) == len(table.rows) + 1
    for shown, row in zip(rows[1:], table.rows, strict=True):
        for column, s, v in zip(table.columns, shown, row, strict=True):
            if v is None or v == "":
                assert s == ""
            elif column.kind == "time":
                assert s == format_time(int(v)), column.name
            elif column.kind == "seconds":
                assert float(s) == int(v) / 1000
            elif column.kind in ("int", "float"):
                assert float(s) == v
            else:
                assert s == v, column.name
    notes = {r[table.names.index("note")] for r in rows[1:]}
    assert set(FORMULA_NOTES) <= notes, "a formula-like note was evaluated or changed"
