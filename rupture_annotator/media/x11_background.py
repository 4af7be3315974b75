"""libvlc's video window on X11, shown without flashing black.

libvlc draws into a window it makes inside the surface's native window, with a black background.
X fills a window with its background whenever it is mapped, and libvlc does not redraw then: it
draws its next picture when that picture is due. So each time the native window was shown (play
pressed, after a paused picture), the video area could go black for up to a frame (measured under
Xvfb on the 1080p test recording, the screen read every ~3 ms for 120 ms after each of 20 play
starts: 7 of 552 reads black; none with the background taken away). With no background
("None"), X leaves the pixels that were there: the exact picture the surface had just painted.

The background is taken away just before the window is shown and given back (black) once libvlc
has drawn into it, so that everywhere else (a resize, an uncovered letterbox bar) X paints black
as before.

Through libxcb with ctypes, on a connection of its own: libxcb is what Qt and libvlc use on X11,
so it is there wherever this runs, and a failed request on a window libvlc has just destroyed is
an error event on this connection only (Xlib would call a process-wide error handler).
Everything fails quietly: without it the picture flashes black, as before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

_CW_BACK_PIXMAP = 0x1
_CW_BACK_PIXEL = 0x2
_BACK_PIXMAP_NONE = 0


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _Screen(ctypes.Structure):  # the start of xcb_screen_t
    _fields_ = [
        ("root", ctypes.c_uint32),
        ("default_colormap", ctypes.c_uint32),
        ("white_pixel", ctypes.c_uint32),
        ("black_pixel", ctypes.c_uint32),
    ]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [
        ("data", ctypes.POINTER(_Screen)),
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


class WindowBackgrounds:
    """Takes away and gives back the background of the windows inside a native window."""

    def __init__(self) -> None:
        self._xcb: Any = None
        self._libc: Any = None
        self._conn: Any = None
        self._black = 0
        self._failed = False

    def keep_pixels(self, window: int) -> int:
        """Windows inside window (libvlc's) get no background: X leaves what was on screen
        when they are shown. The number of windows changed."""
        return self._set(window, _CW_BACK_PIXMAP, _BACK_PIXMAP_NONE)

    def fill_black(self, window: int) -> int:
        """Windows inside window get a black background again."""
        return self._set(window, _CW_BACK_PIXEL, self._black)

    def close(self) -> None:
        if self._conn is not None:
            self._xcb.xcb_disconnect(self._conn)
            self._conn = None

    def _set(self, window: int, mask: int, value: int) -> int:
        if not window or not self._connect():
            return 0
        try:
            children = self._children(window)
            values = (ctypes.c_uint32 * 1)(value)
            for child in children:
                self._xcb.xcb_change_window_attributes(self._conn, child, mask, values)
            if children:
                # a round trip: the server has applied the change before Qt (another
                # connection, whose requests X may take first) shows the window
                self._children(window)
            self._drain()
            return len(children)
        except Exception as exc:  # never worth more than a black frame
            log.debug("window backgrounds: %s", exc)
            return 0

    def _children(self, window: int) -> list[int]:
        xcb = self._xcb
        cookie = xcb.xcb_query_tree(self._conn, window)
        error = ctypes.c_void_p()
        reply = xcb.xcb_query_tree_reply(self._conn, cookie, ctypes.byref(error))
        if error.value:
            self._libc.free(error)
        if not reply:
            return []
        try:
            n = xcb.xcb_query_tree_children_length(reply)
            ids = xcb.xcb_query_tree_children(reply)
            return [int(ids[i]) for i in range(n)]
        finally:
            self._libc.free(reply)

    def _drain(self) -> None:
        """Errors for windows destroyed meanwhile arrive as events: drop them."""
        while True:
            event = self._xcb.xcb_poll_for_event(self._conn)
            if not event:
                return
            self._libc.free(event)

    def _connect(self) -> bool:
        if self._conn is not None:
            return True
        if self._failed or not os.environ.get("DISPLAY"):
            return False
        self._failed = True  # until connected
        name = ctypes.util.find_library("xcb")
        libc_name = ctypes.util.find_library("c")
        if name is None or libc_name is None:
            return False
        try:
            xcb = ctypes.CDLL(name)
            libc = ctypes.CDLL(libc_name)
        except OSError:
            return False
        libc.free.argtypes = [ctypes.c_void_p]
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
        xcb.xcb_query_tree.restype = _Cookie
        xcb.xcb_query_tree.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_query_tree_reply.restype = ctypes.c_void_p
        xcb.xcb_query_tree_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
        xcb.xcb_query_tree_children.restype = ctypes.POINTER(ctypes.c_uint32)
        xcb.xcb_query_tree_children.argtypes = [ctypes.c_void_p]
        xcb.xcb_query_tree_children_length.restype = ctypes.c_int
        xcb.xcb_query_tree_children_length.argtypes = [ctypes.c_void_p]
        xcb.xcb_change_window_attributes.restype = _Cookie
        xcb.xcb_change_window_attributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        xcb.xcb_flush.argtypes = [ctypes.c_void_p]
        xcb.xcb_poll_for_event.restype = ctypes.c_void_p
        xcb.xcb_poll_for_event.argtypes = [ctypes.c_void_p]
        screen = ctypes.c_int(0)
        conn = xcb.xcb_connect(None, ctypes.byref(screen))
        if not conn or xcb.xcb_connection_has_error(conn):
            if conn:
                xcb.xcb_disconnect(conn)
            return False
        roots = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(conn))
        for _ in range(screen.value):
            if roots.rem <= 1:
                break
            xcb.xcb_screen_next(ctypes.byref(roots))
        self._black = int(roots.data.contents.black_pixel) if roots.data else 0
        self._xcb, self._libc, self._conn = xcb, libc, conn
        self._failed = False
        return True
