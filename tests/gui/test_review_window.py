"""Review mode in the window: pick the moments, then walk through them by keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.review import clips
from tests.factories import codebook
from tests.gui.conftest import OpenWindow

CF, WD = RuptureKind.CONFRONTATION, RuptureKind.WITHDRAWAL


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    project = Project(codebook=codebook())
    project.add_coder("ana")
    rec = project.add_recording(MediaRef(path="session.mp4", duration_ms=120_000, fps=25.0))
    for rid, kind, start, sig, note in (
        ("r1", CF, 20_000, 4, "she pulls back here"),
        ("r2", WD, 40_000, 5, ""),
        ("r3", CF, 60_000, 2, ""),
        ("r4", CF, 80_000, 3, ""),
    ):
        markers = ("cf_complaint_therapist",) if kind == CF else ("wd_denial",)
        r = Rupture(
            id=rid, start_ms=start, end_ms=start + 4_000, coder="ana", kind=kind,
            marker_ids=markers, significance=sig, note=note,
        )  # fmt: skip
        project.add_annotation(rec.id, r)
    project.add_annotation(
        rec.id,
        ResolutionStrategy(start_ms=25_000, end_ms=28_000, coder="ana", rupture_id="r1"),
    )
    return open_window(project, name="s")


def key(w: MainWindow, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    QTest.keyClick(w.focusWidget() or w, k, mod)


def test_confrontations_of_significance_three_walked_through_by_keys(window: MainWindow) -> None:
    player: FakePlayer = window.player  # type: ignore[assignment]
    panel = window.review.panel
    key(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.review_dock.isVisible() and panel.table.hasFocus()
    assert panel.model.rowCount() == 5
    panel.kind.setCurrentIndex(panel.kind.findText("Confrontation ruptures"))
    panel.min_significance.setValue(3)
    assert [m.annotation_id for m in window.review.controller.moments()] == ["r1", "r4"]
    assert panel.model.rowCount() == 2
    panel.table.setFocus()

    key(window, Qt.Key.Key_PageDown)
    assert player.state() == PlaybackState.PLAYING and player.position_ms() == 15_000
    assert panel.table.currentIndex().row() == 0
    assert window.timeline._state.highlight == (15_000, 27_000)
    captions = window.review.captions
    assert captions.isVisible()
    assert "Confrontation rupture · significance 4" in captions.text()
    assert "she pulls back here" in captions.text()
    key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert "she pulls back here" not in captions.text()

    player.advance(12_100)
    assert player.state() == PlaybackState.PAUSED and player.position_ms() == 27_000
    key(window, Qt.Key.Key_Home)
    assert player.state() == PlaybackState.PLAYING and player.position_ms() == 15_000
    key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert player.rate() == 0.75
    key(window, Qt.Key.Key_PageDown)
    assert player.position_ms() == 75_000 and player.rate() == 0.75
    assert panel.table.currentIndex().row() == 1
    key(window, Qt.Key.Key_PageDown)
    assert "No further moment" in window.statusBar().currentMessage()
    key(window, Qt.Key.Key_PageUp)
    assert player.position_ms() == 15_000


def test_return_in_the_list_plays_that_row(window: MainWindow) -> None:
    panel = window.review.panel
    window.review.toggle()
    panel.table.setCurrentIndex(panel.model.index(2, 0))
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.player.position_ms() == 35_000  # r2 at 40 s, 5 s lead-in
    assert window.review.controller.index() == 2


def test_presentation_hides_the_chrome_and_esc_leaves(window: MainWindow) -> None:
    key(window, Qt.Key.Key_F5)
    assert window.isFullScreen()
    assert not window.timeline_holder.isVisible() and not window.menuBar().isVisible()
    assert window.review.presentation.is_on()
    window.player.seek(1_000)
    key(window, Qt.Key.Key_I)  # a mark, which Esc clears outside presentation mode
    key(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and not window.review.presentation.is_on()
    assert window.timeline_holder.isVisible() and window.menuBar().isVisible()
    assert window.coding is not None and window.coding.mark_in == 1_000


def test_the_list_follows_edits(window: MainWindow) -> None:
    doc = window.document
    assert doc is not None and doc.recording_id is not None
    window.review.toggle()
    doc.project.remove_annotation(doc.recording_id, "r3")
    assert window.review.panel.model.rowCount() == 4
    window.review_dock.hide()
    doc.project.remove_annotation(doc.recording_id, "r4")
    assert window.review.panel.model.rowCount() == 4  # unseen: listed again when needed
    window.review.next()
    assert [m.annotation_id for m in window.review.controller.moments()][-1] == "r2"


def test_clips_without_ffmpeg_say_so(window: MainWindow, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clips.shutil, "which", lambda _name: None)
    window.actions_by_id["review_clips"].trigger()
    assert message_boxes.asked and "ffmpeg" in message_boxes.asked[-1][1]
    assert "not installed" in message_boxes.asked[-1][1]


def test_clips_are_cut_only_after_the_patient_video_warning(
    window: MainWindow, message_boxes, monkeypatch, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "clips"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    started: list[object] = []
    monkeypatch.setattr(clips, "run_in_background", started.append)
    window.review.export_clips()
    assert "patient video" in message_boxes.asked[-1][1]
    assert started == []  # answered No
    from PySide6.QtWidgets import QMessageBox

    message_boxes.reply = QMessageBox.StandardButton.Yes
    window.review.export_clips()
    assert len(started) == 1


def test_captions_and_highlight_go_when_the_video_is_moved_away(window: MainWindow) -> None:
    window.review.next()
    assert window.review.captions.isVisible()
    window.player.seek(100_000)
    assert not window.review.captions.isVisible() and window.review.captions.text() == ""
    assert window.timeline._state.highlight is None
