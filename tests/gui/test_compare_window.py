"""Study → Compare Coders… and Study → Check Against Gold…: the coders' files side by side,
read-only; disagreements replayed; a consensus built, undone, saved in a file of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.blind import CONSENSUS, StudySettings, blinded
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.project_file import load_project, save_project
from tests.gui.conftest import Answers, OpenWindow
from tests.unit.test_compare_consensus import two_coders


def own_file(project: Project, coder: str) -> Project:
    """The coder's own project file: only their coding."""
    rec = blinded(project.media[0], {coder})
    return Project(codebook=project.codebook, coders=[coder], media=[rec])


def test_compare_lists_the_disagreements_and_builds_a_consensus(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, message_boxes: Answers
) -> None:
    both = two_coders()
    ben_path = tmp_path / "ben.rupture.json"
    save_project(own_file(both, "ben"), ben_path)
    window = open_window(own_file(both, "ana"), coder="ana", name="ana")
    ana_path = tmp_path / "ana.rupture.json"
    before = {p: p.read_bytes() for p in (ana_path, ben_path)}

    window.actions_by_id["compare"].trigger()
    compare = window.compare_window
    assert compare is not None and compare.isVisible()
    whats = [d.what for d in compare.disagreements()]
    assert whats == ["rating", "markers", "unrated", "kind", "only"]
    assert compare.table.rowCount() == 5
    assert compare.table.item(1, 2).text() == "Minimal response"
    assert compare.table.item(1, 3).text() == "Denial"
    # one row per coder (and the consensus) within each kind's lane
    rows = compare.timeline.current_layout().rows
    assert [r.coder for r in rows if r.lane == "withdrawal"] == ["ana", "ben", CONSENSUS]
    # the recording's figures beside the list
    assert compare.figures.rowCount() > 0
    figures = {compare.figures.item(i, 1).text() for i in range(compare.figures.rowCount())}
    assert "ICC(2,1)" in figures and "cohen_kappa" in figures

    # PgDown plays the first disagreement from its lead-in
    compare.actions_by_id["next"].trigger()
    assert compare.controller.index() == 0 and compare.player.state().value == "playing"
    compare.actions_by_id["accept_a"].trigger()  # segment 1: ana's rating 4
    crec = compare.consensus_recording()
    assert crec.segment_ratings[0].values == {"wd_significance": 4}
    compare.actions_by_id["next"].trigger()  # markers differ: take ben's
    compare.actions_by_id["accept_b"].trigger()
    (taken,) = crec.ruptures
    assert taken.marker_ids == ("wd_denial",) and taken.sources[0].coder == "ben"
    assert "from ben" in compare.table.item(1, 4).text()
    compare.actions_by_id["accept_a"].trigger()  # changed our minds: ana's instead
    (taken,) = crec.ruptures
    assert taken.sources[0].coder == "ana"
    compare.actions_by_id["undo"].trigger()
    assert crec.ruptures[0].sources[0].coder == "ben"
    compare.actions_by_id["redo"].trigger()
    compare.actions_by_id["next"].trigger()  # segment 2 rated by ana only: rate it here
    compare.rating_boxes["wd_significance"].setValue(2)
    assert crec.segment_ratings[-1].values == {"wd_significance": 2}
    compare.actions_by_id["next"].trigger()  # kind differs: a new span from both, then a code
    compare.actions_by_id["agree"].trigger()
    agreed = next(r for r in crec.ruptures if len(r.sources) == 2)
    assert {s.coder for s in agreed.sources} == {"ana", "ben"}
    compare.toggle_code("2")
    agreed = crec.rupture(agreed.id)
    assert agreed is not None and agreed.marker_ids
    # the consensus shows in its own row
    assert compare.timeline.span_rect(agreed.id) is not None

    assert compare.save_consensus()
    path = tmp_path / f"session-{CONSENSUS}.rupture.json"
    saved = load_project(path)
    assert saved.coders == [CONSENSUS]
    assert {s.coder for r in saved.media[0].ruptures for s in r.sources} == {"ana", "ben"}
    assert {p: p.read_bytes() for p in (ana_path, ben_path)} == before  # theirs untouched
    compare.close()
    assert not compare.isVisible()


def test_a_trainee_fails_against_gold_and_comments_go_to_the_trainees_file(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, message_boxes: Answers
) -> None:
    both = two_coders()
    gold = own_file(both, "ana")
    gold.set_study(StudySettings(gold_coder="ana"))
    gold_path = tmp_path / "ana.rupture.json"
    save_project(gold, gold_path)
    gold_bytes = gold_path.read_bytes()
    window = open_window(own_file(both, "ben"), coder="ben", name="ben")
    window.actions_by_id["gold_check"].trigger()
    dialog = window.gold_dialog
    assert dialog is not None and not dialog.passed()
    assert "FAIL" in dialog.verdict.text()
    results = {
        (dialog.table.item(i, 0).text(), dialog.table.item(i, 1).text()): dialog.table.item(
            i, 4
        ).text()
        for i in range(dialog.table.rowCount())
    }
    assert results[("wd_significance", "ICC(2,1)")] in ("FAIL", "not judged")
    compare = dialog.open_replay()
    assert compare.trainee == "ben" and "accept_a" not in compare.actions_by_id
    compare.actions_by_id["next"].trigger()
    compare.actions_by_id["next"].trigger()  # markers differ: ben's span is there
    assert compare.add_comment("Look at her answer: minimal, not a denial.")
    doc = window.document
    assert doc is not None and doc.is_modified()
    commented = [a for a in doc.recording.annotations() if a.comments]
    assert len(commented) == 1 and commented[0].coder == "ben"
    assert gold_path.read_bytes() == gold_bytes
    message_boxes.reply = QMessageBox.StandardButton.Discard
    compare.close()
