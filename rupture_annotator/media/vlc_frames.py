"""libvlc's video callbacks (vmem, RV32) into buffers the GUI thread reads.

Used where libvlc cannot draw into a native window (offscreen, Wayland). The callbacks run on
libvlc's threads, so they touch nothing but these buffers and a lock: no Qt call, no signal.
The GUI thread takes the newest picture on its own timer.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import vlc

BUFFERS = 4  # one shown, one being read, two for libvlc to render into ahead


class VideoFrames:
    """Fixed-size BGRA buffers that libvlc renders into; take() gives the newest one."""

    def __init__(self, width: int, height: int) -> None:
        self.width = max(2, width // 2 * 2)
        self.height = max(2, height // 2 * 2)
        self.stride = self.width * 4
        size = self.stride * self.height
        self._buffers = [(ctypes.c_ubyte * size)() for _ in range(BUFFERS)]
        self._addresses = [ctypes.addressof(b) for b in self._buffers]
        self._lock = threading.Lock()
        self._writing: set[int] = set()
        self._latest = -1
        self._sequence = 0  # pictures displayed so far
        self._taken = 0
        # kept as attributes: ctypes callbacks must outlive the player that calls them
        self._callbacks = (
            vlc.CallbackDecorators.VideoLockCb(self._on_lock),
            vlc.CallbackDecorators.VideoUnlockCb(self._on_unlock),
            vlc.CallbackDecorators.VideoDisplayCb(self._on_display),
        )

    def attach(self, player: Any) -> None:
        player.video_set_callbacks(*self._callbacks, None)
        player.video_set_format("RV32", self.width, self.height, self.stride)

    def sequence(self) -> int:
        """How many pictures libvlc has displayed (it repeats the last one while paused)."""
        with self._lock:
            return self._sequence

    def take(self) -> tuple[int, bytearray] | None:
        """The newest picture if it is newer than the last one taken: (sequence, BGRA bytes)."""
        with self._lock:
            if self._latest < 0 or self._sequence == self._taken:
                return None
            self._taken = self._sequence
            return self._sequence, bytearray(self._buffers[self._latest])

    def peek(self) -> bytearray | None:
        """The newest picture, taken or not."""
        with self._lock:
            return None if self._latest < 0 else bytearray(self._buffers[self._latest])

    # -- libvlc's threads --------------------------------------------------------------------
    def _on_lock(self, opaque: Any, planes: Any) -> Any:
        with self._lock:
            free = [i for i in range(BUFFERS) if i != self._latest and i not in self._writing]
            if not free:  # pictures rendered but never displayed (dropped): reuse them
                self._writing.clear()
                free = [i for i in range(BUFFERS) if i != self._latest]
            index = free[0]
            self._writing.add(index)
        planes[0] = self._addresses[index]
        return index + 1  # the picture handle handed back to display(); never NULL

    def _on_unlock(self, opaque: Any, picture: Any, planes: Any) -> None:
        return None

    def _on_display(self, opaque: Any, picture: Any) -> None:
        index = (picture or 1) - 1
        with self._lock:
            self._writing.discard(index)
            self._latest = index
            self._sequence += 1
