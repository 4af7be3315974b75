"""Edit → Session Fields…: the study's own session fields (text, whole number, date, choice
list) and which fields are required, built-in ones included; one undoable step. The definitions
can be saved as a file that `rupture-annotator new --from-csv --fields FILE` reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.session import BUILTIN_FIELDS, FieldDefinition, field_problems
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.session_fields import FIELDS_SUFFIX, save_fields
from rupture_annotator.ui.commands import SetSessionFields
from rupture_annotator.ui.document import Document

NAME, LABEL, TYPE, CHOICES, REQUIRED = range(5)


class SessionFieldsDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        project = document.project
        self.setWindowTitle(self.tr("Session Fields"))
        self.setObjectName("sessionFields")
        self.resize(760, 520)
        self.types = (
            (self.tr("text"), "text"),
            (self.tr("whole number"), "integer"),
            (self.tr("date"), "date"),
            (self.tr("choice list"), "choice"),
        )
        builtin = QGroupBox(self.tr("Built-in fields required"))
        grid = QGridLayout(builtin)
        self.builtin_required: dict[str, QCheckBox] = {}
        for i, b in enumerate(BUILTIN_FIELDS):
            box = QCheckBox(b.label)
            box.setChecked(b.name in project.required_session_fields)
            box.setToolTip(b.description)
            box.toggled.connect(self.check)
            grid.addWidget(box, i // 3, i % 3)
            self.builtin_required[b.name] = box
        custom = QGroupBox(self.tr("The study's own fields"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name (column)"),
                self.tr("Label"),
                self.tr("Type"),
                self.tr("Choices (a; b; c)"),
                self.tr("Required"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CHOICES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 150)
        self.table.setColumnWidth(LABEL, 170)
        self.table.setColumnWidth(TYPE, 120)
        self.table.setColumnWidth(REQUIRED, 80)
        self.table.itemChanged.connect(self.check)
        add = QPushButton(self.tr("&Add Field"))
        remove = QPushButton(self.tr("&Remove Field"))
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        inner = QVBoxLayout(custom)
        inner.addWidget(self.table)
        inner.addLayout(row)
        hint = QLabel(
            self.tr(
                "A name is the column in the exports and in a session list (letters, digits and "
                "_, starting with a letter). Use codes, never names of people."
            )
        )
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33")
        self.problem.setObjectName("fieldsProblem")
        self.save_button = QPushButton(self.tr("Save &As…"))
        self.save_button.setToolTip(
            self.tr("A file for 'rupture-annotator new --from-csv LIST --fields FILE'.")
        )
        self.save_button.clicked.connect(self.save_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        for definition in project.session_fields:
            self.add_row(definition)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(builtin)
        layout.addWidget(custom, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.check()

    def add_row(self, definition: FieldDefinition | None = None) -> None:
        f = definition if isinstance(definition, FieldDefinition) else None
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, NAME, QTableWidgetItem(f.name if f else ""))
        self.table.setItem(r, LABEL, QTableWidgetItem(f.label if f else ""))
        kind = QComboBox()
        for text, value in self.types:
            kind.addItem(text, value)
        kind.setCurrentIndex(max(0, kind.findData(f.type if f else "text")))
        kind.currentIndexChanged.connect(self.check)
        self.table.setCellWidget(r, TYPE, kind)
        self.table.setItem(r, CHOICES, QTableWidgetItem("; ".join(f.choices) if f else ""))
        required = QTableWidgetItem()
        required.setFlags(required.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        required.setFlags(required.flags() & ~Qt.ItemFlag.ItemIsEditable)
        checked = f is not None and f.required
        required.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(r, REQUIRED, required)
        self.table.blockSignals(False)
        if f is None:
            self.table.setCurrentCell(r, NAME)
            item = self.table.item(r, NAME)
            if item is not None:
                self.table.editItem(item)
        self.check()

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.check()

    def _text(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item is not None else ""

    def definitions(self) -> tuple[list[FieldDefinition], list[str]]:
        """The fields as entered and the required built-in ones; raises ValueError with one
        sentence naming the row."""
        fields: list[FieldDefinition] = []
        for r in range(self.table.rowCount()):
            box = self.table.cellWidget(r, TYPE)
            kind = box.currentData() if isinstance(box, QComboBox) else "text"
            choices = [c.strip() for c in self._text(r, CHOICES).split(";") if c.strip()]
            req = self.table.item(r, REQUIRED)
            name = self._text(r, NAME)
            try:
                fields.append(
                    FieldDefinition(
                        name=name,
                        label=self._text(r, LABEL),
                        type=kind,
                        choices=tuple(choices) if kind == "choice" else (),
                        required=req is not None and req.checkState() == Qt.CheckState.Checked,
                    )
                )
            except ValueError as exc:
                raise ValueError(
                    self.tr("Field {n} ({name}): {reason}.").format(
                        n=r + 1, name=name or "—", reason=_reason(exc)
                    )
                ) from exc
        required = [n for n, box in self.builtin_required.items() if box.isChecked()]
        problem = next(iter(field_problems(fields, required)), None)
        if problem is not None:
            index = int(problem[0].split("[")[1].split("]")[0]) if "[" in problem[0] else 0
            raise ValueError(self.tr("Field {n}: {reason}.").format(n=index + 1, reason=problem[1]))
        return fields, required

    def check(self) -> None:
        try:
            self.definitions()
        except ValueError as exc:
            self.problem.setText(str(exc))
        else:
            self.problem.setText("")
        ok = not self.problem.text()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)
        self.save_button.setEnabled(ok)

    def accept(self) -> None:
        try:
            fields, required = self.definitions()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        project = self.document.project
        if fields == project.session_fields and required == project.required_session_fields:
            super().accept()
            return
        errors: list[str] = []
        self.document.error.connect(errors.append)
        try:
            applied = self.document.apply(SetSessionFields(project, fields, required))
        finally:
            self.document.error.disconnect(errors.append)
        if not applied:
            self.problem.setText(errors[0] if errors else self.tr("The fields were not kept."))
            return
        super().accept()

    def save_file(self) -> None:
        folder = self.document.path.parent if self.document.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the session fields"),
            str(folder / f"study{FIELDS_SUFFIX}"),
            self.tr("Session fields (*{suffix})").format(suffix=FIELDS_SUFFIX),
        )
        if path:
            self.save_path(Path(path))

    def save_path(self, path: Path) -> bool:
        try:
            fields, required = self.definitions()
            save_fields(fields, required, path)
        except (ValueError, SaveError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        return True


def _reason(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        msg = str(first["msg"]).removeprefix("Value error, ")
        if first.get("type") == "string_pattern_mismatch":
            msg = "use letters, digits and _, starting with a letter (at most 64)"
        return f"{where}: {msg}" if where else msg
    return str(exc)


def edit_session_fields(document: Document, parent: QWidget) -> None:
    SessionFieldsDialog(document, parent).exec()
