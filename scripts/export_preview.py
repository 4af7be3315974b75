"""Draw the top of an exported workbook's Ruptures sheet as a PNG for the README.

A small made-up session is exported with the real exporter, read back with openpyxl and drawn
cell by cell with matplotlib (Agg), as a spreadsheet shows it: column letters, row numbers, the
bold frozen header with filter buttons, times as h:mm:ss.000, and the sheet tabs.

    .venv/bin/python scripts/export_preview.py [OUT.png]   (default docs/images/export-workbook.png)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import openpyxl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.export import ExportOptions, export_study, study_of

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "docs" / "images" / "export-workbook.png"
COLUMNS = ("coder", "kind", "wd_minimal_response", "markers", "significance", "start", "end")
COLUMNS += ("duration", "start_s", "segment", "resolved", "note")
ROWS = 9
# coder, kind, start s, length s, markers, significance, linked strategy (- none) | note
SPANS = """
ana withdrawal     312.4  21.6  wd_minimal_response            2 rs_invite_discussion | Long silence after the homework question
ben withdrawal     313.0  19.9  wd_minimal_response,wd_denial  3 -                    | 'Fine.' Looks away
ana confrontation  845.25 48.5  cf_complaint_activities        4 rs_rationale         | => 'this isn't helping'
ben confrontation  846.0  51.2  cf_complaint_activities        4 rs_rationale         |
ana withdrawal    1502.8  35.0  wd_avoidant_storytelling       3 -                    | Story about the neighbour
ben withdrawal    1498.1  40.75 wd_avoidant_storytelling,wd_abstract 2 -              |
ana confrontation 2260.0  62.4  cf_complaint_therapist         5 rs_acknowledge_contribution | Angry about the missed session
ben confrontation 2262.5  58.0  cf_complaint_therapist         5 rs_acknowledge_contribution | -
ana withdrawal    2900.1  12.3  wd_deferential                 2 -                    | Agrees too quickly
"""


def demo_project() -> Project:
    project = Project(codebook=load_codebook("3rs-2015"))
    for coder in ("ana", "ben"):
        project.add_coder(coder)
    rec = project.add_recording(MediaRef(path="s01.mp4", duration_ms=3_000_000, fps=25.0), "r1")
    for i, line in enumerate(SPANS.strip().splitlines()):
        fields, note = line.split("|")
        coder, kind, start, length, markers, significance, strategy = fields.split()
        start_ms = round(float(start) * 1000)
        rupture = Rupture(
            id=f"r{i}",
            kind=RuptureKind(kind),
            start_ms=start_ms,
            end_ms=start_ms + round(float(length) * 1000),
            coder=coder,
            marker_ids=tuple(markers.split(",")),
            significance=int(significance),
            note=note.strip(),
        )
        project.add_annotation(rec.id, rupture)
        if strategy != "-":
            project.add_annotation(
                rec.id,
                ResolutionStrategy(
                    start_ms=rupture.end_ms,
                    end_ms=rupture.end_ms + 15_000,
                    coder=coder,
                    strategy_ids=(strategy,),
                    rupture_id=rupture.id,
                    resolution=3,
                ),
            )
    return project


def shown(value: object) -> str:
    """A cell as a spreadsheet shows it with the export's formats."""
    if value is None:
        return ""
    if isinstance(value, timedelta):
        ms = round(value.total_seconds() * 1000)
        h, rest = divmod(ms, 3_600_000)
        m, rest = divmod(rest, 60_000)
        return f"{h}:{m:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def draw(book_path: Path, out: Path) -> None:
    ws = openpyxl.load_workbook(book_path)["Ruptures"]
    header = [c.value for c in ws[1]]
    picked = [header.index(name) for name in COLUMNS]
    letters = [openpyxl.utils.get_column_letter(i + 1) for i in picked]
    widths = [min(ws.column_dimensions[x].width or 9, 34) for x in letters]
    rows = [[shown(r[i]) for i in picked] for r in ws.iter_rows(min_row=2, values_only=True)]
    grid = [list(COLUMNS), *rows[:ROWS]]
    numbers = [ws.cell(row=2, column=i + 1).data_type == "n" for i in picked]

    char_in, row_in, gutter = 0.075, 0.24, 0.35
    width_in = gutter + sum(widths) * char_in
    height_in = row_in * (len(grid) + 2.3)
    fig = Figure(figsize=(width_in, height_in), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width_in)
    ax.set_ylim(height_in, 0)
    ax.axis("off")
    font = {"family": "DejaVu Sans", "fontsize": 7.5}

    def cell(x: float, y: float, w: float, text: str, **style: object) -> None:
        face = style.pop("face", "white")
        ax.add_patch(Rectangle((x, y), w, row_in, facecolor=face, edgecolor="#d0d0d0", lw=0.6))
        align = style.pop("align", "left")
        tx = x + (w - 0.05 if align == "right" else 0.05 if align == "left" else w / 2)
        ax.text(tx, y + row_in / 2, text, ha=align, va="center", clip_on=True, **font, **style)

    x = gutter
    cell(0, 0, gutter, "", face="#eeeeee")
    for letter, w in zip(letters, widths, strict=True):
        cell(x, 0, w * char_in, letter, face="#eeeeee", align="center", color="#555555")
        x += w * char_in
    for r, values in enumerate(grid, start=1):
        y = r * row_in
        cell(0, y, gutter, str(r), face="#eeeeee", align="center", color="#555555")
        x = gutter
        for c, (text, w) in enumerate(zip(values, widths, strict=True)):
            limit = int(w * 1.15)
            text = text if len(text) <= limit else text[: limit - 1] + "…"
            if r == 1:
                cell(x, y, w * char_in, text + "  ", face="#f4f6fa", weight="bold")
                ax.text(
                    x + w * char_in - 0.06, y + row_in / 2, "▾", ha="right", va="center", **font
                )
            else:
                cell(x, y, w * char_in, text, align="right" if numbers[c] else "left")
            x += w * char_in
    ax.plot([0, width_in], [2 * row_in] * 2, color="#7a869a", lw=1.2)  # the frozen header
    y = (len(grid) + 1.2) * row_in
    x = 0.1
    for i, name in enumerate(openpyxl.load_workbook(book_path, read_only=True).sheetnames):
        w = 0.12 + len(name) * 0.075
        face = "white" if i == 0 else "#e4e4e4"
        cell(x, y, w, name, face=face, align="center", weight="bold" if i == 0 else "normal")
        x += w + 0.04
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "study.xlsx"
        export_study(study_of(demo_project(), Path("s01.rupture.json")), ExportOptions(book))
        draw(book, out)
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
