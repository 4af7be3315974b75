"""Study → Blind Coding: while on, the window shows a coder only their own spans and ratings.

The setting is the project's (`study.blind`, saved in the file). Turning it on is one step;
turning it off asks first and is remembered for that coder only (`study.unblinded`). Blinding
filters the views: the timeline, the review list (and so the captions, reels and clips), the
selection (so the inspector and the span keys), the export dialog's coder; the segment panel and
Check Coding are the coder's own already. Other coders' coding stays in the project and is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.domain.project import Project
from rupture_annotator.ui.commands import Command
from rupture_annotator.ui.document import Document

if TYPE_CHECKING:
    from rupture_annotator.ui.export_dialog import ExportDialog
    from rupture_annotator.ui.review.mode import ReviewMode
    from rupture_annotator.ui.timeline import TimelineWidget

BLIND_TEXT = str(QT_TRANSLATE_NOOP("BlindControl", "Blind: only your own coding is shown"))


class SetStudy(Command):
    """New study settings (blind coding, the gold standard, thresholds)."""

    def __init__(self, project: Project, new: StudySettings, text: str) -> None:
        super().__init__(text)
        self.project, self.new, self.old = project, new, project.study

    def do(self) -> None:
        self.project.set_study(self.new)

    def undo(self) -> None:
        self.project.set_study(self.old)


class BlindHost(Protocol):
    """What the blind control needs of the window."""

    document: Document | None
    timeline: TimelineWidget
    review: ReviewMode

    def statusBar(self) -> QStatusBar: ...


class BlindControl(QObject):
    """Keeps the window's views to what the coder may see, and turns blind coding on and off."""

    def __init__(self, window: QWidget, action: QAction | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.action = action
        if action is not None:
            action.setCheckable(True)
        self.label = QLabel(self.tr(BLIND_TEXT))
        self.label.setObjectName("blindLabel")
        self.label.setStyleSheet("QLabel { color: white; background: #7a2e8a; padding: 0 6px; }")
        self.label.hide()
        self._host().statusBar().addPermanentWidget(self.label)
        self._document: Document | None = None

    def _host(self) -> BlindHost:
        return self._window  # type: ignore[return-value]

    def set_document(self, document: Document) -> None:
        self._document = document
        document.blind_changed.connect(self.refresh)
        self.refresh()

    # -- the views --------------------------------------------------------------------------
    def refresh(self) -> None:
        document = self._document
        if document is None:
            return
        coders = document.visible_coders()
        host = self._host()
        host.timeline.set_coder_filter(coders)
        host.review.set_visible_coders(coders)
        blind = document.is_blind()
        self.label.setVisible(blind)
        if self.action is not None:
            self.action.setChecked(blind)
        coding = getattr(host, "coding", None)
        if coding is not None and coding.selected_id is not None:
            coding.select(coding.selected_id)  # a span now hidden is deselected

    def restrict_export(self, dialog: ExportDialog) -> None:
        """Blind: the export dialog exports the coder's own coding only."""
        document = self._document
        if document is None or not document.is_blind():
            return
        dialog.coder_box.clear()
        dialog.coder_box.addItem(document.coder)
        dialog.coder_box.setEnabled(False)
        dialog.coder_box.setToolTip(self.tr(BLIND_TEXT))

    # -- turning it on and off --------------------------------------------------------------
    def toggle(self) -> None:
        document = self._document
        if document is None:
            return
        if document.is_blind():
            self.unblind()
        else:
            self.blind()
        if self.action is not None:
            self.action.setChecked(document.is_blind())  # a refusal leaves it as it was

    def blind(self) -> bool:
        """Turn blind coding on for every coder of the project."""
        document = self._document
        if document is None:
            return False
        new = document.project.study.with_changes(blind=True, unblinded=())
        done = document.apply(SetStudy(document.project, new, self.tr("Turn blind coding on")))
        if done:
            self._host().statusBar().showMessage(
                self.tr(
                    "Blind coding: each coder sees only their own spans and ratings. Others' "
                    "coding stays in the file and is saved with it."
                ),
                8000,
            )
        return done

    def unblind(self, why: str = "") -> bool:
        """Show this coder the others' coding, after asking; True when they may see it."""
        document = self._document
        if document is None or not document.is_blind():
            return True
        who = document.coder or self.tr("you")
        answer = QMessageBox.question(
            self._window,
            self.tr("Stop coding blind?"),
            why
            + self.tr(
                "Other coders' spans and ratings will be shown to {who}. Coding blind cannot be "
                "restored once you have seen them; this is remembered for {who} in the project "
                "file. Show them?"
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        study = document.project.study
        new = study.with_changes(unblinded=(*study.unblinded, document.coder))
        return document.apply(SetStudy(document.project, new, self.tr("Stop coding blind")))

    def allow_others(self, what: str) -> bool:
        """Before a view of other coders' coding (compare, agreement, gold check): True when the
        coder is not blind, or has chosen to stop coding blind."""
        return self.unblind(self.tr("{what} shows other coders' coding.").format(what=what) + " ")
