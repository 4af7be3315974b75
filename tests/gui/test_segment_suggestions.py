"""The 3RS significance is a segment rating: the segment panel suggests the highest span rating
of each kind, Alt+S accepts it (undoably), and a kind with ruptures but no rating is marked
missing; Alt+0 starts the segment grid at the playhead, and everything follows at once."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.segment_panel import MISSING_COLOUR, MUTED_COLOUR
from rupture_annotator.ui.timeline.bands import segment_chips
from tests.factories import empty_project
from tests.gui.conftest import OpenWindow

ALT = Qt.KeyboardModifier.AltModifier
MIN = 60_000


def coded_project() -> Project:
    """Segment 1: withdrawal ruptures rated 3 and 4, a confrontation rupture not rated;
    segment 2: nothing."""
    project = empty_project(coders=("ana",), duration_ms=20 * MIN)
    for start, sig, kind in (
        (30_000, 3, RuptureKind.WITHDRAWAL),
        (90_000, 4, RuptureKind.WITHDRAWAL),
        (150_000, None, RuptureKind.CONFRONTATION),
    ):
        project.add_annotation(
            "rec1",
            Rupture(kind=kind, start_ms=start, end_ms=start + 5_000, coder="ana", significance=sig),
        )
    return project


def ready(window: MainWindow) -> MainWindow:
    """The window active, so that its shortcuts take real key presses."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert QApplication.activeWindow() is window
    return window


def ratings(window: MainWindow) -> dict[int, dict[str, int]]:
    assert window.document is not None and window.document.recording is not None
    return {r.segment_index: r.values for r in window.document.recording.segment_ratings}


def test_the_panel_suggests_the_highest_span_rating_and_marks_what_is_missing(
    open_window: OpenWindow,
) -> None:
    window = ready(open_window(coded_project()))
    panel = window.segment_panel
    window.player.seek(1 * MIN)
    wd, cf = panel.hints["wd_significance"], panel.hints["cf_significance"]
    assert "suggested 4: the highest span rating" in wd.text()
    assert "withdrawal rupture" in wd.toolTip()
    assert "ruptures here, none rated" in cf.text()
    # both kinds have ruptures here and no segment rating: both are missing, in orange
    for sid in ("wd_significance", "cf_significance"):
        assert panel.boxes[sid].property("missing") is True
        assert "Missing" in panel.hints[sid].text()
        assert MISSING_COLOUR in panel.boxes[sid].styleSheet()
    assert "resolution_rating" not in panel.hints, "a scale of no rupture kind gets no hint"
    assert "Alt+S" in panel.accept_hint.text()
    # segment 2 has no rupture: "none of this kind" reads (and looks) unlike "not rated"
    window.player.seek(7 * MIN)
    assert panel.header.text().startswith("Segment 2")
    assert panel.hints["wd_significance"].text() == "No withdrawal rupture here"
    assert panel.boxes["wd_significance"].property("missing") is False
    assert MUTED_COLOUR in panel.hints["wd_significance"].styleSheet()
    assert panel.boxes["wd_significance"].currentText() == "— not rated"
    assert panel.accept_hint.text().strip() == ""


def test_alt_s_accepts_the_suggestion_in_one_undoable_step(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = ready(open_window(coded_project()))
    panel = window.segment_panel
    window.player.seek(1 * MIN)
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    # only the rated kind has a suggestion; the unrated confrontation stays for the coder
    assert ratings(window) == {0: {"wd_significance": 4}}
    assert panel.boxes["wd_significance"].currentData() == 4
    assert panel.boxes["wd_significance"].property("missing") is False
    assert panel.boxes["cf_significance"].property("missing") is True
    assert "accepted" in window.statusBar().currentMessage()
    # a rating the coder gave is never overwritten by a suggestion
    panel.boxes["wd_significance"].setCurrentIndex(panel.boxes["wd_significance"].findData(2))
    panel.boxes["wd_significance"].activated.emit(panel.boxes["wd_significance"].currentIndex())
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    assert ratings(window) == {0: {"wd_significance": 2}}
    assert "no suggestion to accept" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ratings(window) == {0: {}}
    qtbot.waitUntil(lambda: panel.boxes["wd_significance"].currentData() is None)
    assert panel.boxes["wd_significance"].property("missing") is True


def test_alt_0_starts_the_first_segment_at_the_playhead(open_window: OpenWindow) -> None:
    window = ready(open_window(coded_project()))
    assert window.document is not None and window.document.recording is not None
    recording, panel, timeline = window.document.recording, window.segment_panel, window.timeline
    window.player.seek(90_000)
    assert panel.header.text().startswith("Segment 1  (0:00:00–0:05:00)")
    QTest.keyClick(window, Qt.Key.Key_0, ALT)
    assert recording.segment_origin_ms == 90_000
    assert "Segment 1 now starts at 0:01:30" in window.statusBar().currentMessage()
    assert panel.header.text().startswith("Segment 1  (0:01:30–0:06:30)")
    grid = timeline.scene.grid()
    assert grid is not None and grid.origin_ms == 90_000
    # the band: before the origin it says so; the first segment now starts at 1:30
    timeline.view_window().show_all()
    lay = timeline.current_layout()
    y = lay.segments.center().y()
    assert "Before the first segment" in (timeline.tooltip_at(QPointF(lay.x_of(60_000), y)) or "")
    assert "0:01:30 – 0:06:30" in (timeline.tooltip_at(QPointF(lay.x_of(100_000), y)) or "")
    # the playhead before the origin: nothing to rate
    window.player.seek(30_000)
    assert panel.header.text() == "Before the first segment"
    assert not panel.boxes["wd_significance"].isEnabled()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recording.segment_origin_ms == 0
    assert panel.header.text().startswith("Segment 1  (0:00:00–0:05:00)")
    grid = timeline.scene.grid()
    assert grid is not None and grid.origin_ms == 0


def test_under_3rs_2022_each_actor_gets_its_own_suggestion(open_window: OpenWindow) -> None:
    """A therapist's withdrawal rupture suggests WD_T, and the patient's scale says none."""
    project = Project(codebook=load_codebook("3rs-2022"))
    project.add_coder("ana")
    project.add_recording(MediaRef(path="session.mp4", duration_ms=10 * MIN, fps=25.0), "rec1")
    project.add_annotation(
        "rec1",
        Rupture(
            kind=RuptureKind.WITHDRAWAL,
            start_ms=30_000,
            end_ms=35_000,
            coder="ana",
            significance=3,
            actor="therapist",
        ),
    )
    window = ready(open_window(project))
    panel = window.segment_panel
    window.player.seek(40_000)
    assert "suggested 3" in panel.hints["WD_T"].text()
    assert panel.boxes["WD_T"].property("missing") is True
    assert panel.hints["WD_P"].text() == "No patient withdrawal rupture here"
    assert panel.boxes["WD_P"].property("missing") is False
    ctx = window.timeline._ensure_painter().ctx
    assert segment_chips(ctx, 0, "ana") == [("WT?", True)]
    QTest.keyClick(window, Qt.Key.Key_S, ALT)
    assert ratings(window) == {0: {"WD_T": 3}}
    assert segment_chips(ctx, 0, "ana") == [("WT3", False)]
