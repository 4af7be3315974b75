"""The codebook at a glance: every marker and strategy with its key, colour and definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from rupture_annotator.domain.codebook import Codebook, Marker, RuptureKind, Strategy
from rupture_annotator.ui.inspector import swatch
from rupture_annotator.ui.language import shown


class CodebookPanel(QTreeWidget):
    def __init__(self, codebook: Codebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Key"), self.tr("Marker / strategy")])
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 60)
        self.setToolTip(
            self.tr("Select a span, then press a key to toggle that marker or strategy on it.")
        )
        self.set_codebook(codebook)

    def set_codebook(self, codebook: Codebook) -> None:
        """Show this codebook (in the user's language where it has one); the panel follows
        every change of the project's codebook."""
        self.clear()
        codebook = shown(codebook)
        sections: list[tuple[str, str | None, tuple[Marker, ...] | tuple[Strategy, ...]]] = [
            (
                self.tr("Withdrawal (W)  — {name}").format(name=codebook.name),
                codebook.kind_colors.get("withdrawal"),
                codebook.markers_of(RuptureKind.WITHDRAWAL),
            ),
            (
                self.tr("Confrontation (C)"),
                codebook.kind_colors.get("confrontation"),
                codebook.markers_of(RuptureKind.CONFRONTATION),
            ),
            (
                self.tr("Resolution strategies (R)"),
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
                label = e.label
                tip = e.definition
                if e.retired:
                    label = self.tr("{label} (taken out: recode its spans)").format(label=label)
                    tip = self.tr(
                        "Taken out of the codebook; spans that still carry it are listed by "
                        "Check Coding."
                    )
                child = QTreeWidgetItem([e.key, label])
                child.setIcon(1, swatch(e.color))
                child.setToolTip(1, tip)
                if e.retired:
                    child.setForeground(1, QBrush(QColor("#888888")))
                top.addChild(child)
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
