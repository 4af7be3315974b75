"""In review mode the inspector shows the moment playing, so a comment added on it appears
there at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.timefmt import format_ms
from tests.factories import codebook
from tests.gui.conftest import OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    project = Project(codebook=codebook())
    project.add_coder("ben")
    rec = project.add_recording(MediaRef(path="session.mp4", duration_ms=60_000, fps=25.0))
    for rid, kind, start in (("r1", RuptureKind.CONFRONTATION, 10_000), ("r2", None, 30_000)):
        span = (
            Rupture(id=rid, kind=kind, start_ms=start, end_ms=start + 4_000, coder="ben")
            if kind is not None
            else ResolutionStrategy(id=rid, start_ms=start, end_ms=start + 3_000, coder="ben")
        )
        project.add_annotation(rec.id, span)
    return open_window(project)


def key(
    w: MainWindow, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(w.focusWidget() or w, k, mod)


def test_the_inspector_follows_the_moment_playing(window: MainWindow) -> None:
    inspector = window.inspector
    assert not inspector.body.isVisibleTo(inspector)  # nothing selected before review
    key(window, Qt.Key.Key_R, CTRL)
    key(window, Qt.Key.Key_PageDown)
    assert window.coding is not None and window.coding.selected_id == "r1"
    assert inspector.body.isVisibleTo(inspector)
    assert inspector.title.text() == "Confrontation rupture"
    assert inspector.start.text() == format_ms(10_000)
    assert window.timeline.selected_id() == "r1"
    key(window, Qt.Key.Key_PageDown)
    assert window.coding.selected_id == "r2"
    assert inspector.title.text() == "Resolution strategy"
    key(window, Qt.Key.Key_PageUp)
    assert inspector.start.text() == format_ms(10_000)


def test_a_comment_on_the_moment_playing_shows_in_the_inspector(window: MainWindow) -> None:
    inspector, box = window.inspector, window.review.comment_box
    key(window, Qt.Key.Key_R, CTRL)
    key(window, Qt.Key.Key_PageDown)
    key(window, Qt.Key.Key_M, CTRL)
    assert box.isVisible()
    QTest.keyClicks(box.text, "Ask what she felt here.")
    QTest.keyClick(box.text, Qt.Key.Key_Return, CTRL)
    assert not box.isVisible()
    assert inspector.comments.isVisibleTo(inspector)
    assert inspector.comments.count() == 1
    item = inspector.comments.item(0)
    assert "ana" in item.text() and "Ask what she felt here." in item.text()
    assert inspector.comments_label.text() == "Comments (1)"
