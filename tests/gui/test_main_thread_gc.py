"""Garbage is collected on the GUI thread only: a collection on a decoder thread that freed a Qt
object deadlocked against the GUI thread (rupture_annotator/ui/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rupture_annotator.ui import main_thread_gc
from rupture_annotator.ui.main_thread_gc import MainThreadCollector


class _InACycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _allocate_cycles(n: int) -> None:
    for _ in range(n):
        a: list[Any] = []
        a.append(a)


def test_a_qt_object_in_a_cycle_is_freed_on_the_gui_thread_not_where_memory_is_allocated(
    qtbot: QtBot,
) -> None:
    freed_on: list[threading.Thread] = []
    doomed = _InACycle()
    weakref.finalize(doomed, lambda: freed_on.append(threading.current_thread()))
    del doomed
    worker = threading.Thread(target=_allocate_cycles, args=(200_000,))  # past every threshold
    worker.start()
    worker.join()
    assert freed_on == []  # automatic collection would have freed it on the worker
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread()]


def test_automatic_collection_switched_back_on_is_switched_off_again(qtbot: QtBot) -> None:
    assert not gc.isenabled()
    gc.enable()
    qtbot.waitUntil(lambda: not gc.isenabled(), timeout=2000)


def test_install_is_once_per_application(qapp: QApplication) -> None:
    assert main_thread_gc.install(qapp) is main_thread_gc.install(qapp)


def test_the_generation_collected_follows_cpython_s_rules_and_full_ones_are_spaced(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]

    def clock() -> float:
        now[0] += 0.01  # every reading: a collection "takes" 10 ms
        return now[0]

    sizes = {0: 100, 1: 200, 2: 10_000}  # objects in each generation before a collection
    found = [50]  # unreachable objects each collection finds
    monkeypatch.setattr(gc, "get_objects", lambda generation: [None] * sizes[generation])
    monkeypatch.setattr(gc, "collect", lambda generation=2: found[0])
    collector = MainThreadCollector(qapp, interval_ms=3_600_000, clock=clock)
    try:
        t0, t1, t2 = gc.get_threshold()
        counts = [(t0, 0, 0)]
        monkeypatch.setattr(gc, "get_count", lambda: counts[0])
        assert collector.collect_due() is None
        counts[0] = (t0 + 1, 0, 0)
        assert collector.collect_due() == 0
        counts[0] = (t0 + 1, t1 + 1, 0)
        assert collector.collect_due() == 1  # 100 + 200 - 50 objects become old
        counts[0] = (t0 + 1, t1 + 1, t2 + 1)
        assert collector.collect_due() == 2  # 250 new old ones: more than a quarter of none
        # now 10,000 old objects: the next full collection waits for 2,500 new old ones
        seen = []
        for _ in range(12):
            now[0] += 10.0  # the spacing is long over
            seen.append((collector._promoted, collector.collect_due()))
        assert all(g == 1 for promoted, g in seen if promoted <= 2_500)
        assert [g for promoted, g in seen if promoted > 2_500] == [2]
        # a full collection due by count, but the last one took 10 ms: 100 x that must pass
        sizes[1] = 5_000
        assert collector.collect_due() == 1  # 5,050 new old objects
        assert collector.collect_due() == 1  # due, but only 10 ms since the last full one
        now[0] += 0.01 * main_thread_gc.FULL_SPACING
        assert collector.collect_due() == 2
    finally:
        collector.deleteLater()
