"""Every view follows a codebook change at once (and its undo): the codebook panel, the segment
panel's scales, the timeline's labels and the inspector; Edit → Codebook… opens the editor."""

from __future__ import annotations

from rupture_annotator.domain.codebook_edits import plan_change, renamed
from rupture_annotator.ui.codebook_panel import CodebookPanel
from rupture_annotator.ui.commands import ChangeCodebook
from tests.gui.conftest import OpenWindow
from tests.unit.conftest import coded_project


def _panel_labels(panel: CodebookPanel) -> list[str]:
    found = []
    for i in range(panel.topLevelItemCount()):
        top = panel.topLevelItem(i)
        assert top is not None
        found += [top.child(j).text(1) for j in range(top.childCount())]  # type: ignore[union-attr]
    return found


def test_the_views_follow_a_codebook_edit_and_its_undo(qtbot, open_window: OpenWindow) -> None:  # type: ignore[no-untyped-def]
    window = open_window(coded_project())
    document = window.document
    assert document is not None
    project = document.project
    window.coding.select("r1")  # type: ignore[union-attr]
    cb = renamed(project.codebook, "wd_minimal_response", "Shutting down")
    cb = renamed(cb, "wd_significance", "WD significance")
    assert document.apply(ChangeCodebook(project, plan_change(project, cb)))
    panel = window.codebook_dock.widget()
    assert isinstance(panel, CodebookPanel)
    assert "Shutting down" in _panel_labels(panel)
    assert window.segment_panel.scales["wd_significance"].label == "WD significance"
    assert window.segment_dock.widget() is window.segment_panel
    r1 = project.recording(document.recording_id).find("r1")  # type: ignore[arg-type]
    assert r1 is not None
    assert window.timeline.scene.short_label(r1).startswith("Shutting down")
    texts = [window.inspector.items.item(i).text() for i in range(window.inspector.items.count())]
    assert "2  Shutting down" in texts
    document.undo_stack.undo()
    assert "Minimal response" in _panel_labels(panel)
    assert window.segment_panel.scales["wd_significance"].label == "Withdrawal significance"
    assert window.timeline.scene.short_label(r1).startswith("Minimal response")


def test_edit_codebook_opens_the_editor(qtbot, open_window: OpenWindow) -> None:  # type: ignore[no-untyped-def]
    from rupture_annotator.ui.codebook_editor.dialog import CodebookEditor

    window = open_window(coded_project())
    window.actions_by_id["codebook"].trigger()
    editor = window.findChild(CodebookEditor)
    assert editor is not None and editor.isVisible()
    editor.reject()
    assert "session_fields" in window.actions_by_id


def test_the_menus_are_german_with_the_german_translation(qtbot, open_window: OpenWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from rupture_annotator.ui.language import install_translator, remove_translators

    translator = install_translator(QCoreApplication.instance(), "de")  # type: ignore[arg-type]
    assert translator is not None
    try:
        window = open_window(coded_project())
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Datei", "&Bearbeiten", "&Wiedergabe"]
        assert window.actions_by_id["codebook"].text() == "Code&buch…"
        assert window.actions_by_id["save"].text() == "&Speichern"
    finally:
        remove_translators(QCoreApplication.instance())  # type: ignore[arg-type]
