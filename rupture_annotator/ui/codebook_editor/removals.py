"""Where the spans of a removed code go: one row per code the coding still uses, with how many
spans use it, and the choice to move them to another code or keep them flagged for recoding."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.codebook_edits import Removal, Resolution


class RemovalDialog(QDialog):
    """Asks, for each removal in use, where its spans (or ratings) go; nothing is dropped
    without being said here."""

    def __init__(self, removals: list[Removal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codes still in use"))
        self.removals = removals
        intro = QLabel(
            self.tr(
                "The changed codebook takes out codes that coded spans still use. Say where "
                "each one's spans go; no span is deleted."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for removal in removals:
            box = QComboBox()
            box.setObjectName(f"removal_{removal.code_id}")
            if removal.can_flag:
                box.addItem(self.tr("Keep on its spans, flagged for recoding"), None)
            for target_id, label in removal.targets:
                box.addItem(self.tr("Move its spans to {label}").format(label=label), target_id)
            if removal.kind == "scale":
                box.addItem(_plural(self.tr("Remove its %n rating(s)", "", removal.uses)), None)
            elif removal.kind == "actor" and not removal.targets:
                box.addItem(self.tr("Code no actor on its ruptures"), None)
            form.addRow(QLabel(self._sentence(removal)), box)
            self.choices[removal.code_id] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _sentence(self, removal: Removal) -> str:
        what = {
            "marker": self.tr("The marker"),
            "strategy": self.tr("The strategy"),
            "actor": self.tr("The actor"),
            "scale": self.tr("The scale"),
        }[removal.kind]
        if removal.kind == "scale":
            used = self.tr("is used by %n rating(s).", "", removal.uses)
        else:
            used = self.tr("is used by %n span(s).", "", removal.uses)
        return f"{what} {removal.label!r} {_plural(used)}"

    def resolution(self) -> Resolution:
        return {code_id: box.currentData() for code_id, box in self.choices.items()}


def _plural(text: str) -> str:
    """English without a translation loaded: "1 span(s)" as "1 span", "3 span(s)" as "3 spans"
    (a translation gives its own plural forms)."""
    if "(s)" not in text:
        return text
    one = re.search(r"\b1 \w+\(s\)", text) is not None
    return text.replace("(s)", "" if one else "s")
