"""`rupture-annotator [PROJECT|VIDEO]` opens the app; subcommands work without a display."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rupture_annotator.domain.project import Project

Command = Callable[[argparse.Namespace], int]
COLLECT_AFTER = 10_000  # allocations between the collector's youngest passes (Python's: 700)


def _validate(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.project_file import ProjectFileError, load_project

    bad = incomplete = 0
    for name in args.files:
        if name.endswith(".codebook.json"):
            bad += _validate_codebook(name)
            continue
        try:
            project = load_project(name)
        except ProjectFileError as exc:
            print(exc, flush=True)
            bad += 1
        else:
            print(f"OK  {name}", flush=True)
            for note in project.load_notes:
                print(f"    upgraded: {note} (saving the project keeps the change)")
            if args.missing:
                _print_missing(project)
            if args.complete:
                incomplete += _print_incomplete(project)
    return 1 if bad or incomplete else 0


def _validate_codebook(name: str) -> int:
    """A lab's codebook file: "OK  FILE", or each problem as "FILE: path: reason"; 1 if bad."""
    from rupture_annotator.storage.codebooks import codebook_file_problems

    problems = codebook_file_problems(Path(name))
    for problem in problems:
        print(f"{name}: {problem}", flush=True)
    if not problems:
        print(f"OK  {name}", flush=True)
    return 1 if problems else 0


def _print_incomplete(project: Project) -> int:
    """What a 3RS coder must still do, one line each with its time; how many lines."""
    from rupture_annotator.domain.completeness import open_items

    items = open_items(project)
    several = len(project.media) > 1
    for item in items:
        where = f"{item.recording_id}: " if several else ""
        print(f"    to do: {where}{item.coder}: {item.text}")
    if not items:
        print("    complete: nothing left to code")
    return len(items)


def _print_missing(project: Project) -> None:
    """Required session details still empty: a note, not a fault (a study starts empty)."""
    from rupture_annotator.domain.session import missing_required

    for m, rec in enumerate(project.media):
        fields, required = project.session_fields, project.required_session_fields
        missing = missing_required(rec.session, fields, required)
        if missing:
            print(f"    note: media[{m}] ({rec.media.path}): empty {', '.join(missing)}")


def _new(args: argparse.Namespace) -> int:
    from rupture_annotator.domain.project import EditError
    from rupture_annotator.media.probe import ProbeError
    from rupture_annotator.media.reference import media_ref
    from rupture_annotator.storage.atomic import SaveError
    from rupture_annotator.storage.codebooks import CodebookError
    from rupture_annotator.storage.new_project import default_project_path, new_project
    from rupture_annotator.storage.project_file import save_project
    from rupture_annotator.storage.transcripts import TranscriptError

    if args.from_csv is not None:
        from rupture_annotator.cli_session_list import new_from_list

        return new_from_list(args)
    if args.video is None:
        print("Name a VIDEO, or a session list with --from-csv.", file=sys.stderr)
        return 2
    if args.videos is not None or args.single_project:
        print("--videos and --single-project go with --from-csv.", file=sys.stderr)
        return 2
    video = Path(args.video)
    out = Path(args.output) if args.output else default_project_path(video)
    if out.exists() and not args.force:
        print(f"{out}: already exists (use --force to replace it).", file=sys.stderr)
        return 1
    try:
        project = new_project(
            media_ref(video, out.parent), codebook=args.codebook, coder=args.coder
        )
        if args.field:
            from rupture_annotator.cli_session_list import apply_fields

            apply_fields(project, args.field)
        said: list[str] = []
        if args.transcript:
            from rupture_annotator.cli_transcript import attach_transcript

            said = attach_transcript(
                project, project.media[0], Path(args.transcript), out.parent, args.tier
            )
        save_project(project, out)
    except (ProbeError, CodebookError, SaveError, EditError, TranscriptError) as exc:
        print(exc, file=sys.stderr)
        return 1
    for line in said:
        print(line)
    media = project.media[0].media
    fps = f"{media.fps:.3f} fps" if media.fps else "audio only"
    length = f"{(media.duration_ms or 0) / 1000:.1f} s"
    print(f"Created {out} for {video.name} ({length}, {fps}).")
    return 0


def _probe(args: argparse.Namespace) -> int:
    from rupture_annotator.media.probe import ProbeError, probe

    status = 0
    for name in args.files:
        try:
            info = probe(name)
        except ProbeError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        print(f"{name}")
        print(f"  duration     {info.duration_ms / 1000:.3f} s")
        if info.has_video:
            print(f"  video        {info.width}x{info.height} {info.codec}, {info.fps:.3f} fps")
            if info.frame_count:
                print(f"  frames       {info.frame_count}")
            if info.variable_frame_rate:
                print("  warning      variable frame rate: frame numbers are approximate")
        else:
            print("  video        none (audio only)")
        print(f"  audio        {'yes' if info.has_audio else 'none'}")
        print(f"  container    {info.container}")
    return status


def _export(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.export import (
        ExportError,
        ExportOptions,
        StudyError,
        export_study,
        load_study,
    )

    if args.eaf is not None and args.output is None and args.csv is None:
        return _export_eaf(args)
    if args.output is None and args.csv is None:
        print(
            "Name a workbook (-o OUT.xlsx), a CSV folder (--csv DIR) or an ELAN folder (--eaf DIR).",
            file=sys.stderr,
        )
        return 2
    if args.output is not None and not args.output.lower().endswith(".xlsx"):
        print(f"{args.output}: a workbook's name must end in .xlsx.", file=sys.stderr)
        return 2
    many = len(args.projects) > 1 or any(Path(p).is_dir() for p in args.projects)

    def progress(done: int, total: int, what: str) -> None:
        if many and done < total:
            print(f"[{done + 1}/{total}] {what}", file=sys.stderr, flush=True)

    try:
        study = load_study(args.projects, coder=args.coder, progress=progress)
        options = ExportOptions(
            workbook=Path(args.output) if args.output else None,
            csv_dir=Path(args.csv) if args.csv else None,
            bom=args.bom,
            plots=not args.no_plots,
        )
        result = export_study(study, options, progress)
        if args.eaf is not None and _export_eaf(args) != 0:
            return 1
    except StudyError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 1
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    rows = ", ".join(f"{result.rows[n]} {n.lower()}" for n in ("Ruptures", "Resolutions"))
    print(f"Exported {len(study.projects)} project(s) ({rows}) to {len(result.files)} file(s):")
    for path in result.files:
        print(f"  {path}")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.agreement import AgreementOptions, agreement
    from rupture_annotator.storage.agreement.gold import (
        check_against_gold,
        parse_threshold,
        verdict_lines,
    )
    from rupture_annotator.storage.agreement.workbook import (
        AgreementOutputs,
        AgreementWriteError,
        write_agreement,
    )
    from rupture_annotator.storage.export import StudyError, load_study

    outputs = AgreementOutputs(
        workbook=Path(args.output) if args.output else None,
        csv_dir=Path(args.csv) if args.csv else None,
        json_file=Path(args.json) if args.json else None,
    )
    if outputs.empty:
        print(
            "Name a workbook (-o OUT.xlsx), a CSV folder (--csv) or --json FILE.", file=sys.stderr
        )
        return 2
    if args.output is not None and not args.output.lower().endswith(".xlsx"):
        print(f"{args.output}: a workbook's name must end in .xlsx.", file=sys.stderr)
        return 2
    if not 0 < args.min_overlap <= 1:
        print(
            "--min-overlap is a share of the shorter rupture: above 0, at most 1.", file=sys.stderr
        )
        return 2
    coders = tuple(c for c in (args.coders or "").split(",") if c)
    try:
        limits = tuple(parse_threshold(t) for t in args.threshold or ())
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if limits and args.gold is None:
        print("--threshold needs --gold NAME: thresholds judge coders against it.", file=sys.stderr)
        return 2
    options = AgreementOptions(
        coders=coders, gold=args.gold, min_overlap=args.min_overlap, thresholds=limits
    )
    try:
        report = agreement(load_study(args.study), options)
        files = write_agreement(report, outputs)
    except StudyError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 1
    except AgreementWriteError as exc:
        print(exc, file=sys.stderr)
        return 1
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    m = report.study
    units = len(report.segments.units)
    print(
        f"Agreement of {len(m.coders)} coder(s) ({', '.join(m.coders)}) on "
        f"{len(m.recordings)} recording(s), {units} segment(s); wrote {len(files)} file(s):"
    )
    for path in files:
        print(f"  {path}")
    if args.gold is not None:
        check = check_against_gold(report, dict(limits))
        for line in verdict_lines(check):
            print(line)
        if not check.passed():
            return 1
    return 0


def _export_eaf(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.atomic import SaveError
    from rupture_annotator.storage.interchange.eaf import export_eaf
    from rupture_annotator.storage.project_file import ProjectFileError, load_project

    status = 0
    for name in args.projects:
        path = Path(name)
        paths = sorted(path.glob("*.rupture.json")) if path.is_dir() else [path]
        for project_path in paths:
            try:
                project = load_project(project_path)
                files = export_eaf(project, project_path, Path(args.eaf))
            except (ProjectFileError, SaveError) as exc:
                print(exc, file=sys.stderr)
                status = 1
                continue
            for written in files:
                print(f"  {written}")
    return status


def _import(args: argparse.Namespace) -> int:
    from rupture_annotator.storage.atomic import SaveError
    from rupture_annotator.storage.codebooks import CodebookError, load_codebook
    from rupture_annotator.storage.interchange.files import read_source
    from rupture_annotator.storage.interchange.mapping import Mapping, load_mapping
    from rupture_annotator.storage.interchange.plan import new_project_from_plan, plan_import
    from rupture_annotator.storage.interchange.source import InterchangeError
    from rupture_annotator.storage.project_file import PROJECT_SUFFIX, save_project

    source_path = Path(args.file)
    stem = source_path.name.split(".")[0] or "imported"
    out = Path(args.output) if args.output else source_path.with_name(stem + PROJECT_SUFFIX)
    if out.exists() and not args.dry_run:
        print(
            f"{out}: already exists; an import writes a new project (name one with -o).",
            file=sys.stderr,
        )
        return 1
    try:
        codebook = load_codebook(args.codebook)
        mapping = load_mapping(Path(args.map)) if args.map else Mapping()
        problems = mapping.check(codebook)
        if problems:
            for problem in problems:
                print(f"{args.map}: {problem}", file=sys.stderr)
            return 1
        source = read_source(source_path)
    except (InterchangeError, CodebookError) as exc:
        print(exc, file=sys.stderr)
        return 1
    plan = plan_import(
        source,
        mapping,
        codebook,
        project=None,
        project_dir=out.parent.absolute(),
        source_dir=source_path.parent.absolute(),
    )
    for line in plan.report():
        print(line)
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if not plan.annotation_count():
        print("Nothing to import: no project was written.", file=sys.stderr)
        return 1
    try:
        save_project(new_project_from_plan(codebook, plan), out)
    except SaveError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Wrote {out}.")
    return 0


def _gui(args: argparse.Namespace) -> int:
    try:
        with _uncollected(keep=True):
            start_libvlc_early()
            _import_before_qt()
            from rupture_annotator.ui.app import run
    except ImportError as exc:  # the window is not there yet, or Qt is missing
        print(f"The window cannot start: {exc}", file=sys.stderr)
        return 1
    status: int = run(args.file)
    return status


# What the window loads at its start that does not use Qt: libraries, and this app's own
# Qt-free modules, which bring pydantic and the project file's models (each of which would
# otherwise be read through PySide6's import hook)
BEFORE_QT = (
    "numpy",
    "av",
    "rupture_annotator.storage.recovery",  # the project file, its models and the checks
    "rupture_annotator.storage.demo",
    "rupture_annotator.storage.new_project",
    "rupture_annotator.storage.transcripts",
    "rupture_annotator.domain.blind",
    "rupture_annotator.domain.completeness",
    "rupture_annotator.domain.review",
    "rupture_annotator.media.exact_frames",
    "rupture_annotator.media.probe",
)


def start_libvlc_early() -> None:
    """libvlc starts on a thread of its own while the window is built (media/vlc_instance)."""
    from rupture_annotator.media.vlc_instance import start_early  # no Qt, no vlc yet

    start_early()


def _import_before_qt() -> None:
    """Load BEFORE_QT ahead of PySide6: once PySide6 is loaded, every import goes through its
    hook, which also reads each new module's source (for its __feature__ switches); numpy's
    and PyAV's hundreds of modules cost the window's start 30-50 ms that way, pydantic's and
    the models' more. A module that does not load here is left to the code that needs it,
    which says what is missing."""
    for name in BEFORE_QT:
        with suppress(ImportError):
            importlib.import_module(name)


class _Versions(argparse.Action):
    """--version: the app, schema and codebook versions, libvlc, FFmpeg, Qt and Python."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from rupture_annotator.media.versions import version_text

        print(version_text())
        parser.exit()


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="rupture-annotator",
        description="Code alliance ruptures and their resolution (3RS) on session recordings.",
        epilog="With no command: open the app on PROJECT or VIDEO (the demo session if none).",
    )
    parser.add_argument(
        "--version",
        action=_Versions,
        nargs=0,
        help="show the app's version and the versions of what it runs on, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    subs: dict[str, argparse.ArgumentParser] = {}

    p = sub.add_parser(
        "validate",
        help="check project files and codebook files (*.codebook.json); exit 1 if any is bad",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--missing",
        action="store_true",
        help="also note required session details still empty (the exit status stays the same)",
    )
    p.add_argument(
        "--complete",
        action="store_true",
        help="also list what each coder must still code (segments not rated, ruptures without "
        "a marker, strategy spans without a code or a link, spans before the first segment); "
        "exit 1 if anything is left",
    )
    p.set_defaults(func=_validate)
    subs["validate"] = p

    p = sub.add_parser(
        "new",
        help="create a project for a session recording (or one per row of a session list)",
        description="Create a project for VIDEO, or with --from-csv one project per row of a "
        "session list (a 'video' column, then dyad, therapist, session_number, recording_date, "
        "condition, phase and any custom fields). Every row is checked and every video probed "
        "first: if any row cannot be used, nothing is written.",
    )
    p.add_argument("video", metavar="VIDEO", nargs="?")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the project (default: VIDEO.rupture.json beside it); with --from-csv, the folder "
        "for the projects (default: beside each video), or with --single-project the project",
    )
    p.add_argument("--from-csv", metavar="SESSIONS.csv", help="create projects from a list")
    p.add_argument(
        "--videos", metavar="DIR", help="where the list's videos are (default: its folder)"
    )
    p.add_argument(
        "--fields",
        metavar="FILE",
        help="with --from-csv: the study's session fields (a *.fields.json saved from Edit → "
        "Session Fields…, or a project file): columns read as their type, required ones checked",
    )
    p.add_argument(
        "--single-project", action="store_true", help="one project holding every recording"
    )
    p.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a session detail, e.g. --field dyad=D01 --field session_number=3 (repeatable)",
    )
    p.add_argument(
        "--codebook", default="3rs-2015", help="3rs-2015, 3rs-2022 or a codebook JSON file"
    )
    p.add_argument("--coder", help="the coder's name (added to the project)")
    p.add_argument("--force", action="store_true", help="replace an existing project file")
    p.add_argument(
        "--transcript",
        metavar="FILE",
        help="the session's transcript (SRT, WebVTT, ELAN .eaf, CSV or DOCX table)",
    )
    p.add_argument("--tier", metavar="TIER", help="with an ELAN --transcript: read this tier")
    p.set_defaults(func=_new)
    subs["new"] = p

    p = sub.add_parser("probe", help="print a recording's duration, frame rate and streams")
    p.add_argument("files", nargs="+", metavar="VIDEO")
    p.set_defaults(func=_probe)
    subs["probe"] = p

    p = sub.add_parser(
        "export",
        help="write projects (or folders of them) to one workbook and/or CSV files",
        description="Combine projects into one study workbook (Ruptures, Resolutions, Segments, "
        "Sessions, Plots, Codebook, Dictionary, About) and/or one CSV file per table.",
    )
    p.add_argument("projects", nargs="+", metavar="PROJECT", help="project files or folders")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--csv", metavar="DIR", help="also (or only) write CSV files into DIR")
    p.add_argument("--bom", action="store_true", help="start CSV files with a UTF-8 BOM (Excel)")
    p.add_argument("--coder", metavar="NAME", help="only this coder's coding")
    p.add_argument("--no-plots", action="store_true", help="no timeline pictures")
    p.add_argument(
        "--eaf", metavar="DIR", help="also (or only) write one ELAN .eaf per recording into DIR"
    )
    p.set_defaults(func=_export)
    subs["export"] = p

    p = sub.add_parser(
        "import",
        help="make a project from another tool's coding (ELAN, BORIS, CSV/XLSX)",
        description="Read FILE (.eaf, .boris, .boris.gz, .csv or .xlsx), map its codes to the "
        "codebook with MAP.json (what the Import dialog saves) and write a new project. "
        "The file itself is never changed.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--map", metavar="MAP.json", help="the map (default: match names only)")
    p.add_argument("-o", "--output", metavar="PROJECT", help="the new project to write")
    p.add_argument(
        "--codebook", default="3rs-2015", help="3rs-2015, 3rs-2022 or a codebook JSON file"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="print what would be taken and what is unmapped"
    )
    p.set_defaults(func=_import)
    subs["import"] = p

    p = sub.add_parser(
        "agreement",
        help="coder agreement on a study: ICCs, kappa, alpha and paired ruptures",
        description="Compare the coders of a study (project files or folders of them; "
        "recordings matched by fingerprint): the six ICCs for every count and rating per "
        "segment and session, percent agreement, Cohen's or Fleiss' kappa and Krippendorff's "
        "alpha for presence, and paired ruptures. Writes a workbook (Summary, Segments, "
        "Sessions, Events, Disagreements, About), CSV files and/or JSON.",
    )
    p.add_argument("study", nargs="+", metavar="STUDY", help="project files or folders")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--csv", metavar="DIR", help="one CSV file per sheet into DIR")
    p.add_argument("--json", metavar="FILE", help='{"rows": [...]}: one object per statistic')
    p.add_argument("--coders", metavar="A,B,...", help="compare only these coders (exact names)")
    p.add_argument(
        "--gold",
        metavar="NAME",
        help="compare each coder with this one; pass/fail per statistic, exit 1 if any fails",
    )
    p.add_argument(
        "--threshold",
        action="append",
        metavar="STAT=MIN",
        help="a pass threshold against --gold, e.g. ICC(2,1)=0.75 (repeatable; default: the "
        "gold file's, else ICC(2,1)=0.75 and cohen_kappa=0.6)",
    )
    p.add_argument(
        "--min-overlap",
        type=float,
        default=0.5,
        metavar="SHARE",
        help="ruptures are one event when they overlap by this share of the shorter (0.5)",
    )
    p.set_defaults(func=_agreement)
    subs["agreement"] = p

    from rupture_annotator.cli_transcript import add_attach_parser

    add_attach_parser(sub)
    subs["attach"] = sub.choices["attach"]
    return parser, subs


@contextmanager
def _uncollected(keep: bool = False) -> Iterator[None]:
    """Imports make modules, classes and functions that live as long as the process, so the
    cyclic collector's passes over them while they load free nothing: 70 ms of the window's
    start. Pause it while they load; with keep (the window's own process), put everything
    loaded out of its sight for good (gc.freeze), so no later pass looks at it again either."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if collecting:
            gc.enable()


@contextmanager
def _few_collections() -> Iterator[None]:
    """A command builds what it writes once and keeps it to the end, so the cyclic collector's
    passes over the loaded projects and tables free next to nothing: a tenth of an export's time
    at the default thresholds. Collect a tenth as often while the command runs."""
    old = gc.get_threshold()
    gc.set_threshold(COLLECT_AFTER, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core as numpy loads, which took 60 ms of the
    window's start on two cores (measured: numpy's import 120 -> 58 ms); the app multiplies no
    matrices, so one thread does. A user's own setting is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main(argv: Sequence[str] | None = None) -> int:
    one_blas_thread()
    args_list = list(sys.argv[1:] if argv is None else argv)
    with _uncollected():  # collected once a command runs, or kept for the window's life
        parser, subs = build_parser()
    if (args_list and args_list[0] in subs) or any(
        a in ("-h", "--help", "--version") for a in args_list[:1]
    ):
        args = parser.parse_args(args_list)
        func: Command = args.func
        with _few_collections():
            return func(args)
    gui = argparse.ArgumentParser(prog="rupture-annotator", parents=[], add_help=False)
    gui.add_argument("file", nargs="?", default=None)
    return _gui(gui.parse_args(args_list))
