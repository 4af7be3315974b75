"""The review list: filters, the order, how moments play, and the moments themselves."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.review import RESOLUTION, Moment, MomentFilter, SortOrder
from rupture_annotator.ui.plurals import english
from rupture_annotator.ui.review.controller import AFTER_CHOICES, REVIEW_RATES
from rupture_annotator.ui.review.reel_bar import ReelBar
from rupture_annotator.ui.timefmt import format_ms

KIND_CHOICES: tuple[tuple[str, frozenset[str]], ...] = (
    (str(QT_TRANSLATE_NOOP("ReviewPanel", "Ruptures and strategies")), frozenset()),
    (str(QT_TRANSLATE_NOOP("ReviewPanel", "Ruptures")), frozenset(k.value for k in RuptureKind)),
    (
        str(QT_TRANSLATE_NOOP("ReviewPanel", "Withdrawal ruptures")),
        frozenset({RuptureKind.WITHDRAWAL.value}),
    ),
    (
        str(QT_TRANSLATE_NOOP("ReviewPanel", "Confrontation ruptures")),
        frozenset({RuptureKind.CONFRONTATION.value}),
    ),
    (str(QT_TRANSLATE_NOOP("ReviewPanel", "Resolution strategies")), frozenset({RESOLUTION})),
)
AFTER_TEXT = {
    "pause": str(QT_TRANSLATE_NOOP("ReviewPanel", "Pause")),
    "loop": str(QT_TRANSLATE_NOOP("ReviewPanel", "Loop")),
    "next": str(QT_TRANSLATE_NOOP("ReviewPanel", "Go on to the next")),
}
COLUMNS = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("MomentTable", "Time"),
        QT_TRANSLATE_NOOP("MomentTable", "Kind"),
        QT_TRANSLATE_NOOP("MomentTable", "Markers / strategies"),
        QT_TRANSLATE_NOOP("MomentTable", "Rating"),
        QT_TRANSLATE_NOOP("MomentTable", "Coder"),
        QT_TRANSLATE_NOOP("MomentTable", "Comments"),
        QT_TRANSLATE_NOOP("MomentTable", "Note"),
    )
)
COMMENTS_COLUMN = 5
NOTE_COLUMN = 6
AnyIndex = QModelIndex | QPersistentModelIndex


class MomentTable(QAbstractTableModel):
    """The listed moments; cells are made when shown, so long sessions list at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moments: list[Moment] = []
        self._codebook: Codebook | None = None

    def set_moments(self, moments: list[Moment], codebook: Codebook | None) -> None:
        self.beginResetModel()
        self._moments, self._codebook = list(moments), codebook
        self.endResetModel()

    def moment(self, row: int) -> Moment | None:
        return self._moments[row] if 0 <= row < len(self._moments) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._moments)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        m = self._moments[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE_COLUMN:
            return m.note or None
        if col == 0:
            return format_ms(m.start_ms)
        if col == 1:
            return self._kind(m)
        if col == 2:
            return ", ".join(m.codes(self._codebook)) if self._codebook is not None else ""
        if col == 3:
            return "" if m.rating is None else str(m.rating)
        if col == 4:
            return m.coder
        if col == COMMENTS_COLUMN:
            return str(m.comment_count) if m.comment_count else ""
        return m.note.replace("\n", " ")

    def _kind(self, m: Moment) -> str:
        if not m.is_rupture:
            return self.tr("Strategy")
        names = {"withdrawal": self.tr("Withdrawal"), "confrontation": self.tr("Confrontation")}
        return names.get(m.kind, m.kind.capitalize())


class ReviewPanel(QWidget):
    filter_changed = Signal()
    play_requested = Signal(int)  # row
    lead_in_changed = Signal(int)  # ms
    tail_changed = Signal(int)  # ms
    after_changed = Signal(str)
    rate_requested = Signal(float)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reels = ReelBar()
        self.kind = QComboBox()
        for text, kinds in KIND_CHOICES:
            self.kind.addItem(self.tr(text), kinds)
        self.marker, self.strategy, self.coder = QComboBox(), QComboBox(), QComboBox()
        self.min_significance = QSpinBox()
        self.min_significance.setRange(0, 9)
        self.min_significance.setSpecialValueText(self.tr("any"))
        self.unresolved = QCheckBox(self.tr("No strategy linked"))
        self.with_note = QCheckBox(self.tr("With a note"))
        self.with_comments = QCheckBox(self.tr("With comments"))
        self.order = QComboBox()
        self.order.addItem(self.tr("By time"), "time")
        self.order.addItem(self.tr("By significance"), "significance")

        self.lead_in, self.tail = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.lead_in, self.tail):
            box.setRange(0.0, 60.0)
            box.setDecimals(1)
            box.setSuffix(self.tr(" s"))
        self.after = QComboBox()
        for choice in AFTER_CHOICES:
            self.after.addItem(self.tr(AFTER_TEXT[choice]), choice)
        self.rate = QComboBox()
        for r in REVIEW_RATES:
            self.rate.addItem(f"{r:g}×", r)

        self.model = MomentTable(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # more than one row selected: the hand-picked moments of a reel
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for col, width in enumerate((90, 95, 170, 50, 70, 70)):
            # a translated title may be wider than the English one
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 16))
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.play_requested.emit(index.row()))
        # Return plays the row under the cursor, not the window's "go to selected span"
        self.table.installEventFilter(self)
        self.count = QLabel()
        self.clips = QPushButton(self.tr("Export Clips…"))
        self.clips.clicked.connect(self.export_requested)

        for combo in (self.kind, self.marker, self.strategy, self.coder, self.order, self.after):
            # long marker names are elided, so the list fits beside the video at 1280 px
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.unresolved.setToolTip(self.tr("Ruptures that no resolution strategy is linked to"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Reel"), self.reels)
        form.addRow(self.tr("Show"), self.kind)
        form.addRow(self.tr("Marker"), self.marker)
        form.addRow(self.tr("Strategy"), self.strategy)
        form.addRow(self.tr("Coder"), self.coder)
        form.addRow(self.tr("Significance ≥"), self.min_significance)
        form.addRow(self.unresolved)
        checks = QHBoxLayout()
        checks.addWidget(self.with_note)
        checks.addWidget(self.with_comments)
        checks.addStretch(1)
        form.addRow(checks)
        form.addRow(self.tr("Order"), self.order)
        playing = QGridLayout()  # how moments play: two short pairs a row
        for i, (text, widget) in enumerate(
            (
                (self.tr("Lead-in"), self.lead_in),
                (self.tr("Tail"), self.tail),
                (self.tr("Then"), self.after),
                (self.tr("Rate"), self.rate),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            playing.addWidget(label, i // 2, (i % 2) * 2)
            playing.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        playing.setColumnStretch(1, 1)
        playing.setColumnStretch(3, 1)
        self.after.setToolTip(self.tr("What happens when a moment's tail has played"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.reels.save)
        bottom.addWidget(self.clips)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(playing)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for combo in (self.kind, self.marker, self.strategy, self.coder, self.order):
            combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.min_significance.valueChanged.connect(lambda _v: self.filter_changed.emit())
        for check in (self.unresolved, self.with_note, self.with_comments):
            check.toggled.connect(lambda _on: self.filter_changed.emit())
        self.lead_in.valueChanged.connect(lambda s: self.lead_in_changed.emit(round(s * 1000)))
        self.tail.valueChanged.connect(lambda s: self.tail_changed.emit(round(s * 1000)))
        self.after.currentIndexChanged.connect(
            lambda _i: self.after_changed.emit(self.after.currentData())
        )
        self.rate.currentIndexChanged.connect(
            lambda _i: self.rate_requested.emit(float(self.rate.currentData()))
        )

    # -- filling in --------------------------------------------------------------------------
    def set_choices(self, codebook: Codebook, coders: list[str]) -> None:
        """The markers, strategies and coders to filter by (keeps the current picks if listed)."""
        choices: list[tuple[QComboBox, list[tuple[str, str | None]]]] = [
            (
                self.marker,
                [
                    (f"{m.kind.value[:2].upper()} {m.number} {m.label}", m.id)
                    for m in codebook.markers
                ],
            ),
            (self.strategy, [(f"{s.number} {s.label}", s.id) for s in codebook.strategies]),
            (self.coder, [(c, c) for c in coders]),
        ]
        for combo, items in choices:
            with QSignalBlocker(combo):
                picked = combo.currentData()
                combo.clear()
                combo.addItem(self.tr("any"), None)
                for text, data in items:
                    combo.addItem(text, data)
                found = combo.findData(picked) if picked is not None else 0
                combo.setCurrentIndex(max(0, found))

    def set_playing_options(self, lead_in_ms: int, tail_ms: int, after: str, rate: float) -> None:
        for widget, value in ((self.lead_in, lead_in_ms), (self.tail, tail_ms)):
            with QSignalBlocker(widget):
                widget.setValue(value / 1000)
        with QSignalBlocker(self.after):
            self.after.setCurrentIndex(max(0, self.after.findData(after)))
        self.show_rate(rate)

    def show_rate(self, rate: float) -> None:
        with QSignalBlocker(self.rate):
            nearest = min(range(len(REVIEW_RATES)), key=lambda i: abs(REVIEW_RATES[i] - rate))
            self.rate.setCurrentIndex(nearest)

    def moment_filter(self) -> MomentFilter:
        minimum = self.min_significance.value()
        return MomentFilter(
            kinds=self.kind.currentData(),
            marker_id=self.marker.currentData(),
            strategy_id=self.strategy.currentData(),
            coder=self.coder.currentData(),
            min_significance=minimum or None,
            unresolved_only=self.unresolved.isChecked(),
            with_note=self.with_note.isChecked(),
            with_comments=self.with_comments.isChecked(),
        )

    def selected_moment(self) -> Moment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.moment(rows[0].row()) if rows else None

    def selected_moments(self) -> list[Moment]:
        """The selected rows' moments, top to bottom."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [m for m in (self.model.moment(r) for r in rows) if m is not None]

    def show_filter(self, flt: MomentFilter, order: SortOrder) -> None:
        """Set the filter widgets to a reel's filter and order, quietly (one refresh follows)."""
        widgets = (self.kind, self.marker, self.strategy, self.coder, self.order)
        blockers = [QSignalBlocker(w) for w in (*widgets, self.min_significance)]
        blockers += [
            QSignalBlocker(c) for c in (self.unresolved, self.with_note, self.with_comments)
        ]
        kinds = frozenset(flt.kinds)
        self.kind.setCurrentIndex(
            next((i for i, (_t, k) in enumerate(KIND_CHOICES) if k == kinds), 0)
        )
        for combo, value in (
            (self.marker, flt.marker_id),
            (self.strategy, flt.strategy_id),
            (self.coder, flt.coder),
            (self.order, order),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        self.min_significance.setValue(flt.min_significance or 0)
        self.unresolved.setChecked(flt.unresolved_only)
        self.with_note.setChecked(flt.with_note)
        self.with_comments.setChecked(flt.with_comments)
        del blockers

    def sort_order(self) -> SortOrder:
        return "significance" if self.order.currentData() == "significance" else "time"

    def show_moments(self, moments: list[Moment], codebook: Codebook | None) -> None:
        self.model.set_moments(moments, codebook)
        n = len(moments)
        self.count.setText(english(self.tr("%n moment(s)", "", n), n))
        self.clips.setEnabled(bool(moments))

    def set_current(self, row: int) -> None:
        with QSignalBlocker(self.table):
            if 0 <= row < self.model.rowCount():
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
            else:
                self.table.clearSelection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.accept()
            return True
        return False
