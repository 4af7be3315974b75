"""The inspector: everything about the selected span, editable (each edit an undoable command)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.annotations import Annotation, ResolutionStrategy, Rupture
from rupture_annotator.domain.project import Change
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.language import shown
from rupture_annotator.ui.timefmt import format_ms, parse_time

MAX_LINK_CHOICES = 40
NOTE_HINT = str(
    QT_TRANSLATE_NOOP("Inspector", "Return keeps the note · Esc cancels · Shift+Return new line")
)
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _note_key(event: QKeyEvent) -> str | None:
    """What a key does in the note box: "keep" (Return, Ctrl+Return), "discard" (Esc), or None
    for a key the box handles as text (Shift+Return is a new line)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() in RETURN_KEYS and mods in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.ControlModifier,
    ):
        return "keep"
    if event.key() == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
        return "discard"
    return None


def candidate_ruptures(ruptures: list[Rupture], strategy: ResolutionStrategy) -> list[Rupture]:
    """The ruptures a strategy may address, in time order: the nearest that began before it
    ends (a long session has thousands; listing them all made every selection slow), and the
    one it is linked to now."""
    before = sorted((r for r in ruptures if r.start_ms < strategy.end_ms), key=lambda r: r.start_ms)
    chosen = before[-MAX_LINK_CHOICES:]
    linked = next((r for r in ruptures if r.id == strategy.rupture_id), None)
    if linked is not None and linked not in chosen:
        chosen = sorted([*chosen, linked], key=lambda r: r.start_ms)
    return chosen


def swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(color))
    return QIcon(pix)


class Inspector(QWidget):
    def __init__(self, coding: CodingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coding = coding
        self.project = coding.document.project
        self.empty = QLabel(
            self.tr("Select a span on the timeline (or press ] ) to see and edit it here.")
        )
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("withdrawal"), "withdrawal")
        self.kind.addItem(self.tr("confrontation"), "confrontation")
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.rating = QComboBox()
        self.link = QComboBox()
        self.items = QListWidget()
        self.items.setMinimumHeight(150)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr(
                "Note (N) — what you saw, for the consensus meeting. "
                "Return keeps it, Esc cancels, Shift+Return starts a new line."
            )
        )
        self.note.setMaximumHeight(110)
        self.note_hint = QLabel(self.tr(NOTE_HINT))
        self.note_hint.setWordWrap(True)
        self.note_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.coder = QLabel()
        self.comments_label = QLabel()
        self.comments = QListWidget()  # read only: comments are added in review mode (Ctrl+M)
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(130)
        self.comments.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("End"), self.end)
        self.rating_label = QLabel(self.tr("Rating"))
        self.form.addRow(self.rating_label, self.rating)
        self.form.addRow(self.tr("Addresses"), self.link)
        self.form.addRow(self.tr("Coder"), self.coder)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addLayout(self.form)
        self.items_label = QLabel()
        body.addWidget(self.items_label)
        body.addWidget(self.items)
        body.addWidget(QLabel(self.tr("Note")))
        body.addWidget(self.note)
        body.addWidget(self.note_hint)
        body.addWidget(self.comments_label)
        body.addWidget(self.comments)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.kind.activated.connect(self._kind_chosen)
        self.start.editingFinished.connect(self._times_edited)
        self.end.editingFinished.connect(self._times_edited)
        self.rating.activated.connect(self._rating_chosen)
        self.link.activated.connect(self._link_chosen)
        self.items.itemChanged.connect(self._item_toggled)
        self.note.installEventFilter(self)
        coding.selection_changed.connect(lambda _id: self.refresh())
        self.project.subscribe(self._on_change)
        self.refresh()

    def focus_note(self) -> None:
        if self.coding.selected() is not None:
            self.note.setFocus()
            self.note.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not self.note:
            return super().eventFilter(obj, event)
        if event.type() == QEvent.Type.FocusOut:
            self._note_edited()
        elif isinstance(event, QKeyEvent) and (action := _note_key(event)) is not None:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the box's key, not the window's (Esc clears marks, Return seeks)
                return True
            if event.type() == QEvent.Type.KeyPress:
                if action == "keep":
                    self._note_edited()
                else:
                    self._discard_note()
                self._leave_note()
                return True
        return super().eventFilter(obj, event)

    def _discard_note(self) -> None:
        a = self._selected()
        with QSignalBlocker(self.note):
            self.note.setPlainText(a.note if a is not None else "")

    def _leave_note(self) -> None:
        """Give the keys back to coding: the window, where every shortcut works."""
        self.window().setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_change(self, change: Change) -> None:
        sel = self.coding.selected_id
        for value in (change.old, change.new):
            if isinstance(value, Rupture | ResolutionStrategy) and value.id == sel:
                self.refresh()
                return

    def refresh(self) -> None:
        a = self.coding.selected()
        self.empty.setVisible(a is None)
        self.body.setVisible(a is not None)
        if a is None:
            return
        blockers = [
            QSignalBlocker(w) for w in (self.kind, self.rating, self.link, self.items, self.note)
        ]
        codebook = shown(self.project.codebook)  # labels in the user's language
        is_rupture = isinstance(a, Rupture)
        self.title.setText(self._title(a))
        self.kind.setVisible(is_rupture)
        self.form.labelForField(self.kind).setVisible(is_rupture)
        self.link.setVisible(not is_rupture)
        self.form.labelForField(self.link).setVisible(not is_rupture)
        self.start.setText(format_ms(a.start_ms))
        self.end.setText(format_ms(a.end_ms))
        self.coder.setText(a.coder)
        scale = codebook.scale("significance" if is_rupture else "resolution")
        self.rating_label.setText(self.tr("Significance") if is_rupture else self.tr("Resolution"))
        self.rating.clear()
        self.rating.addItem(self.tr("— not rated"), None)
        if scale is not None:
            for v in range(scale.minimum, scale.maximum + 1):
                self.rating.addItem(f"{v}  {scale.anchors.get(v, '')}".rstrip(), v)
        current = a.significance if isinstance(a, Rupture) else a.resolution
        self.rating.setCurrentIndex(
            max(0, self.rating.findData(current)) if current is not None else 0
        )
        self.items.clear()
        if isinstance(a, Rupture):
            self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind.value)))
            self.items_label.setText(self.tr("Markers (press the key to toggle)"))
            chosen = set(a.marker_ids)
            entries = [
                (m.id, m.key, m.label, m.color, m.definition)
                for m in codebook.markers_of(a.kind)
                if not m.retired or m.id in chosen  # a code taken out shows only where it is
            ]
        else:
            self.items_label.setText(self.tr("Strategies (press the key to toggle)"))
            chosen = set(a.strategy_ids)
            entries = [
                (s.id, s.key, s.label, s.color, s.definition)
                for s in codebook.strategies
                if not s.retired or s.id in chosen
            ]
            self._fill_links(a)
        for item_id, key, label, color, definition in entries:
            item = QListWidgetItem(swatch(color), f"{key}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setToolTip(definition)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked
            )
            self.items.addItem(item)
        if not self.note.hasFocus():
            self.note.setPlainText(a.note)
        self._fill_comments(a)
        del blockers

    def _fill_comments(self, a: Annotation) -> None:
        self.comments.clear()
        self.comments_label.setText(
            self.tr("Comments ({n})").format(n=len(a.comments))
            if a.comments
            else self.tr("Comments")
        )
        self.comments_label.setVisible(bool(a.comments))
        self.comments.setVisible(bool(a.comments))
        for c in a.comments:
            when = c.created.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{c.author}, {when}: {c.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(c.text)
            self.comments.addItem(item)

    def _fill_links(self, a: ResolutionStrategy) -> None:
        self.link.clear()
        self.link.addItem(self.tr("— no rupture"), None)
        rec = self.coding.document.recording
        for r in candidate_ruptures(rec.ruptures if rec else [], a):
            text = self.tr("{kind} at {time} ({coder})").format(
                kind=self._kind_name(r.kind.value),
                time=format_ms(r.start_ms, millis=False),
                coder=r.coder,
            )
            self.link.addItem(text, r.id)
        self.link.setCurrentIndex(max(0, self.link.findData(a.rupture_id)) if a.rupture_id else 0)

    def _title(self, a: Annotation) -> str:
        if not isinstance(a, Rupture):
            return self.tr("Resolution strategy")
        if a.kind.value == "withdrawal":
            return self.tr("Withdrawal rupture")
        return self.tr("Confrontation rupture")

    def _kind_name(self, kind: str) -> str:
        """A rupture kind as the user reads it (the data keeps "withdrawal", "confrontation")."""
        names = {"withdrawal": self.tr("withdrawal"), "confrontation": self.tr("confrontation")}
        return names.get(kind, kind)

    def _selected(self) -> Annotation | None:
        return self.coding.selected()

    def _kind_chosen(self) -> None:
        a = self._selected()
        kind = self.kind.currentData()
        if isinstance(a, Rupture) and kind != a.kind.value:
            # markers belong to a kind: changing the kind drops them
            self.coding.change_selected(self.tr("Change kind"), kind=kind, marker_ids=())

    def _times_edited(self) -> None:
        a = self._selected()
        if a is None:
            return
        try:
            start, end = parse_time(self.start.text()), parse_time(self.end.text())
        except ValueError as exc:
            self.coding.message.emit(str(exc))
            self.refresh()
            return
        if (start, end) != (a.start_ms, a.end_ms) and not self.coding.move(a.id, start, end):
            self.refresh()

    def _rating_chosen(self) -> None:
        a = self._selected()
        value = self.rating.currentData()
        field = "significance" if isinstance(a, Rupture) else "resolution"
        self.coding.change_selected(self.tr("Rate"), **{field: value})

    def _link_chosen(self) -> None:
        self.coding.change_selected(self.tr("Link to rupture"), rupture_id=self.link.currentData())

    def _item_toggled(self, item: QListWidgetItem) -> None:
        a = self._selected()
        if a is None:
            return
        chosen = tuple(
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        )
        field = "marker_ids" if isinstance(a, Rupture) else "strategy_ids"
        self.coding.change_selected(self.tr("Choose markers"), **{field: chosen})

    def _note_edited(self) -> None:
        a = self._selected()
        if a is not None and self.note.toPlainText() != a.note:
            self.coding.set_note(self.note.toPlainText())
