"""Export a study (one project or many) to a workbook, CSV files and timeline pictures.

Tables are built once from the domain; each writer only formats them. Every file is written
whole (temp file, then rename), so a failure never leaves half a workbook behind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rupture_annotator.domain.recording import Recording
from rupture_annotator.storage.atomic import SaveError, write_atomic
from rupture_annotator.storage.export.columns import Table
from rupture_annotator.storage.export.comments import comments_table
from rupture_annotator.storage.export.csv_files import write_csv
from rupture_annotator.storage.export.dictionary import dictionary_table
from rupture_annotator.storage.export.layout import Layout, distinct_codebooks, media_name
from rupture_annotator.storage.export.reference import about_table, codebook_table
from rupture_annotator.storage.export.spans import resolutions_table, ruptures_table
from rupture_annotator.storage.export.study import (
    Progress,
    Study,
    StudyError,
    StudyProject,
    load_study,
    study_of,
)
from rupture_annotator.storage.export.totals import segments_table, sessions_table
from rupture_annotator.storage.export.xlsx import Picture, PictureSheet, Sheet, workbook_bytes

if TYPE_CHECKING:
    from rupture_annotator.storage.export.timeline import TimelineDrawer

__all__ = [
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "Progress",
    "Study",
    "StudyError",
    "StudyProject",
    "Tables",
    "build_tables",
    "export_study",
    "load_study",
    "study_of",
]

PLOTS_SHEET = "Plots"


class ExportError(Exception):
    """An export that could not be written; the message is one sentence."""


@dataclass(frozen=True)
class ExportOptions:
    workbook: Path | None = None  # OUT.xlsx
    csv_dir: Path | None = None
    bom: bool = False
    plots: bool = True


@dataclass
class Tables:
    data: list[Table]  # Ruptures, Resolutions, Segments, Sessions, Comments
    reference: list[Table]  # Codebook, About
    dictionary: Table

    @property
    def all(self) -> list[Table]:
        return [*self.data, *self.reference[:1], self.dictionary, *self.reference[1:]]

    def by_name(self, name: str) -> Table:
        return next(t for t in self.all if t.name == name)


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


DATA_TABLES = (ruptures_table, resolutions_table, segments_table, sessions_table, comments_table)


def build_tables(study: Study, exported: datetime | None = None) -> Tables:
    layout = Layout.of(distinct_codebooks(study), study)
    # The fixed columns of every sheet, from the tables of no recordings (cheap): a custom
    # session field named like any of them is renamed the same way in every sheet.
    bare = replace(layout, session_fields=())
    reserved = {c.name.lower() for make in DATA_TABLES for c in make(Study(()), bare).columns}
    layout = replace(layout, reserved=frozenset(reserved))
    data = [make(study, layout) for make in DATA_TABLES]
    counts = {t.name: len(t.rows) for t in data}
    reference = [
        codebook_table(distinct_codebooks(study)),
        about_table(study, exported or datetime.now(UTC), counts),
    ]
    return Tables(data, reference, dictionary_table(data + reference))


def export_study(
    study: Study, options: ExportOptions, progress: Progress | None = None
) -> ExportResult:
    """Write what options ask for; raises ExportError (a sentence) when a file cannot be."""
    if options.workbook is None and options.csv_dir is None:
        raise ExportError("Choose a workbook or a CSV folder to export to.")
    plots = _plot_jobs(study) if options.plots else []
    total = 1 + len(plots) + (options.workbook is not None) + (options.csv_dir is not None)
    done = 0

    def step(what: str) -> None:
        nonlocal done
        if progress is not None:
            progress(done, total, what)
        done += 1

    step("Building the tables")
    tables = build_tables(study)
    pictures: list[tuple[str, Picture]] = []
    if plots:
        from rupture_annotator.storage.export.timeline import TimelineDrawer

        drawer = TimelineDrawer()
        for name, plot in plots:
            step(f"Drawing {name}")
            pictures.append((name, plot.draw(drawer)))
    result = ExportResult(rows={t.name: len(t.rows) for t in tables.all})
    try:
        if options.workbook is not None:
            step(f"Writing {options.workbook.name}")
            sheets: list[Sheet] = [*tables.data]
            if pictures:
                sheets.append(PictureSheet(PLOTS_SHEET, [p for _, p in pictures]))
            sheets += [*tables.reference[:1], tables.dictionary, *tables.reference[1:]]
            _make_folder(options.workbook.parent)
            write_atomic(options.workbook, workbook_bytes(sheets), backup=False)
            result.files.append(options.workbook)
        if options.csv_dir is not None:
            step(f"Writing CSV files to {options.csv_dir.name or options.csv_dir}")
            _make_folder(options.csv_dir)
            result.files += write_csv(tables.all, options.csv_dir, options.bom)
        if pictures:
            folder = _plots_folder(options)
            _make_folder(folder)
            for name, pic in pictures:
                path = folder / f"{name}.png"
                write_atomic(path, pic.png, backup=False)
                result.files.append(path)
    except SaveError as exc:
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        where = exc.filename or "the export folder"
        raise ExportError(f"Could not write {where}: {exc.strerror or exc}.") from exc
    if progress is not None:
        progress(total, total, "Done")
    return result


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise ExportError(f"Could not write to {folder}: a file is in the way.") from exc
    except OSError as exc:
        raise ExportError(f"Could not create the folder {folder}: {exc.strerror or exc}.") from exc


def _plots_folder(options: ExportOptions) -> Path:
    """Beside the workbook (OUT_plots/), else in the CSV folder."""
    if options.workbook is not None:
        return options.workbook.with_name(options.workbook.stem + "_plots")
    assert options.csv_dir is not None
    return options.csv_dir


def _plot_jobs(study: Study) -> list[tuple[str, _Plot]]:
    """A timeline per recording, named <project>_<media> (plus the recording id if that
    name is taken twice)."""
    jobs = []
    for sp in study.projects:
        coders = study.coders_of(sp.project)
        for rec in sp.project.media:
            media = media_name(rec).rsplit(".", 1)[0]
            jobs.append((_file_name(f"{sp.label}_{media}"), _Plot(sp, rec, coders)))
    uses = Counter(n for n, _ in jobs)
    return [(n if uses[n] == 1 else f"{n}_{plot.recording.id}", plot) for n, plot in jobs]


@dataclass(frozen=True)
class _Plot:
    source: StudyProject
    recording: Recording
    coders: list[str]

    def draw(self, drawer: TimelineDrawer) -> Picture:
        title = f"{self.source.label} · {self.recording.media.path}"
        png = drawer.png(self.recording, self.coders, self.source.project.codebook, title)
        return Picture(title, png)


def _file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("._") or "session"
