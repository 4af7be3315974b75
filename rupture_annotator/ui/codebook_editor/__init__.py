"""The codebook editor (Edit → Codebook…) and the views' following of codebook changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rupture_annotator.domain.project import Change

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rupture_annotator.ui.codebook_editor.dialog import CodebookEditor
    from rupture_annotator.ui.document import Document
    from rupture_annotator.ui.main_window import MainWindow


def edit_codebook(document: Document, parent: QWidget) -> CodebookEditor:
    """Open the editor on the project's codebook (window-modal; OK applies it as one step)."""
    from rupture_annotator.ui.codebook_editor.dialog import edit_codebook as open_editor

    return open_editor(document, parent)


def follow_codebook(window: MainWindow, change: Change) -> None:
    """After the project's codebook changed (an edit, its undo or redo), every view shows the
    new one at once: the codebook panel, the segment panel (its scales), the timeline (colours,
    labels, the segment grid) and the inspector."""
    if change.kind != "codebook_changed" or window.document is None:
        return
    from rupture_annotator.ui.codebook_panel import CodebookPanel
    from rupture_annotator.ui.segment_panel import SegmentPanel

    document = window.document
    panel = window.codebook_dock.widget()
    if isinstance(panel, CodebookPanel):
        panel.set_codebook(document.project.codebook)
    old = window.segment_panel
    window.segment_panel = SegmentPanel(document)
    window.segment_panel.set_position(old.position_ms)
    window.segment_dock.setWidget(window.segment_panel)
    old.deleteLater()
    window.timeline.set_recording(document.recording_id)
    window.timeline.update()
    window.inspector.refresh()
