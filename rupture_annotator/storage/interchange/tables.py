"""Span tables (CSV or XLSX), the format labs keep in spreadsheets, read for import.

One row per span, with a header row naming the columns (any order, any case):
onset, offset (seconds, or h:mm:ss.fff / m:ss.fff, or a spreadsheet time), kind (what the span
is: withdrawal, confrontation, strategy, or a lab's own word the map translates), markers (codes
separated by ";" or ","), coder, note; optionally media (the recording's file, relative to the
table) and significance. CSV may be comma-, semicolon- or tab-separated, UTF-8 with or without a
BOM. Every row that cannot be read is reported with its line number; the others are still read.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, time, timedelta
from pathlib import Path

from rupture_annotator.storage.interchange.source import (
    InterchangeError,
    SourceFile,
    SourceRecording,
    SourceSpan,
)

REQUIRED = ("onset", "offset", "kind")
KNOWN = (*REQUIRED, "markers", "coder", "note", "media", "significance")
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
MAX_BYTES = 64 * 1024 * 1024


def read_table(path: Path) -> SourceFile:
    """The spans of a CSV or XLSX table. Raises InterchangeError with one sentence."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InterchangeError(f"{path.name} is too large to be a span table.")
        rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    except OSError as exc:
        raise InterchangeError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    return parse_rows(rows, path)


def _csv_rows(path: Path) -> list[tuple[int, list[object]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            f"{path.name} is not UTF-8 text (bad byte at offset {exc.start})."
        ) from exc
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(reader.line_num, list(row)) for row in reader]
    except csv.Error as exc:
        raise InterchangeError(
            f"{path.name} is not a readable CSV table (line {reader.line_num}: {exc})."
        ) from exc


def _xlsx_rows(path: Path) -> list[tuple[int, list[object]]]:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InterchangeError(f"{path.name} is not a readable XLSX workbook ({exc}).") from exc
    try:
        sheet = book.worksheets[0]
        return [(n, list(row)) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def parse_rows(rows: list[tuple[int, list[object]]], path: Path) -> SourceFile:
    rows = [(n, r) for n, r in rows if any(c not in (None, "") for c in r)]
    if not rows:
        raise InterchangeError(f"{path.name} is empty: a span table needs a header row.")
    line, header = rows[0]
    names = [str(h or "").strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InterchangeError(
            f"{path.name}: the header (line {line}) has no {', '.join(missing)} column "
            f"(it needs {', '.join(REQUIRED)}; markers, coder, note, media may follow)."
        )
    col = {name: names.index(name) for name in KNOWN if name in names}
    source = SourceFile(format="table")
    recordings: dict[str, SourceRecording] = {}
    for line, row in rows[1:]:

        def cell(name: str, row: list[object] = row) -> object:
            i = col.get(name)
            return row[i] if i is not None and i < len(row) else None

        where = f"line {line}"
        onset, offset = _ms(cell("onset")), _ms(cell("offset"))
        kind = _text(cell("kind"))
        bad = []
        if onset is None:
            bad.append(f"onset {_shown(cell('onset'))} is not a time")
        if offset is None:
            bad.append(f"offset {_shown(cell('offset'))} is not a time")
        if onset is not None and offset is not None and offset <= onset:
            bad.append(f"offset {_shown(cell('offset'))} is not after onset")
        if not kind:
            bad.append("kind is empty")
        significance = None
        if _text(cell("significance")):
            try:
                significance = int(float(_text(cell("significance"))))
            except ValueError:
                bad.append(f"significance {_shown(cell('significance'))} is not a number")
        if bad:
            source.problems.append(f"{where}: {'; '.join(bad)}")
            continue
        assert onset is not None and offset is not None
        media = _text(cell("media"))
        key = Path(media).name if media else path.stem
        rec = recordings.get(key)
        if rec is None:
            rec = recordings[key] = SourceRecording(key=key, media_path=media)
        markers = _text(cell("markers")).replace(",", ";").split(";")
        rec.spans.append(
            SourceSpan(
                start_ms=onset,
                end_ms=offset,
                code=kind,
                values=tuple(m.strip() for m in markers if m.strip()),
                coder=_text(cell("coder")),
                note=_text(cell("note")),
                where=where,
                significance=significance,
            )
        )
    source.recordings = list(recordings.values())
    return source


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _shown(value: object) -> str:
    text = _text(value)
    return repr(text) if text else "(empty)"


def _ms(value: object) -> int | None:
    """Seconds, h:mm:ss.fff, m:ss.fff, or a spreadsheet time/duration → whole ms."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, timedelta):
        return round(value.total_seconds() * 1000)
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time):
        whole = value.hour * 3600 + value.minute * 60 + value.second
        return whole * 1000 + round(value.microsecond / 1000)
    if isinstance(value, int | float):
        return round(float(value) * 1000) if value >= 0 else None
    text = str(value).strip().replace(",", ".")
    match = _CLOCK.match(text)
    if match:
        hours, minutes, secs = match.groups()
        total = int(hours or 0) * 3600 + int(minutes) * 60 + float(secs)
        return round(total * 1000)
    try:
        seconds_value = float(text)
    except ValueError:
        return None
    return round(seconds_value * 1000) if seconds_value >= 0 else None
