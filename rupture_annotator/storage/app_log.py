"""The app's log: a small rotating file in the user's log folder, so an error in a window
started from a desktop entry (no terminal) still leaves its details somewhere to find."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path

LOG_BYTES = 1_000_000
LOG_FILES = 5  # the current log and four older ones
LOG_DIR_ENV = "RUPTURE_ANNOTATOR_LOG_DIR"  # tests and portable installs put the log elsewhere


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else user_log_path("rupture-annotator", appauthor=False)


def log_path() -> Path:
    return log_dir() / "rupture-annotator.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file; its path, or None if it cannot be made
    (a read-only home must not stop the app)."""
    path = log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES - 1, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # warnings and errors also on stderr: a terminal, or a test driving the app, sees them
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    root.setLevel(min(root.level, level) if root.level else level)
    return path
