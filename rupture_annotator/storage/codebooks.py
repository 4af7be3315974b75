"""The codebooks shipped in resources/codebooks and codebooks from a lab's own JSON file."""

from __future__ import annotations

import codecs
import hashlib
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.storage.errors import describe_validation_error, format_path


def _resources() -> Path:
    """The app's data files: the package rupture_annotator.resources, which the build maps to
    resources/ (a wheel and the PyInstaller bundle carry it; an editable install points at the
    checkout's folder). Installed as files, never zipped: the demo project names its video by a
    path relative to itself."""
    root = files("rupture_annotator.resources")
    if not isinstance(root, Path):
        raise RuntimeError(f"the app's resources are not files on disk: {root}")
    return root


RESOURCES = _resources()
CODEBOOK_DIR = RESOURCES / "codebooks"
DEFAULT_CODEBOOK = "3rs-2015"


class CodebookError(ValueError):
    pass


def shipped_codebooks() -> list[str]:
    return sorted(p.stem for p in CODEBOOK_DIR.glob("*.json"))


def load_codebook(name_or_path: str | Path = DEFAULT_CODEBOOK) -> Codebook:
    """A shipped codebook by name (e.g. "3rs-2022") or a codebook JSON file by path."""
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = CODEBOOK_DIR / f"{name_or_path}.json"
        if not path.exists():
            names = ", ".join(shipped_codebooks())
            raise CodebookError(f"No codebook named {name_or_path!r} (shipped: {names}).")
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise CodebookError(f"{path}: no such file.") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path}: not a JSON codebook ({exc}).") from exc
    try:
        return Codebook.model_validate(data)
    except ValidationError as exc:
        raise CodebookError(f"{path}: {describe_validation_error(exc)}") from exc


# -- a lab's own codebook file -------------------------------------------------------------------

CODEBOOK_SUFFIX = ".codebook.json"


def codebook_problems_of(data: object) -> tuple[Codebook | None, list[tuple[str, str]]]:
    """Every problem of a codebook given as parsed JSON, each (path, reason), and the codebook
    when its fields are sound (its cross-checks may still fail). A lab's file and the codebook
    editor are held to the strict rules (domain/codebook_rules.py)."""
    from rupture_annotator.domain.codebook_rules import codebook_problems

    try:
        cb = Codebook.model_validate(data, context={"all_problems": True})
    except ValidationError as exc:
        return None, [_described(err) for err in exc.errors(include_url=False)]
    return cb, codebook_problems(cb)


def _described(err: Any) -> tuple[str, str]:
    """One pydantic error as (path, reason), worded as describe_validation_error does."""
    path = format_path(tuple(err["loc"]))
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "missing":
        msg = "is missing"
    elif err["type"] == "extra_forbidden":
        msg = "is not a field this version knows"
    else:
        msg = msg[:1].lower() + msg[1:]
        shown = repr(err.get("input"))
        if "input" in err and len(shown) <= 40:
            msg += f" (got {shown})"
    return path or "(codebook)", msg


def codebook_file_problems(path: Path) -> list[str]:
    """Every problem of a codebook file as "path: reason" (empty: the file is good)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ["no such file"]
    except OSError as exc:
        return [f"cannot be read ({exc.strerror or exc})"]
    try:
        data = json.loads(raw.removeprefix(codecs.BOM_UTF8), object_pairs_hook=_unique_keys)
    except _RepeatedKey as exc:
        return [f"is damaged: the key {exc.args[0]!r} appears twice in the same object"]
    except (ValueError, UnicodeDecodeError) as exc:
        return [f"is not a JSON codebook ({exc})"]
    _, problems = codebook_problems_of(data)
    return [f"{where}: {reason}" for where, reason in problems]


class _RepeatedKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _RepeatedKey(key)
        found[key] = value
    return found


def codebook_bytes(codebook: Codebook) -> bytes:
    return codebook.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_codebook(codebook: Codebook, path: Path) -> None:
    """Write a lab's codebook file atomically (its problems are the caller's to refuse first).
    Raises SaveError."""
    from rupture_annotator.storage.atomic import write_atomic

    write_atomic(path, codebook_bytes(codebook), backup=False)


def codebook_fingerprint(codebook: Codebook) -> str:
    """A short hash of what the codebook says (ids, labels, keys, scales...): two projects coded
    with the same codebook show the same one, whatever their file says of its version."""
    canonical = json.dumps(codebook.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
