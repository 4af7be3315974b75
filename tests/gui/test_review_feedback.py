"""Feedback in review mode: comments on moments, by keyboard and undoable; saved reels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.annotations import Comment, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.media.player import PlaybackState
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.review.panel import COMMENTS_COLUMN
from rupture_annotator.ui.settings import Settings
from tests.factories import codebook

CF, WD = RuptureKind.CONFRONTATION, RuptureKind.WITHDRAWAL
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    video = tmp_path / "session.mp4"
    video.write_bytes(b"the fake player does not read it")
    project = Project(codebook=codebook())
    project.add_coder("ana")
    rec = project.add_recording(MediaRef(path="session.mp4", duration_ms=120_000, fps=25.0))
    for rid, kind, start, sig in (
        ("r1", CF, 20_000, 4),
        ("r2", WD, 40_000, 5),
        ("r3", CF, 60_000, 2),
    ):
        project.add_annotation(
            rec.id,
            Rupture(
                id=rid, start_ms=start, end_ms=start + 4_000, coder="ana", kind=kind,
                significance=sig,
            ),
        )  # fmt: skip
    old = Comment(author="ben", text="Seen before.")
    project.add_annotation(
        rec.id,
        ResolutionStrategy(
            id="s1", start_ms=25_000, end_ms=28_000, coder="ana", rupture_id="r1", comments=(old,)
        ),
    )
    path = tmp_path / "s.rupture.json"
    save_project(project, path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "supervisor")
    player = FakePlayer(media=fake_media_info(video, duration_ms=120_000), auto_advance=False)
    w = MainWindow(player, settings)
    w.show()
    assert w.open_path(path)
    w.activateWindow()
    qtbot.waitUntil(lambda: player.duration_ms() == 120_000)
    yield w
    w.review.comment_box.hide()
    if w.document is not None:
        w.document.undo_stack.setClean()
    w.close()
    w.deleteLater()


def key(w: MainWindow, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    QTest.keyClick(w.focusWidget() or w, k, mod)


def test_a_comment_on_the_moment_playing_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    player: FakePlayer = window.player  # type: ignore[assignment]
    panel, box = window.review.panel, window.review.comment_box
    key(window, Qt.Key.Key_R, CTRL)
    key(window, Qt.Key.Key_PageDown)
    assert window.review.controller.current().annotation_id == "r1"  # type: ignore[union-attr]
    assert player.state() == PlaybackState.PLAYING
    key(window, Qt.Key.Key_M, CTRL)
    assert box.isVisible() and "supervisor" in box.about.text()
    assert player.state() == PlaybackState.PAUSED  # the moment waits while we talk
    QTest.keyClicks(box.text, "Name the confrontation; ask what she felt.")
    QTest.keyClick(box.text, Qt.Key.Key_Return, CTRL)
    assert not box.isVisible()
    assert window.document is not None and window.document.recording is not None
    r1 = window.document.recording.find("r1")
    assert r1 is not None
    assert [(c.author, c.text) for c in r1.comments] == [
        ("supervisor", "Name the confrontation; ask what she felt.")
    ]
    row = [m.annotation_id for m in window.review.controller.moments()].index("r1")
    assert panel.model.index(row, COMMENTS_COLUMN).data() == "1"

    window.coding.select("r1")
    assert window.inspector.comments.isVisible()
    assert window.inspector.comments.count() == 1
    assert "supervisor" in window.inspector.comments.item(0).text()

    panel.with_comments.setChecked(True)
    assert [m.annotation_id for m in window.review.controller.moments()] == ["r1", "s1"]

    window.document.undo_stack.undo()
    assert window.document.recording.find("r1").comments == ()  # type: ignore[union-attr]
    assert [m.annotation_id for m in window.review.controller.moments()] == ["s1"]
    assert window.inspector.comments.count() == 0 and not window.inspector.comments.isVisible()
    window.document.undo_stack.redo()
    assert window.document.save()
    assert window.document.path is not None
    saved = load_project(window.document.path).media[0].find("r1")
    assert saved is not None and saved.comments[0].author == "supervisor"


def test_the_selected_row_gets_the_comment_and_cancel_adds_none(window: MainWindow) -> None:
    panel, box = window.review.panel, window.review.comment_box
    key(window, Qt.Key.Key_R, CTRL)
    row = [m.annotation_id for m in window.review.controller.moments()].index("r3")
    panel.table.selectRow(row)
    key(window, Qt.Key.Key_M, CTRL)
    assert box.isVisible()
    QTest.keyClicks(box.text, "never sent")
    QTest.keyClick(box.text, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert window.document is not None and window.document.recording is not None
    assert window.document.recording.find("r3").comments == ()  # type: ignore[union-attr]
    key(window, Qt.Key.Key_M, CTRL)
    QTest.keyClicks(box.text, "Too early to call it a rupture?")
    box.buttons.accepted.emit()
    assert [c.text for c in window.document.recording.find("r3").comments] == [  # type: ignore[union-attr]
        "Too early to call it a rupture?"
    ]


def test_nothing_to_comment_on_says_so(window: MainWindow) -> None:
    window.review.comment()
    assert not window.review.comment_box.isVisible()
    assert "select a moment" in window.statusBar().currentMessage()


def ids(window: MainWindow) -> list[str]:
    return [m.annotation_id for m in window.review.controller.moments()]


def test_a_saved_reel_opens_and_the_next_key_plays_its_first_moment(window: MainWindow) -> None:
    player: FakePlayer = window.player  # type: ignore[assignment]
    panel, review = window.review.panel, window.review
    assert window.document is not None
    key(window, Qt.Key.Key_R, CTRL)
    panel.kind.setCurrentIndex(panel.kind.findText("Confrontation ruptures"))
    panel.min_significance.setValue(3)
    assert ids(window) == ["r1"]
    reel = review.save_reel("Confrontations, significance ≥ 3")
    assert reel is not None and window.document.project.reels == [reel]
    assert reel.filter.min_significance == 3 and reel.picks is None
    assert panel.reels.combo.currentText() == "Confrontations, significance ≥ 3"
    assert window.document.is_modified()

    panel.kind.setCurrentIndex(0)  # a filter changed by hand leaves the reel
    panel.min_significance.setValue(0)
    assert panel.reels.current() is None and len(ids(window)) == 4
    key(window, Qt.Key.Key_PageDown)
    assert review.controller.current().annotation_id == "r1"  # type: ignore[union-attr]
    key(window, Qt.Key.Key_PageDown)  # somewhere in the middle of the whole list

    panel.reels.combo.setCurrentIndex(panel.reels.combo.findData(reel.id))
    panel.reels.combo.activated.emit(panel.reels.combo.currentIndex())
    assert ids(window) == ["r1"] and panel.min_significance.value() == 3
    assert panel.kind.currentText() == "Confrontation ruptures"
    assert not review.controller.is_active() and review.controller.index() == -1
    key(window, Qt.Key.Key_PageDown)
    assert review.controller.current().annotation_id == "r1"  # type: ignore[union-attr]
    assert player.state() == PlaybackState.PLAYING
    assert player.position_ms() == 20_000 - review.controller.lead_in_ms

    window.document.undo_stack.undo()
    assert window.document.project.reels == [] and panel.reels.current() is None
    window.document.undo_stack.redo()
    assert [r.name for r in window.document.project.reels] == [reel.name]


def test_hand_picked_moments_play_in_their_reel_and_are_saved(window: MainWindow) -> None:
    panel, review = window.review.panel, window.review
    assert window.document is not None and window.document.path is not None
    key(window, Qt.Key.Key_R, CTRL)
    rows = ids(window)
    picks = ("r3", "r1")
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for rid in picks:
        selection.select(
            panel.model.index(rows.index(rid), 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    reel = review.save_reel("Meeting")
    assert reel is not None and reel.picks == ("r1", "r3")  # in the list's order
    panel.kind.setCurrentIndex(panel.kind.findText("Withdrawal ruptures"))
    assert ids(window) == ["r2"]
    review.open_reel(reel.id)
    assert ids(window) == ["r1", "r3"]
    key(window, Qt.Key.Key_PageDown)
    key(window, Qt.Key.Key_PageDown)
    assert review.controller.current().annotation_id == "r3"  # type: ignore[union-attr]
    review.delete_reel()
    assert window.document.project.reels == [] and panel.reels.current() is None
    window.document.undo_stack.undo()
    assert window.document.save()
    saved = load_project(window.document.path)
    assert [(r.name, r.picks) for r in saved.reels] == [("Meeting", ("r1", "r3"))]


def test_a_reel_is_named_in_a_box(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Tuesday", True)))
    window.review.panel.reels.save.click()
    assert window.document is not None
    assert [r.name for r in window.document.project.reels] == ["Tuesday"]
