"""A transcript exported from a word processor as a DOCX table (start, end, speaker, text), read
with python-docx; 'line' is the table's row number (1 = its header)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from rupture_annotator.storage.transcripts.files import TranscriptError, TranscriptFile
from rupture_annotator.storage.transcripts.table import parse_rows


def read_docx(path: Path) -> TranscriptFile:
    import docx  # python-docx: loaded only for DOCX transcripts
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TranscriptError(f"{path.name} is not a readable Word (.docx) document.") from exc
    for table in document.tables:
        rows = [(n, [c.text for c in row.cells]) for n, row in enumerate(table.rows, 1)]
        try:
            return parse_rows(rows, path, "docx")
        except TranscriptError:
            continue  # another table of the document may be the transcript
    raise TranscriptError(
        f"{path.name} has no table whose first row names start, end, speaker and text."
    )
