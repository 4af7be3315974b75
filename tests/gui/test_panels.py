"""The segment panel and the inspector: what they show follows the domain, edits are undoable."""

from __future__ import annotations

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.inspector import MAX_LINK_CHOICES, Inspector, candidate_ruptures
from rupture_annotator.ui.segment_panel import SegmentPanel
from tests.factories import empty_project


def test_segment_panel_rates_the_segment_under_the_playhead(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = Document(empty_project(coders=()), None, "ana")
    panel = SegmentPanel(doc)
    qtbot.addWidget(panel)
    panel.set_position(7 * 60_000)  # 5-minute segments: the second one
    assert panel.header.text().startswith("Segment 2")
    box = panel.boxes["wd_significance"]
    box.setCurrentIndex(box.findData(4))
    box.activated.emit(box.currentIndex())
    (rating,) = doc.recording.segment_ratings  # type: ignore[union-attr]
    assert (rating.segment_index, rating.coder, rating.values) == (1, "ana", {"wd_significance": 4})
    doc.undo_stack.undo()
    assert doc.recording.segment_ratings[0].values == {}  # type: ignore[union-attr]


def test_segment_panel_counts_follow_new_spans_in_its_segment(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    doc = Document(empty_project(coders=()), None, "ana")
    coding = CodingController(doc)
    panel = SegmentPanel(doc)
    qtbot.addWidget(panel)
    refreshes: list[int] = []
    refresh = panel.refresh
    panel.refresh = lambda: (refreshes.append(panel.index), refresh())[1]  # type: ignore[method-assign]

    def counts(wd: int, cf: int) -> str:
        return f"Coded here by ana: {wd} withdrawal, {cf} confrontation, 0 strategies."

    assert panel.summary.text() == counts(0, 0)
    coding.create_span("withdrawal", 10_000, 20_000)
    qtbot.waitUntil(lambda: panel.summary.text() == counts(1, 0))
    assert refreshes == [0]
    # a span in another segment costs this panel nothing: no refresh is even queued
    coding.create_span("confrontation", 40 * 60_000, 41 * 60_000)
    qapp.processEvents()  # runs any refresh already queued
    assert refreshes == [0] and panel.summary.text() == counts(1, 0)
    # one in this segment shows, and undoing it takes it away again
    coding.create_span("confrontation", 30_000, 35_000)
    qtbot.waitUntil(lambda: panel.summary.text() == counts(1, 1))
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.summary.text() == counts(1, 0))
    # the playhead in the other segment: its counts
    panel.set_position(40 * 60_000 + 30_000)
    assert panel.header.text().startswith("Segment 9  (0:40:00")
    assert panel.summary.text() == counts(0, 1)


def test_inspector_edits_the_selected_span(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = Document(empty_project(coders=()), None, "ana")
    coding = CodingController(doc)
    inspector = Inspector(coding)
    qtbot.addWidget(inspector)
    made = coding.create_span("withdrawal", 1_000, 2_000)
    assert made is not None
    assert inspector.title.text() == "Withdrawal rupture"
    inspector.end.setText("0:00:03.500")
    inspector.end.editingFinished.emit()
    assert doc.recording.ruptures[0].end_ms == 3_500  # type: ignore[union-attr]
    inspector.note.setPlainText("looks away")
    inspector._note_edited()
    assert doc.recording.ruptures[0].note == "looks away"  # type: ignore[union-attr]


def test_link_choices_are_the_nearest_ruptures_before_and_the_linked_one() -> None:
    ruptures = [
        Rupture(kind="withdrawal", start_ms=i * 1_000, end_ms=i * 1_000 + 500, coder="ana")
        for i in range(200)
    ]
    strategy = ResolutionStrategy(
        start_ms=150_000, end_ms=151_000, coder="ana", rupture_id=ruptures[3].id
    )
    chosen = candidate_ruptures(ruptures, strategy)
    assert ruptures[3] in chosen
    assert len(chosen) == MAX_LINK_CHOICES + 1
    assert chosen[-1].start_ms == 150_000
    assert [r.start_ms for r in chosen] == sorted(r.start_ms for r in chosen)
