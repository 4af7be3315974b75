"""The data dictionary: every column's name, type and meaning, as a sheet and as Markdown.

docs/data-dictionary.md is study_markdown() for the shipped codebook (a test keeps it so;
scripts/data_dictionary.py rewrites it).
"""

from __future__ import annotations

from rupture_annotator.storage.export.columns import Kind, Table

TYPE_NAMES: dict[Kind, str] = {
    "text": "text",
    "int": "whole number",
    "float": "decimal",
    "time": "time",
    "seconds": "seconds",
}

CONVENTIONS = """\
- **Times.** Columns of type *time* (`start`, `end`, `duration`, …) hold spreadsheet time
  values shown as `h:mm:ss.000`: sort, subtract and average them like any time. Each has a twin of
  type *seconds* (`start_s`, …): decimal seconds from the start of the recording, for SPSS and R.
  The CSV files write times as text `h:mm:ss.mmm`.
- **0/1 columns** (one per marker or strategy) are 1 when the span was coded with that entry and 0
  when not. A blank cell means the project's codebook has no such entry (possible when projects
  coded with different codebooks are exported together).
- **Session details** lead every sheet about recordings (Ruptures, Resolutions, Segments,
  Sessions, Comments), right after `project`, `media` and `recording_id`, always in this order: `dyad`,
  `therapist`, `session_number`, `recording_date` (text, `YYYY-MM-DD`), `condition`, `phase`;
  then one column per custom session field the projects define, named as the field, in the order
  of the first project that defines it. A blank cell is a field left empty.
- **Segments** are numbered from 1; their length is the codebook's (5 minutes in the 3RS manual).
  The first starts at the recording's segment origin (where the session starts; 0 unless set).
- **The 3RS variables come first.** In Segments, the coder's segment ratings (`wd_significance`,
  `cf_significance`, `resolution_rating`; `WD_P`, `WD_T`, `CF_P`, `CF_T` in 3RS v2022) are the
  3RS measures: blank means not rated. Columns named `*_span_rating_max` (Segments) and
  `span_significance`, `span_resolution` (Ruptures, Resolutions) are aids from single spans,
  never the 3RS rating; in `*_span_rating_max`, 0 means no rupture of that kind in the segment
  and blank means ruptures that were not rated.
- **Counts.** In Segments, `<entry>_n` counts the spans the codebook's counting rule puts in the
  segment and `<entry>_present` is 1 when that count is above 0. With the rule `overlap` (the
  default) a span counts in every segment it overlaps: with 5-minute segments, a span from 4:50
  to 5:10 counts 1 in segment 1 and 1 in segment 2. With the rule `start` it counts only where it
  starts (1 in segment 1, 0 in segment 2). Sessions counts each span once (1 in the example).
  The rule in force is in the About sheet. A strategy span without a strategy is counted
  nowhere (`n_strategy_spans_uncoded` in Sessions; Check Coding lists it).
- **Strategies and resolution are apart.** `has_strategy` (Ruptures) and `n_with_strategy`
  (Sessions) say that a strategy span of the same coder is linked; how far ruptures were resolved
  is the coder's resolution rating (per segment and per session). A strategy only ever links to
  a rupture of the same coder.
- **Column names** are letters, digits and `_`, start with a letter and have at most 64
  characters, so SPSS and R take them as they are. Columns made from the codebook take the
  entry's id (see the Codebook sheet).
- **Text that looks like a formula** (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
  return) is stored in the workbook as text with Excel's quote prefix, so no spreadsheet ever runs
  it. In the CSV files such a value gets a leading `'` for the same reason; remove it in R with
  `sub("^'", "", x)`.
- **CSV files** are UTF-8, one per sheet (`ruptures.csv`, …), with a header row; the `--bom`
  option adds a byte-order mark so Excel shows accents right."""


def dictionary_table(tables: list[Table]) -> Table:
    t = Table("Dictionary", "Every column of every sheet: its type and meaning.")
    t.add("sheet", "text", "The sheet (and CSV file) the column is in.")
    t.add("column", "text", "The column's name.")
    t.add("type", "text", "text, whole number, decimal, time or seconds.")
    t.add("description", "text", "What the column holds.")
    for table in [*tables, t]:
        for c in table.columns:
            t.rows.append([table.name, c.name, TYPE_NAMES[c.kind], c.description])
    return t


PLOTS = """\
A timeline picture of each recording: a lane per coder and kind (withdrawal, confrontation,
resolution), minutes along the bottom, grey lines at the segment boundaries. The same pictures
are saved as PNG files in the folder `OUT_plots` beside the workbook `OUT.xlsx`."""


def markdown(data: list[Table], reference: list[Table]) -> str:
    """The dictionary for people: codebook-made columns shown once per family."""
    out = [
        "# Data dictionary",
        "",
        "What `rupture-annotator export` and File → Export… write: one workbook with the sheets",
        "below (and `Dictionary`, this table as a sheet), and the same tables as CSV files.",
        "Generated from the code by `scripts/data_dictionary.py`; do not edit by hand.",
        "",
        "## Conventions",
        "",
        CONVENTIONS,
    ]
    for table in data:
        out += _section(table)
    out += ["", "## Plots", "", PLOTS]
    for table in reference:
        out += _section(table)
    out += _section(dictionary_table([]))
    return "\n".join(out) + "\n"


def _section(table: Table) -> list[str]:
    out = ["", f"## {table.name}", "", table.description, ""]
    out += ["| column | type | meaning |", "|---|---|---|"]
    shown: set[str] = set()
    for c in table.columns:
        if c.family is not None:
            if c.family in shown:
                continue
            shown.add(c.family)
            name, text = c.family, c.family_description
        else:
            name, text = c.name, c.description
        out.append(f"| `{name}` | {TYPE_NAMES[c.kind]} | {text.replace('|', '/')} |")
    return out


def study_markdown() -> str:
    """The dictionary of a study coded with the shipped 3RS codebook."""
    from rupture_annotator.domain.project import Project
    from rupture_annotator.domain.session import FieldDefinition
    from rupture_annotator.storage.codebooks import load_codebook
    from rupture_annotator.storage.export import build_tables
    from rupture_annotator.storage.export.study import Study, StudyProject

    # one custom session field, so its family row is in the dictionary too
    project = Project(
        codebook=load_codebook(),
        session_fields=[FieldDefinition(name="site", label="Site", type="text")],
    )
    study = Study((StudyProject("study", None, project),))
    tables = build_tables(study)
    return markdown(tables.data, tables.reference)
