"""The agreement workbook, its CSV files and JSON: the same tables, written whole or not at all.

Sheets: Summary (one row per variable and statistic, the 3RS ratings first), Segments and
Sessions (each coder's values per unit, to recompute anything in SPSS or R), Events (paired and
unpaired ruptures with times), Disagreements (the segments coders differ most on, with times),
About (inputs with fingerprints, coders, rules, versions).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import numpy.typing as npt

from rupture_annotator import __version__
from rupture_annotator.domain.agreement.summary import DEFAULT_ICC
from rupture_annotator.storage.agreement.gold import check_against_gold, gold_table
from rupture_annotator.storage.agreement.report import AgreementReport
from rupture_annotator.storage.agreement.variables import LevelValues
from rupture_annotator.storage.atomic import SaveError, write_atomic
from rupture_annotator.storage.export.columns import Table, Value
from rupture_annotator.storage.export.csv_files import write_csv
from rupture_annotator.storage.export.study import Progress
from rupture_annotator.storage.export.xlsx import Sheet, workbook_bytes

JOIN = "; "
LIBRARIES = ("numpy", "scipy", "krippendorff")


class AgreementWriteError(Exception):
    """A file that could not be written; the message is one sentence."""


@dataclass(frozen=True)
class AgreementOutputs:
    workbook: Path | None = None
    csv_dir: Path | None = None
    json_file: Path | None = None

    @property
    def empty(self) -> bool:
        return self.workbook is None and self.csv_dir is None and self.json_file is None


def _cell(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def _int_cell(v: float) -> int | float | None:
    if not math.isfinite(v):
        return None
    return int(v) if float(v).is_integer() else float(v)


def summary_table(report: AgreementReport) -> Table:
    t = Table(
        "Summary",
        "One row per variable and statistic; the 3RS ratings first. ICC(2,1) is the default.",
    )
    t.add("variable", "text", "The export column the statistic is computed on.")
    t.add("what", "text", "The variable in words.")
    t.add("level", "text", "segment (units: recording x segment), session, or event.")
    t.add("statistic", "text", "Which statistic, e.g. ICC(2,1) or cohen_kappa.")
    t.add("value", "float", "Its value; blank when undefined (see note).")
    t.add("ci_low", "float", "Lower end of its 95% confidence interval (blank: none).")
    t.add("ci_high", "float", "Upper end of its 95% confidence interval.")
    t.add("band", "text", "The value in plain words, with the convention it comes from.")
    t.add("n_units", "int", "How many units the value rests on.")
    t.add("note", "text", "Why the value is blank.")
    t.add("n_coders", "int", "How many coders are compared.")
    t.add("coders", "text", "Which coders.")
    t.add("meaning", "text", "What the statistic is and when to report it.")
    labels = {
        (v.level, v.name): v.label
        for values in (report.segments, report.sessions)
        for v in values.variables
    }
    labels |= {("event", "ruptures"): "ruptures of any kind, paired between two coders"}
    labels |= {
        ("event", k): f"{k} ruptures, paired between two coders"
        for k in ("withdrawal", "confrontation")
    }
    for r in report.rows:
        t.rows.append(
            [
                r.variable,
                labels.get((r.level, r.variable), ""),
                r.level,
                r.statistic,
                r.value,
                r.ci_low,
                r.ci_high,
                r.band or None,
                r.n_units,
                r.note or None,
                r.n_coders,
                JOIN.join(r.coders),
                r.meaning or None,
            ]
        )
    return t


def values_table(name: str, values: LevelValues, description: str) -> Table:
    t = Table(name, description)
    t.add("unit", "text", "The unit: the recording's fingerprint (first 12 characters), #segment.")
    t.add("recording", "text", "The recording's file name (dyad and session number).")
    t.add("fingerprint", "text", "The recording's fingerprint, which matched it across files.")
    segments = values.level == "segment"
    if segments:
        t.add("segment", "int", "The segment's number (1 = the first).")
    t.add("start", "time", "When the unit starts, as a time value.")
    t.add("end", "time", "When the unit ends, as a time value.")
    t.add("start_s", "seconds", "When the unit starts, in seconds.")
    t.add("end_s", "seconds", "When the unit ends, in seconds.")
    t.add("coder", "text", "Whose values the row holds.")
    t.add("project", "text", "The project file the coder's coding comes from.")
    for v in values.variables:
        t.add(v.name, "float" if v.kind == "rating" else "int", f"The coder's value: {v.label}.")
    for u, unit in enumerate(values.units):
        head: list[Value] = [unit.id, unit.recording.label, unit.recording.fingerprint]
        if segments:
            head.append((unit.segment or 0) + 1)
        head += [unit.start_ms, unit.end_ms, unit.start_ms, unit.end_ms]
        for coder, coding in unit.recording.codings.items():
            c = values.coders.index(coder)
            cells = [_int_cell(x) for x in values.values[u, :, c].tolist()]
            t.rows.append([*head, coder, coding.source.label, *cells])
    return t


def events_table(report: AgreementReport) -> Table:
    t = Table("Events", "Every rupture of each pair of coders: paired, or marked by one only.")
    t.add("recording", "text", "The recording's file name (dyad and session number).")
    t.add("first_coder", "text", "The first coder of the pair.")
    t.add("second_coder", "text", "The second coder of the pair.")
    t.add("kind", "text", "withdrawal or confrontation.")
    t.add("status", "text", "paired, only first or only second.")
    t.add("first_id", "text", "The first coder's rupture id.")
    t.add("first_start", "time", "When the first coder's rupture starts.")
    t.add("first_end", "time", "When it ends.")
    t.add("second_id", "text", "The second coder's rupture id.")
    t.add("second_start", "time", "When the second coder's rupture starts.")
    t.add("second_end", "time", "When it ends.")
    t.add("onset_diff_s", "float", "second start − first start, seconds (paired only).")
    t.add("offset_diff_s", "float", "second end − first end, seconds (paired only).")
    t.add("overlap_share", "float", "Overlap / the shorter rupture's length (paired only).")
    t.add("first_markers", "text", "The first coder's markers.")
    t.add("second_markers", "text", "The second coder's markers.")
    t.add("same_markers", "int", "1 when the pair's markers are the same, else 0.")
    for pe in report.events:
        head: list[Value] = [pe.recording.label, pe.first, pe.second]
        rows: list[tuple[int, list[Value]]] = []
        for p in pe.matching.pairs:
            a, b = p.first, p.second
            rows.append(
                (
                    min(a.start_ms, b.start_ms),
                    [
                        a.kind,
                        "paired",
                        a.id,
                        a.start_ms,
                        a.end_ms,
                        b.id,
                        b.start_ms,
                        b.end_ms,
                        p.onset_diff_ms / 1000,
                        p.offset_diff_ms / 1000,
                        round(p.overlap_share, 4),
                        JOIN.join(sorted(a.markers)),
                        JOIN.join(sorted(b.markers)),
                        int(p.same_markers),
                    ],
                )
            )
        for e in pe.matching.only_first:
            rows.append(
                (
                    e.start_ms,
                    [
                        e.kind,
                        "only first",
                        e.id,
                        e.start_ms,
                        e.end_ms,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        JOIN.join(sorted(e.markers)),
                        None,
                        None,
                    ],
                )
            )
        for e in pe.matching.only_second:
            rows.append(
                (
                    e.start_ms,
                    [
                        e.kind,
                        "only second",
                        None,
                        None,
                        None,
                        e.id,
                        e.start_ms,
                        e.end_ms,
                        None,
                        None,
                        None,
                        None,
                        JOIN.join(sorted(e.markers)),
                        None,
                    ],
                )
            )
        t.rows += [[*head, *cells] for _, cells in sorted(rows, key=lambda r: r[0])]
    return t


def disagreements_table(report: AgreementReport, limit: int = 500) -> Table:
    """The segments the coders differ most on: summed rating ranges plus summed count ranges of
    markers and strategies; presence differences named."""
    t = Table(
        "Disagreements",
        "The segments coders differ most on, largest difference first, with times to review.",
    )
    t.add("recording", "text", "The recording's file name (dyad and session number).")
    t.add("projects", "text", "The project files of the coders compared.")
    t.add("segment", "int", "The segment's number (1 = the first).")
    t.add("start", "time", "When the segment starts, as a time value.")
    t.add("end", "time", "When the segment ends.")
    t.add("start_s", "seconds", "When the segment starts, in seconds.")
    t.add("end_s", "seconds", "When the segment ends, in seconds.")
    t.add(
        "difference",
        "float",
        "Summed over the segment ratings and the marker and strategy counts: highest − lowest "
        "value among the coders.",
    )
    t.add("ratings", "text", "The segment ratings the coders differ on, with each coder's.")
    t.add("counts", "text", "The marker and strategy counts the coders differ on.")
    seg = report.segments
    kinds = [v.kind for v in seg.variables]
    rating_cols = [i for i, k in enumerate(kinds) if k == "rating"]
    item_cols = [
        i
        for i, v in enumerate(seg.variables)
        if v.kind == "count" and v.name.endswith("_n") and v.name not in _aggregate_names(seg)
    ]
    found: list[tuple[float, list[Value]]] = []
    for u, unit in enumerate(seg.units):
        block = seg.values[u]  # variables × coders
        coders = unit.recording.coders
        cols = [seg.coders.index(c) for c in coders]
        sub = block[:, cols]
        high = np.where(np.isnan(sub), -np.inf, sub).max(axis=1, initial=-np.inf)
        low = np.where(np.isnan(sub), np.inf, sub).min(axis=1, initial=np.inf)
        spread = np.where(np.isfinite(high - low), high - low, 0.0)
        score = float(spread[rating_cols].sum() + spread[item_cols].sum())
        if score <= 0:
            continue
        ratings = _differing(seg, sub, coders, rating_cols, spread)
        counts = _differing(seg, sub, coders, item_cols, spread)
        found.append(
            (
                score,
                [
                    unit.recording.label,
                    JOIN.join(
                        dict.fromkeys(k.source.label for k in unit.recording.codings.values())
                    ),
                    (unit.segment or 0) + 1,
                    unit.start_ms,
                    unit.end_ms,
                    unit.start_ms,
                    unit.end_ms,
                    score,
                    ratings or None,
                    counts or None,
                ],
            )
        )
    found.sort(key=lambda f: -f[0])
    t.rows += [row for _, row in found[:limit]]
    return t


def _aggregate_names(values: LevelValues) -> set[str]:
    """Counts that sum others (per kind, all strategy spans, per group): not counted twice."""
    return {"withdrawal_n", "confrontation_n", "strategy_spans_n"} | {
        v.name for v in values.variables if v.label.startswith("strategies of the group")
    }


def _differing(
    values: LevelValues,
    sub: npt.NDArray[np.float64],
    coders: list[str],
    cols: list[int],
    spread: npt.NDArray[np.float64],
) -> str:
    parts = []
    for i in cols:
        if spread[i] > 0:
            each = ", ".join(
                f"{c} {'-' if math.isnan(x) else f'{x:g}'}"
                for c, x in zip(coders, sub[i], strict=True)
            )
            parts.append(f"{values.variables[i].name}: {each}")
    return JOIN.join(parts)


def library_versions() -> dict[str, str]:
    found = {}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "unknown"
    return found


def about_table(report: AgreementReport, computed: datetime) -> Table:
    t = Table("About", "Where these figures came from and the rules they follow.")
    t.add("field", "text", "What the row tells.")
    t.add("value", "text", "Its value.")
    m, o = report.study, report.options
    rows: list[tuple[str, str]] = [
        ("app", "Rupture Annotator"),
        ("app_version", __version__),
        *((f"{name}_version", v) for name, v in library_versions().items()),
        ("computed", computed.isoformat(timespec="seconds")),
        ("coders", JOIN.join(m.coders)),
        ("gold", o.gold or "none: all coders compared together"),
        ("recordings_compared", str(len(m.recordings))),
        ("recordings_single_coder", str(len(m.single))),
        ("segment_units", str(len(report.segments.units))),
        (
            "units",
            "segment level: one unit per recording x segment, on the segments every coder's "
            "file gives (see notes where they differ); session level: one unit per recording.",
        ),
        (
            "default_icc",
            f"{DEFAULT_ICC}: two-way random, absolute agreement, single coder. Report ICC(2,k) "
            "instead when the analysed score is the mean of the coders.",
        ),
        (
            "icc_intervals",
            "95% intervals by Shrout & Fleiss (1979), ICC(2,·) by McGraw & Wong (1996), as R's "
            "psych::ICC; units with a value from every coder.",
        ),
        ("kappa_interval", "Cohen's kappa: 95% interval from Cohen's (1960) standard error."),
        (
            "alpha",
            "Krippendorff's alpha (krippendorff package): every unit with values from two coders "
            "or more; nominal for presence, interval for ratings.",
        ),
        (
            "events",
            "Two coders' ruptures are one event when they are of the same kind and overlap by at "
            f"least {o.min_overlap:g} of the shorter one; each rupture is paired once, by the "
            "largest total overlap.",
        ),
        (
            "bands",
            "ICC: Koo & Li (2016) < .50 poor, .50-.75 moderate, .75-.90 good, > .90 excellent. "
            "Kappa: Landis & Koch (1977). Alpha: Krippendorff (2004), >= .800 acceptable.",
        ),
    ]
    for sp in m.study.projects:
        cb = sp.project.codebook
        rows.append(("project", sp.label))
        rows.append(("project_file", str(sp.path) if sp.path else "(not saved)"))
        rows.append(("project_coders", JOIN.join(sp.project.coders)))
        rows.append(
            ("codebook", f"{cb.name}, version {cb.version} ({cb.id}), count rule {cb.count_rule}")
        )
    for rec in [*m.recordings, *m.single]:
        files = JOIN.join(f"{c}: {k.source.label}" for c, k in rec.codings.items())
        rows.append(("recording", f"{rec.label}, fingerprint {rec.fingerprint or 'none'}; {files}"))
    rows += [("note", n) for n in report.notes]
    t.rows.extend(list(r) for r in rows)
    return t


def agreement_tables(report: AgreementReport, computed: datetime | None = None) -> list[Table]:
    gold = []
    if report.options.gold is not None:
        gold = [gold_table(check_against_gold(report, dict(report.options.thresholds)))]
    return [
        summary_table(report),
        *gold,
        values_table(
            "Segments",
            report.segments,
            "Each coder's values per recording x segment: the data every segment statistic uses.",
        ),
        values_table(
            "Sessions",
            report.sessions,
            "Each coder's values per recording: the data every session statistic uses.",
        ),
        events_table(report),
        disagreements_table(report),
        about_table(report, computed or datetime.now(UTC)),
    ]


def json_bytes(report: AgreementReport) -> bytes:
    doc = {
        "rows": [r.as_dict() for r in report.rows],
        "coders": list(report.study.coders),
        "recordings": len(report.study.recordings),
        "notes": report.notes,
    }
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def write_agreement(
    report: AgreementReport,
    outputs: AgreementOutputs,
    progress: Progress | None = None,
    tables: list[Table] | None = None,
) -> list[Path]:
    """Write what outputs ask for (the tables given, e.g. those shown, or made here); raises
    AgreementWriteError (a sentence) when a file cannot be."""
    tables = tables if tables is not None else agreement_tables(report)
    written: list[Path] = []
    try:
        if outputs.workbook is not None:
            if progress:
                progress(0, 1, f"Writing {outputs.workbook.name}")
            _folder(outputs.workbook.parent)
            sheets: list[Sheet] = list(tables)
            write_atomic(outputs.workbook, workbook_bytes(sheets), backup=False)
            written.append(outputs.workbook)
        if outputs.csv_dir is not None:
            _folder(outputs.csv_dir)
            written += write_csv(tables, outputs.csv_dir)
        if outputs.json_file is not None:
            _folder(outputs.json_file.parent)
            write_atomic(outputs.json_file, json_bytes(report), backup=False)
            written.append(outputs.json_file)
    except SaveError as exc:
        raise AgreementWriteError(str(exc)) from exc
    except OSError as exc:
        where = exc.filename or "the output folder"
        raise AgreementWriteError(f"Could not write {where}: {exc.strerror or exc}.") from exc
    return written


def _folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise AgreementWriteError(f"Could not write to {folder}: a file is in the way.") from exc
