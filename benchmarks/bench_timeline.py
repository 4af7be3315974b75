"""Timeline repaint with 10,000 spans on a 3-hour session, at zooms from the whole session to
a few seconds: every repaint redraws the cached picture (as after a scroll, zoom or edit)."""

from __future__ import annotations

import os
import random
import time
from typing import Any

from benchmarks.harness import Figure, median, p95
from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from tests.factories import codebook

HOURS_3 = 3 * 3_600_000
SPANS = 10_000
ZOOMS_MS = (HOURS_3, 1_800_000, 900_000, 300_000, 60_000, 10_000)  # whole session ... 10 s
POSITIONS = 24  # scroll positions per zoom, each a full redraw
SIZE = (1600, 300)


def long_session(n: int = SPANS, duration_ms: int = HOURS_3, seed: int = 7) -> Project:
    """n spans on one recording, two coders, two ruptures to one linked strategy."""
    rng = random.Random(seed)
    cb = codebook()
    project = Project(codebook=cb)
    for coder in ("ana", "ben"):
        project.add_coder(coder)
    rec = project.add_recording(
        MediaRef(path="long.mp4", duration_ms=duration_ms, fps=25.0), "long"
    )
    pools = {k: [m.id for m in cb.markers_of(k)] for k in RuptureKind}
    strategies = [s.id for s in cb.strategies]
    last: Rupture | None = None
    for i in range(n):
        start = rng.randrange(0, duration_ms - 60_000)
        if i % 3 == 2 and last is not None:  # a strategy soon after the rupture it addresses
            start = last.end_ms + rng.randrange(0, 20_000)
        end = start + rng.randrange(1_000, 15_000)
        coder = ("ana", "ben")[i % 2]
        if i % 3 < 2:
            kind = RuptureKind.WITHDRAWAL if i % 3 == 0 else RuptureKind.CONFRONTATION
            r = Rupture(
                kind=kind,
                start_ms=start,
                end_ms=end,
                coder=coder,
                marker_ids=(rng.choice(pools[kind]),),
                significance=rng.randint(1, 5),
                note=f"note {i}",
            )
            project.add_annotation(rec.id, r)
            last = r
        else:
            s = ResolutionStrategy(
                start_ms=start,
                end_ms=end,
                coder=last.coder if last is not None else coder,  # a coder links their own
                strategy_ids=(rng.choice(strategies),),
                rupture_id=last.id if last is not None else None,
                resolution=rng.randint(1, 5),
            )
            project.add_annotation(rec.id, s)
    return project


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.ui.timeline import TimelineWidget

    app = QApplication.instance() or QApplication([])
    project = long_session()
    widget = TimelineWidget(project)
    widget.resize(*SIZE)
    widget.set_recording("long")
    widget.show()
    app.processEvents()
    view = widget.view_window()
    samples, by_zoom = zoom_sweep(widget)
    # the playhead alone, as during playback: only the strips it crosses are repainted
    playhead = []
    view.set_range(HOURS_3 / 2, 300_000)
    widget.repaint()
    for i in range(200):
        widget.set_playhead(int(HOURS_3 / 2 + 1000 + i * 40))
        t = time.perf_counter()
        app.processEvents()
        playhead.append((time.perf_counter() - t) * 1000)
    widget.close()
    note = f"median ms by zoom: {', '.join(by_zoom)}; playhead-only p95 {p95(playhead):.2f} ms"
    return [Figure("timeline_repaint_10k_p95_ms", p95(samples), "ms", 16, note=note)]


def zoom_sweep(widget: Any) -> tuple[list[float], list[str]]:
    """Full redraws at POSITIONS random places for each zoom: every time (ms), and the median
    per zoom as text ("3h 3.8")."""
    view = widget.view_window()
    rng = random.Random(3)
    samples: list[float] = []
    by_zoom: list[str] = []
    for span in ZOOMS_MS:
        times = []
        for _ in range(POSITIONS):
            view.set_range(rng.uniform(0, HOURS_3 - span), span)
            widget.set_playhead(int(view.start_ms + span / 3))
            widget._invalidate()  # the whole session cannot scroll: force the full redraw
            t = time.perf_counter()
            widget.repaint()
            times.append((time.perf_counter() - t) * 1000)
        samples += times
        by_zoom.append(f"{_span(span)} {median(times):.1f}")
    return samples, by_zoom


def _span(ms: int) -> str:
    return (
        f"{ms // 3_600_000}h"
        if ms >= 3_600_000
        else (f"{ms // 60_000}min" if ms >= 60_000 else f"{ms // 1000}s")
    )
