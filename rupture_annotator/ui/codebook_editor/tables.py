"""An editable table of codebook entries (markers, strategies, scales, actors): one row each,
one column per field, read back as the JSON-ready dicts a codebook is made of."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ColumnType = Literal["text", "int", "color", "choice", "anchors"]
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # on the id cell: True while the id follows the label


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    type: ColumnType = "text"
    choices: tuple[tuple[str, Any], ...] = ()  # (shown, value) for a choice column
    width: int = 0
    tip: str = ""


def color_icon(text: str) -> QIcon:
    color = QColor(text)
    pixmap = QPixmap(14, 14)
    pixmap.fill(color if color.isValid() else QColor("#ffffff"))
    return QIcon(pixmap)


def anchors_text(anchors: dict[Any, str]) -> str:
    """{1: "None", 5: "High"} as "1 = None; 5 = High"."""
    return "; ".join(f"{k} = {v}" for k, v in sorted(anchors.items(), key=lambda kv: int(kv[0])))


def parse_anchors(text: str) -> dict[str, str] | str:
    """ "1 = None; 5 = High" as {"1": "None", "5": "High"}; a sentence when it cannot be read."""
    found: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        value, sep, label = part.partition("=")
        if not sep or not value.strip().lstrip("-").isdigit() or not label.strip():
            return QCoreApplication.translate(
                "CodebookEditor", "write anchors as '1 = None; 5 = High' (got {part!r})"
            ).format(part=part.strip())
        found[str(int(value))] = label.strip()
    return found


class EntryTable(QWidget):
    """The rows of one list (e.g. withdrawal markers) with Add and Remove below."""

    changed = Signal()

    def __init__(
        self,
        columns: list[Column],
        new_row: Callable[[list[dict[str, Any]]], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.new_row = new_row
        self.extra: list[dict[str, Any]] = []  # each row's fields no column shows
        self.existing: set[str] = set()  # ids the project's codebook has: fixed
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for i, c in enumerate(columns):
            if c.tip:
                item = self.table.horizontalHeaderItem(i)
                if item is not None:
                    item.setToolTip(c.tip)
            if c.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(i, c.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(QCoreApplication.translate("CodebookEditor", "&Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("CodebookEditor", "&Remove"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # -- filling ----------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]], existing: set[str]) -> None:
        self.existing = set(existing)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.extra = []
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)

    def _append(self, row: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        shown = {c.field for c in self.columns}
        self.extra.append({k: v for k, v in row.items() if k not in shown})
        for i, c in enumerate(self.columns):
            value = row.get(c.field)
            if c.type == "choice":
                box = QComboBox()
                for text, data in c.choices:
                    box.addItem(text, data)
                box.setCurrentIndex(max(0, box.findData(value)))
                box.currentIndexChanged.connect(self.changed)
                self.table.setCellWidget(r, i, box)
                continue
            text = "" if value is None else str(value)
            if c.type == "anchors":
                text = anchors_text(value or {})
            item = QTableWidgetItem(text)
            if c.type == "anchors":
                item.setToolTip(text.replace("; ", "\n"))
            if c.type == "color":
                item.setIcon(color_icon(text))
            if c.field == "id":
                fixed = text in self.existing
                item.setData(ID_ROLE, not fixed and row.get("_auto_id", False))
                if fixed:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(
                        QCoreApplication.translate(
                            "CodebookEditor",
                            "Spans store this id: it stays. Change the label to rename the code.",
                        )
                    )
            self.table.setItem(r, i, item)

    # -- editing ----------------------------------------------------------------------------------
    def add(self) -> None:
        row = self.new_row(self.rows())
        self.table.blockSignals(True)
        self._append(row)
        self.table.blockSignals(False)
        r = self.table.rowCount() - 1
        self.table.selectRow(r)
        label_col = next((i for i, c in enumerate(self.columns) if c.field == "label"), 0)
        self.table.setCurrentCell(r, label_col)
        item = self.table.item(r, label_col)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
            del self.extra[r]
        if rows:
            self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        c = self.columns[item.column()]
        if c.type == "color":
            self.table.blockSignals(True)
            item.setIcon(color_icon(item.text()))
            self.table.blockSignals(False)
        if c.field == "label":
            self._follow_label(item.row(), item.text())
        if c.field == "id":
            item.setData(ID_ROLE, False)  # typed by hand: it no longer follows the label
        self.changed.emit()

    def _follow_label(self, row: int, label: str) -> None:
        """A new code's id follows its label until the id is typed by hand."""
        col = next((i for i, c in enumerate(self.columns) if c.field == "id"), None)
        if col is None:
            return
        item = self.table.item(row, col)
        if item is None or not item.data(ID_ROLE):
            return
        from rupture_annotator.domain.codebook_edits import slug

        prefix = str(self.extra[row].get("_prefix", ""))
        taken = {str(r.get("id")) for i, r in enumerate(self.rows()) if i != row}
        base = slug(label, prefix)
        found, n = base, 2
        while found in taken or found in self.existing:
            found, n = f"{base}_{n}", n + 1
        self.table.blockSignals(True)
        item.setText(found)
        self.table.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        """Each row as JSON-ready fields (numbers as numbers where they read as one)."""
        found: list[dict[str, Any]] = []
        for r in range(self.table.rowCount()):
            row = {k: v for k, v in self.extra[r].items() if not k.startswith("_")}
            for i, c in enumerate(self.columns):
                if c.type == "choice":
                    box = self.table.cellWidget(r, i)
                    value = box.currentData() if isinstance(box, QComboBox) else None
                    if value is not None or c.field not in ("kind", "actor", "group"):
                        row[c.field] = value
                    else:
                        row[c.field] = None
                    continue
                item = self.table.item(r, i)
                text = item.text().strip() if item is not None else ""
                if c.type == "int":
                    row[c.field] = int(text) if text.lstrip("-").isdigit() else text
                elif c.type == "anchors":
                    parsed = parse_anchors(text)
                    row[c.field] = parsed if isinstance(parsed, dict) else text
                else:
                    row[c.field] = text
            found.append(row)
        return found

    def row_extra(self, row: int) -> dict[str, Any]:
        return self.extra[row]

    def mark(self, problems: dict[tuple[int, str], str]) -> None:
        """Tint the cells that have a problem, (row, field) -> its sentence as the tooltip."""
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            for i, c in enumerate(self.columns):
                item = self.table.item(r, i)
                if item is None:
                    continue
                reason = problems.get((r, c.field))
                item.setBackground(QColor("#f6d5d5") if reason else QBrush())
                if reason:
                    item.setToolTip(reason)
                elif c.type == "anchors":
                    item.setToolTip(item.text().replace("; ", "\n"))
                elif c.field != "id":
                    item.setToolTip("")
        self.table.blockSignals(False)
