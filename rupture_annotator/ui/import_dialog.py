"""File → Import…: coding from ELAN, BORIS or a spreadsheet, mapped to the codebook and previewed.

The dialog reads the file, shows each code, value and name it holds with how often it occurs,
lets the coder say what each becomes (or load a saved map), and previews what would be taken,
per mapping, and what is not: unmapped codes and values with their counts, and every span left
out with where it is in the file and why. Nothing is written until Import is pressed; then the
spans go into the open project as one undoable step, or into a new project file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.codebooks import CodebookError, load_codebook
from rupture_annotator.storage.interchange.files import FILTER, read_source
from rupture_annotator.storage.interchange.mapping import (
    CodeRule,
    Mapping,
    auto_value,
    load_mapping,
    save_mapping,
)
from rupture_annotator.storage.interchange.plan import (
    ImportPlan,
    apply_plan,
    inventory,
    new_project_from_plan,
    plan_import,
    undo_plan,
)
from rupture_annotator.storage.interchange.source import InterchangeError, SourceFile
from rupture_annotator.storage.project_file import PROJECT_SUFFIX, save_project
from rupture_annotator.ui.commands import Command
from rupture_annotator.ui.document import Document

AUTO = "__auto__"
LEAVE_OUT = "__leave_out__"
SPAN_CHOICES = (
    (str(QT_TRANSLATE_NOOP("ImportDialog", "Withdrawal rupture")), "withdrawal"),
    (str(QT_TRANSLATE_NOOP("ImportDialog", "Confrontation rupture")), "confrontation"),
    (str(QT_TRANSLATE_NOOP("ImportDialog", "Resolution strategy")), "strategy"),
    (str(QT_TRANSLATE_NOOP("ImportDialog", "Leave out")), "ignore"),
)
SPAN_NAMES = {  # what a code's spans become, as "automatic: …" says it
    "withdrawal": str(QT_TRANSLATE_NOOP("ImportDialog", "withdrawal")),
    "confrontation": str(QT_TRANSLATE_NOOP("ImportDialog", "confrontation")),
    "strategy": str(QT_TRANSLATE_NOOP("ImportDialog", "strategy")),
    "ignore": str(QT_TRANSLATE_NOOP("ImportDialog", "ignore")),
}
CODEBOOKS = ("3rs-2015", "3rs-2022")


class ImportSpans(Command):
    """An import into the open project: its coders and spans, added and taken back as one."""

    def __init__(self, project: Project, plan: ImportPlan, source_name: str) -> None:
        ruptures, strategies = plan.counts()
        n = ruptures + strategies
        super().__init__(
            QCoreApplication.translate(
                "ImportDialog", "Import %n span(s) from {source}", "", n
            ).format(source=source_name)
        )
        self.project, self.plan = project, plan
        self.added: list[tuple[str, str]] = []
        self.coders: list[str] = []

    def do(self) -> None:
        before = set(self.project.coders)
        self.added = apply_plan(self.project, self.plan)
        self.coders = [c for c in self.plan.new_coders if c not in before]

    def undo(self) -> None:
        undo_plan(self.project, self.added, self.coders)


class ImportDialog(QDialog):
    def __init__(
        self, document: Document | None, parent: QWidget | None = None, source: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Coding"))
        self.document = document
        self.source: SourceFile | None = None
        self.source_path: Path | None = None
        self.plan: ImportPlan | None = None
        self.written: Path | None = None
        self._filling = False

        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(
            self.tr("An ELAN .eaf, a BORIS .boris or a CSV / XLSX table")
        )
        choose = QPushButton(self.tr("Choose File…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.to_open = QRadioButton(
            self.tr("Add to the open project (one step: Undo takes it back)")
        )
        self.to_new = QRadioButton(self.tr("Write a new project with codebook"))
        group = QButtonGroup(self)
        group.addButton(self.to_open)
        group.addButton(self.to_new)
        self.codebook_box = QComboBox()
        self.codebook_box.addItems(CODEBOOKS)
        if document is not None and document.project.codebook.id in CODEBOOKS:
            self.codebook_box.setCurrentText(document.project.codebook.id)
        self.to_open.setEnabled(document is not None)
        (self.to_open if document is not None else self.to_new).setChecked(True)
        target_row = QHBoxLayout()
        target_row.addWidget(self.to_open)
        target_row.addSpacing(16)
        target_row.addWidget(self.to_new)
        target_row.addWidget(self.codebook_box)
        target_row.addStretch(1)

        # -- what the file's codes, values and names become ------------------------------
        spans, becomes, taken = self.tr("Spans"), self.tr("Becomes"), self.tr("Taken")
        self.codes = _table((self.tr("Code in the file"), spans, becomes, taken))
        self.values = _table((self.tr("Value in the file"), self.tr("Times"), becomes, taken))
        self.people = _table(
            (self.tr("Name in the file"), spans, self.tr("Coder"), self.tr("Actor"))
        )
        self.subjects_box = QComboBox()
        self.subjects_box.addItem(self.tr("coders"), "coders")
        self.subjects_box.addItem(self.tr("actors (patient / therapist)"), "actors")
        self.default_coder = QLineEdit()
        self.default_coder.setPlaceholderText(self.tr("needed when the file names no coder"))
        self.point_ms = QSpinBox(minimum=1, maximum=600_000, singleStep=500, suffix=" ms")
        self.point_ms.setValue(1000)
        people_page = QWidget()
        people_form = QFormLayout()
        people_form.addRow(self.tr("Names of subjects / participants are"), self.subjects_box)
        people_form.addRow(self.tr("Coder when the file names none"), self.default_coder)
        people_form.addRow(self.tr("A point event (BORIS) becomes a span of"), self.point_ms)
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 4, 0, 0)
        people_layout.addLayout(people_form)
        people_layout.addWidget(self.people, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.codes, self.tr("Codes"))
        self.tabs.addTab(self.values, self.tr("Values"))
        self.tabs.addTab(people_page, self.tr("Coders and Actors"))

        # -- the preview ---------------------------------------------------------------
        self.summary = QLabel(self.tr("Choose a file to see what it holds."))
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview — nothing is written until you import")))
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.report, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        load_map = self.buttons.addButton(
            self.tr("Load Map…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        save_map = self.buttons.addButton(
            self.tr("Save Map…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        load_map.clicked.connect(self.load_map_dialog)
        save_map.clicked.connect(self.save_map_dialog)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(target_row)
        guide = QLabel(
            self.tr(
                "Say what each code, value and name in the file is in the codebook (or load a "
                "saved map); the preview on the right follows every choice."
            )
        )
        guide.setWordWrap(True)
        layout.addWidget(guide)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.subjects_box.currentIndexChanged.connect(self._changed)
        self.codebook_box.currentIndexChanged.connect(self._target_changed)  # other markers
        self.to_new.toggled.connect(self._target_changed)
        self.default_coder.editingFinished.connect(self._changed)
        self.point_ms.valueChanged.connect(self._changed)
        self._target_changed()
        self.resize(1100, 640)
        if source is not None:
            self.load_source(source)

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.source_path.parent) if self.source_path else ""
        if not start and self.document is not None and self.document.path is not None:
            start = str(self.document.path.parent)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Coding"), start, FILTER)
        if name:
            self.load_source(Path(name))

    def load_source(self, path: Path) -> bool:
        try:
            source = read_source(path)
        except InterchangeError as exc:
            QMessageBox.warning(self, self.tr("Import Coding"), str(exc))
            return False
        self.source, self.source_path = source, path
        self.file_edit.setText(str(path))
        self._fill(Mapping())
        return True

    # -- the map -------------------------------------------------------------------------------
    def codebook(self) -> Codebook:
        if self.to_open.isChecked() and self.document is not None:
            return self.document.project.codebook
        try:
            return load_codebook(self.codebook_box.currentText())
        except CodebookError:
            return load_codebook("3rs-2015")

    def mapping(self) -> Mapping:
        """The map as the tables now say it."""
        codes: dict[str, CodeRule] = {}
        for row in range(self.codes.rowCount()):
            span = _combo(self.codes, row).currentData()
            if span != AUTO:
                codes[_key(self.codes, row)] = CodeRule(span=span)
        values: dict[str, str | None] = {}
        for row in range(self.values.rowCount()):
            target = _combo(self.values, row).currentData()
            if target != AUTO:
                values[_key(self.values, row)] = None if target == LEAVE_OUT else target
        coders: dict[str, str] = {}
        actors: dict[str, str] = {}
        for row in range(self.people.rowCount()):
            name = _key(self.people, row)
            edit = self.people.cellWidget(row, 2)
            assert isinstance(edit, QLineEdit)
            if edit.text().strip() and edit.text().strip() != name:
                coders[name] = edit.text().strip()
            actor = _combo(self.people, row, 3).currentData()
            if actor != AUTO:
                actors[name] = actor
        return Mapping(
            codes=codes,
            values=values,
            coders=coders,
            actors=actors,
            subjects=self.subjects_box.currentData(),
            coder=self.default_coder.text().strip() or None,
            point_event_ms=self.point_ms.value(),
        )

    def load_map_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load Map"), "", self.tr("Import maps (*.json)")
        )
        if name:
            self.load_map(Path(name))

    def load_map(self, path: Path) -> bool:
        try:
            mapping = load_mapping(path)
        except InterchangeError as exc:
            QMessageBox.warning(self, self.tr("Load Map"), str(exc))
            return False
        problems = mapping.check(self.codebook())
        if problems:
            QMessageBox.warning(self, self.tr("Load Map"), f"{path.name}: {problems[0]}.")
            return False
        self._fill(mapping)
        return True

    def save_map_dialog(self) -> None:
        start = self.source_path.with_suffix(".map.json") if self.source_path else Path("map.json")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Map"), str(start), self.tr("Import maps (*.json)")
        )
        if name:
            try:
                save_mapping(self.mapping(), Path(name))
            except SaveError as exc:
                QMessageBox.warning(self, self.tr("Save Map"), str(exc))

    def _fill(self, mapping: Mapping) -> None:
        """Show the file's codes, values and names, each set as the map says."""
        if self.source is None:
            return
        self._filling = True
        codebook = self.codebook()
        codes, values, names = inventory(self.source)
        hints = {s.code: s.hint for r in self.source.recordings for s in r.spans if s.hint}
        self.codes.setRowCount(0)
        for code, n in codes.most_common():
            combo = QComboBox()
            auto = Mapping().rule_for(code, hints.get(code, ""))
            if auto:
                span_name = self.tr(SPAN_NAMES.get(auto.span, auto.span))
                combo.addItem(self.tr("automatic: {what}").format(what=span_name), AUTO)
            else:
                combo.addItem(self.tr("— not mapped —"), AUTO)
            for text, span in SPAN_CHOICES:
                combo.addItem(self.tr(text), span)
            rule = mapping.codes.get(code)
            if rule is not None:
                combo.setCurrentIndex(combo.findData(rule.span))
            _row(self.codes, code, n, combo)
        self.values.setRowCount(0)
        for value, n in values.most_common():
            combo = QComboBox()
            combo.addItem(_auto_text(value, codebook), AUTO)
            combo.addItem(self.tr("Leave out"), LEAVE_OUT)
            for m in codebook.markers:
                combo.addItem(f"{m.id} — {m.label}", m.id)
            for s in codebook.strategies:
                combo.addItem(f"{s.id} — {s.label}", s.id)
            if value in mapping.values:  # a target another codebook lacks stays automatic
                target = mapping.values[value]
                combo.setCurrentIndex(
                    max(0, combo.findData(LEAVE_OUT if target is None else target))
                )
            _row(self.values, value, n, combo)
        self.people.setRowCount(0)
        for name, n in names.most_common():
            edit = QLineEdit(mapping.coders.get(name, ""))
            edit.setPlaceholderText(name)
            edit.editingFinished.connect(self._changed)
            _row(self.people, name, n, edit)
            actor = QComboBox()
            actor.addItem(self.tr("automatic"), AUTO)
            for a in codebook.actors:
                actor.addItem(a.label, a.id)
            if name in mapping.actors:
                actor.setCurrentIndex(max(0, actor.findData(mapping.actors[name])))
            actor.setEnabled(bool(codebook.actors))
            actor.currentIndexChanged.connect(self._changed)
            self.people.setCellWidget(self.people.rowCount() - 1, 3, actor)
        self.subjects_box.setCurrentIndex(self.subjects_box.findData(mapping.subjects))
        self.default_coder.setText(mapping.coder or "")
        self.point_ms.setValue(mapping.point_event_ms)
        for table in (self.codes, self.values):
            for row in range(table.rowCount()):
                _combo(table, row).currentIndexChanged.connect(self._changed)
        self._filling = False
        self._changed()

    # -- the preview ---------------------------------------------------------------------------
    def _target_changed(self) -> None:
        self.codebook_box.setEnabled(self.to_new.isChecked())
        if self.source is not None:
            self._fill(self.mapping())  # another codebook offers other markers
        self._update_button()

    def _changed(self) -> None:
        if self._filling or self.source is None or self.source_path is None:
            return
        project = self.document.project if self.to_open.isChecked() and self.document else None
        folder = self.source_path.parent.absolute()
        if project is None and self.document is not None and self.document.path is not None:
            folder = self.document.path.parent.absolute()
        self.plan = plan_import(
            self.source,
            self.mapping(),
            self.codebook(),
            project=project,
            project_dir=folder,
            source_dir=self.source_path.parent.absolute(),
        )
        self._show(self.plan)

    def _show(self, plan: ImportPlan) -> None:
        ruptures, strategies = plan.counts()
        counts = {
            "ruptures": self.tr("%n rupture(s)", "", ruptures),
            "strategies": self.tr("%n strategy span(s)", "", strategies),
        }
        if self.to_open.isChecked():
            added = self.tr("Would add {ruptures} and {strategies} to the open project")
        else:
            added = self.tr("Would add {ruptures} and {strategies} to a new project")
        parts = [added.format(**counts)]
        if plan.new_coders:
            parts.append(self.tr("new coders: {names}").format(names=", ".join(plan.new_coders)))
        unmapped = sum(plan.unmapped_codes.values())
        if unmapped:
            parts.append(self.tr("%n span(s) with an unmapped code", "", unmapped))
        if plan.unmapped_values:
            n = len(plan.unmapped_values)
            parts.append(self.tr("%n unmapped value(s)", "", n))
        if plan.skipped:
            parts.append(self.tr("%n span(s) left out (listed below)", "", len(plan.skipped)))
        self.summary.setText("; ".join(parts) + ".")
        self.report.setPlainText("\n".join(plan.report()[1:]))
        taken_codes: dict[str, int] = {}
        for (code, _span), n in plan.taken_codes.items():
            taken_codes[code] = taken_codes.get(code, 0) + n
        for row in range(self.codes.rowCount()):
            code = _key(self.codes, row)
            n = taken_codes.get(code, 0)
            if n:
                text = self.tr("%n span(s)", "", n)
            elif code in plan.ignored_codes:
                text = self.tr("left out")
            else:
                text = self.tr("not taken")
            _set_taken(self.codes, row, text, not n and code not in plan.ignored_codes)
        taken_values: dict[str, list[str]] = {}
        for (value, target), n in plan.taken_values.items():
            taken_values.setdefault(value, []).append(f"{target} ×{n}")
        for row in range(self.values.rowCount()):
            value = _key(self.values, row)
            parts = list(taken_values.get(value, []))
            missing = plan.unmapped_values.get(value, 0)
            if missing:
                parts.append(self.tr("unmapped ×{n}").format(n=missing))
            _set_taken(self.values, row, ", ".join(parts) or "—", bool(missing))
        self._update_button()

    def _update_button(self) -> None:
        count = self.plan.annotation_count() if self.plan is not None else 0
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            self.tr("Add to Project") if self.to_open.isChecked() else self.tr("Write Project…")
        )

    # -- importing -----------------------------------------------------------------------------
    def do_import(self) -> bool:
        if self.plan is None or self.source_path is None or not self.plan.annotation_count():
            return False
        if self.to_open.isChecked() and self.document is not None:
            command = ImportSpans(self.document.project, self.plan, self.source_path.name)
            if not self.document.apply(command):
                return False
            self.accept()
            return True
        return self.write_new_project()

    def write_new_project(self, path: Path | None = None) -> bool:
        if self.source_path is None or self.source is None:
            return False
        if path is None:
            stem = self.source_path.name.split(".")[0] or "imported"
            start = self.source_path.with_name(stem + PROJECT_SUFFIX)
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write New Project"),
                str(start),
                self.tr("Projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return False
            path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("Write New Project"),
                self.tr(
                    "{name} already exists; an import writes a new project, never over one."
                ).format(name=path.name),
            )
            return False
        codebook = self.codebook()
        plan = plan_import(  # media paths relative to where the project goes
            self.source,
            self.mapping(),
            codebook,
            project=None,
            project_dir=path.parent.absolute(),
            source_dir=self.source_path.parent.absolute(),
        )
        try:
            save_project(new_project_from_plan(codebook, plan), path)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Write New Project"), str(exc))
            return False
        self.written = path
        self.accept()
        return True


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _row(table: QTableWidget, key: str, count: int, widget: QWidget) -> None:
    row = table.rowCount()
    table.insertRow(row)
    item = QTableWidgetItem(key)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setToolTip(key)
    table.setItem(row, 0, item)
    number = QTableWidgetItem(str(count))
    number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, 1, number)
    table.setCellWidget(row, 2, widget)


def _key(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


def _combo(table: QTableWidget, row: int, column: int = 2) -> QComboBox:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QComboBox)
    return widget


def _set_taken(table: QTableWidget, row: int, text: str, warn: bool) -> None:
    item = QTableWidgetItem(text)
    if warn:
        item.setForeground(Qt.GlobalColor.darkRed)
        item.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Not taken: say what it is in the Becomes column, or leave it out"
            )
        )
    table.setItem(row, 3, item)


def _auto_text(value: str, codebook: Codebook) -> str:
    found = {
        target
        for span in ("withdrawal", "confrontation", "strategy")
        if isinstance(target := auto_value(value, span, codebook), str)
    }
    if not found:
        return QCoreApplication.translate("ImportDialog", "— not mapped —")
    return QCoreApplication.translate("ImportDialog", "automatic: {what}").format(
        what=", ".join(sorted(found))
    )


def show_import_dialog(parent: QWidget | None, document: Document | None) -> ImportDialog:
    """File → Import…: open the dialog (window-modal) and return it."""
    dialog = ImportDialog(document, parent)
    dialog.finished.connect(lambda _r: _tell_written(parent, dialog))
    dialog.open()
    return dialog


def _tell_written(parent: QWidget | None, dialog: ImportDialog) -> None:
    if dialog.written is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialog", "Import Coding"),
            QCoreApplication.translate(
                "ImportDialog", "Wrote {path}. Open it with File → Open Project… to go on coding."
            ).format(path=dialog.written),
        )
