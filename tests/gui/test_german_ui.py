"""The whole app in German: every window and dialog a coder opens reads German with the shipped
translation; the translation is complete, well formed, and compiled; and every string the
sources mark for translation is in it (lupdate silently skips a few forms of call)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.blind import StudySettings
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.project_file import save_project
from rupture_annotator.ui.agreement_dialog import AgreementWindow
from rupture_annotator.ui.export_dialog import ExportDialog
from rupture_annotator.ui.import_dialog import ImportDialog
from rupture_annotator.ui.language import (
    TRANSLATIONS,
)
from rupture_annotator.ui.review.comment_box import CommentBox
from rupture_annotator.ui.session_details import SessionDetailsDialog
from rupture_annotator.ui.shortcut_sheet import ShortcutSheet
from rupture_annotator.ui.talk_control import SpeakersDialog
from rupture_annotator.ui.timeline import style as timeline_style
from rupture_annotator.ui.timeline.lanes import LABEL_PAD, WIDEST_SPAN, label_titles
from rupture_annotator.ui.timeline.overlay import open_span_text
from rupture_annotator.ui.timeline.painting import empty_hint
from tests.gui.conftest import OpenWindow
from tests.gui.test_compare_window import own_file
from tests.gui.test_import_dialog import TABLE
from tests.gui.test_talk_lanes import TRANSCRIPT, _envelope
from tests.unit.conftest import coded_project
from tests.unit.test_compare_consensus import two_coders

ROOT = Path(__file__).resolve().parents[2]
TS = Path(TRANSLATIONS) / "rupture_annotator_de.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its plural forms
    kind: str | None  # None when finished; "unfinished", "vanished", "obsolete"
    numerus: bool


def messages() -> list[Message]:
    found = []
    for context in ET.parse(TS).getroot().findall("context"):
        name = context.findtext("name") or ""
        for m in context.findall("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            source = m.findtext("source") or ""
            found.append(Message(name, source, forms, translation.get("type"), numerus))
    return found


def update_script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return update_translations


# -- the translation itself -------------------------------------------------------------------
def test_every_message_is_translated_and_keeps_its_placeholders_and_mnemonic() -> None:
    problems = []
    for m in messages():
        where = f"{m.context}: {m.source!r}"
        if m.kind is not None:
            problems.append(f"{where} is {m.kind}")
        if not all(f.strip() for f in m.forms) or (m.numerus and len(m.forms) != 2):
            problems.append(f"{where} has an empty translation")
        wanted = {p.lower() for p in PLACEHOLDER.findall(m.source)}
        for form in m.forms:
            # {Actor}, {Hint}: the same value as written, where German keeps a noun's capital
            if {p.lower() for p in PLACEHOLDER.findall(form)} != wanted:
                problems.append(f"{where}: placeholders of {form!r}")
            if ("%n" in m.source) != ("%n" in form) and m.numerus:
                problems.append(f"{where}: %n in {form!r}")
            if m.source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"{where}: the mnemonic of {form!r}")
    assert not problems, "\n".join(problems)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def marked_strings(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every literal the file marks: self.tr("…") in a class,
    QCoreApplication.translate("context", "…") and QT_TRANSLATE_NOOP("context", "…")."""
    found: set[tuple[str, str]] = set()

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            args = [literal(a) for a in node.args]
            if name == "tr" and isinstance(node.func, ast.Attribute) and args and args[0]:
                assert cls is not None, f"{path}: tr() outside a class"
                found.add((cls, args[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(args[:2]):
                found.add((str(args[0]), str(args[1])))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_every_string_marked_in_the_sources_is_translated() -> None:
    script = update_script()
    sources = {ROOT / s for s in script.SOURCES}
    ui = ROOT / "rupture_annotator" / "ui"
    marking = {p for p in ui.rglob("*.py") if marked_strings(p)}
    assert marking <= sources, f"add to SOURCES of update_translations.py: {marking - sources}"
    translated = {(m.context, m.source) for m in messages() if m.kind is None}
    missing = {
        (path.relative_to(ROOT).as_posix(), *marked)
        for path in sources
        for marked in marked_strings(path)
        if marked not in translated
    }
    assert not missing, "run scripts/update_translations.py, then translate:\n" + "\n".join(
        map(str, sorted(missing))
    )
    data = {(c, s) for c, strings in script.data_strings().items() for s in strings}
    assert data <= translated, sorted(data - translated)


# -- the windows ------------------------------------------------------------------------------
def english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English strings German replaces: as they are (with and without their mnemonic), and
    those with placeholders as patterns that match them filled in."""
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for m in messages():
        if m.numerus or m.source in m.forms or len(re.sub(r"\W", "", m.source)) < 3:
            continue
        if PLACEHOLDER.search(m.source):
            literal = PLACEHOLDER.sub("", m.source)
            if len(re.sub(r"[^A-Za-z]", "", literal)) >= 5:
                parts = [re.escape(p) for p in PLACEHOLDER.split(m.source)[::2]]
                patterns.append(re.compile(".+?".join(parts), re.DOTALL))
        else:
            plain |= {m.source, m.source.replace("&", "")}
    return plain, patterns


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a coder reads in a window: titles, labels, buttons, group boxes,
    tabs, column headers, list choices, tooltips, placeholders and menu entries."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    for w in [top, *top.findChildren(QWidget)]:
        name = type(w).__name__
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append(("label", w.text()))
        elif isinstance(w, QAbstractButton):
            box = w.parentWidget()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(w) != (
                QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # OK, Cancel, Close: Qt's own translation (qtbase)
                out.append(("button", w.text()))
        elif isinstance(w, QGroupBox):
            out.append(("group box", w.title()))
        elif isinstance(w, QTabWidget):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [("choice", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(("placeholder", w.placeholderText()))
        elif isinstance(w, QMenu):
            out.append(("menu", w.title()))
            out += [("menu entry", a.text()) for a in w.actions()]
        if isinstance(w, QTableView | QTreeView) and (model := w.model()) is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for section in range(header.count()):
                title = model.headerData(section, Qt.Orientation.Horizontal)
                out.append(("column", str(title or "")))
    return [(where, text) for where, text in out if text.strip()]


def codebook_words(codebook: Codebook) -> set[str]:
    """The codebook's labels: data in the codebook's own language (and its translations)."""
    words = {m.label for m in codebook.markers} | {s.label for s in codebook.strategies}
    words |= {a.label for a in codebook.actors}
    for scale in codebook.scales:
        words |= {scale.label, scale.definition, *scale.anchors.values()}
    return words


def english_left(codebook: Codebook, *tops: QWidget) -> list[str]:
    """What the windows still say in English, but for the codebook's labels."""
    plain, patterns = english_sources()
    plain -= codebook_words(codebook)
    left = []
    for top in tops:
        for where, text in texts_of(top):
            as_is = text in plain or text.replace("&", "") in plain
            if as_is or any(p.fullmatch(text) for p in patterns):
                left.append(f"{type(top).__name__} {where}: {text!r}")
    return left


# Still English, set by main_window.py outside its translated messages: the Undo and Redo
# texts it writes over the translated actions, and the dock titles (View menu). Drop an entry
# here once it is wrapped in tr().
MAIN_WINDOW_ENGLISH: set[str] = set()  # the main window's own strings are all translated now


def test_the_english_check_finds_english(qtbot: QtBot, open_window: OpenWindow) -> None:
    """Without the translation the same windows are found English (the check sees them)."""
    window = open_window(coded_project())
    dialog = ExportDialog(window.document.project, window.document.path, window)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    left = english_left(window.document.project.codebook, window, dialog)  # type: ignore[union-attr]
    assert any("'Coding of'" in t for t in left), left
    assert any("Coder: ana" in t for t in left), left  # a filled-in placeholder


def test_the_coding_window_and_its_dialogs_read_german(
    german: None, qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    project = coded_project()
    window = open_window(project)
    document = window.document
    assert document is not None and window.coding is not None
    rec = document.recording
    assert rec is not None
    window.coding.select(rec.ruptures[0].id)  # the inspector shows a span
    window.check_dock.show()
    window.review_dock.show()
    source = tmp_path / "old.csv"
    source.write_text(TABLE)
    dialogs: list[QWidget] = [
        ExportDialog(project, document.path, window),
        ImportDialog(document, window, source=source),
        AgreementWindow(window, tmp_path),
        SessionDetailsDialog(document, window),
        ShortcutSheet(window),
        CommentBox(window),
        SpeakersDialog(["Ana", ""], {"Ana": "therapist"}, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    left = english_left(project.codebook, window, *dialogs)
    assert [t for t in left if t not in MAIN_WINDOW_ENGLISH] == []
    assert window.coder_label.text() == "Kodierer: ana"
    assert window.inspector.title.text() in ("Rückzugsbruch", "Konfrontationsbruch")
    assert window.transport.frame.text().startswith("Bild ")
    sheet = dialogs[4]
    assert isinstance(sheet, ShortcutSheet)
    commands = {sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}  # type: ignore[union-attr]
    assert "Abspielen / Pause" in commands and "Play / Pause" not in commands


def test_compare_and_gold_check_read_german(
    german: None, qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    both = two_coders()
    gold = own_file(both, "ana")
    gold.set_study(StudySettings(gold_coder="ana"))
    save_project(gold, tmp_path / "ana.rupture.json")
    trainee: Project = own_file(both, "ben")
    window = open_window(trainee, coder="ben", name="ben")
    window.actions_by_id["gold_check"].trigger()
    dialog = window.gold_dialog
    assert dialog is not None
    assert "NICHT BESTANDEN" in dialog.verdict.text()
    replay = dialog.open_replay()
    window.actions_by_id["compare"].trigger()
    compare = window.compare_window
    assert compare is not None
    assert english_left(both.codebook, dialog, replay, compare) == []
    assert compare.windowTitle().startswith("Kodierende vergleichen: ")
    compare.actions_by_id["next"].trigger()
    assert compare.sources.text().startswith("Segment 1: A oder B")


def test_the_menus_of_the_german_window_keep_their_mnemonics_apart(
    german: None, open_window: OpenWindow
) -> None:
    window = open_window(coded_project())
    bar = window.menuBar()
    clashes = []
    for title, actions in [
        ("menu bar", bar.actions()),
        *((a.text(), a.menu().actions()) for a in bar.actions() if a.menu() is not None),
    ]:
        keys = [
            m.group(1).lower()
            for a in actions
            if (m := re.search(r"&([^&\s])", a.text())) is not None
        ]
        clashes += [f"{title}: {k}" for k in set(keys) if keys.count(k) > 1]
    assert clashes == []
    # Alt+S is the key that accepts the suggested segment ratings, not a menu's
    assert all("&s" not in a.text().lower() for a in bar.actions())


def test_qt_s_own_buttons_read_german_too(german: None, qtbot: QtBot) -> None:
    """The standard buttons of every message box and dialog come from Qt's translation."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert cancel is not None and close is not None
    assert (cancel.text(), close.text()) == ("Abbrechen", "Schließen")


def with_german_labels(codebook: Codebook) -> Codebook:
    """The codebook with German labels for one marker and one segment scale, and a German
    anchor: data the timeline shows as the codebook gives it in the user's language."""
    markers = tuple(
        m.model_copy(update={"labels": {"de": "Minimale Antwort"}})
        if m.id == "wd_minimal_response"
        else m
        for m in codebook.markers
    )
    scales = tuple(
        s.model_copy(update={"labels": {"de": "Bedeutsamkeit des Rückzugs"}})
        if s.id == "wd_significance"
        else s.model_copy(update={"anchor_labels": {"de": {3: "Mäßige Auswirkung"}}})
        if s.id == "significance"
        else s
        for s in codebook.scales
    )
    return codebook.model_copy(update={"markers": markers, "scales": scales})


def tooltip_parts(html: str) -> list[str]:
    """A tooltip's words between its tags and separators: "Marker", "noch keine"."""
    text = re.sub(r"<[^>]+>", "\n", html.replace("&amp;", "&"))
    return [p.strip() for p in re.split(r"[\n:;()]|·", text) if p.strip()]


def test_the_timeline_reads_german(german: None, open_window: OpenWindow) -> None:
    """The timeline's painted titles, span labels, hints and tooltips are German, the codebook's
    labels as the codebook gives them in German, and its left column fits the German titles."""
    project = coded_project()
    project.codebook = with_german_labels(project.codebook)
    window = open_window(project)
    timeline = window.timeline
    timeline.set_transcript(TRANSCRIPT, {"Ana": "therapist", "Bo": "patient"})
    envelope = _envelope()
    timeline.set_sound(envelope, envelope.silences(3000), silence_ms=3000)
    timeline.view_window().show_all()
    assert timeline.accessibleName() == "Zeitleiste"

    # what the left column paints, and room for all of it
    bold, small = label_titles()
    assert bold == ["Rückzug", "Konfrontation", "Lösung", "Transkript", "Ton"]
    assert small == ["Zeit · 59.9 min", "Segmente", "Ganze Sitzung", "Pausen ≥ 2.5 s"]
    assert WIDEST_SPAN in small[0]
    lay = timeline.current_layout()
    bold_metrics = QFontMetricsF(timeline_style.font(timeline.font(), 0, bold=True))
    small_metrics = QFontMetricsF(timeline_style.font(timeline.font(), -1.5))
    room = lay.plot_left - LABEL_PAD
    assert all(bold_metrics.horizontalAdvance(t) <= room for t in bold), (bold, room)
    assert all(small_metrics.horizontalAdvance(t) <= room for t in small), (small, room)

    # what spans and the empty timeline say on themselves
    document = window.document
    assert document is not None and document.recording is not None
    r1 = document.recording.find("r1")
    assert r1 is not None
    assert timeline.scene.short_label(r1) == "Minimale Antwort +1 · Bed. 3"
    assert open_span_text("withdrawal", 62_000) == "Rückzug ab 0:01:02 · erneut W zum Beenden"
    assert empty_hint().startswith("Keine Aufnahme geöffnet.")

    # what hovering tells
    def tip(annotation_id: str) -> str:
        rect = timeline.span_rect(annotation_id)
        assert rect is not None
        return timeline.tooltip_at(QPointF(rect.center())) or ""

    rupture, strategy = tip("r1"), tip("s1")
    assert "Rückzugsbruch" in rupture and "2 Minimale Antwort" in rupture
    assert "<i>Bedeutsamkeit:</i> 3 — Mäßige Auswirkung" in rupture
    assert "<i>Kodierer:</i> ana" in rupture and "<i>Notiz:</i>" in rupture
    assert "Lösungsstrategie" in strategy and "Rückzugsbruch bei 0:00:10" in strategy
    segment_y = lay.segments.center().y()
    segment = timeline.tooltip_at(QPointF(lay.x_of(100_000), segment_y)) or ""
    assert "<b>Segment 1</b>" in segment and "bewertet von ana" in segment
    assert "<i>Bedeutsamkeit des Rückzugs:</i> 3" in segment
    transcript_y = lay.talk["transcript"].bottom() - 4
    said = timeline.tooltip_at(QPointF(lay.x_of(20_000), transcript_y))
    assert said == "0:00:10.0 Bo (Patient): Fine. Nothing really happened, I guess."
    silence = timeline.tooltip_at(QPointF(lay.x_of(35_000), lay.talk["sound"].center().y()))
    assert silence == "Stille von 10.0 s, 0:00:30.0 bis 0:00:40.0 (S springt zur nächsten)"
    plain, patterns = english_sources()
    plain -= codebook_words(project.codebook)
    parts = [p for t in (rupture, strategy, segment) for p in tooltip_parts(t)]
    assert [p for p in parts if p in plain or any(e.fullmatch(p) for e in patterns)] == []


def test_undo_and_redo_name_the_step_in_german(
    german: None, qtbot: QtBot, open_window: OpenWindow
) -> None:
    from PySide6.QtGui import QUndoCommand

    window = open_window(coded_project())
    assert window.document is not None
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert (undo.text(), redo.text()) == ("&Rückgängig", "&Wiederholen")
    window.document.undo_stack.push(QUndoCommand("Spanne löschen"))
    assert undo.text() == "&Rückgängig: Spanne löschen"
    window.document.undo_stack.undo()
    assert (undo.text(), redo.text()) == ("&Rückgängig", "&Wiederholen: Spanne löschen")
