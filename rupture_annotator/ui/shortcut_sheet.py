"""The shortcut sheet (?): every key, built from the same table as the menus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.ui.actions import ACTIONS, MENU_TITLES, shortcut_rows

# the sheet's last row (actions.shortcut_rows), which no menu holds
TOGGLE_ROW = QT_TRANSLATE_NOOP(
    "ShortcutSheet", "Toggle marker / strategy with that key on the selected span"
)


def translated_row(row: tuple[str, str, str]) -> tuple[str, str, str]:
    """A row of the sheet in the user's language: the menu and the command as the menus say
    them (without their mnemonics), the keys as they are."""
    menu, what, keys = row
    title = QCoreApplication.translate("menus", MENU_TITLES.get(menu, f"&{menu}"))
    texts = {spec.text.replace("&", ""): spec.text for spec in ACTIONS}
    if what in texts:
        what = QCoreApplication.translate("actions", texts[what])
    else:
        what = QCoreApplication.translate("ShortcutSheet", what)
    return title.replace("&", ""), what.replace("&", ""), keys


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [translated_row(row) for row in shortcut_rows()]
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 640)
