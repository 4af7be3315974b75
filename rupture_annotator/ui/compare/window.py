"""The compare window: coders' files for one recording side by side (read-only), the list of
their disagreements driving playback as review mode does, the recording's agreement figures,
and the consensus built from them.

Keys (shown in the window's menu):
- PgDown / PgUp: play the next / previous disagreement from its lead-in to its tail; Home
  replays it; Space plays or pauses; after a disagreement the video pauses, loops or goes on.
- A / B: the consensus takes the first / second coder's span (or segment rating) of the
  disagreement; E: a new consensus span agreed from both, to edit; 1…9, 0: toggle that marker
  or strategy on it; Delete: take the consensus span of this disagreement out.
- Ctrl+Z / Ctrl+Shift+Z undo and redo every consensus step; Ctrl+S saves the consensus file.
- Ctrl+M (checking a trainee against gold): a comment on the trainee's span, in the trainee's file.

The coders' files are never written. The consensus is a coder of its own in a file of its own
next to theirs (storage/compare_files.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.annotations import (
    Annotation,
    Comment,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
)
from rupture_annotator.domain.compare import Comparison, Disagreement, describe
from rupture_annotator.domain.consensus import accepted, agreed_from, made_from, rating_from
from rupture_annotator.domain.project import Change, EditError, Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.review import Moment
from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.storage.agreement import AgreementOptions, agreement
from rupture_annotator.storage.agreement.gold import DEFAULT_THRESHOLDS, judged_by
from rupture_annotator.storage.compare_files import Meeting
from rupture_annotator.storage.export.study import StudyError
from rupture_annotator.ui.commands import (
    AddAnnotation,
    ChangeAnnotation,
    RemoveAnnotation,
    SetRating,
)
from rupture_annotator.ui.compare.timeline import CompareTimeline
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.language import shown
from rupture_annotator.ui.review.controller import AFTER_CHOICES, ReviewController
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.transport import TransportBar

CODE_KEYS = "1234567890"


def merged_project(meeting: Meeting) -> Project:
    """One read-only project holding every coder's coding of the recording and the consensus,
    for the timeline (one row per coder within each kind)."""
    consensus = meeting.recording_of(meeting.consensus_coder)
    first = meeting.codings[0].recording
    ruptures: list[Rupture] = []
    resolutions: list[ResolutionStrategy] = []
    ratings: list[SegmentRating] = []
    seen: set[str] = set()
    codings = [(c.coder, c.recording) for c in meeting.codings]
    for coder, rec in [*codings, (meeting.consensus_coder, consensus)]:
        for r in rec.ruptures:
            if r.coder == coder and r.id not in seen:
                ruptures.append(r)
                seen.add(r.id)
        for s in rec.resolutions:
            if s.coder == coder and s.id not in seen:
                resolutions.append(s)
                seen.add(s.id)
        ratings += [r for r in rec.segment_ratings if r.coder == coder]
    rec = Recording(
        id="compare",
        media=first.media,
        session=first.session,
        segment_origin_ms=first.segment_origin_ms,
        ruptures=ruptures,
        resolutions=resolutions,
        segment_ratings=ratings,
    )
    return Project(
        codebook=meeting.codebook,
        coders=[*meeting.coders, meeting.consensus_coder],
        media=[rec],
    )


class CompareWindow(QMainWindow):
    """Study → Compare Coders… (and the trainee's check against gold)."""

    consensus_saved = Signal(object)  # the consensus file's path

    def __init__(
        self,
        meeting: Meeting,
        player: Player,
        *,
        media_path: object = None,
        lead_in_ms: int | None = None,
        tail_ms: int | None = None,
        comment_document: Document | None = None,
        trainee: str | None = None,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.meeting = meeting
        self.player = player
        self.comparison: Comparison = meeting.comparison()
        self.comment_document = comment_document  # gold check: the trainee's open file
        self.trainee = trainee
        self.author = author
        gold = trainee is not None
        names = self.tr(" and ").join(meeting.coders)
        if gold:
            title = self.tr("Check against gold: {names} — Rupture Annotator")
        else:
            title = self.tr("Compare coders: {names} — Rupture Annotator")
        self.setWindowTitle(title.format(names=names))
        self.setObjectName("compareWindow")
        self.resize(1400, 900)

        # the consensus: a document of its own (undo, save, recovery); coders' files stay shut
        self.consensus = Document(
            meeting.consensus, meeting.consensus_path, meeting.consensus_coder, self
        )
        self.consensus.recording_id = meeting.consensus_recording_id
        if not meeting.consensus_path.exists():
            self.consensus.path = None  # Save writes it (to consensus_path) the first time
        self.consensus.error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.consensus.state_changed.connect(self._title_state)
        self.display = merged_project(meeting)
        meeting.consensus.subscribe(self._mirror)

        self.controller = ReviewController(player, self)
        if lead_in_ms is not None:
            self.controller.lead_in_ms = lead_in_ms
        if tail_ms is not None:
            self.controller.tail_ms = tail_ms
        self.controller.current_changed.connect(self._current_changed)
        self.controller.moment_started.connect(self._started)
        self.controller.moment_stopped.connect(self._stopped)

        self.timeline = CompareTimeline(self.display)
        self.timeline.set_recording("compare")
        self.timeline.set_comparison(self.comparison, [*meeting.coders, meeting.consensus_coder])
        self.timeline.seek_requested.connect(player.seek)
        player.position_changed.connect(self.timeline.set_playhead)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("disagreements")
        a, b = self._pair_names()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("What differs"), a, b, self.tr("Consensus"), self.tr("Lane")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3, 4):  # the coders' values and the consensus share what room there is
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.controller.play(row))

        self.after = QComboBox()
        for choice in AFTER_CHOICES:
            after_text = {
                "pause": self.tr("Pause"),
                "loop": self.tr("Loop"),
                "next": self.tr("Go on"),
            }
            self.after.addItem(after_text[choice], choice)
        self.after.currentIndexChanged.connect(
            lambda _i: setattr(self.controller, "after", self.after.currentData())
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.figures = QTableWidget(0, 4)
        self.figures.setObjectName("figures")
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Variable"), self.tr("Statistic"), self.tr("Value"), self.tr("Units")]
        )
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.figures.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setObjectName("sources")
        self.rating_form = QFormLayout()
        self.rating_boxes: dict[str, QSpinBox] = {}
        for scale in shown(meeting.codebook).scales_for("segment"):  # labels in the user's language
            box = QSpinBox()
            box.setRange(scale.minimum - 1, scale.maximum)
            box.setSpecialValueText(self.tr("not rated"))
            box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            box.valueChanged.connect(partial(self._rating_edited, scale.id))
            self.rating_boxes[scale.id] = box
            self.rating_form.addRow(scale.label or scale.id, box)
        self.rating_title = QLabel(self.tr("Consensus segment ratings"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        agreement_title = self.tr("<b>Agreement on this recording</b> ({names})")
        side_layout.addWidget(QLabel(agreement_title.format(names=names)))
        side_layout.addWidget(self.figures, 2)
        side_layout.addWidget(QLabel(self.tr("<b>Consensus</b>")))
        side_layout.addWidget(self.sources)
        side_layout.addWidget(self.rating_title)
        side_layout.addLayout(self.rating_form)
        side_layout.addStretch(1)

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.summary)
        after = QHBoxLayout()
        after.addWidget(QLabel(self.tr("After a disagreement")))
        after.addWidget(self.after)
        after.addStretch(1)
        list_layout.addLayout(after)
        list_layout.addWidget(self.table, 1)

        video = QWidget()
        video_layout = QVBoxLayout(video)
        video_layout.setContentsMargins(0, 0, 0, 0)
        video_layout.addWidget(player.video_widget(), 1)
        self.transport = TransportBar(player)
        video_layout.addWidget(self.transport)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(listing)
        upper.addWidget(video)
        upper.addWidget(side)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 3)
        upper.setStretchFactor(2, 2)
        upper.setSizes([560, 520, 360])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(upper)
        main.addWidget(self.timeline)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        self.setCentralWidget(main)

        self.actions_by_id = self._actions()
        self._fill_list()
        self._fill_figures()
        self._show_consensus()
        self._title_state()
        if media_path is not None:
            player.open(media_path)  # type: ignore[arg-type]
        self.table.setFocus()

    # -- keys ---------------------------------------------------------------------------------
    def _actions(self) -> dict[str, QAction]:
        menu = self.menuBar().addMenu(self.tr("&Compare"))
        gold = self.trainee is not None
        a, b = self._pair_names()
        specs: list[tuple[str, str, tuple[str, ...], Callable[[], object]]] = [
            ("next", self.tr("&Next Disagreement"), ("PgDown",), self.next),
            ("previous", self.tr("&Previous Disagreement"), ("PgUp",), self.previous),
            ("replay", self.tr("&Replay Disagreement"), ("Home",), self.replay),
            ("play", self.tr("Play / Pause"), ("Space",), self.player.toggle),
            ("slower", self.tr("Slower"), ("Shift+Down",), self.controller.slower),
            ("faster", self.tr("Faster"), ("Shift+Up",), self.controller.faster),
        ]
        if not gold:
            takes = self.tr("Consensus Takes {coder}'s")
            specs += [
                ("accept_a", takes.format(coder=a), ("A",), lambda: self.accept(0)),
                ("accept_b", takes.format(coder=b), ("B",), lambda: self.accept(1)),
                ("agree", self.tr("New Consensus Span from Both"), ("E",), self.agree_new),
                ("remove", self.tr("Remove Consensus Span"), ("Delete",), self.remove_consensus),
                ("undo", self.tr("&Undo"), ("Ctrl+Z",), self.consensus.undo_stack.undo),
                (
                    "redo",
                    self.tr("&Redo"),
                    ("Ctrl+Shift+Z", "Ctrl+Y"),
                    self.consensus.undo_stack.redo,
                ),
                ("save", self.tr("&Save Consensus"), ("Ctrl+S",), self.save_consensus),
            ]
        else:
            comment = self.tr("Co&mment for the Trainee…")
            specs.append(("comment", comment, ("Ctrl+M",), self.comment))
        specs.append(("close", self.tr("&Close"), ("Ctrl+W",), self.close))
        out: dict[str, QAction] = {}
        for key, text, keys, handler in specs:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, h=handler: h())
            self.addAction(action)
            menu.addAction(action)
            out[key] = action
        if not gold:
            for key in CODE_KEYS:
                action = QAction(self.tr("Toggle code {key}").format(key=key), self)
                action.setShortcut(QKeySequence(key))
                action.triggered.connect(partial(self.toggle_code, key))
                self.addAction(action)
        return out

    # -- reading -------------------------------------------------------------------------------
    def disagreements(self) -> list[Disagreement]:
        return list(self.comparison.disagreements)

    def current(self) -> Disagreement | None:
        i = self.controller.index()
        if i < 0:
            i = self.table.currentRow()
        items = self.comparison.disagreements
        return items[i] if 0 <= i < len(items) else None

    def consensus_recording(self) -> Recording:
        return self.meeting.recording_of(self.meeting.consensus_coder)

    def _pair_names(self) -> tuple[str, str]:
        coders = self.meeting.coders
        return coders[0], coders[1] if len(coders) > 1 else ""

    # -- playing ------------------------------------------------------------------------------
    def next(self) -> None:
        if not self._play(self.controller.index() + 1):
            self.statusBar().showMessage(self.tr("No further disagreement."), 4000)

    def previous(self) -> None:
        i = self.controller.index()
        self._play(max(0, i - 1) if i >= 0 else 0)

    def replay(self) -> None:
        self._play(max(0, self.controller.index()))

    def _play(self, index: int) -> bool:
        if not 0 <= index < len(self.comparison.disagreements):
            return False
        if self.player.state() == PlaybackState.NO_MEDIA:
            self.controller.set_moments(self._moments())  # keeps the list's place
            self._select_row(index)
            self._current_changed(index)
            return True
        return self.controller.play(index)

    def _moments(self) -> list[Moment]:
        return [
            Moment(
                annotation_id=d.id,
                kind=d.lane,
                start_ms=d.start_ms,
                end_ms=d.end_ms,
                coder=self.tr(" vs ").join(d.coders),
                note=f"{d.text}: {d.coders[0]} {d.values[0]}; {d.coders[1]} {d.values[1]}",
            )
            for d in self.comparison.disagreements
        ]

    def _select_row(self, index: int) -> None:
        self.table.selectRow(index)
        item = self.table.item(index, 0)
        if item is not None:
            self.table.scrollToItem(item)

    def _current_changed(self, index: int) -> None:
        if index >= 0:
            self._select_row(index)
        d = self.current()
        self.timeline.set_current(d)
        self._show_consensus()

    def _stopped(self) -> None:
        self.timeline.set_highlight(None, None)

    def _started(self, moment: Moment) -> None:
        window = self.controller.window()
        if window is not None:
            self.timeline.set_highlight(*window)
        self.statusBar().showMessage(moment.note, 10000)

    # -- consensus ----------------------------------------------------------------------------
    def _span(self, span_id: str | None) -> Annotation | None:
        if span_id is None:
            return None
        for c in self.meeting.codings:
            found = c.recording.find(span_id)
            if found is not None and found.coder == c.coder:
                return found
        return None

    def accept(self, side: int) -> bool:
        """The consensus takes one coder's span (or segment rating) of this disagreement."""
        d = self.current()
        if d is None:
            self.statusBar().showMessage(self.tr("Pick a disagreement first (PgDown)."), 4000)
            return False
        coder = d.coders[side]
        doc, rec = self.consensus, self.consensus_recording()
        project = self.meeting.consensus
        stack = doc.undo_stack
        if d.segment_index is not None:
            theirs = next(
                (
                    r
                    for r in self.meeting.recording_of(coder).segment_ratings
                    if r.coder == coder and r.segment_index == d.segment_index
                ),
                None,
            )
            new = rating_from(theirs, doc.coder, d.segment_index, rec, d.scale_id)
            old = next((r for r in rec.segment_ratings if r.segment_index == d.segment_index), None)
            done = doc.apply(SetRating(project, rec.id, old, new))
            if done:
                said = self.tr("Consensus rating of segment {n} taken from {coder}.")
                self.statusBar().showMessage(said.format(n=d.segment_index + 1, coder=coder), 5000)
            return done
        span = self._span(d.span_ids[side])
        stack.beginMacro(self.tr("Consensus takes {coder}'s span").format(coder=coder))
        try:
            for old_span in made_from(rec, d.span_ids):
                doc.apply(RemoveAnnotation(project, rec.id, old_span))
            done = True
            if span is not None:
                done = doc.apply(AddAnnotation(project, rec.id, accepted(span, doc.coder, rec)))
        finally:
            stack.endMacro()
        if span is not None:
            said = self.tr("Consensus takes {coder}'s span here.")
        else:
            said = self.tr("Consensus takes nothing here: {coder} has no span.")
        self.statusBar().showMessage(said.format(coder=coder), 5000)
        self._refresh_consensus()
        return done

    def agree_new(self) -> bool:
        """A new consensus span agreed from both coders' spans of this disagreement."""
        d = self.current()
        spans = [s for s in (self._span(i) for i in d.span_ids) if s is not None] if d else []
        if d is None or not spans:
            self.statusBar().showMessage(
                self.tr("This disagreement has no spans to agree from."), 4000
            )
            return False
        doc, rec, project = self.consensus, self.consensus_recording(), self.meeting.consensus
        doc.undo_stack.beginMacro(self.tr("New consensus span"))
        try:
            for old_span in made_from(rec, d.span_ids):
                doc.apply(RemoveAnnotation(project, rec.id, old_span))
            done = doc.apply(AddAnnotation(project, rec.id, agreed_from(spans, doc.coder, rec)))
        finally:
            doc.undo_stack.endMacro()
        self.statusBar().showMessage(
            self.tr("A new consensus span from both: toggle its codes with 1…9, 0."), 6000
        )
        self._refresh_consensus()
        return done

    def remove_consensus(self) -> None:
        d = self.current()
        rec = self.consensus_recording()
        found = made_from(rec, d.span_ids) if d is not None else []
        if not found:
            self.statusBar().showMessage(self.tr("No consensus span here to remove."), 4000)
            return
        doc = self.consensus
        doc.undo_stack.beginMacro(self.tr("Remove consensus span"))
        try:
            for span in found:
                doc.apply(RemoveAnnotation(self.meeting.consensus, rec.id, span))
        finally:
            doc.undo_stack.endMacro()
        self._refresh_consensus()

    def toggle_code(self, key: str) -> None:
        """Toggle the marker (or strategy) with this codebook key on this disagreement's
        consensus span."""
        d = self.current()
        rec = self.consensus_recording()
        found = made_from(rec, d.span_ids) if d is not None else []
        if not found:
            self.statusBar().showMessage(
                self.tr("Take a span into the consensus first (A, B or E)."), 4000
            )
            return
        span = found[0]
        cb = self.meeting.codebook
        if isinstance(span, Rupture):
            codes = [m.id for m in cb.markers_of(span.kind) if m.key == key]
            field, current = "marker_ids", span.marker_ids
        else:
            codes = [s.id for s in cb.strategies if s.key == key]
            field, current = "strategy_ids", span.strategy_ids
        if not codes:
            return
        code = codes[0]
        new_codes = tuple(c for c in current if c != code) if code in current else (*current, code)
        try:
            new = self.meeting.consensus.edit(rec.id, span.id, **{field: new_codes})
        except EditError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return
        self.consensus.apply(
            ChangeAnnotation(
                self.meeting.consensus, rec.id, span, new, self.tr("Toggle consensus code")
            )
        )
        self._refresh_consensus()

    def _rating_edited(self, scale_id: str, value: int) -> None:
        if self._filling:
            return
        d = self.current()
        if d is None or d.segment_index is None:
            return
        rec, doc = self.consensus_recording(), self.consensus
        old = next((r for r in rec.segment_ratings if r.segment_index == d.segment_index), None)
        values = dict(old.values) if old is not None else {}
        scale = self.meeting.codebook.scale(scale_id)
        if scale is not None and value < scale.minimum:
            values.pop(scale_id, None)
        else:
            values[scale_id] = value
        new = (old or rating_from(None, doc.coder, d.segment_index, rec)).model_copy(
            update={"values": values}
        )
        doc.apply(SetRating(self.meeting.consensus, rec.id, old, new))
        self._refresh_consensus()

    _filling = False

    def save_consensus(self) -> bool:
        path = self.consensus.path or self.meeting.consensus_path
        saved = self.consensus.save(path)
        if saved:
            said = self.tr("Saved the consensus as {name}.").format(name=path.name)
            self.statusBar().showMessage(said, 6000)
            self.consensus_saved.emit(path)
        return saved

    def comment(self) -> None:
        """Gold check: a comment on the trainee's span of this disagreement, in their file."""
        d, doc = self.current(), self.comment_document
        if d is None or doc is None or self.trainee is None:
            return
        side = d.coders.index(self.trainee) if self.trainee in d.coders else -1
        span_id = d.span_ids[side] if side >= 0 else None
        rec = doc.recording
        old = rec.find(span_id) if rec is not None and span_id is not None else None
        if rec is None or old is None:
            self.statusBar().showMessage(
                self.tr(
                    "Only the gold standard marked this: {trainee} has no span here to comment on."
                ).format(trainee=self.trainee),
                6000,
            )
            return
        if self.player.state() == PlaybackState.PLAYING:
            self.player.pause()
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment for the trainee"),
            self.tr("On {trainee}'s span ({what}):").format(trainee=self.trainee, what=d.text),
        )
        if ok and text.strip():
            self.add_comment(text.strip())

    def add_comment(self, text: str) -> bool:
        d, doc = self.current(), self.comment_document
        if d is None or doc is None or self.trainee is None or doc.recording is None:
            return False
        side = d.coders.index(self.trainee) if self.trainee in d.coders else -1
        span_id = d.span_ids[side] if side >= 0 else None
        rec = doc.recording
        old = rec.find(span_id) if span_id is not None else None
        if old is None:
            return False
        comment = Comment(author=self.author or doc.coder or "supervisor", text=text)
        new = doc.project.edit(rec.id, old.id, comments=(*old.comments, comment))
        done = doc.apply(ChangeAnnotation(doc.project, rec.id, old, new, self.tr("Add comment")))
        if done:
            said = self.tr("Comment added to {trainee}'s file.").format(trainee=self.trainee)
            self.statusBar().showMessage(said, 5000)
        return done

    # -- showing ------------------------------------------------------------------------------
    def _mirror(self, change: Change) -> None:
        """The consensus changed: show it in the merged project's consensus row."""
        rec = self.display.media[0]
        if change.recording_id != self.meeting.consensus_recording_id:
            return
        try:
            if change.kind == "annotation_added" and isinstance(change.new, Annotation):
                self.display.add_annotation(rec.id, change.new)
            elif change.kind == "annotation_changed" and isinstance(change.new, Annotation):
                self.display.update_annotation(rec.id, change.new)
            elif change.kind == "annotation_removed" and isinstance(change.old, Annotation):
                self.display.remove_annotation(rec.id, change.old.id)
        except EditError:
            pass

    def _refresh_consensus(self) -> None:
        self._fill_consensus_column()
        self._show_consensus()

    def _fill_list(self) -> None:
        items = self.comparison.disagreements
        self.table.setRowCount(len(items))
        for row, d in enumerate(items):
            cells = [
                format_ms(d.start_ms, millis=False),
                d.text,
                d.values[0],
                d.values[1],
                "",
                self._lane(d),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self._fill_consensus_column()
        self.controller.set_moments(self._moments())
        kinds: dict[str, int] = {}
        for d in items:
            kinds[d.text] = kinds.get(d.text, 0) + 1
        parts = ", ".join(f"{n} {what}" for what, n in kinds.items())
        self.summary.setText(
            self.tr(
                "<b>%n disagreement(s)</b>: {kinds}. PgDown plays the next.", "", len(items)
            ).format(kinds=parts or self.tr("none"))
        )
        for note in self.meeting.notes:
            self.statusBar().showMessage(note, 8000)

    def _lane(self, d: Disagreement) -> str:
        """Where the disagreement is: a lane, or a segment's ratings."""
        if d.segment_index is not None:
            return self.tr("segment {n}").format(n=d.segment_index + 1)
        names = {
            "withdrawal": self.tr("withdrawal"),
            "confrontation": self.tr("confrontation"),
            "resolution": self.tr("resolution"),
            "rupture": self.tr("rupture"),
        }
        return names.get(d.lane, d.lane)

    def _consensus_text(self, d: Disagreement) -> str:
        rec = self.consensus_recording()
        if d.segment_index is not None:
            rating = next(
                (r for r in rec.segment_ratings if r.segment_index == d.segment_index), None
            )
            if rating is None or not rating.values:
                return ""
            if d.scale_id is not None:
                v = rating.values.get(d.scale_id)
                return "" if v is None else f"{d.scale_id} {v}"
            return ", ".join(f"{k} {v}" for k, v in sorted(rating.values.items()))
        spans = made_from(rec, d.span_ids)
        if not spans:
            return ""
        span = spans[0]
        who = ", ".join(s.coder for s in span.sources)
        return self.tr("{span} (from {coders})").format(
            span=describe(span, self.meeting.codebook), coders=who
        )

    def _fill_consensus_column(self) -> None:
        for row, d in enumerate(self.comparison.disagreements):
            item = self.table.item(row, 4)
            if item is not None:
                text = self._consensus_text(d)
                item.setText(text)
                item.setToolTip(text)

    def _show_consensus(self) -> None:
        d = self.current()
        rec = self.consensus_recording()
        if d is None:
            self.sources.setText(
                self.tr("Pick a disagreement (PgDown) to build the consensus on it.")
            )
        elif d.segment_index is not None:
            self.sources.setText(
                self.tr("Segment {n}: A or B takes that coder's rating; or set it below.").format(
                    n=d.segment_index + 1
                )
            )
        else:
            spans = made_from(rec, d.span_ids)
            if spans:
                lines = []
                for s in spans:
                    origin = "; ".join(
                        self.tr("{coder}'s span {id}").format(coder=src.coder, id=src.span_id)
                        for src in s.sources
                    )
                    lines.append(
                        self.tr("{span} — agreed from {origin}").format(
                            span=describe(s, self.meeting.codebook), origin=origin
                        )
                    )
                self.sources.setText("\n".join(lines))
            else:
                self.sources.setText(
                    self.tr("No consensus span yet: A or B takes a coder's span, E a new one.")
                )
        segment = d.segment_index if d is not None else None
        self.rating_title.setText(
            self.tr("Consensus ratings of segment {n}").format(n=segment + 1)
            if segment is not None
            else self.tr("Consensus segment ratings (pick a segment disagreement)")
        )
        rating = next((r for r in rec.segment_ratings if r.segment_index == segment), None)
        self._filling = True
        try:
            for scale_id, box in self.rating_boxes.items():
                box.setEnabled(segment is not None)
                value = rating.values.get(scale_id) if rating is not None else None
                box.setValue(box.minimum() if value is None else value)
        finally:
            self._filling = False

    def _fill_figures(self) -> None:
        """The recording's headline agreement figures (what the gold check judges)."""
        coders = tuple(self.meeting.coders)
        gold = self.meeting.coders[0] if self.trainee is not None else None
        try:
            report = agreement(self.meeting.study(), AgreementOptions(coders=coders, gold=gold))
        except StudyError as exc:
            self.figures.setRowCount(0)
            self.summary.setToolTip("\n".join(exc.problems))
            return
        ratings = {v.name for v in report.segments.variables if v.kind == "rating"}
        wanted = {*DEFAULT_THRESHOLDS, "percent_agreement", "matched_share"}
        rows = [
            r for r in report.rows if r.statistic in wanted and judged_by(r.statistic, r, ratings)
        ]
        self.figures.setRowCount(len(rows))
        for i, r in enumerate(rows):
            value = "—" if r.value is None else f"{r.value:.2f}"
            cells = [r.variable, r.statistic, value, str(r.n_units)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.note or r.band or r.meaning)
                self.figures.setItem(i, col, item)
        self.report = report

    def _title_state(self) -> None:
        self.setWindowModified(self.consensus.is_modified())

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.consensus.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved consensus"),
                self.tr("Save the consensus coding before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_consensus():
                event.ignore()
                return
        self.controller.stop()
        self.consensus.close()
        self.player.close()
        event.accept()
