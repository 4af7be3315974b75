"""The workbook, written part by part as an .xlsx (Office Open XML) archive: a bold frozen header
with a filter and fitted widths on each table, a picture sheet, the styles the cells use.

The parts are those openpyxl writes for the same workbook (the same styles, views, filters,
drawings and theme). Writing them here, and the rows' XML directly, is ten times faster than
openpyxl's ~12 µs a cell (4 s on a 10,000-span study) and spares the export command importing
openpyxl and numpy. Every text cell is an inline string, so nothing in a note can become a
formula; text that would start one also gets Excel's quote prefix, so it stays text when someone
edits the cell.
"""

from __future__ import annotations

import math
import re
import struct
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from itertools import chain
from typing import Any

from rupture_annotator.storage.export.columns import (
    FORMULA_STARTS,
    ILLEGAL_CHARS,
    Table,
    format_time,
)
from rupture_annotator.storage.export.office_theme import THEME_XML

TIME_FORMAT = "[h]:mm:ss.000"  # [h]: an elapsed time, never wrapping at 24 hours
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
MAX_SHEET_NAME = 31  # Excel's limit
MAX_WIDTH = 60
ROW_PX = 20  # the default row height, 15 pt
EMU_PER_PX = 9525  # drawing sizes are in English Metric Units, at 96 pixels an inch
ROWS_PER_CHUNK = 500
COMPRESS_LEVEL = 3


@dataclass(frozen=True)
class Picture:
    title: str
    png: bytes


@dataclass
class PictureSheet:
    name: str
    pictures: list[Picture] = field(default_factory=list)


Sheet = Table | PictureSheet


class _Style:
    """The cell formats of styles.xml (cellXfs), by position."""

    TIME = 1
    QUOTED = 2  # text with Excel's quote prefix
    HEADER = 3  # bold, at the top of the cell
    TITLE = 4  # bold
    QUOTED_TITLE = 5


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_TYPE = "application/vnd.openxmlformats-officedocument"


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    """The .xlsx file's bytes, one sheet per table or picture sheet, in the order given."""
    out = BytesIO()
    book = _Book(sheets)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as z:
        z.writestr("docProps/app.xml", _app_xml())
        z.writestr("docProps/core.xml", _core_xml(datetime.now(UTC)))
        z.writestr("xl/theme/theme1.xml", THEME_XML)
        for n, sheet in enumerate(sheets, start=1):
            part = f"xl/worksheets/sheet{n}.xml"
            if isinstance(sheet, Table):
                with z.open(part, "w") as f:  # a name: the archive's compresslevel holds
                    for chunk in _table_sheet(sheet):
                        f.write(chunk)
                continue
            z.writestr(part, _picture_sheet(sheet, book.drawing_of.get(n)))
            if sheet.pictures:
                drawing = book.drawing_of[n]
                z.writestr(f"xl/drawings/drawing{drawing}.xml", _drawing_xml(sheet))
                first = book.first_image_of[n]
                z.writestr(
                    f"xl/drawings/_rels/drawing{drawing}.xml.rels",
                    _rels(
                        (f"{_REL}/image", f"/xl/media/image{first + i}.png")
                        for i in range(len(sheet.pictures))
                    ),
                )
                z.writestr(
                    f"xl/worksheets/_rels/sheet{n}.xml.rels",
                    _rels([(f"{_REL}/drawing", f"/xl/drawings/drawing{drawing}.xml")]),
                )
        for n, sheet in enumerate(sheets, start=1):
            if isinstance(sheet, PictureSheet):
                for i, pic in enumerate(sheet.pictures):
                    z.writestr(f"xl/media/image{book.first_image_of[n] + i}.png", pic.png)
        z.writestr("xl/styles.xml", _STYLES_XML)
        z.writestr(
            "_rels/.rels",
            _rels(
                [
                    (f"{_REL}/officeDocument", "xl/workbook.xml"),
                    (f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"),
                    (f"{_REL}/extended-properties", "docProps/app.xml"),
                ]
            ),
        )
        z.writestr("xl/workbook.xml", book.workbook_xml())
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            _rels(
                [
                    *((f"{_REL}/worksheet", f"/xl/worksheets/sheet{n}.xml") for n in book.numbers),
                    (f"{_REL}/styles", "styles.xml"),
                    (f"{_REL}/theme", "theme/theme1.xml"),
                ]
            ),
        )
        z.writestr("[Content_Types].xml", book.content_types_xml())
    return out.getvalue()


class _Book:
    """The workbook's own parts: its sheets, their names and filters, what each part is."""

    def __init__(self, sheets: list[Sheet]) -> None:
        self.sheets = sheets
        self.numbers = range(1, len(sheets) + 1)
        self.names = _sheet_names([s.name for s in sheets])
        self.drawing_of: dict[int, int] = {}
        self.first_image_of: dict[int, int] = {}
        images = 1
        for n, sheet in enumerate(sheets, start=1):
            if isinstance(sheet, PictureSheet) and sheet.pictures:
                self.drawing_of[n] = len(self.drawing_of) + 1
                self.first_image_of[n] = images
                images += len(sheet.pictures)
        self.images = images - 1

    def workbook_xml(self) -> str:
        sheets = "".join(
            f'<sheet xmlns:r="{_REL}" name="{_attr(name)}" sheetId="{n}" state="visible" '
            f'r:id="rId{n}"/>'
            for n, name in zip(self.numbers, self.names, strict=True)
        )
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n - 1}" hidden="1">'
            f"{_text(_quote_sheet(name))}!{_filter_range(sheet, absolute=True)}</definedName>"
            for n, name, sheet in zip(self.numbers, self.names, self.sheets, strict=True)
            if isinstance(sheet, Table)
        )
        defined = f"<definedNames>{filters}</definedNames>" if filters else ""
        return (
            f'<workbook xmlns="{_MAIN}"><workbookPr/><workbookProtection/><bookViews>'
            '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" '
            'showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" '
            'activeTab="0" autoFilterDateGrouping="1"/></bookViews>'
            f'<sheets>{sheets}</sheets>{defined}<calcPr calcId="124519" fullCalcOnLoad="1"/>'
            "</workbook>"
        )

    def content_types_xml(self) -> str:
        overrides = [
            ("/xl/styles.xml", f"{_TYPE}.spreadsheetml.styles+xml"),
            ("/xl/theme/theme1.xml", f"{_TYPE}.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", f"{_TYPE}.extended-properties+xml"),
        ]
        for n in self.numbers:
            overrides.append(
                (f"/xl/worksheets/sheet{n}.xml", f"{_TYPE}.spreadsheetml.worksheet+xml")
            )
            if n in self.drawing_of:
                part = f"/xl/drawings/drawing{self.drawing_of[n]}.xml"
                overrides.append((part, f"{_TYPE}.drawing+xml"))
        overrides.append(("/xl/workbook.xml", f"{_TYPE}.spreadsheetml.sheet.main+xml"))
        defaults = [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            ("xml", "application/xml"),
            *([("png", "image/png")] if self.images else []),
        ]
        return (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults)
            + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
            + "</Types>"
        )


def _sheet_names(wanted: list[str]) -> list[str]:
    """Each sheet's name: at most 31 characters, unique (ignoring case) as Excel requires."""
    names: list[str] = []
    for name in wanted:
        base = (_BAD_SHEET_CHARS.sub("_", name) or "Sheet")[:MAX_SHEET_NAME]
        unique, n = base, 1
        while unique.lower() in (m.lower() for m in names):
            n += 1
            unique = f"{base[: MAX_SHEET_NAME - len(str(n))]}{n}"
        names.append(unique)
    return names


_BAD_SHEET_CHARS = re.compile(r"[\\/*?:\[\]]")


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _filter_range(table: Table, absolute: bool = False) -> str:
    last = column_letter(max(1, len(table.columns)))
    rows = len(table.rows) + 1
    return f"$A$1:${last}${rows}" if absolute else f"A1:{last}{rows}"


# -- a table's sheet ---------------------------------------------------------------------------

_SHEET_START = (
    f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
    "<pageSetUpPr/></sheetPr>"
)
_SHEET_FORMAT = '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
_MARGINS = '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'


def _table_sheet(table: Table) -> Iterator[bytes]:
    """A table's sheet: the header frozen above the rows, a filter over all of them."""
    cols = "".join(
        f'<col width="{w:g}" customWidth="1" min="{i}" max="{i}"/>'
        for i, w in enumerate(_widths(table), start=1)
    )
    header = "".join(
        _text_cell(f"{column_letter(i)}1", name, _Style.HEADER)
        for i, name in enumerate(table.names, start=1)
    )
    yield (
        _SHEET_START
        + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A1" '
        'sqref="A1"/></sheetView></sheetViews>'
        + _SHEET_FORMAT
        + (f"<cols>{cols}</cols>" if cols else "")
        + f'<sheetData><row r="1">{header}</row>'
    ).encode()
    yield from _data_rows(table)
    yield (f'</sheetData><autoFilter ref="{_filter_range(table)}"/>{_MARGINS}</worksheet>').encode()


def _widths(table: Table) -> list[float]:
    """Wide enough for the header and its filter button, and for the longest value up to 60."""
    widths = []
    for i, c in enumerate(table.columns):
        longest = len(c.name) + 3
        if c.kind == "time":
            longest = max(longest, len(format_time(0)) + 1)
        elif c.kind == "text":
            longest = max(longest, max((len(str(r[i])) for r in table.rows if r[i]), default=0))
        elif c.kind == "seconds":
            longest = max(longest, 9)
        widths.append(float(min(MAX_WIDTH, longest + 1)))
    return widths


def _text_cell(ref: str, text: str, style: int) -> str:
    """A header or title cell: bold; quoted when it would start a formula."""
    s = _clean(text)
    if s.startswith(FORMULA_STARTS):
        style = _Style.QUOTED_TITLE
    space = ' xml:space="preserve"' if s != s.strip() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{_xml(s)}</t></is></c>'


# -- the picture sheet -------------------------------------------------------------------------


def _picture_sheet(sheet: PictureSheet, drawing: int | None) -> str:
    """Each picture under its title, a row of space below it."""
    rows = []
    for row, pic in zip(_picture_rows(sheet), sheet.pictures, strict=True):
        rows.append(f'<row r="{row}">{_text_cell(f"A{row}", pic.title, _Style.TITLE)}</row>')
    drawn = f'<drawing xmlns:r="{_REL}" r:id="rId1"/>' if drawing is not None else ""
    return (
        _SHEET_START
        + '<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/>'
        "</sheetView></sheetViews>"
        + _SHEET_FORMAT
        + f"<sheetData>{''.join(rows)}</sheetData>{_MARGINS}{drawn}</worksheet>"
    )


def _picture_rows(sheet: PictureSheet) -> list[int]:
    """The row of each picture's title; the picture starts on the row below it."""
    rows, row = [], 1
    for pic in sheet.pictures:
        rows.append(row)
        row += 1 + math.ceil(png_size(pic.png)[1] / ROW_PX) + 2
    return rows


def _drawing_xml(sheet: PictureSheet) -> str:
    anchors = []
    for n, (row, pic) in enumerate(zip(_picture_rows(sheet), sheet.pictures, strict=True), 1):
        width, height = png_size(pic.png)
        anchors.append(
            f"<oneCellAnchor><from><col>0</col><colOff>0</colOff><row>{row}</row>"
            f'<rowOff>0</rowOff></from><ext cx="{width * EMU_PER_PX}" cy="{height * EMU_PER_PX}"/>'
            f'<pic><nvPicPr><cNvPr id="{n}" name="Image {n}" descr="Picture"/><cNvPicPr/>'
            f'</nvPicPr><blipFill><a:blip xmlns:a="{_DRAWING}" xmlns:r="{_REL}" cstate="print" '
            f'r:embed="rId{n}"/><a:stretch xmlns:a="{_DRAWING}"><a:fillRect/></a:stretch>'
            f'</blipFill><spPr><a:prstGeom xmlns:a="{_DRAWING}" prst="rect"/></spPr></pic>'
            "<clientData/></oneCellAnchor>"
        )
    return (
        '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
        f"{''.join(anchors)}</wsDr>"
    )


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels, from the PNG's header."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG picture")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


# -- the package's small parts -----------------------------------------------------------------


def _rels(targets: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> str:
    return (
        f'<Relationships xmlns="{_PKG_REL}">'
        + "".join(
            f'<Relationship Type="{kind}" Target="{target}" Id="rId{n}"/>'
            for n, (kind, target) in enumerate(targets, start=1)
        )
        + "</Relationships>"
    )


def _app_xml() -> str:
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>Rupture Annotator</Application></Properties>'
    )


def _core_xml(now: datetime) -> str:
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    w3c = (
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF"'
    )
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "Rupture Annotator</dc:creator>"
        f"<dcterms:created {w3c}>{stamp}</dcterms:created>"
        f"<dcterms:modified {w3c}>{stamp}</dcterms:modified></cp:coreProperties>"
    )


# Fonts: 0 the default, 1 bold. Cell formats (cellXfs) in _Style's order.
_STYLES_XML = (
    f'<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
    f'formatCode="{TIME_FORMAT}"/></numFmts><fonts count="2"><font><name val="Calibri"/>'
    '<family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>'
    '<font><b val="1"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill>'
    '<patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/>'
    '<right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" '
    'xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" '
    'xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="1" '
    'xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyAlignment="1" pivotButton="0" '
    'quotePrefix="0" xfId="0"><alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" '
    'xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" pivotButton="0" quotePrefix="1" '
    'xfId="0"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" '
    'hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
    'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
)


# -- the rows' XML -----------------------------------------------------------------------------


def _data_rows(table: Table) -> Iterator[bytes]:
    """The rows' XML in chunks of rows, each chunk built column by column: one comprehension
    per column and kind is the hot path (a 10k study writes 500,000 cells)."""
    width = len(table.columns)
    heads = [f'<c r="{column_letter(i)}' for i in range(1, width + 1)]
    ends = [_Ends.of(c.kind) for c in table.columns]
    rows = table.rows if width else []
    for first in range(0, len(rows), ROWS_PER_CHUNK):
        chunk = rows[first : first + ROWS_PER_CHUNK]
        if any(len(row) != width for row in chunk):
            raise ValueError(f"{table.name}: a row does not have {width} values")
        numbers = [str(n) for n in range(first + 2, first + 2 + len(chunk))]
        cells = [
            _cells(head, column.kind, numbers, values, end)
            for head, column, values, end in zip(
                heads, table.columns, zip(*chunk, strict=True), ends, strict=True
            )
        ]
        starts = [f'<row r="{r}">' for r in numbers]
        pieces = zip(starts, *cells, ["</row>"] * len(numbers), strict=True)
        yield "".join(chain.from_iterable(pieces)).encode()


class _Ends(dict[Any, str]):
    """A column's cells after their reference, by value, each made the first time it is seen:
    most values (coders, recordings, kinds, 0/1 flags, session details) repeat down a column."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: Any) -> str:
        end = self[value] = self.make(value)
        return end

    @classmethod
    def of(cls, kind: str) -> _Ends | None:
        if kind == "int":
            return cls(lambda v: f'"><v>{int(v)}</v></c>')
        if kind == "text":
            return cls(_text_end)
        return None  # times and seconds rarely repeat


def _text_end(value: Any) -> str:
    s = str(value)
    head = _QUOTED_TEXT if s.startswith(FORMULA_STARTS) else _PLAIN_TEXT
    return f"{head}{_xml(s)}</t></is></c>"


_PLAIN_TEXT = '" t="inlineStr"><is><t xml:space="preserve">'
_QUOTED_TEXT = f'" s="{_Style.QUOTED}"{_PLAIN_TEXT[1:]}'


def _cells(
    head: str, kind: str, numbers: list[str], values: Sequence[Any], ends: _Ends | None
) -> list[str]:
    """One column's cells in a chunk of rows ("" where a value is missing); the column's kind
    says what its values are."""
    pairs = zip(numbers, values, strict=True)
    if kind == "int" and ends is not None:
        return ["" if v is None else f"{head}{r}{ends[v]}" for r, v in pairs]
    if kind == "text" and ends is not None:
        # only text is looked up by value: 1 and "1" are different cells
        return [
            ""
            if v is None or v == ""
            else f"{head}{r}{ends[v] if v.__class__ is str else _text_end(v)}"
            for r, v in pairs
        ]
    if kind == "time":
        style = f'" s="{_Style.TIME}"><v>'
        return [
            "" if v is None else f"{head}{r}{style}{v / 86_400_000!r}</v></c>" for r, v in pairs
        ]
    if kind == "seconds":
        return ["" if v is None else f'{head}{r}"><v>{v / 1000!r}</v></c>' for r, v in pairs]
    return [
        f'{head}{r}"><v>{float(v)!r}</v></c>' if v is not None and math.isfinite(v) else ""
        for r, v in pairs
    ]


def column_letter(n: int) -> str:
    """A, B, …, Z, AA, … for the 1-based column n."""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _clean(s: str) -> str:
    s = s[:MAX_CELL_CHARS]
    return ILLEGAL_CHARS.sub("\ufffd", s) if ILLEGAL_CHARS.search(s) else s


_SPECIAL = re.compile(f"[&<>\r]|{ILLEGAL_CHARS.pattern}")


def _xml(s: str) -> str:
    """Text as XML character data; most text needs nothing, so look once before mending."""
    if len(s) <= MAX_CELL_CHARS and not _SPECIAL.search(s):
        return s
    s = _clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\r", "&#13;")  # a bare CR would be read back as a line feed


def _text(s: str) -> str:
    """Character data of the package's own parts (sheet names, versions)."""
    return _xml(_clean(s))


def _attr(s: str) -> str:
    return _text(s).replace('"', "&quot;")
