"""Writes that never leave a half-written file: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path


class SaveError(OSError):
    """A save that failed; the message is one sentence and the old file is untouched."""


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace path with data so a crash at any moment leaves the old or the new file, whole.

    With backup, the previous version is kept beside it as NAME.bak (a hard link to the old
    file where the file system allows, so keeping it costs no copy).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
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
    return path.with_name(path.name + ".bak")


def _keep_backup(path: Path) -> None:
    bak = backup_path(path)
    staged = bak.with_name(bak.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        os.link(path, staged)
    except OSError:
        shutil.copy2(path, staged)
    os.replace(staged, bak)


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
