"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate past the threshold:
often the exact-frame decoder's or a probing thread. When that collection frees a Qt object
(any QObject caught in a reference cycle), PySide lets go of Python's lock and runs the C++
destructor there, which locks the object's signal-slot mutex and then waits for Python's lock
again; if the GUI thread meanwhile holds Python's lock and waits for that mutex (connecting or
disconnecting any signal whose mutex is the same one), both wait for ever: the window freezes.
This was caught in the media tests (a decoder thread in ~QObject, the GUI thread in
QObject::connect; the dump is described in the commit that added this module).

So automatic collection is switched off, and a timer on the GUI thread collects when CPython
would have: the same thresholds, a generation at a time, and a full collection only once the
objects that outlived younger collections since the last full one are a quarter of those the
last one kept (CPython's own rule against quadratic full passes; counted here from the young
generations' sizes before each collection). A full collection of a big project's objects
takes a few hundred milliseconds on the GUI thread, so full ones are also spaced by
FULL_SPACING times the last one's duration (at most about 1% of the time).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 100
FULL_SPACING = 100


class MainThreadCollector(QObject):
    def __init__(
        self,
        app: QCoreApplication,
        interval_ms: int = INTERVAL_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(app)
        self._clock = clock
        self.setObjectName("mainThreadCollector")
        self._full_allowed_at = 0.0
        self._long_lived = 0  # objects the last full collection kept
        self._promoted = 0  # objects that outlived a younger collection since then
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int | None:
        """Collect the generation the allocation counts call for (None: nothing due). Keeps
        automatic collection off, should anything have switched it back on."""
        if gc.isenabled():
            gc.disable()
        counts = gc.get_count()
        t0, t1, t2 = gc.get_threshold()
        if counts[0] <= t0:
            return None
        generation = 0
        if counts[1] > t1:
            generation = 1
            if (
                counts[2] > t2
                and self._promoted > self._long_lived // 4
                and self._clock() >= self._full_allowed_at
            ):
                generation = 2
        if generation == 2:
            start = self._clock()
            gc.collect(2)
            end = self._clock()
            self._full_allowed_at = end + (end - start) * FULL_SPACING
            self._long_lived = len(gc.get_objects(generation=2))
            self._promoted = 0
            return 2
        if generation == 0:
            gc.collect(0)
            return 0
        young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        found = gc.collect(1)
        self._promoted += max(0, young - found)  # survivors of generation 1 are old from now on
        return 1


def install(app: QCoreApplication) -> MainThreadCollector:
    """Collect on app's thread from now on (once per application)."""
    found = app.findChild(MainThreadCollector, "mainThreadCollector")
    if isinstance(found, MainThreadCollector):
        return found
    return MainThreadCollector(app)
