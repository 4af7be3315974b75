"""A on a rupture switches whose it is (3RS v2022): patient → therapist → patient, undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook


def _project(book: str) -> Project:
    project = Project(codebook=load_codebook(book))
    project.add_coder("ana")
    project.add_recording(MediaRef(path="s.mp4", duration_ms=60_000, fps=25.0), "rec")
    return project


def test_a_new_rupture_is_the_patients_and_a_switches_it(open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(_project("3rs-2022"))
    w.player.seek(2_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    w.player.seek(6_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    rec = w.document.recording
    (r,) = rec.ruptures
    assert r.actor == "patient"
    QTest.keyClick(w, Qt.Key.Key_A)
    assert rec.ruptures[0].actor == "therapist"
    assert w.timeline.scene.short_label(rec.ruptures[0]).startswith("Therapist: ")
    QTest.keyClick(w, Qt.Key.Key_A)
    assert rec.ruptures[0].actor == "patient"
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rec.ruptures[0].actor == "therapist"


def test_a_says_so_when_the_codebook_has_no_actors(open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window(_project("3rs-2015"))
    w.player.seek(2_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    w.player.seek(6_000)
    QTest.keyClick(w, Qt.Key.Key_W)
    QTest.keyClick(w, Qt.Key.Key_A)
    assert w.document.recording.ruptures[0].actor is None
    assert "codes no actors" in w.statusBar().currentMessage()
