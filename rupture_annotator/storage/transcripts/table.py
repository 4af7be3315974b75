"""A transcript as a table: CSV with the columns start, end, speaker and text (any order, any
case; `begin`/`onset`, `stop`/`offset`, `who`/`speaker`, `utterance` also do). Times are seconds
(12.5) or clock times (0:01:02.500, 01:02,5). DOCX tables use the same rules (docx_table.py)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from rupture_annotator.domain.transcript import TranscriptProblem, Utterance
from rupture_annotator.storage.transcripts.files import (
    TranscriptError,
    TranscriptFile,
    decode,
    read_bytes,
)

NAMES = {
    "start": ("start", "begin", "onset", "start_s", "start_time", "from"),
    "end": ("end", "stop", "offset", "end_s", "end_time", "to"),
    "speaker": ("speaker", "who", "participant", "tier"),
    "text": ("text", "utterance", "transcript", "words", "content"),
}
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$")


def read_csv(path: Path) -> TranscriptFile:
    text = decode(read_bytes(path), path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = []
    for row in reader:
        rows.append((reader.line_num, row))
    return parse_rows(rows, path, "csv")


def parse_rows(
    rows: Iterable[tuple[int, list[str]]], path: Path, fmt: str = "csv"
) -> TranscriptFile:
    """(line, cells) rows, the first non-empty one the header."""
    out = TranscriptFile(format="docx" if fmt == "docx" else "csv")
    columns: dict[str, int] | None = None
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if columns is None:
            columns = _header(cells, path)
            continue
        cell = {k: (cells[i].strip() if i < len(cells) else "") for k, i in columns.items()}
        start, end = _ms(cell["start"]), _ms(cell["end"])
        if start is None or end is None:
            bad = "start" if start is None else "end"
            out.problems.append(
                TranscriptProblem(line, f"left out: the {bad} {cell[bad]!r} is not a time")
            )
            continue
        out.utterances.append(
            Utterance(start, end, cell.get("speaker", ""), " ".join(cell["text"].split()), line)
        )
    if columns is None:
        raise TranscriptError(f"{path.name} is empty: no header row (start, end, speaker, text).")
    return out


def _header(cells: list[str], path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in enumerate(cells):
        key = name.strip().lower().replace(" ", "_")
        for column, names in NAMES.items():
            if key in names and column not in found:
                found[column] = i
    missing = [c for c in ("start", "end", "text") if c not in found]
    if missing:
        raise TranscriptError(
            f"{path.name}: the first row must name the columns start, end, speaker and text "
            f"(missing: {', '.join(missing)})."
        )
    return found


def _ms(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    clock = _CLOCK.match(value)
    try:
        if clock:
            h, m, s = clock.groups()
            seconds = int(h or 0) * 3600 + int(m) * 60 + float(s.replace(",", "."))
        else:
            seconds = float(value.replace(",", ".")) if value.count(",") <= 1 else float("nan")
    except ValueError:
        return None
    if not seconds >= 0 or seconds > 100 * 3600:  # also refuses nan
        return None
    return round(seconds * 1000)
