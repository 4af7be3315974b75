"""The app in the user's language: Qt's translator loads the shipped German translation, and
the codebook's labels show in the user's language where the codebook carries it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.codebook_edits import Removal, renamed
from rupture_annotator.ui.codebook_editor.dialog import CodebookEditor
from rupture_annotator.ui.codebook_editor.removals import RemovalDialog
from rupture_annotator.ui.codebook_panel import CodebookPanel
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.language import (
    codebook_language,
    install_translator,
    shown,
)
from tests.factories import codebook
from tests.unit.conftest import coded_project


def test_a_language_without_a_translation_stays_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert install_translator(qapp, "xx") is None
    assert QCoreApplication.translate("menus", "&File") == "&File"


def test_the_codebook_editor_speaks_german(qtbot: QtBot, german: None) -> None:
    editor = CodebookEditor(Document(coded_project(), None, "ana"))
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Codebuch — 3RS (2015 manual)"
    assert editor.tabs.tabText(1) == "&Rückzugsmarker"
    assert editor.load_button.text() == "Labor-Codebuch &laden…"
    assert QCoreApplication.translate("menus", "&Edit") == "&Bearbeiten"
    assert QCoreApplication.translate("actions", "Code&book…") == "Code&buch…"


def test_plural_sentences_are_translated(qtbot: QtBot, german: None) -> None:
    removal = Removal("marker", "wd_denial", "Denial", 3)
    dialog = RemovalDialog([removal])
    qtbot.addWidget(dialog)
    assert dialog._sentence(removal) == "Der Marker 'Denial' wird von 3 Spannen verwendet."
    one = Removal("scale", "x", "X", 1)
    assert dialog._sentence(one) == "Die Skala 'X' wird von 1 Bewertung verwendet."
    scale = RemovalDialog([one])
    qtbot.addWidget(scale)
    assert scale.choices["x"].itemText(0) == "Die 1 Bewertung entfernen"


def test_english_plurals_read_as_english(qtbot: QtBot) -> None:
    removals = [Removal("marker", "m", "M", 1), Removal("scale", "x", "X", 4)]
    dialog = RemovalDialog(removals)
    qtbot.addWidget(dialog)
    assert dialog._sentence(removals[0]) == "The marker 'M' is used by 1 span."
    assert dialog._sentence(removals[1]) == "The scale 'X' is used by 4 ratings."
    assert dialog.choices["x"].itemText(0) == "Remove its 4 ratings"


def test_codebook_labels_show_in_the_users_language(qtbot: QtBot, german: None) -> None:
    cb = renamed(codebook(), "wd_denial", "Verleugnung", "de")
    assert codebook_language(cb) == "de" and codebook_language(cb, "es_ES") == "en"
    assert shown(cb).markers_by_id["wd_denial"].label == "Verleugnung"
    panel = CodebookPanel(cb)
    qtbot.addWidget(panel)
    top = panel.topLevelItem(0)
    assert top is not None and top.text(0).startswith("Rückzug (W)")
    assert top.child(0).text(1) == "Verleugnung"  # type: ignore[union-attr]
