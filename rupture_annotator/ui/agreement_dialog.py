"""Study → Agreement…: the coders' agreement on a study folder, as `rupture-annotator agreement`
computes it, shown in tables and saved as the same workbook.

The study is read from its files (not from the open project, whose unsaved edits are not in
them) and computed off the GUI thread with progress; coding can go on meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.storage.agreement import AgreementOptions, AgreementReport, agreement
from rupture_annotator.storage.agreement.workbook import (
    AgreementOutputs,
    AgreementWriteError,
    agreement_tables,
    write_agreement,
)
from rupture_annotator.storage.export import StudyError, load_study
from rupture_annotator.storage.export.columns import Table, Value, format_time
from rupture_annotator.storage.project_file import PROJECT_SUFFIX
from rupture_annotator.ui.background import Progress, Task, run_in_background
from rupture_annotator.ui.export_dialog import open_folder, plain_sentence
from rupture_annotator.ui.plurals import english

ALL_TOGETHER = str(QT_TRANSLATE_NOOP("AgreementWindow", "All coders together"))
MAX_COLUMN_PX = 240  # longer text is elided; its tooltip shows it whole
TableIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A storage Table as the views show it: numbers to 3 decimals, times as h:mm:ss.mmm."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.note_column = table.names.index("note") if "note" in table.names else None

    def rowCount(self, parent: TableIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: TableIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            column = self.table.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.description
        return None

    def data(self, index: TableIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        kind = self.table.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.note_column
            if note is not None and self.table.rows[index.row()][note]:
                return str(self.table.rows[index.row()][note])  # why a value is blank
            return str(value) if kind == "text" and value else None
        if role == Qt.ItemDataRole.UserRole:  # sorting: numbers as numbers
            return value if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(value: Value, kind: str) -> str:
        if value is None:
            return ""
        if kind == "time" and isinstance(value, int):
            return format_time(value)
        if kind == "seconds" and isinstance(value, int | float):
            return f"{value / 1000:.3f}"
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value)


def table_view(table: Table, parent: QWidget | None = None) -> tuple[QTableView, QLineEdit]:
    """A sortable view of the table with a filter box above it (matches any column)."""
    model = TableModel(table, parent)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(False)  # the Summary's own order (3RS ratings first) is the start
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionsClickable(True)
    header.sectionClicked.connect(lambda _i: view.setSortingEnabled(True))
    metrics = view.fontMetrics()
    for i, c in enumerate(table.columns):
        natural = metrics.horizontalAdvance(c.name) + 28
        if c.kind == "text":
            samples = {str(r[i]) for r in table.rows[:300] if r[i]}
            longest = max((metrics.horizontalAdvance(t) for t in samples), default=0)
            natural = max(natural, min(longest + 16, MAX_COLUMN_PX))
        elif c.kind in ("time", "seconds", "float"):
            natural = max(natural, metrics.horizontalAdvance("0:00:00.000") + 16)
        view.setColumnWidth(i, natural)
    search = QLineEdit(parent)
    search.setPlaceholderText(
        QCoreApplication.translate(
            "AgreementWindow", "Filter {table} (e.g. ICC(2,1), wd_, kappa)"
        ).format(table=table.name)
    )
    search.setClearButtonEnabled(True)
    search.textChanged.connect(proxy.setFilterFixedString)
    return view, search


class AgreementWindow(QDialog):
    """Choose the study and the comparison, compute, read the tables, save the workbook."""

    def __init__(self, parent: QWidget | None = None, start: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coder Agreement"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.report: AgreementReport | None = None
        self.tables: list[Table] = []
        self.task: Task | None = None
        self.message: QMessageBox | None = None

        self.inputs = QListWidget()
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inputs.setMaximumHeight(self.fontMetrics().height() * 3 + 10)
        if start is not None:
            self.inputs.addItem(str(start))
        add_folder = QPushButton(self.tr("Add Folder…"))
        add_folder.clicked.connect(self._add_folder)
        add_files = QPushButton(self.tr("Add Files…"))
        add_files.clicked.connect(self._add_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        for b in (add_folder, add_files, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        study = QHBoxLayout()
        study.addWidget(self.inputs, 1)
        study.addLayout(buttons)

        self.coders = QLineEdit()
        self.coders.setPlaceholderText(
            self.tr("all coders in the files (or names, comma-separated)")
        )
        self.gold = QComboBox()
        self.gold.setEditable(True)
        self.gold.addItem(self.tr(ALL_TOGETHER))
        self.gold.setToolTip(self.tr("Compare each coder with one (e.g. the expert) instead"))
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0.05, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setValue(0.5)
        self.overlap.setToolTip(
            self.tr(
                "Two coders' ruptures are one event when they are of the same kind and overlap "
                "by at least this share of the shorter one"
            )
        )
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Coders")))
        options.addWidget(self.coders, 2)
        options.addWidget(QLabel(self.tr("Compare")))
        options.addWidget(self.gold, 1)
        options.addWidget(QLabel(self.tr("Rupture overlap")))
        options.addWidget(self.overlap)

        form = QFormLayout()
        form.addRow(self.tr("Study"), study)
        form.addRow("", options)

        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Save Workbook…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_dialog)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.progress.hide()
        self.status = QLabel(
            self.tr("Choose the project files or folders of the study, then Compute.")
        )
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.compute_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(0)
        actions.addWidget(self.save_button)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        self.inputs.model().rowsInserted.connect(self._update)
        self.inputs.model().rowsRemoved.connect(self._update)
        self._update()

    # -- choosing ----------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]

    def options(self) -> AgreementOptions:
        coders = tuple(c.strip() for c in self.coders.text().split(",") if c.strip())
        gold = self.gold.currentText().strip()
        return AgreementOptions(
            coders=coders,
            gold=None if gold in ("", ALL_TOGETHER, self.tr(ALL_TOGETHER)) else gold,
            min_overlap=round(self.overlap.value(), 3),
        )

    def _update(self) -> None:
        self.compute_button.setEnabled(bool(self.paths()) and self.task is None)

    def _start_folder(self) -> str:
        paths = self.paths()
        return str(
            paths[-1] if paths and paths[-1].is_dir() else (paths[-1].parent if paths else "")
        )

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Study folder"), self._start_folder()
        )
        if folder:
            self.inputs.addItem(folder)

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Project files"),
            self._start_folder(),
            self.tr("Projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        self.inputs.addItems(files)

    def _remove(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))

    # -- computing ---------------------------------------------------------------------------
    def compute(self) -> None:
        paths, options = self.paths(), self.options()
        if not paths or self.task is not None:
            return

        def work(report: Progress) -> tuple[AgreementReport, list[Table]]:
            def reading(done: int, total: int, what: str) -> None:
                report(done, total + 3, what)

            study = load_study(paths, progress=reading)
            n = len(study.projects)

            def computing(done: int, total: int, what: str) -> None:
                report(n + done, n + total, what)

            result = agreement(study, options, computing)
            return result, agreement_tables(result)

        self.compute_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Reading the study…"))
        self.task = task = run_in_background(work)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._end(self.tr("Cancelled: nothing was computed.")))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(what + "…")

    def _end(self, text: str) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.status.setText(text)
        self._update()

    def _failed(self, error: object) -> None:
        if isinstance(error, StudyError):
            text = " ".join(error.problems)
        else:
            export_failed = QCoreApplication.translate("ExportDialog", "The export failed")
            text = plain_sentence(error).replace(export_failed, self.tr("Agreement failed"))
        self._end(text)

    def _finished(self, result: tuple[AgreementReport, list[Table]]) -> None:
        report, tables = result
        self.report, self.tables = report, tables
        m = report.study
        units = len(report.segments.units)
        coders, recordings = len(m.coders), len(m.recordings)
        self._end(
            self.tr(
                "{coders} ({names}) on {recordings}, {segments}. ICC(2,1) is the default; the "
                "Summary's meaning column says when another applies."
            ).format(
                coders=english(self.tr("%n coder(s)", "", coders), coders),
                names=", ".join(m.coders),
                recordings=self.tr("%n recording(s)", "", recordings),
                segments=english(self.tr("%n segment(s)", "", units), units),
            )
        )
        self.show_notes(report.notes)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in tables:
            holder = QWidget()
            view, search = table_view(table, holder)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 4, 0, 0)
            box.addWidget(search)
            box.addWidget(view, 1)
            self.tabs.addTab(holder, f"{table.name} ({len(table.rows)})")
            self.tabs.setTabToolTip(self.tabs.count() - 1, table.description)
        self.tabs.setCurrentIndex(max(0, current))
        gold = self.gold.currentText()
        self.gold.clear()
        self.gold.addItems([ALL_TOGETHER, *m.coders])
        self.gold.setCurrentText(gold)
        self.save_button.setEnabled(True)

    def show_notes(self, notes: list[str]) -> None:
        if not notes:
            self.notes.hide()
            return
        shown = notes[:4]
        text = self.tr("Notes: {notes}").format(notes=" ".join(shown))
        if len(notes) > 4:
            text += " " + self.tr("(and {n} more in About)").format(n=len(notes) - 4)
        self.notes.setText(text)
        self.notes.setToolTip("\n".join(notes))
        self.notes.show()

    # -- saving ------------------------------------------------------------------------------
    def save_dialog(self) -> None:
        if self.report is None:
            return
        folder = self._start_folder() or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save agreement workbook"),
            str(Path(folder) / "agreement.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> list[Path]:
        """Write the workbook shown (the same tables); tell where it went or why it did not."""
        if self.report is None:
            return []
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            files = write_agreement(
                self.report, AgreementOutputs(workbook=path), tables=self.tables
            )
        except AgreementWriteError as exc:
            self.status.setText(str(exc))
            return []
        self.status.setText(self.tr("Saved {path}.").format(path=path))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Agreement saved"),
            self.tr("Saved the agreement workbook to {path}.").format(path=path),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_button = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: open_folder(path.parent))
        self.message = box
        box.open()
        return files


def show_agreement_window(parent: QWidget | None, project_path: Path | None) -> AgreementWindow:
    """Open the window (not modal: coding can go on) on the open project's folder."""
    start = project_path.parent if project_path is not None else None
    window = AgreementWindow(parent, start)
    window.resize(1100, 680)
    if parent is not None:  # most of the main window: the Summary is wide
        window.resize(
            min(1800, max(800, parent.width() - 60)), min(1000, max(520, parent.height() - 60))
        )
    window.show()
    return window
