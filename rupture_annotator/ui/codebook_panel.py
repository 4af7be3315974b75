"""The codebook at a glance: every marker and strategy with its key, colour and definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from rupture_annotator.domain.codebook import Codebook, Marker, RuptureKind, Strategy
from rupture_annotator.ui.inspector import swatch


class CodebookPanel(QTreeWidget):
    def __init__(self, codebook: Codebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Key", "Marker / strategy"])
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 60)
        self.setToolTip("Select a span, then press a key to toggle that marker or strategy on it.")
        sections: list[tuple[str, str | None, tuple[Marker, ...] | tuple[Strategy, ...]]] = [
            (
                f"Withdrawal (W)  — {codebook.name}",
                codebook.kind_colors.get("withdrawal"),
                codebook.markers_of(RuptureKind.WITHDRAWAL),
            ),
            (
                "Confrontation (C)",
                codebook.kind_colors.get("confrontation"),
                codebook.markers_of(RuptureKind.CONFRONTATION),
            ),
            (
                "Resolution strategies (R)",
                codebook.kind_colors.get("resolution"),
                codebook.strategies,
            ),
        ]
        for title, color, entries in sections:
            # a heading spans both columns, and a spanned row shows only its first column
            top = QTreeWidgetItem([title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if color:
                top.setIcon(0, swatch(color))
            self.addTopLevelItem(top)
            for e in entries:
                child = QTreeWidgetItem([e.key, e.label])
                child.setIcon(1, swatch(e.color))
                child.setToolTip(1, e.definition)
                top.addChild(child)
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
