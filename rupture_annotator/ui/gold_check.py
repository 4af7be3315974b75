"""Study → Check Against Gold…: the open file's coder (a trainee) against the gold standard for
this recording, each headline statistic with the lab's threshold beside it, pass or fail; then
the disagreements replayed in the compare window, where comments go to the trainee's file.

The gold standard is the coder a file marks (Study → Mark as Gold Standard) for the recording;
thresholds are the gold file's (`study.thresholds`), else ICC(2,1) ≥ .75 on segment ratings and
κ ≥ .60 on the presence of each rupture kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.storage.agreement import AgreementOptions, agreement
from rupture_annotator.storage.agreement.gold import GoldCheck, check_against_gold
from rupture_annotator.storage.compare_files import Meeting
from rupture_annotator.storage.export.study import StudyError
from rupture_annotator.ui.blind import SetStudy
from rupture_annotator.ui.compare.opening import media_for, meeting_for, second_player
from rupture_annotator.ui.compare.window import CompareWindow
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.plurals import english

if TYPE_CHECKING:
    from rupture_annotator.ui.settings import Settings

PASS_COLOR = QColor(40, 140, 60)
FAIL_COLOR = QColor(200, 40, 40)


def mark_gold(document: Document) -> str:
    """Study → Mark as Gold Standard: the open file's coder is the gold standard."""
    if not document.coder:
        return QCoreApplication.translate(
            "GoldCheckDialog", "Give your coder name first (Edit → Set Coder…)."
        )
    study = document.project.study
    new = study.with_changes(gold_coder=document.coder)
    text = QCoreApplication.translate("GoldCheckDialog", "Mark as gold standard")
    if document.apply(SetStudy(document.project, new, text)):
        return QCoreApplication.translate(
            "GoldCheckDialog",
            "{coder}'s coding in this file is the gold standard; save it, and trainees are "
            "checked against it (Study → Check Against Gold).",
        ).format(coder=document.coder)
    return ""


def gold_and_trainee(
    parent: QWidget, meeting: Meeting, document: Document
) -> tuple[str, str] | None:
    marked = [c.coder for c in meeting.codings if c.project.study.gold_coder == c.coder]
    gold = marked[0] if marked else None
    if gold is None:
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("GoldCheckDialog", "Check against gold"),
            QCoreApplication.translate(
                "GoldCheckDialog",
                "No file marks a gold standard for this recording. Whose coding is it?",
            ),
            meeting.coders,
            0,
            False,
        )
        if not ok:
            return None
        gold = name
    own = [
        c.coder
        for c in meeting.codings
        if document.path is not None
        and c.path.resolve() == document.path.resolve()
        and c.coder != gold
    ]
    trainee = document.coder if document.coder in own else (own[0] if own else None)
    if trainee is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("GoldCheckDialog", "Check against gold"),
            QCoreApplication.translate(
                "GoldCheckDialog",
                "Open the trainee's file to check it: this file holds only {gold}'s coding.",
            ).format(gold=gold),
        )
        return None
    return gold, trainee


class GoldCheckDialog(QDialog):
    def __init__(
        self,
        check: GoldCheck,
        trainee: str,
        meeting: Meeting,
        document: Document,
        player: Player,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goldCheck")
        self.setWindowTitle(self.tr("Check against gold: {trainee}").format(trainee=trainee))
        self.check, self.trainee, self.meeting = check, trainee, meeting
        self.document, self.player, self.settings = document, player, settings
        self.compare_window: CompareWindow | None = None
        passed = check.passed(trainee)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        color = PASS_COLOR if passed else FAIL_COLOR
        result = self.tr("PASS") if passed else self.tr("FAIL")
        self.verdict.setText(
            f"<span style='font-size:16pt; color:{color.name()}'><b>{result}</b></span> — "
            + self.tr("{trainee} against the gold standard ({gold})").format(
                trainee=trainee, gold=check.gold
            )
        )
        limits = ", ".join(f"{k} ≥ {v:g}" for k, v in check.thresholds.items())
        rules = QLabel(
            self.tr(
                "Thresholds: {limits}. ICCs judge the segment ratings; κ the presence of each "
                "rupture kind per segment. An undefined value is not judged."
            ).format(limits=limits)
        )
        rules.setWordWrap(True)
        rows = [r for r in check.rows if r.trainee == trainee]
        self.table = QTableWidget(len(rows), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Variable"),
                self.tr("Statistic"),
                self.tr("Value"),
                self.tr("Threshold"),
                self.tr("Result"),
                self.tr("Units / note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        verdicts = {True: self.tr("pass"), False: self.tr("FAIL"), None: self.tr("not judged")}
        for i, r in enumerate(rows):
            cells = [
                r.variable,
                r.statistic,
                "—" if r.value is None else f"{r.value:.3f}",
                f"≥ {r.threshold:g}",
                verdicts[r.passed],
                r.note or english(self.tr("%n unit(s)", "", r.n_units), r.n_units),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and r.passed is not None:
                    item.setForeground(PASS_COLOR if r.passed else FAIL_COLOR)
                self.table.setItem(i, col, item)
        n = len(meeting.comparison().disagreements)
        self.replay = QPushButton(english(self.tr("Replay the %n Disagreement(s)", "", n), n))
        self.replay.setObjectName("replay")
        self.replay.setDefault(True)
        self.replay.clicked.connect(self.open_replay)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.replay, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(rules)
        layout.addWidget(self.table, 1)
        how = QLabel(
            self.tr(
                "Replay opens the disagreements: PgDown plays the next, Ctrl+M comments on "
                "the trainee's span (saved in {trainee}'s file, never the gold file)."
            ).format(trainee=trainee)
        )
        how.setWordWrap(True)  # German runs longer than the dialog is wide
        layout.addWidget(how)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def passed(self) -> bool:
        return self.check.passed(self.trainee)

    def open_replay(self) -> CompareWindow:
        s = self.settings
        window = CompareWindow(
            self.meeting,
            second_player(self.player),
            media_path=media_for(self.meeting, self.document),
            lead_in_ms=int(s.get("review/lead_in_ms")) if s is not None else None,
            tail_ms=int(s.get("review/tail_ms")) if s is not None else None,
            comment_document=self.document,
            trainee=self.trainee,
            author=self.document.coder,
            parent=self.parentWidget(),
        )
        window.show()
        window.activateWindow()
        self.compare_window = window
        self.accept()
        return window


def open_gold_check(
    parent: QWidget, document: Document, player: Player, settings: Settings | None = None
) -> GoldCheckDialog | None:
    """Study → Check Against Gold…"""
    if document.is_modified():
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("GoldCheckDialog", "Check against gold"),
            QCoreApplication.translate(
                "GoldCheckDialog", "The check reads the saved files. Save this project now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not document.save():
            return None
    meeting = meeting_for(parent, document)
    if meeting is None:
        return None
    who = gold_and_trainee(parent, meeting, document)
    if who is None:
        return None
    gold, trainee = who
    order = {gold: 0, trainee: 1}
    meeting.codings = sorted(
        (c for c in meeting.codings if c.coder in order), key=lambda c: order[c.coder]
    )
    try:
        report = agreement(meeting.study(), AgreementOptions(coders=(gold, trainee), gold=gold))
    except StudyError as exc:
        title = QCoreApplication.translate("GoldCheckDialog", "Check against gold")
        QMessageBox.information(parent, title, "\n".join(exc.problems))
        return None
    if player.state() == PlaybackState.PLAYING:
        player.pause()
    dialog = GoldCheckDialog(
        check_against_gold(report), trainee, meeting, document, player, settings, parent
    )
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    return dialog
