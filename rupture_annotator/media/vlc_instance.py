"""libvlc's instance, which can be started on a thread of its own while the window is built.

Starting libvlc (loading python-vlc, then libvlc_new reading its plugin cache) takes 0.15-0.2 s
on two cores, all of it before the window's first picture when done in the player's
constructor. libvlc_new runs in C without Python's lock, so started here first thing it runs
beside the imports and the window's construction (measured: the window's first picture about
0.1 s sooner). The player takes the instance when it is made; if the start failed or was not
asked for, the player starts libvlc itself and reports what went wrong as before.

No Qt here: this module is imported before PySide6 (see cli._import_before_qt).
"""

from __future__ import annotations

import threading
from typing import Any

VLC_ARGS = (
    "--no-osd",  # no title or volume text drawn over the picture
    "--no-video-title-show",
    "--no-snapshot-preview",
    "--no-xlib",  # libvlc must not call Xlib itself inside a Qt process
    # The app works offline (tests/e2e/test_privacy.py): these switch off what in libvlc could
    # reach the network, though playing a local file uses none of it.
    "--no-metadata-network-access",  # no art or metadata look-ups on the internet
    "--no-lua",  # no Lua scripts: playlist parsers and art fetchers that fetch from websites
    "--ignore-config",  # libvlc's default, made explicit: the user's vlcrc is never read
    "--no-sub-autodetect-file",  # no subtitle files picked up from the recording's folder
    "--quiet",
    # a short read-ahead: after a rate change libvlc shows what it has queued at the old rate
    # before its picture follows the new one, up to the playhead (measured, mp4 at 25 fps, worst
    # of 0.5x/1x/2x changes: 1016 ms at 300, 614 at 100; 551 at 50). A local or LAN disk keeps
    # up; a slow network share may stutter.
    "--file-caching=100",
)
TAKE_TIMEOUT_S = 10.0  # a start still running then is left to finish on its own

_lock = threading.Lock()
_early: _EarlyStart | None = None


class _EarlyStart:
    def __init__(self, args: tuple[str, ...]) -> None:
        self.args = args
        self.instance: Any = None
        self.done = threading.Event()
        # a daemon: a libvlc that hangs while starting must not keep the app from exiting
        self.thread = threading.Thread(target=self._run, name="libvlc-start", daemon=True)

    def _run(self) -> None:
        try:
            import vlc

            self.instance = vlc.Instance(list(self.args))
        except Exception:  # the player starts libvlc again and reports the problem itself
            self.instance = None
        finally:
            self.done.set()


def start_early(extra_args: tuple[str, ...] = ()) -> None:
    """Begin starting libvlc on a thread (once); new_instance takes the result."""
    global _early
    with _lock:
        if _early is not None:
            return
        _early = _EarlyStart((*VLC_ARGS, *extra_args))
        _early.thread.start()


def new_instance(extra_args: tuple[str, ...] = ()) -> Any:
    """A libvlc instance with VLC_ARGS and extra_args: the early one if it was started with the
    same arguments and has not been taken, else a new one (None if libvlc cannot start)."""
    global _early
    import vlc

    with _lock:
        early, args = _early, (*VLC_ARGS, *extra_args)
        if early is not None and early.args == args:
            _early = None
        else:
            early = None
    if early is not None and early.done.wait(TAKE_TIMEOUT_S) and early.instance is not None:
        return early.instance
    return vlc.Instance(list(args))
