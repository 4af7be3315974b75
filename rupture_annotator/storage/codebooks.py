"""The codebooks shipped in resources/codebooks and codebooks from a lab's own JSON file."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from pydantic import ValidationError

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.storage.errors import describe_validation_error


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
