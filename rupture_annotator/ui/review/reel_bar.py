"""The reel bar: open a saved reel, save the list as one (its button is laid out by the list),
delete one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QWidget

from rupture_annotator.domain.reels import Reel

NO_REEL = str(QT_TRANSLATE_NOOP("ReelBar", "— none —"))  # the list is the filter below


class ReelBar(QWidget):
    opened = Signal(object)  # the reel id, or None to leave the reel
    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setToolTip(
            self.tr("Open a saved reel: its filter, order and hand-picked moments")
        )
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(8)
        self.save = QPushButton(self.tr("Save as Reel…"))
        self.save.setToolTip(
            self.tr(
                "Keep the filter and order under a name; with two or more rows selected, "
                "keep those moments in that order"
            )
        )
        self.delete = QToolButton()
        self.delete.setText(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete the open reel (Undo brings it back)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.delete)
        # the save button acts on the list (its filter, order and selected rows): whoever lays
        # out the list puts it beside the list, not in this bar
        self.combo.activated.connect(lambda _i: self.opened.emit(self.combo.currentData()))
        self.save.clicked.connect(self.save_requested)
        self.delete.clicked.connect(self.delete_requested)
        self.set_reels([], None)

    def set_reels(self, reels: list[Reel], current: str | None) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(self.tr(NO_REEL), None)
            for reel in reels:
                self.combo.addItem(reel.name, reel.id)
        self.show_current(current)

    def show_current(self, reel_id: str | None) -> None:
        with QSignalBlocker(self.combo):
            found = self.combo.findData(reel_id) if reel_id is not None else 0
            self.combo.setCurrentIndex(max(0, found))
        self.delete.setEnabled(reel_id is not None)

    def current(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None
