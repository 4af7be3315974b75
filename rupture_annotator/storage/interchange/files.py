"""Which reader a file needs, by its name: .eaf, .boris (or .boris.gz), .csv, .xlsx."""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.storage.interchange.source import InterchangeError, SourceFile

SUFFIXES = (".eaf", ".boris", ".boris.gz", ".csv", ".xlsx")
FILTER = "Coding from other tools (*.eaf *.boris *.boris.gz *.csv *.xlsx)"


def read_source(path: Path) -> SourceFile:
    """Read a file of another tool's coding. Raises InterchangeError with one sentence."""
    path = Path(path)
    name = path.name.lower()
    if not path.is_file():
        raise InterchangeError(f"{path.name}: no such file.")
    if name.endswith(".eaf"):
        from rupture_annotator.storage.interchange.eaf import read_eaf

        return read_eaf(path)
    if name.endswith((".boris", ".boris.gz", ".gz")):
        from rupture_annotator.storage.interchange.boris import read_boris

        return read_boris(path)
    if name.endswith((".csv", ".xlsx")):
        from rupture_annotator.storage.interchange.tables import read_table

        return read_table(path)
    raise InterchangeError(
        f"{path.name} is not a file this app imports (ELAN .eaf, BORIS .boris, CSV or XLSX)."
    )
