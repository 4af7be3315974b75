"""Export of a 10-recording, 2-coder study at 10,000 and 100,000 annotations: the whole workbook
(all sheets, the timeline pictures placed and saved beside it) and the CSV files.

BORIS needs 7 s for 10,000 events to xlsx and 48 s for 30,000 (it grows with the square of the
count); ours must stay linear: 100,000 within 12 times the 10,000 figure.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median, timed
from rupture_annotator.storage.export import ExportOptions, export_study, study_of
from tests.factories import big_project

TARGET_10K_S = 1.5
MAX_GROWTH = 12.0


def _times(n: int, out: Path, repeat: int) -> tuple[float, float]:
    """Median seconds for the whole workbook and for the CSV files of an n-annotation study."""
    study = study_of(big_project(n, n_media=10), out / f"study{n}.rupture.json")
    workbook = ExportOptions(workbook=out / f"study{n}.xlsx")
    csv = ExportOptions(csv_dir=out / f"csv{n}", plots=False)
    export_study(study, workbook)  # warm: imports, fonts
    xlsx_s = median(timed(lambda: export_study(study, workbook), repeat))
    csv_s = median(timed(lambda: export_study(study, csv), repeat))
    return xlsx_s, csv_s


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        xlsx_10k, csv_10k = _times(10_000, Path(tmp), 5)
        xlsx_100k, _ = _times(100_000, Path(tmp), 2)
    growth = xlsx_100k / xlsx_10k
    return [
        Figure(
            "export_xlsx_10k_s",
            xlsx_10k,
            "s",
            TARGET_10K_S,
            note="8 sheets + 10 timeline PNGs, written atomically",
        ),
        Figure(
            "export_xlsx_100k_s",
            xlsx_100k,
            "s",
            round(MAX_GROWTH * xlsx_10k, 3),
            note=f"{growth:.1f}x the 10k time (linear: <= {MAX_GROWTH:g}x)",
        ),
        Figure("export_csv_10k_s", csv_10k, "s", 1.0, note="7 CSV files"),
    ]
