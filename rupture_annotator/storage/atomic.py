"""Writes that never leave a half-written file: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from datetime import date
from pathlib import Path

DAILY_BACKUPS = 7  # days of "the version before that day's first save" kept beside the file
STALE_TEMP_S = 60.0  # a temp file this old was left by a save that was killed


class SaveError(OSError):
    """A save that failed; the message is one sentence and the old file is untouched."""


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace path with data so a crash at any moment leaves the old or the new file, whole.

    With backup, the previous version is kept beside it as NAME.bak, and the version before the
    first save of each day as NAME.YYYY-MM-DD.bak for the last DAILY_BACKUPS days (hard links to
    the old file where the file system allows, so keeping them costs no copy). Temp files that an
    earlier, killed save left behind are removed.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temps(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(_reason(exc, path)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            # mkstemp makes the file private (0600); a shared study folder needs the usual mode.
            os.chmod(tmp, _mode_for(path))
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveError(_reason(exc, path)) from exc


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def backup_path(path: Path) -> Path:
    """The version before the last save."""
    return path.with_name(path.name + ".bak")


def daily_backup_path(path: Path, day: date) -> Path:
    """The version before the first save on that day."""
    return path.with_name(f"{path.name}.{day.isoformat()}.bak")


def daily_backups(path: Path) -> list[Path]:
    """The daily backups kept for path, oldest first."""
    found = []
    for candidate in path.parent.glob(f"{_glob_escape(path.name)}.*.bak"):
        stamp = candidate.name[len(path.name) + 1 : -len(".bak")]
        with contextlib.suppress(ValueError):
            date.fromisoformat(stamp)
            if len(stamp) == 10:
                found.append(candidate)
    return sorted(found)


def remove_stale_temps(path: Path, older_than_s: float = STALE_TEMP_S) -> list[Path]:
    """Remove the hidden temp files of saves of path that were killed before they finished."""
    removed = []
    now = time.time()
    folder = path.parent if str(path.parent) else Path(".")
    pattern = f".{_glob_escape(path.name)}.*.tmp"
    for tmp in [
        *folder.glob(pattern),
        backup_path(path).with_name(backup_path(path).name + ".tmp"),
    ]:
        try:
            if now - tmp.stat().st_mtime >= older_than_s:
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue  # gone already, or not ours to remove: the save goes on
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _link_or_copy(source: Path, target: Path) -> None:
    staged = target.with_name(target.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        os.link(source, staged)
    except OSError:
        shutil.copy2(source, staged)
    os.replace(staged, target)


def _keep_backup(path: Path) -> None:
    _link_or_copy(path, backup_path(path))
    today = daily_backup_path(path, date.today())
    if today.exists():
        return
    try:
        _link_or_copy(path, today)
    except OSError:
        return  # the day's backup is a bonus; NAME.bak is kept, so the save goes on
    for old in daily_backups(path)[:-DAILY_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable where the file system can; the new file is in place either way,
    so a folder that refuses fsync (some network shares) must not turn a save into a failure."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        what = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "this folder cannot be written to"
    elif exc.errno == errno.ENOENT:
        what = "the folder does not exist"
    else:
        what = exc.strerror or str(exc)
    return f"Could not save {path.name}: {what}. The file on disk is unchanged."
