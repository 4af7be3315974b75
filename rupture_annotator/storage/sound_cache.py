"""The loudness envelope kept beside the project, in a file of its own, so a recording's sound
is decoded once: `NAME.RECORDING.envelope.npz` next to `NAME.rupture.json` (or, for a project not
saved yet, in the user's cache folder). The file names the recording's fingerprint; when the
recording changes, the envelope is computed again. It holds loudness only, never the sound.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from platformdirs import user_cache_path

from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.sound import Envelope

VERSION = 1
SUFFIX = ".envelope.npz"


def cache_path(project_path: Path | None, recording: Recording) -> Path:
    safe_id = re.sub(r"[^A-Za-z0-9_-]", "_", recording.id)[:64]
    if project_path is None:
        key = re.sub(r"[^A-Za-z0-9_-]", "_", recording.media.fingerprint or safe_id)[:80]
        return user_cache_path("rupture-annotator", appauthor=False) / "sound" / f"{key}{SUFFIX}"
    name = project_path.name
    stem = name.split(".rupture.json")[0] if ".rupture.json" in name else project_path.stem
    return project_path.with_name(f"{stem}.{safe_id}{SUFFIX}")


def load_envelope(path: Path, fingerprint: str | None) -> Envelope | None:
    """The cached envelope, or None when there is none or it is of another recording, another
    format version, or unreadable (it is then computed again)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["version"]) != VERSION or str(data["fingerprint"]) != (fingerprint or ""):
                return None
            return Envelope(data["rms"].astype(np.float32), int(data["step_ms"]))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError):
        return None


def save_envelope(path: Path, fingerprint: str | None, envelope: Envelope) -> None:
    """Write atomically (a temp file renamed over the old one). Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(
                f,
                version=np.int32(VERSION),
                fingerprint=np.str_(fingerprint or ""),
                step_ms=np.int32(envelope.step_ms),
                rms=envelope.rms.astype(np.float32),
            )
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
