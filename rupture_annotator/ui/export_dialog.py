"""File → Export…: where to, which files, whose coding; then a progress dialog and the result.

The export runs on a snapshot of the project off the GUI thread (background.py), so coding can
go on meanwhile; whatever is added after Export is pressed is not in the files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.project import Project
from rupture_annotator.storage.export import (
    ExportError,
    ExportOptions,
    ExportResult,
    export_study,
    study_of,
)
from rupture_annotator.storage.project_file import PROJECT_SUFFIX
from rupture_annotator.ui.background import Progress, Task, run_in_background
from rupture_annotator.ui.plurals import english
from rupture_annotator.ui.settings import Settings

ALL_CODERS = str(QT_TRANSLATE_NOOP("ExportDialog", "All coders"))
LAST_DIR = "export/last_dir"


def default_folder(project_path: Path | None, settings: Settings | None = None) -> Path:
    """Where an export goes unless the coder picks another folder: the folder the last export
    went to while it still exists, else the project's folder, else the user's documents."""
    last = settings.get(LAST_DIR) if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    if project_path is not None and project_path.parent.is_dir():
        return project_path.parent
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def default_workbook(folder: Path, project_path: Path | None) -> Path:
    """<project>.xlsx in folder, numbered rather than replacing an earlier export."""
    name = project_path.name.removesuffix(PROJECT_SUFFIX) if project_path else "project"
    name = Path(name).stem or "project"
    candidate, n = folder / f"{name}.xlsx", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{name}-{n}.xlsx"
    return candidate


def csv_folder(workbook: Path) -> Path:
    return workbook.with_name(workbook.stem + "_csv")


class ExportDialog(QDialog):
    """Choose and start an export; emits exported(ExportResult) or export_failed(str).

    With settings, the folder of a finished export is remembered for the next one."""

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(
        self,
        project: Project,
        project_path: Path | None,
        parent: QWidget | None = None,
        folder: Path | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.project = project
        self.project_path = project_path
        self.settings = settings
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None

        target = default_workbook(folder or default_folder(project_path, settings), project_path)
        self.destination = QLineEdit(str(target))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)

        self.workbook_box = QCheckBox(self.tr("Excel workbook (.xlsx), one sheet per table"))
        self.workbook_box.setChecked(True)
        self.csv_box = QCheckBox(self.tr("CSV files, one per table (UTF-8)"))
        self.bom_box = QCheckBox(
            self.tr("Start CSV files with a byte-order mark (Excel shows accents)")
        )
        self.bom_box.setEnabled(False)
        self.csv_box.toggled.connect(self.bom_box.setEnabled)
        self.plots_box = QCheckBox(self.tr("A timeline picture of each session"))
        self.plots_box.setChecked(True)
        self.coder_box = QComboBox()
        self.coder_box.addItems([self.tr(ALL_CODERS), *project.coders])

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for box in (self.workbook_box, self.csv_box, self.plots_box):
            box.toggled.connect(self._update)
        self.destination.textChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Save as"), where)
        form.addRow(self.tr("Files"), self.workbook_box)
        form.addRow("", self.csv_box)
        form.addRow("", self.bom_box)
        form.addRow("", self.plots_box)
        form.addRow(self.tr("Coding of"), self.coder_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update()

    # -- choosing ----------------------------------------------------------------------------
    def options(self) -> ExportOptions | None:
        """What the fields ask for; None when they ask for nothing that can be written."""
        text = self.destination.text().strip()
        if not text or not (self.workbook_box.isChecked() or self.csv_box.isChecked()):
            return None
        workbook = Path(text).expanduser()
        if workbook.suffix.lower() != ".xlsx":
            workbook = workbook.with_name(workbook.name + ".xlsx")
        return ExportOptions(
            workbook=workbook if self.workbook_box.isChecked() else None,
            csv_dir=csv_folder(workbook) if self.csv_box.isChecked() else None,
            bom=self.bom_box.isChecked(),
            plots=self.plots_box.isChecked(),
        )

    def coder(self) -> str | None:
        text = self.coder_box.currentText()
        return None if text in (ALL_CODERS, self.tr(ALL_CODERS)) else text

    def _update(self) -> None:
        options = self.options()
        self.export_button.setEnabled(options is not None)
        if options is None:
            self.summary.setText(self.tr("Choose a file name and at least one kind of file."))
            return
        made = []
        if options.workbook:
            made.append(options.workbook.name)
            if options.plots:
                made.append(
                    self.tr("{folder}/ (pictures)").format(folder=options.workbook.stem + "_plots")
                )
        if options.csv_dir:
            if options.plots and not options.workbook:
                made.append(
                    self.tr("{folder}/ (CSV and pictures)").format(folder=options.csv_dir.name)
                )
            else:
                made.append(self.tr("{folder}/ (CSV)").format(folder=options.csv_dir.name))
        listed = made[0] if len(made) == 1 else ", ".join(made[:-1]) + self.tr(" and ") + made[-1]
        folder = (options.workbook or options.csv_dir or Path(".")).parent
        self.summary.setText(
            self.tr("Writes {files} in {folder}.").format(files=listed, folder=folder)
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.destination.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.destination.setText(name)

    # -- exporting ---------------------------------------------------------------------------
    def start(self) -> None:
        """Export on a snapshot of the project, with a progress dialog."""
        options = self.options()
        if options is None or self.task is not None:
            return
        study = study_of(self.project, self.project_path, self.coder())
        self.hide()
        progress = QProgressDialog(
            self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self.parentWidget()
        )
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress_dialog = progress

        def work(report: Progress) -> ExportResult:
            return export_study(study, options, report)

        self.task = task = run_in_background(work)
        task.progress.connect(self._progress)
        task.finished.connect(lambda result: self._finished(result, options))
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        progress.canceled.connect(task.cancel)

    def _progress(self, done: int, total: int, what: str) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setLabelText(what + "…")
            dialog.setMaximum(total)
            dialog.setValue(done)  # last: a window-modal dialog handles events in here

    def _end(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.task = None

    def _finished(self, result: ExportResult, options: ExportOptions) -> None:
        self._end()
        folder = (options.workbook or options.csv_dir or Path(".")).parent
        if self.settings is not None:
            self.settings.set(LAST_DIR, str(folder.resolve()))
        ruptures = result.rows.get("Ruptures", 0)
        strategies = result.rows.get("Resolutions", 0)
        files = len(result.files)
        text = self.tr("Exported {ruptures} and {strategies} to {files} in {folder}.").format(
            ruptures=english(self.tr("%n rupture(s)", "", ruptures), ruptures),
            strategies=english(self.tr("%n resolution strategy(ies)", "", strategies), strategies),
            files=english(self.tr("%n file(s)", "", files), files),
            folder=folder,
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export finished"),
            text,
            QMessageBox.StandardButton.Close,
            self.parentWidget(),
        )
        open_button = box.addButton(self.tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: open_folder(folder))
        box.finished.connect(self._close)
        self.message = box
        box.open()
        self.exported.emit(result)

    def _failed(self, error: object) -> None:
        self._end()
        sentence = plain_sentence(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            sentence,
            QMessageBox.StandardButton.Close,
            self.parentWidget(),
        )
        box.finished.connect(self._close)
        self.message = box
        box.open()
        self.export_failed.emit(sentence)

    def _cancelled(self) -> None:
        self._end()
        self._close()

    def _close(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def plain_sentence(error: object) -> str:
    """What went wrong, in one sentence for the user."""
    failed = QCoreApplication.translate("ExportDialog", "The export failed")
    if isinstance(error, ExportError):
        text = str(error)
    elif isinstance(error, OSError):
        text = QCoreApplication.translate(
            "ExportDialog", "The export could not be written: {reason}"
        ).format(reason=error.strerror or error)
    else:
        text = f"{failed}: {error}"
    text = text.strip().splitlines()[0] if text.strip() else failed
    return text if text.endswith((".", "!", "?")) else text + "."


def open_folder(folder: Path) -> bool:
    """Show the folder in the file manager (a local file URL: nothing leaves the machine)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_export_dialog(
    parent: QWidget | None,
    project: Project,
    project_path: Path | None,
    settings: Settings | None = None,
) -> ExportDialog:
    """File → Export…: open the dialog (window-modal) and return it.

    settings default to the parent window's own (its `settings` attribute), so the folder of
    the last export is remembered between exports and between runs."""
    if settings is None and isinstance(getattr(parent, "settings", None), Settings):
        settings = parent.settings  # type: ignore[union-attr]
    dialog = ExportDialog(project, project_path, parent, settings=settings)
    dialog.open()
    return dialog


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 rupture", "2 ruptures", "1 resolution strategy", "0 resolution strategies"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
