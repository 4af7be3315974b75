"""The session details of the recording being coded: which dyad, therapist, session and
condition it is, the study's custom fields, and the coder's global ratings of the session.

Everything is entered with the keyboard (Tab from field to field, Enter to keep, Esc to leave);
what was kept is one undoable step. Required fields still empty are listed at the top.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.annotations import SessionRating
from rupture_annotator.domain.project import EditError
from rupture_annotator.domain.session import (
    BUILTIN_FIELDS,
    SessionInfo,
    missing_required,
    set_field,
)
from rupture_annotator.ui.commands import SetRating, SetSession
from rupture_annotator.ui.document import Document

HINT = str(
    QT_TRANSLATE_NOOP(
        "SessionDetailsDialog",
        "Use codes (e.g. D01, T03), never names: these are clinical recordings and the project "
        "file travels with the study.",
    )
)
PLACEHOLDERS = {
    "integer": str(QT_TRANSLATE_NOOP("SessionDetailsDialog", "a whole number")),
    "date": str(QT_TRANSLATE_NOOP("SessionDetailsDialog", "YYYY-MM-DD")),
    "text": "",
    "choice": "",
}

Editor = QLineEdit | QComboBox


class SessionDetailsDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rec = document.recording
        assert rec is not None, "the dialog is only offered with a recording open"
        self.document, self.recording_id = document, rec.id
        project = document.project
        self.setWindowTitle(self.tr("Session Details — {file}").format(file=rec.media.path))
        hint = QLabel(self.tr(HINT))
        hint.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a33")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33; font-weight: bold")

        self.editors: dict[str, Editor] = {}
        details = self._details(rec.session)
        self.define = QPushButton(self.tr("Define &Fields…"))
        self.define.setToolTip(
            self.tr(
                "The study's own fields (text, whole number, date, choice list) and which are "
                "required"
            )
        )
        self.define.clicked.connect(self._define_fields)

        ratings = QGroupBox(self.tr("Session ratings by {coder}").format(coder=document.coder))
        rating_form = QFormLayout(ratings)
        self.ratings: dict[str, QComboBox] = {}
        given = next((r.values for r in rec.session_ratings if r.coder == document.coder), {})
        for scale in project.codebook.scales_for("session"):
            box = QComboBox()
            box.addItem(self.tr("—  not rated"), None)
            for v in range(scale.minimum, scale.maximum + 1):
                box.addItem(f"{v}  {scale.anchors.get(v, '')}".rstrip(), v)
            box.setToolTip(scale.definition)
            if scale.id in given:
                box.setCurrentIndex(max(0, box.findData(given[scale.id])))
            rating_form.addRow(f"{scale.label}:", box)
            self.ratings[scale.id] = box
        ratings.setVisible(bool(self.ratings))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (hint, self.missing, details, self.define, ratings, self.problem, buttons):
            layout.addWidget(w)
        self.details = details
        self.define.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._show_missing()

    def _details(self, info: SessionInfo) -> QGroupBox:
        """The form of the session's fields, built-in then the study's own."""
        project = self.document.project
        details = QGroupBox(self.tr("Session"))
        form = QFormLayout(details)
        self.editors = {}
        required = set(project.required_session_fields)
        for b in BUILTIN_FIELDS:
            self._add(form, b.name, builtin_label(b.label), b.type, (), b.name in required, info)
        for f in project.session_fields:
            self._add(form, f.name, f.title, f.type, f.choices, f.required, info)
        return details

    def _define_fields(self) -> None:
        """Edit the study's field definitions, then show the form with them, keeping what
        was typed."""
        from rupture_annotator.ui.session_fields import SessionFieldsDialog

        typed = self._texts()
        if SessionFieldsDialog(self.document, self).exec() != QDialog.DialogCode.Accepted:
            return
        project = self.document.project
        info = project.recording(self.recording_id).session
        for name, text in typed.items():
            with contextlib.suppress(ValueError):  # a field gone, or a value that no longer fits
                info = set_field(info, project.session_fields, name, text)
        details = self._details(info)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.details, details)
        self.details.deleteLater()
        self.details = details
        self._show_missing()

    def _add(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        type_: str,
        choices: tuple[str, ...],
        required: bool,
        info: SessionInfo,
    ) -> None:
        value = info.value(name)
        editor: Editor
        if type_ == "choice":
            editor = QComboBox()
            editor.addItem("", "")
            for c in choices:
                editor.addItem(c, c)
            editor.setCurrentIndex(max(0, editor.findData(value or "")))
            editor.currentIndexChanged.connect(self._show_missing)
        else:
            editor = QLineEdit("" if value is None else str(value))
            editor.setPlaceholderText(self.tr(PLACEHOLDERS[type_]) if PLACEHOLDERS[type_] else "")
            editor.textChanged.connect(self._show_missing)
        editor.setObjectName(f"field_{name}")
        form.addRow(f"{label}{' *' if required else ''}:", editor)
        self.editors[name] = editor

    def _texts(self) -> dict[str, str]:
        return {
            name: e.currentData() if isinstance(e, QComboBox) else e.text()
            for name, e in self.editors.items()
        }

    def session(self) -> SessionInfo:
        """The details as entered; raises ValueError naming the field and the reason."""
        project = self.document.project
        info = project.recording(self.recording_id).session
        labels = {b.name: builtin_label(b.label) for b in BUILTIN_FIELDS}
        labels |= {f.name: f.title for f in project.session_fields}
        for name, text in self._texts().items():
            try:
                info = set_field(info, project.session_fields, name, text)
            except ValueError as exc:
                raise ValueError(f"{labels[name]}: {exc}.") from exc
        return info

    def _show_missing(self) -> None:
        project = self.document.project
        info = SessionInfo()
        for name, text in self._texts().items():
            with contextlib.suppress(ValueError):  # a wrong value is reported on OK
                info = set_field(info, project.session_fields, name, text)
        missing = missing_required(info, project.session_fields, project.required_session_fields)
        self.missing.setText(
            self.tr("Still empty: {fields}").format(
                fields=", ".join(builtin_label(m) for m in missing)
            )
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))

    def accept(self) -> None:
        """Keep what was entered as one undoable step; a wrong value keeps the dialog open."""
        try:
            info = self.session()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        doc, project = self.document, self.document.project
        rec = project.recording(self.recording_id)
        values = {sid: box.currentData() for sid, box in self.ratings.items()}
        values = {sid: v for sid, v in values.items() if v is not None}
        old_rating = next((r for r in rec.session_ratings if r.coder == doc.coder), None)
        changes: list[SetSession | SetRating] = []
        if info != rec.session:
            changes.append(SetSession(project, rec.id, rec.session, info))
        if values != (old_rating.values if old_rating else {}):
            new_rating = SessionRating(coder=doc.coder, values=values)
            changes.append(SetRating(project, rec.id, old_rating, new_rating))
        if not changes:
            super().accept()
            return
        doc.undo_stack.beginMacro(self.tr("Edit session details"))
        try:
            for command in changes:
                if not doc.apply(command):
                    raise EditError("refused")
        except EditError:
            doc.undo_stack.endMacro()
            doc.undo_stack.undo()
            self.problem.setText(
                self.tr("The details could not be kept; see the message in the window.")
            )
            return
        doc.undo_stack.endMacro()
        super().accept()


def builtin_label(label: str) -> str:
    """A built-in field's label (Dyad, Therapist, …) in the user's language."""
    return QCoreApplication.translate("session", label)


def edit_session_details(document: Document, parent: QWidget) -> None:
    """Open the dialog for the recording being coded (nothing to edit without one)."""
    if document.recording is not None:
        SessionDetailsDialog(document, parent).exec()
