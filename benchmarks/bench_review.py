"""Review list of one 10,000-annotation recording: making the moment list (filtered, sorted) and
showing it in the list, which happen on every change of filter or order and on edits while the
list is open."""

from __future__ import annotations

import os

from benchmarks.harness import Figure, median, timed
from rupture_annotator.domain.review import MomentFilter, select
from tests.factories import big_project

TARGET_SELECT_MS = 150.0
TARGET_SHOW_MS = 50.0


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.ui.review.panel import ReviewPanel

    _app = QApplication.instance() or QApplication([])
    project = big_project(10_000, n_media=1)
    recording = project.media[0]
    every, some = (
        MomentFilter(),
        MomentFilter(kinds=frozenset({"confrontation"}), min_significance=3),
    )
    select_ms = 1000 * median(timed(lambda: select(recording, every, "significance"), 7))
    some_ms = 1000 * median(timed(lambda: select(recording, some), 7))
    panel = ReviewPanel()
    moments = select(recording, every)
    show_ms = 1000 * median(timed(lambda: panel.show_moments(moments, project.codebook), 7))
    return [
        Figure(
            "review_select_10k_ms",
            select_ms,
            "ms",
            TARGET_SELECT_MS,
            note=f"{len(moments)} moments, by significance",
        ),
        Figure("review_select_filtered_10k_ms", some_ms, "ms", TARGET_SELECT_MS),
        Figure(
            "review_list_10k_ms",
            show_ms,
            "ms",
            TARGET_SHOW_MS,
            note="the list model; rows are made when drawn",
        ),
    ]
