"""`rupture-annotator export`: a study in one command, bad projects named, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from rupture_annotator.cli import main
from tests.unit.export_study import LAYOUT, write_study


def test_a_study_folder_becomes_one_workbook_and_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_study(tmp_path / "study")
    out = tmp_path / "out" / "study.xlsx"
    status = main(
        ["export", str(tmp_path / "study"), "-o", str(out), "--csv", str(tmp_path / "csv")]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    book = openpyxl.load_workbook(out, read_only=True)
    projects = {row[0] for row in book["Ruptures"].iter_rows(min_row=2, values_only=True)}
    assert projects == set(LAYOUT)
    assert (tmp_path / "csv" / "ruptures.csv").is_file()
    assert len(list((tmp_path / "out" / "study_plots").glob("*.png"))) == 6
    assert "Exported 3 project(s) (24 ruptures, 18 resolutions)" in captured.out
    assert (
        "[1/" in captured.err and "Reading" in captured.err and "Writing study.xlsx" in captured.err
    )


def test_coder_bom_and_no_plots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_study(tmp_path / "study")
    out = tmp_path / "ben.xlsx"
    args = ["export", str(paths[0]), "-o", str(out), "--csv", str(tmp_path / "csv")]
    assert main([*args, "--coder", "ben", "--bom", "--no-plots"]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert "Plots" not in book.sheetnames
    header = next(book["Ruptures"].iter_rows(max_row=1, values_only=True))
    at = header.index("coder")
    coders = {row[at] for row in book["Ruptures"].iter_rows(min_row=2, values_only=True)}
    assert coders == {"ben"}
    assert (tmp_path / "csv" / "ruptures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "ben_plots").exists()
    assert capsys.readouterr().err == "", "one project: no progress lines"


def test_a_bad_project_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_study(tmp_path / "study")
    bad = tmp_path / "study" / "bad.rupture.json"
    bad.write_text('{"schema_version": 1, "codebook": 3}')
    out = tmp_path / "out" / "study.xlsx"
    status = main(
        ["export", *map(str, paths), str(bad), "-o", str(out), "--csv", str(tmp_path / "c")]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert f"{bad}: codebook" in err and "Nothing was written." in err
    assert not out.exists() and not out.parent.exists() and not (tmp_path / "c").exists()


def test_an_unwritable_destination_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_study(tmp_path / "study")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    status = main(["export", str(paths[0]), "-o", str(blocker / "x.xlsx")])
    err = capsys.readouterr().err.strip()
    assert status == 1
    assert err == f"Could not write to {blocker}: a file is in the way."
    assert list(tmp_path.glob("**/*.xlsx*")) == []


def test_output_is_required_and_must_be_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_study(tmp_path / "study")
    assert main(["export", str(paths[0])]) == 2
    assert main(["export", str(paths[0]), "-o", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "-o OUT.xlsx" in err and "must end in .xlsx" in err
