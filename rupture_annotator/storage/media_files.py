"""References from a project to its recordings: relative path, size, content fingerprint.

The fingerprint hashes the size and the first and last MiB, so it is quick on a 2 GB video and
still tells a different recording saved under the same name. The video is only read, never copied.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from rupture_annotator.domain.recording import MediaRef

CHUNK = 1 << 20


def fingerprint(path: Path) -> str:
    size = path.stat().st_size
    h = hashlib.sha256(str(size).encode())
    with path.open("rb") as f:
        h.update(f.read(CHUNK))
        if size > CHUNK:
            f.seek(max(CHUNK, size - CHUNK))
            h.update(f.read(CHUNK))
    return "sha256-ends:" + h.hexdigest()[:32]


def relative_path(media: Path, project_dir: Path) -> str:
    """The media path as the project file stores it: relative to its folder, with / separators."""
    try:
        # abspath, not resolve(): a link the user made (a study folder linked elsewhere) stays
        rel = os.path.relpath(os.path.abspath(media), os.path.abspath(project_dir))
    except ValueError:  # another drive on Windows: keep it absolute
        return Path(os.path.abspath(media)).as_posix()
    return Path(rel).as_posix()


def resolve_media(ref: MediaRef, project_dir: Path) -> Path:
    p = Path(ref.path)
    return p if p.is_absolute() else Path(os.path.normpath(Path(project_dir).absolute() / p))


def matches(ref: MediaRef, path: Path) -> bool:
    """Whether path holds the same recording the reference was made from."""
    try:
        if ref.size is not None and path.stat().st_size != ref.size:
            return False
        return ref.fingerprint is None or fingerprint(path) == ref.fingerprint
    except OSError:
        return False


def find_moved(ref: MediaRef, project_dir: Path) -> Path | None:
    """Look for a recording that moved: first a file of the same name in the project's folder,
    then any file in that folder with the same fingerprint."""
    name = Path(ref.path).name
    candidate = Path(project_dir) / name
    if candidate.is_file() and matches(ref, candidate):
        return candidate
    if ref.size is None:
        return None
    for entry in Path(project_dir).iterdir():
        if entry.is_file() and entry.stat().st_size == ref.size and matches(ref, entry):
            return entry
    return None


def rebase(ref: MediaRef, old_dir: Path, new_dir: Path) -> MediaRef:
    """The same reference as seen from a project saved into another folder."""
    target = resolve_media(ref, old_dir)
    return ref.model_copy(update={"path": relative_path(target, new_dir)})
