"""A coder codes with the transcript and the silences in view: the Transcript dock follows the
video, W/C/R mark a span over the utterances chosen, S steps through silences, and attaching or
mapping speakers is one undoable step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.sound import Envelope
from rupture_annotator.storage.sound_cache import cache_path, save_envelope
from rupture_annotator.storage.transcripts.reference import reference_transcript
from rupture_annotator.ui.talk_control import SetTranscript
from tests.factories import empty_project
from tests.gui.conftest import OpenWindow

SRT = "".join(
    f"{i + 1}\n00:00:{10 * i:02d},000 --> 00:00:{10 * i + 8:02d},000\n"
    f"{'Therapist' if i % 2 else 'Client'}: {text}\n\n"
    for i, text in enumerate(["Hello.", "How was it?", "Fine.", "Fine how?", "Just fine."])
)


def _project(tmp_path: Path) -> Project:
    project = empty_project(duration_ms=120_000)
    srt = tmp_path / "session.srt"
    srt.write_text(SRT, encoding="utf-8")
    project.set_transcript("rec1", reference_transcript(srt, tmp_path)[0])
    rms = np.full(12_000, 0.1, np.float32)
    rms[6_000:6_500] = 0.0005  # silent from 60 s to 65 s
    save_envelope(cache_path(tmp_path / "session.rupture.json", project.recording("rec1")),
                  None, Envelope(rms))  # fmt: skip
    return project


def test_the_transcript_dock_follows_the_video_and_the_lanes_show(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_window(_project(tmp_path))
    panel = window.talk.panel
    assert window.transcript_dock.isVisible()
    assert len(panel.model.transcript) == 5
    assert panel.model.label(panel.model.utterance(0)) == "Client"
    window.player.seek(31_000)
    qtbot.waitUntil(lambda: panel.model.current == 3)
    layout = window.timeline.current_layout()
    assert set(layout.talk) == {"transcript", "sound"}
    assert window.talk.silences == [(60_000, 65_000)]


def test_w_marks_a_rupture_over_the_chosen_utterances(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(_project(tmp_path))
    panel = window.talk.panel
    panel.view.setFocus()
    model = panel.view.selectionModel()
    for row in (2, 3):
        model.select(panel.model.index(row), model.SelectionFlag.Select)
    QTest.keyClick(panel.view, Qt.Key.Key_W)
    ruptures = window.document.project.recording("rec1").ruptures  # type: ignore[union-attr]
    assert [(r.kind.value, r.start_ms, r.end_ms) for r in ruptures] == [
        ("withdrawal", 20_000, 38_000)
    ]
    assert panel.selected_rows() == []
    # R over one utterance: a strategy linked to that rupture
    model.select(panel.model.index(4), model.SelectionFlag.Select)
    QTest.keyClick(panel.view, Qt.Key.Key_R)
    rec = window.document.project.recording("rec1")  # type: ignore[union-attr]
    assert [(s.start_ms, s.end_ms, s.rupture_id) for s in rec.resolutions] == [
        (40_000, 48_000, ruptures[0].id)
    ]
    assert isinstance(rec.resolutions[0], ResolutionStrategy)


def test_without_a_choice_w_works_as_before(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(_project(tmp_path))
    window.timeline.setFocus()
    window.player.seek(5_000)
    QTest.keyClick(window, Qt.Key.Key_C)
    window.player.seek(9_000)
    QTest.keyClick(window, Qt.Key.Key_C)
    ruptures = window.document.project.recording("rec1").ruptures  # type: ignore[union-attr]
    assert [(r.start_ms, r.end_ms) for r in ruptures] == [(5_000, 9_000)]
    assert isinstance(ruptures[0], Rupture)


def test_s_steps_to_the_next_silence_and_ctrl_f_finds_words(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_window(_project(tmp_path))
    window.timeline.setFocus()
    QTest.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.player.position_ms() == 60_000)
    QTest.keyClick(window, Qt.Key.Key_S)
    assert "No later silence of 3 s or more" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.talk.panel
    assert panel.search.hasFocus()
    QTest.keyClicks(panel.search, "fine how")
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.player.position_ms() == 30_000)


def test_mapping_speakers_and_attaching_are_undoable(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(_project(tmp_path))
    doc = window.document
    assert doc is not None and doc.recording is not None
    ref = doc.recording.transcript
    assert ref is not None and ref.speakers == {"Client": "patient", "Therapist": "therapist"}
    swapped = ref.model_copy(update={"speakers": {"Client": "therapist"}})
    doc.apply(SetTranscript(doc.project, "rec1", swapped, "Map transcript speakers"))
    panel = window.talk.panel
    assert panel.model.label(panel.model.utterance(0)) == "Client (therapist)"
    doc.undo_stack.undo()
    assert panel.model.label(panel.model.utterance(0)) == "Client"
    other = tmp_path / "other.csv"
    other.write_text("start,end,speaker,text\n1,2,T,Only line\n", encoding="utf-8")
    assert window.talk.attach(other)
    assert len(panel.model.transcript) == 1
    doc.undo_stack.undo()
    assert len(panel.model.transcript) == 5
    assert not window.talk.attach(tmp_path / "notes.txt")
    assert "not a transcript this app reads" in window.statusBar().currentMessage()
