"""The Transcript panel on its own: the utterance being spoken highlighted and kept in view,
a click to go there, words found hit by hit, utterances chosen for marking a span."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.transcript import Transcript, Utterance
from rupture_annotator.ui.transcript_panel import TranscriptPanel

LINES = [
    Utterance(i * 10_000, i * 10_000 + 8_000, "T" if i % 2 else "P", text, 4 * i + 2)
    for i, text in enumerate(
        ["Hello.", "How was the week?", "Fine, I guess.", "Fine how?", "Just fine."] * 20
    )
]


@pytest.fixture
def panel(qtbot: QtBot) -> TranscriptPanel:
    p = TranscriptPanel()
    qtbot.addWidget(p)
    p.resize(420, 500)
    p.set_transcript(Transcript(LINES), {"T": "therapist", "P": "patient"}, ["line 6: overlap"])
    p.show()
    qtbot.waitExposed(p)
    return p


def test_without_a_transcript_it_says_how_to_attach_one(qtbot: QtBot) -> None:
    p = TranscriptPanel()
    qtbot.addWidget(p)
    p.show()
    assert p.empty.isVisible() and p.attach_button.isVisible()
    assert not p.view.isVisible()
    with qtbot.waitSignal(p.attach_requested):
        p.attach_button.click()


def test_problems_are_shown_with_their_lines(panel: TranscriptPanel) -> None:
    assert panel.problems.isVisible()
    assert "line 6: overlap" in panel.problems.text()


def test_the_utterance_spoken_is_highlighted_and_kept_in_view(panel: TranscriptPanel) -> None:
    panel.set_position(905_000)  # utterance 90
    assert panel.model.current == 90
    rect = panel.view.visualRect(panel.model.index(90))
    assert panel.view.viewport().rect().intersects(rect)
    panel.set_position(909_000)  # between utterances: the highlight stays where it was
    assert panel.model.current == 90


def test_scrolling_by_hand_pauses_following(panel: TranscriptPanel) -> None:
    panel.view.verticalScrollBar().setValue(40)  # the coder scrolls a little
    panel.set_position(805_000)
    assert panel.model.current == 80
    assert panel.view.verticalScrollBar().value() == 40


def test_a_click_seeks_to_the_utterance(panel: TranscriptPanel, qtbot: QtBot) -> None:
    rect = panel.view.visualRect(panel.model.index(2))
    with qtbot.waitSignal(panel.seek_requested) as seek:
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seek.args == [20_000]
    # going there chooses nothing: W pressed next starts a span at the playhead as usual
    assert panel.selected_rows() == []


def test_search_steps_through_the_hits_and_seeks(panel: TranscriptPanel, qtbot: QtBot) -> None:
    panel.search.setText("fine")
    assert panel.hits_label.text() == "60 found"
    seeks: list[int] = []
    panel.seek_requested.connect(seeks.append)
    panel.focus_search()
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    assert seeks == [20_000, 30_000]
    assert panel.hits_label.text() == "2 of 60"
    QTest.keyClick(panel.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert seeks[-1] == 20_000
    panel.search.setText("nowhere")
    assert panel.hits_label.text() == "none"


def test_chosen_utterances_give_a_span_from_first_start_to_last_end(
    panel: TranscriptPanel, qtbot: QtBot
) -> None:
    bounds: list[object] = []
    panel.selection_changed.connect(bounds.append)
    first = panel.view.visualRect(panel.model.index(3)).center()
    last = panel.view.visualRect(panel.model.index(5)).center()
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    QTest.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last
    )
    assert panel.selected_rows() == [3, 4, 5]
    assert panel.selected_bounds() == (30_000, 58_000)
    assert bounds[-1] == (30_000, 58_000)
    panel.view.setFocus()
    assert panel.marking_from_selection()
    panel.search.setFocus()
    assert not panel.marking_from_selection()  # the keys type in the search box there
