"""CSV: one UTF-8 file per table, times as h:mm:ss.mmm and seconds, formula-like text defused."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.export.columns import (
    ILLEGAL_CHARS,
    Kind,
    Table,
    Value,
    format_time,
    is_formula_like,
)

BOM = b"\xef\xbb\xbf"


def csv_name(table: Table) -> str:
    return f"{table.name.lower()}.csv"


def csv_bytes(table: Table, bom: bool = False) -> bytes:
    """The table as CSV. A text value that a spreadsheet would run as a formula gets a leading
    apostrophe, the one mark both Excel and LibreOffice read as "this is text"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.names)
    converters = [_converter(c.kind) for c in table.columns]
    writer.writerows(
        [None if v is None else conv(v) for conv, v in zip(converters, row, strict=True)]
        for row in table.rows
    )
    return (BOM if bom else b"") + out.getvalue().encode("utf-8")


def _converter(kind: Kind) -> Callable[[Value], Value]:
    if kind == "time":
        return lambda v: format_time(v)  # type: ignore[arg-type]
    if kind == "seconds":
        return lambda v: v / 1000  # type: ignore[operator]
    if kind == "text":
        return _text
    return lambda v: v


def _text(v: Value) -> str:
    s = str(v)
    if ILLEGAL_CHARS.search(s):
        s = ILLEGAL_CHARS.sub("\ufffd", s)
    return "'" + s if is_formula_like(s) else s


def write_csv(tables: list[Table], folder: Path, bom: bool = False) -> list[Path]:
    """Write each table to FOLDER/<name>.csv, each file whole or not at all."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = folder / csv_name(table)
        write_atomic(path, csv_bytes(table, bom), backup=False)
        written.append(path)
    return written
