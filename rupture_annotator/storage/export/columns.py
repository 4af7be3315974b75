"""Tables as the export writes them: typed columns with a meaning, rows built once.

A column's kind tells each writer how to show a value: a time is an int of milliseconds that the
workbook writes as a spreadsheet time and the CSV as h:mm:ss.mmm; seconds are the same
milliseconds written as decimal seconds. Column names survive SPSS and R (safe_name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

Kind = Literal["text", "int", "float", "time", "seconds"]
Value = str | int | float | None
Row = Sequence[Value]

MAX_NAME = 64  # SPSS's limit; R has none worth meeting
# Words SPSS (any case) or R will not take as a variable name.
RESERVED = frozenset(
    [
        "all",
        "and",
        "by",
        "eq",
        "ge",
        "gt",
        "le",
        "lt",
        "ne",
        "not",
        "or",
        "to",
        "with",
        "if",
        "else",
        "repeat",
        "while",
        "function",
        "for",
        "in",
        "next",
        "break",
        "true",
        "false",
        "null",
        "inf",
        "nan",
        "na",
        "na_integer_",
        "na_real_",
        "na_character_",
        "na_complex_",
    ]
)
# Text a spreadsheet would take as the start of a formula if it were typed in or read from CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry (and lone surrogates, which no UTF-8 file can).
ILLEGAL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text any file can hold: characters XML and UTF-8 refuse become U+FFFD."""
    return ILLEGAL_CHARS.sub("\ufffd", text) if ILLEGAL_CHARS.search(text) else text


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def safe_name(raw: str) -> str:
    """A variable name SPSS and R both accept: ASCII letters, digits and _, starting with a
    letter, not ending in _, at most 64 characters, not a reserved word."""
    name = re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9_]", "_", raw)).strip("_")
    if not name or not name[0].isalpha():
        name = "v_" + name if name else "v"
    if name.lower() in RESERVED:
        name += "_v"
    return name[:MAX_NAME].rstrip("_")


@dataclass(frozen=True)
class Column:
    """A column: its name, how its values are written, and what they mean.

    `family` names a group of columns made one per codebook entry (e.g. "<marker id>"); the data
    dictionary shows a family once, with `family_description`.
    """

    name: str
    kind: Kind
    description: str
    family: str | None = None
    family_description: str = ""


@dataclass
class Table:
    """One sheet of the workbook, one CSV file."""

    name: str
    description: str
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def add(
        self,
        name: str,
        kind: Kind,
        description: str,
        family: str | None = None,
        family_description: str = "",
    ) -> str:
        """Add a column under a safe, unique (also ignoring case) name; returns the name used."""
        base = safe_name(name)
        taken = {c.name.lower() for c in self.columns}
        unique, n = base, 1
        while unique.lower() in taken:
            n += 1
            unique = f"{base[: MAX_NAME - len(str(n)) - 1]}_{n}"
        self.columns.append(Column(unique, kind, description, family, family_description))
        return unique

    def frame(self) -> pd.DataFrame:
        """The table as a DataFrame: times as Timedelta, seconds as float."""
        import pandas as pd

        frame = pd.DataFrame(list(self.rows), columns=self.names, dtype=object)
        for c in self.columns:
            if c.kind == "time":
                frame[c.name] = pd.to_timedelta(frame[c.name].astype("Float64"), unit="ms")
            elif c.kind == "seconds":
                frame[c.name] = frame[c.name].astype("Float64") / 1000
            elif c.kind in ("int", "float"):
                frame[c.name] = frame[c.name].astype("Float64" if c.kind == "float" else "Int64")
        return frame


def format_time(ms: int) -> str:
    """h:mm:ss.mmm, the way the workbook shows a time."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{milli:03d}"
