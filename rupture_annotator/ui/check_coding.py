"""Code → Check Coding…: what the coder must still do on the recording open, each item with its
time. Return (or a double click) on an item moves the video there and selects its span, so the
list is worked through with the keyboard alone; it follows every edit."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.completeness import CATEGORY_TITLES, OpenItem, recording_items
from rupture_annotator.domain.project import Change
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.plurals import english
from rupture_annotator.ui.timefmt import format_ms

ITEM = Qt.ItemDataRole.UserRole
NOTHING_LEFT = str(QT_TRANSLATE_NOOP("CheckCodingPanel", "Nothing left to code"))
REFRESH_DELAY_MS = 150  # edits in a burst (a drag, an undo of many) refresh the list once
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def shown_text(item: OpenItem, codebook: Codebook) -> str:
    """The item's sentence as the list shows it: its time is in the Time column already, and a
    scale is named by its label, not its id."""
    text = re.sub(r"^\d+:\d\d:\d\d: (\w)", lambda m: m.group(1).upper(), item.text)
    text = re.sub(r"^(Segment \d+) \([^)]*\)", r"\1", text)
    for scale in codebook.scales:
        text = re.sub(rf"\b{re.escape(scale.id)}\b", scale.label.lower(), text)
    return text


def category_title(item: OpenItem) -> str:
    """What is open, as the group heading names it, in the user's language."""
    return QCoreApplication.translate("completeness", CATEGORY_TITLES[item.category])


def item_key(item: OpenItem) -> tuple[object, ...]:
    return (item.category, item.annotation_id, item.segment_index, item.time_ms)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their sentence wrapped at the column's width (a tree view asks its
    delegate for a row's height without telling it the column's width)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if index.column() != 1 or not isinstance(text, str):
            return size
        width = max(60, self.tree.columnWidth(1) - 8)
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(size.width(), max(size.height(), needed.height() + 6))


class CheckCodingPanel(QWidget):
    """The open items of one coder on the document's recording, grouped by what is open or in
    time order."""

    def __init__(
        self,
        document: Document,
        coding: CodingController,
        seek: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.coding, self.seek = document, coding, seek
        self.items: list[OpenItem] = []
        self._leaves: list[QTreeWidgetItem] = []
        self._stale = True
        self._relayout_queued = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.order = QComboBox()
        self.order.addItem(self.tr("Grouped by what is open"), "group")
        self.order.addItem(self.tr("In time order"), "time")
        self.order.setAccessibleName(self.tr("Order"))
        self.order.currentIndexChanged.connect(lambda _i: self._fill())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.order)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("What is open")])
        self.tree.setAccessibleName(self.tr("Open items"))
        self.tree.setWordWrap(True)  # the whole sentence, in a dock 300 px wide
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # rows take the height their wrapped sentence needs at the column's width of now
        self.tree.header().sectionResized.connect(lambda *_: self._relayout_rows())
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        # Return means "go there" in this list, not the window's Go to Selected Span
        self.tree.installEventFilter(self)
        self.empty = QLabel(self.tr(NOTHING_LEFT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 14pt; color: #2b9549; padding: 24px")
        self.hint = QLabel(
            self.tr("Return or a double click goes to an item and selects its span.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5b6472")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        unsubscribe = document.project.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        document.coder_changed.connect(lambda _name: self._mark_stale())
        self.refresh()

    # -- following the project ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.recording_id is None or change.recording_id == self.document.recording_id:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        rec = self.document.recording
        coder = self.document.coder
        self.items = (
            recording_items(rec, self.document.project.codebook, coder)
            if rec is not None and coder
            else []
        )
        if rec is None:
            self.summary.setText(self.tr("No recording open."))
        elif not coder:
            self.summary.setText(self.tr("Give your coder name first (Edit → Set Coder…)."))
        elif self.items:
            n = len(self.items)
            text = english(self.tr("%n open item(s) for {coder}", "", n), n)
            self.summary.setText(text.format(coder=coder))
        else:
            self.summary.setText(self.tr("Everything is coded for {coder}.").format(coder=coder))
        self._fill()

    # -- the list -------------------------------------------------------------------------------
    def _fill(self) -> None:
        current = self.current_item()
        was = item_key(current) if current is not None else None
        position = self._current_position()
        tree = self.tree
        self._leaves = []
        tree.clear()
        grouped = self.order.currentData() == "group"
        tree.setRootIsDecorated(grouped)
        found: QTreeWidgetItem | None = None
        leaves: list[QTreeWidgetItem] = []
        groups: dict[str, QTreeWidgetItem] = {}
        order = list(CATEGORY_TITLES)  # the segment ratings first, as the 3RS puts them
        items = sorted(
            self.items,
            key=(lambda i: (order.index(i.category), i.time_ms))
            if grouped
            else (lambda i: i.time_ms),
        )
        for item in items:
            parent: QTreeWidget | QTreeWidgetItem = tree
            if grouped:
                group = groups.get(item.category)
                if group is None:
                    group = groups[item.category] = QTreeWidgetItem(tree)
                    group.setFirstColumnSpanned(True)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                parent = group
            text = shown_text(item, self.document.project.codebook)
            leaf = QTreeWidgetItem(parent, [format_ms(item.time_ms, millis=False), text])
            leaf.setTextAlignment(0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            leaf.setData(0, ITEM, item)
            leaf.setToolTip(1, item.text)
            if not grouped:
                leaf.setToolTip(0, category_title(item))
            leaves.append(leaf)
            if was is not None and item_key(item) == was:
                found = leaf
        for category, group in groups.items():
            n = group.childCount()
            title = QCoreApplication.translate("completeness", CATEGORY_TITLES[category])  # type: ignore[index]
            group.setText(0, f"{title[0].upper()}{title[1:]} ({n})")
            group.setToolTip(0, group.text(0))
        tree.expandAll()
        has_items = bool(self.items)
        tree.setVisible(has_items)
        self.hint.setVisible(has_items)
        self.empty.setVisible(not has_items and bool(self.document.coder))
        self._leaves = leaves
        if found is None and leaves:
            found = leaves[min(position, len(leaves) - 1)]
        if found is not None:
            tree.setCurrentItem(found)
            tree.scrollToItem(found)

    def _relayout_rows(self) -> None:
        if not self._relayout_queued:
            self._relayout_queued = True
            QTimer.singleShot(0, self, self._do_relayout_rows)

    def _do_relayout_rows(self) -> None:
        self._relayout_queued = False
        self.tree.doItemsLayout()

    def _current_position(self) -> int:
        current = self.tree.currentItem()
        return self._leaves.index(current) if current in self._leaves else 0

    def current_item(self) -> OpenItem | None:
        current = self.tree.currentItem()
        data = current.data(0, ITEM) if current is not None else None
        return data if isinstance(data, OpenItem) else None

    def _activated(self, tree_item: QTreeWidgetItem, _column: int = 0) -> None:
        item = tree_item.data(0, ITEM)
        if not isinstance(item, OpenItem):
            tree_item.setExpanded(not tree_item.isExpanded())  # a group heading
            return
        self.go_to(item)

    def go_to(self, item: OpenItem) -> None:
        """Move the video to the item and select its span (none for a segment's item)."""
        self.seek(item.time_ms)
        self.coding.select(item.annotation_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in RETURN_KEYS
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)


def reveal(dock: QDockWidget) -> None:
    """Show the Check Coding dock in front, its list ready for the keyboard."""
    dock.show()
    dock.raise_()
    panel = dock.widget()
    if isinstance(panel, CheckCodingPanel):
        panel.refresh()
        target = panel.tree if panel.items else panel
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
