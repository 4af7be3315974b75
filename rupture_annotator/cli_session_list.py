"""`rupture-annotator new --from-csv` and `new --field`: session details from the command line."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.session import set_field
from rupture_annotator.storage.project_file import PROJECT_SUFFIX


def apply_fields(project: Project, pairs: list[str]) -> None:
    """Set KEY=VALUE session details on the project's (first) recording; raises EditError.
    A key that is not a built-in field becomes a custom text field of the project."""
    from rupture_annotator.storage.session_list import custom_fields

    parsed: list[tuple[str, str]] = []
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise EditError(f"--field {pair!r}: write it as KEY=VALUE (e.g. dyad=D01).")
        parsed.append((key.strip(), value))
    fields, problems = custom_fields([k for k, _ in parsed])
    if problems:
        raise EditError(f"--field {problems[0]}.")
    project.set_session_fields([*project.session_fields, *fields])
    rec = project.media[0]
    info = rec.session
    for key, value in parsed:
        try:
            info = set_field(info, project.session_fields, key, value)
        except ValueError as exc:
            raise EditError(f"--field {key}: {exc}.") from exc
    project.set_session(rec.id, info)


def new_from_list(args: argparse.Namespace) -> int:
    """Create the projects of a session list; nothing is written unless every row can be used."""
    from rupture_annotator.media.reference import media_ref
    from rupture_annotator.storage.atomic import SaveError
    from rupture_annotator.storage.codebooks import CodebookError
    from rupture_annotator.storage.project_file import project_bytes
    from rupture_annotator.storage.session_list import (
        SessionListError,
        plan_projects,
        read_session_list,
    )

    if args.video is not None or args.field:
        print("With --from-csv the list names the videos and their fields.", file=sys.stderr)
        return 2
    listing = Path(args.from_csv)
    output = Path(args.output) if args.output else None
    single_path = None
    if args.single_project:
        single_path = output or listing.with_name(listing.stem + PROJECT_SUFFIX)
        output = None
    try:
        definitions = None
        if getattr(args, "fields", None):
            from rupture_annotator.storage.session_fields import load_fields

            definitions = load_fields(Path(args.fields))
        sessions = read_session_list(
            listing, Path(args.videos) if args.videos else None, definitions
        )
        planned = plan_projects(
            sessions,
            media_ref,  # a ProbeError is a ValueError: the row is reported with its line
            output,
            codebook=args.codebook,
            coder=args.coder,
            single=args.single_project,
            single_path=single_path,
        )
    except SessionListError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 1
    except (CodebookError, EditError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    taken = [p.path for p in planned if p.path.exists()]
    if taken and not args.force:
        for path in taken:
            print(f"{path}: already exists (use --force to replace it).", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 1
    written: list[Path] = []
    try:
        for p in planned:
            p.path.parent.mkdir(parents=True, exist_ok=True)
            _write(p.path, project_bytes(p.project))
            written.append(p.path)
    except (SaveError, OSError) as exc:
        for path in written:
            if path not in taken:
                with contextlib.suppress(OSError):
                    path.unlink()
        print(exc, file=sys.stderr)
        print("Nothing was written (projects already written were removed).", file=sys.stderr)
        return 1
    n = sum(len(p.project.media) for p in planned)
    print(f"Created {len(planned)} project(s) for {n} recording(s) from {listing.name}:")
    for p in planned:
        print(f"  {p.path}")
    if sessions.fields:
        print(f"Custom session fields: {', '.join(f.name for f in sessions.fields)}")
    return 0


def _write(path: Path, data: bytes) -> None:
    from rupture_annotator.storage.atomic import write_atomic

    write_atomic(path, data)
