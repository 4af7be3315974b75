"""The transcript beside the video: every utterance with its time and speaker, the one being
spoken highlighted and kept in view as the video plays, a click to go there, a search box that
steps through the hits, and utterances to select for marking a span (W, C or R).
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.transcript import Role, Transcript, Utterance, speaker_label
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline.talk_data import OTHER_COLOURS, ROLE_COLOURS

FOLLOW_PAUSE_S = 4.0  # after the coder scrolls the list, playback leaves it alone this long
CURRENT = QColor("#fff1c2")
SELECTED = QColor("#d6e4fa")
HIT = QColor("#d97706")
PAD = 6
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "TranscriptPanel",
        "No transcript for this recording.\n\nAttach one (SRT, WebVTT, ELAN, or a CSV or DOCX "
        "table of start, end, speaker and text) to read what was said beside the video, find "
        "words, and mark a span from the utterances.",
    )
)

Index = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.transcript = Transcript()
        self.roles: dict[str, Role] = {}
        self.colours: dict[str, str] = {}
        self.current: int | None = None
        self.hits: list[int] = []
        self._hit_set: set[int] = set()

    def set_transcript(self, transcript: Transcript, roles: dict[str, Role]) -> None:
        self.beginResetModel()
        self.transcript, self.roles = transcript, dict(roles)
        others = iter(OTHER_COLOURS * 4)
        self.colours = {
            s: ROLE_COLOURS[roles[s]] if s in roles else next(others, OTHER_COLOURS[-1])
            for s in transcript.speakers()
        }
        self.current, self.hits, self._hit_set = None, [], set()
        self.endResetModel()

    def utterance(self, row: int) -> Utterance:
        return self.transcript.utterances[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.transcript)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        u = self.transcript.utterances[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return u.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{start}–{end}, line {line} of the file").format(
                start=format_ms(u.start_ms), end=format_ms(u.end_ms), line=u.line
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_ms(u.start_ms)} {self.label(u)}: {u.text}"
        return None

    def label(self, u: Utterance) -> str:
        """'Ana (therapist)', the role in the user's language."""
        label = speaker_label(u.speaker, self.roles)
        role = self.roles.get(u.speaker)
        names = {"patient": self.tr("patient"), "therapist": self.tr("therapist")}
        if role in names and label.endswith(f" ({role})"):
            label = f"{label[: -len(role) - 3]} ({names[role]})"
        return label

    def is_hit(self, row: int) -> bool:
        return row in self._hit_set

    def set_current(self, row: int | None) -> None:
        old, self.current = self.current, row
        for r in (old, row):
            if r is not None and r != (row if r == old else old):
                self.dataChanged.emit(self.index(r), self.index(r))

    def set_hits(self, hits: list[int]) -> None:
        changed = self._hit_set.symmetric_difference(hits)
        self.hits, self._hit_set = hits, set(hits)
        for r in changed:
            self.dataChanged.emit(self.index(r), self.index(r))


class UtteranceDelegate(QStyledItemDelegate):
    """Time and speaker on the first line, the words wrapped under them."""

    def __init__(self, view: QListView, model: TranscriptModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self._sizes: dict[tuple[int, int], QSize] = {}

    def clear(self) -> None:
        self._sizes.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _text_width(self) -> int:
        return max(60, self.view.viewport().width() - 2 * PAD - 6)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._text_width()
        key = (index.row(), width)
        found = self._sizes.get(key)
        if found is None:
            small, _ = self._fonts(option)
            text = self.model.utterance(index.row()).text or "…"
            box = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
            )
            found = QSize(width, QFontMetrics(small).height() + box.height() + 2 * PAD)
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            self._sizes[key] = found
        return found

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.row()
        u = self.model.utterance(row)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        p.save()
        if selected:
            p.fillRect(rect, SELECTED)
        elif row == self.model.current:
            p.fillRect(rect, CURRENT)
        if row == self.model.current:
            p.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor("#e0a800"))
        if self.model.is_hit(row):
            p.fillRect(QRect(rect.right() - 4, rect.top(), 4, rect.height()), HIT)
        small, bold = self._fonts(option)
        line_h = QFontMetrics(small).height()
        left = rect.left() + PAD + 4
        p.setFont(small)
        p.setPen(QColor("#5b6472"))
        clock = format_ms(u.start_ms).split(".")[0]
        p.drawText(QRect(left, rect.top() + PAD, 90, line_h), Qt.AlignmentFlag.AlignLeft, clock)
        p.setFont(bold)
        p.setPen(QColor(self.model.colours.get(u.speaker, "#333333")))
        clock_w = QFontMetrics(small).horizontalAdvance(clock + "  ")
        p.drawText(
            QRect(left + clock_w, rect.top() + PAD, rect.width() - clock_w - 2 * PAD, line_h),
            Qt.AlignmentFlag.AlignLeft,
            self.model.label(u),
        )
        p.setFont(option.font)
        p.setPen(QColor("#1d2430"))
        text_rect = QRect(left, rect.top() + PAD + line_h, self._text_width(), rect.height())
        p.drawText(text_rect, Qt.TextFlag.TextWordWrap, u.text or "…")
        p.setPen(QColor("#e3e6eb"))
        p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        p.restore()


class TranscriptList(QListView):
    """The list keeps the arrow keys (with Shift: extend the selection) while it has focus."""

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            plain = (
                e.modifiers() & ~Qt.KeyboardModifier.ShiftModifier == Qt.KeyboardModifier.NoModifier
            )
            if plain and e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                e.accept()
                return True
        return super().event(e)

    def resizeEvent(self, e: object) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, UtteranceDelegate):
            delegate.clear()
        super().resizeEvent(e)  # type: ignore[arg-type]


class SearchBox(QLineEdit):
    """Return and Shift+Return step through the hits (not the window's Return shortcut)."""

    step = Signal(int)

    def event(self, e: QEvent) -> bool:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and e.key() in keys
        ):
            e.accept()
            return True
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = e.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step.emit(-1 if shift else 1)
                return True
            if e.key() == Qt.Key.Key_Escape:
                self.clear()
                return True
        return super().event(e)


class TranscriptPanel(QWidget):
    seek_requested = Signal(int)
    selection_changed = Signal(object)  # (start ms, end ms) of the utterances chosen, or None
    attach_requested = Signal()
    speakers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TranscriptModel()
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Find in transcript (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find in transcript"))
        self.hits_label = QLabel()
        self.hits_label.setMinimumWidth(56)
        self.prev_hit, self.next_hit = QToolButton(), QToolButton()
        self.prev_hit.setArrowType(Qt.ArrowType.UpArrow)
        self.next_hit.setArrowType(Qt.ArrowType.DownArrow)
        self.prev_hit.setToolTip(self.tr("Previous hit (Shift+Return)"))
        self.next_hit.setToolTip(self.tr("Next hit (Return)"))
        self.speakers_button = QPushButton(self.tr("Speakers…"))
        self.speakers_button.setToolTip(
            self.tr("Which speaker is the patient and which the therapist")
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.search, self.hits_label, self.prev_hit, self.next_hit, self.speakers_button):
            bar.addWidget(w)
        bar.setStretch(0, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a4b00;")
        self.problems.hide()
        self.hint = QLabel(
            self.tr(
                "Click a line to go there. Drag over lines (or Shift/Ctrl+click), then W, C or R "
                "marks a span over them."
            )
        )
        self.hint.setStyleSheet("color: #5b6472;")
        self.hint.setWordWrap(True)
        self.view = TranscriptList()
        self.view.setModel(self.model)
        self.delegate = UtteranceDelegate(self.view, self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Transcript"))
        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: #5b6472; padding: 8px;")
        self.attach_button = QPushButton(self.tr("Attach Transcript…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.attach_button)
        layout.addStretch(0)
        self._follow_paused_until = 0.0
        self._scrolling = False
        self.search.textChanged.connect(self._search)
        self.search.step.connect(self.step_hit)
        self.prev_hit.clicked.connect(lambda: self.step_hit(-1))
        self.next_hit.clicked.connect(lambda: self.step_hit(1))
        self.speakers_button.clicked.connect(self.speakers_requested)
        self.attach_button.clicked.connect(self.attach_requested)
        self.view.clicked.connect(self._clicked)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.selected_bounds())
        )
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.set_transcript(None, {})

    # -- what the window tells the panel --------------------------------------------------------
    def set_transcript(
        self,
        transcript: Transcript | None,
        roles: dict[str, Role],
        problems: list[str] | None = None,
    ) -> None:
        has = transcript is not None
        self.delegate.clear()
        self.model.set_transcript(transcript or Transcript(), roles)
        self._starts = [u.start_ms for u in self.model.transcript.utterances]
        for w in (self.view, self.hint, self.search, self.hits_label, self.prev_hit, self.next_hit):
            w.setVisible(has)
        self.speakers_button.setVisible(has)
        self.empty.setVisible(not has)
        self.attach_button.setVisible(not has)
        self.set_problems(problems or [])
        if self.search.text():
            self._search(self.search.text())

    def set_problems(self, problems: list[str]) -> None:
        if not problems:
            self.problems.hide()
            return
        shown = "; ".join(problems[:2])
        if len(problems) > 2:
            shown += "; " + self.tr("… and {n} more").format(n=len(problems) - 2)
        self.problems.setText(
            self.tr(
                "%n problem(s) in the file, every utterance kept: {problems}", "", len(problems)
            ).format(problems=shown)
        )
        self.problems.setToolTip("\n".join(problems[:200]))
        self.problems.show()

    def set_position(self, ms: int) -> None:
        """The utterance spoken at ms is highlighted and, unless the coder just scrolled, kept
        in the middle of the list."""
        row = self.model.transcript.at(ms)
        if row is None or row == self.model.current:
            return
        self.model.set_current(row)
        if time.monotonic() >= self._follow_paused_until:
            self._scrolling = True
            self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            self._scrolling = False

    # -- reading --------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedIndexes())

    def selected_bounds(self) -> tuple[int, int] | None:
        return self.model.transcript.bounds(self.selected_rows())

    def marking_from_selection(self) -> bool:
        """W, C and R take the selected utterances while the list has the keyboard."""
        return self.view.hasFocus() and bool(self.selected_rows())

    def clear_selection(self) -> None:
        self.view.clearSelection()

    # -- searching ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        hits = self.model.transcript.search(text)
        self.model.set_hits(hits)
        if not text.strip():
            self.hits_label.setText("")
        else:
            self.hits_label.setText(self.tr("%n found", "", len(hits)) if hits else self.tr("none"))

    def step_hit(self, step: int) -> None:
        hits = self.model.hits
        if not hits:
            return
        here = self.view.currentIndex().row() if self.view.currentIndex().isValid() else None
        if here is None:
            here = self.model.current if self.model.current is not None else -1
        if step > 0:
            i = bisect_right(hits, here)
            row = hits[i % len(hits)]
        else:
            i = bisect_left(hits, here) - 1
            row = hits[i % len(hits)]
        n = hits.index(row) + 1
        self.hits_label.setText(self.tr("{n} of {total}").format(n=n, total=len(hits)))
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._pause_follow()
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.seek_requested.emit(self.model.utterance(row).start_ms)

    # -- internals ------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            return  # choosing utterances, not going there
        # a plain click goes there and chooses nothing: W pressed next starts a span at the
        # playhead as usual, rather than marking the line clicked to get there
        self.view.clearSelection()
        self._pause_follow()
        self.seek_requested.emit(self.model.utterance(index.row()).start_ms)

    def _scrolled(self, _value: int) -> None:
        if not self._scrolling:
            self._pause_follow()

    def _pause_follow(self) -> None:
        self._follow_paused_until = time.monotonic() + FOLLOW_PAUSE_S
