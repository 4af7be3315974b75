"""Edit → Codebook…: the project's codebook as a lab adapts it — markers per kind, strategies
with their groups, scales with their anchors, keys, colours, the segment length and counting
rule, actors and translations — checked as it is typed, each problem in one sentence.

OK applies the change as one undoable step: ids stay (a rename is a new label), and a code that
spans still use is taken out only after saying where its spans go (RemovalDialog). A lab shares
its codebook as one file (Save As…, Load…); the project keeps the codebook it is coded with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.codebook_edits import free_id, plan_change, removals
from rupture_annotator.domain.project import EditError
from rupture_annotator.storage.atomic import SaveError
from rupture_annotator.storage.codebooks import (
    CODEBOOK_SUFFIX,
    codebook_file_problems,
    codebook_fingerprint,
    codebook_problems_of,
    load_codebook,
    save_codebook,
)
from rupture_annotator.ui.codebook_editor.removals import RemovalDialog
from rupture_annotator.ui.codebook_editor.tables import (
    Column,
    EntryTable,
    color_icon,
    parse_anchors,
)
from rupture_annotator.ui.commands import ChangeCodebook
from rupture_annotator.ui.document import Document

PALETTE = ("#1f4e9c", "#a3261b", "#2b9549", "#7a4fb0", "#c27c0e", "#2a8c8c", "#b0306e")
LANES = ("withdrawal", "confrontation", "resolution")


class CodebookEditor(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.original = document.project.codebook
        self.candidate: Codebook | None = self.original
        self.retired: list[dict[str, Any]] = []  # codes taken out, kept for their spans
        self.retired_strategies: list[dict[str, Any]] = []
        # translations by language, then by (list, id): the truth the Translations tab edits
        self.translations: dict[str, dict[tuple[str, str], str]] = {}
        self._filling = True  # no checks while the widgets are built and filled
        self.setWindowTitle(self.tr("Codebook — {name}").format(name=self.original.name))
        self.setObjectName("codebookEditor")
        # not self.screen(): the QScreen wrapper it returns is kept with this dialog and was
        # collected with it; once such a dialog had been collected from the GUI thread's
        # collector (ui/main_thread_gc.py), the next dialog crashed in QWidget::screen(), likely
        # a damaged screen object (tests/gui/test_codebook_editor.py, every run)
        where = parent.window().geometry().center() if parent is not None else None
        shown_on = QGuiApplication.screenAt(where) if where is not None else None
        screen = (shown_on or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1040, screen.width() - 40), min(680, screen.height() - 40))

        self.coded_with = QLabel()
        self.coded_with.setWordWrap(True)
        self.coded_with.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.wd = self._marker_table(RuptureKind.WITHDRAWAL)
        self.cf = self._marker_table(RuptureKind.CONFRONTATION)
        self.tabs.addTab(self.wd, self.tr("&Withdrawal markers"))
        self.tabs.addTab(self.cf, self.tr("&Confrontation markers"))
        self.strategies = self._strategy_table()
        self.tabs.addTab(self.strategies, self.tr("&Strategies"))
        self.scales = self._scale_table()
        self.tabs.addTab(self.scales, self.tr("S&cales"))
        self.actors = EntryTable(
            [
                Column("id", self.tr("Id"), width=160),
                Column("label", self.tr("Label")),
            ],
            lambda rows: {"id": "", "label": "", "_auto_id": True},
        )
        self.tabs.addTab(self._actors_tab(), self.tr("&Actors"))
        self.tabs.addTab(self._translations_tab(), self.tr("&Translations"))
        self.tabs.currentChanged.connect(self._tab_shown)

        self.problems = QListWidget()
        self.problems.setObjectName("codebookProblems")
        self.problems.setMaximumHeight(110)
        self.problems.setStyleSheet("color: #a33")
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.load_button = QPushButton(self.tr("&Load Lab Codebook…"))
        self.load_button.setToolTip(
            self.tr("Fill the editor from a *.codebook.json file; nothing changes until OK.")
        )
        self.load_button.clicked.connect(self.load_file)
        self.save_button = QPushButton(self.tr("Save &As…"))
        self.save_button.setToolTip(self.tr("Write this codebook as one file to share with a lab."))
        self.save_button.clicked.connect(self.save_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.coded_with)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.note)
        layout.addLayout(bottom)

        for table in (self.wd, self.cf, self.strategies, self.scales, self.actors):
            table.changed.connect(self.check)
        self.fill(self.original)

    # -- building -----------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit()
        self.version = QLineEdit()
        self.version.setToolTip(
            self.tr("Give a changed codebook a new version, so exports tell the two apart.")
        )
        self.codebook_id = QLineEdit()
        self.language = QLineEdit()
        self.language.setToolTip(
            self.tr("The language of the labels, as a code: en, de, es, pt_BR.")
        )
        self.description = QLineEdit()
        self.segment = QDoubleSpinBox()
        self.segment.setDecimals(2)
        self.segment.setRange(1 / 60, 600)
        self.segment.setSingleStep(1)
        self.segment.setSuffix(self.tr(" min"))
        self.segment.setToolTip(self.tr("The 3RS rates 5-minute segments; some labs use 1 minute."))
        self.count_rule = QComboBox()
        self.count_rule.addItem(self.tr("in every segment it overlaps"), "overlap")
        self.count_rule.addItem(self.tr("only in the segment where it starts"), "start")
        self.lane_colors: dict[str, QLineEdit] = {}
        for w in (self.name, self.version, self.codebook_id, self.language, self.description):
            w.textChanged.connect(self.check)
        self.segment.valueChanged.connect(self.check)
        self.count_rule.currentIndexChanged.connect(self.check)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Id:"), self.codebook_id)
        form.addRow(self.tr("Language of the labels:"), self.language)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Segment length:"), self.segment)
        form.addRow(self.tr("A span across a segment boundary counts:"), self.count_rule)
        titles = {
            "withdrawal": self.tr("Withdrawal lane colour:"),
            "confrontation": self.tr("Confrontation lane colour:"),
            "resolution": self.tr("Resolution lane colour:"),
        }
        for lane in LANES:
            edit = QLineEdit()
            edit.setPlaceholderText("#3a78d8")
            swatch = edit.addAction(color_icon(""), QLineEdit.ActionPosition.LeadingPosition)
            edit.textChanged.connect(lambda text, a=swatch: a.setIcon(color_icon(text)))
            edit.textChanged.connect(self.check)
            self.lane_colors[lane] = edit
            form.addRow(titles[lane], edit)
        return page

    def _marker_table(self, kind: RuptureKind) -> EntryTable:
        prefix = "wd_" if kind == RuptureKind.WITHDRAWAL else "cf_"

        def new_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
            numbers = [r["number"] for r in rows if isinstance(r.get("number"), int)]
            return {
                "id": free_id(self.original, self.tr("new marker"), prefix, self._all_ids()),
                "kind": kind.value,
                "number": max(numbers, default=0) + 1,
                "label": "",
                "key": self._free_key(rows),
                "color": PALETTE[len(rows) % len(PALETTE)],
                "_auto_id": True,
                "_prefix": prefix,
            }

        return EntryTable(
            [
                Column("key", self.tr("Key"), width=44, tip=self.tr("1…9 or 0: toggles it")),
                Column("number", self.tr("No."), "int", width=44),
                Column("label", self.tr("Label")),
                Column("definition", self.tr("Definition")),
                Column("color", self.tr("Colour"), "color", width=96),
                Column("group", self.tr("Group"), width=120),
                Column("id", self.tr("Id (in the data)"), width=170),
            ],
            new_row,
        )

    def _strategy_table(self) -> EntryTable:
        def new_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
            numbers = [r["number"] for r in rows if isinstance(r.get("number"), int)]
            return {
                "id": free_id(self.original, self.tr("new strategy"), "rs_", self._all_ids()),
                "number": max(numbers, default=0) + 1,
                "label": "",
                "key": self._free_key(rows),
                "color": PALETTE[len(rows) % len(PALETTE)],
                "group": "ungrouped",
                "_auto_id": True,
                "_prefix": "rs_",
            }

        groups = (
            (self.tr("immediate"), "immediate"),
            (self.tr("exploratory"), "exploratory"),
            (self.tr("ungrouped"), "ungrouped"),
        )
        return EntryTable(
            [
                Column("key", self.tr("Key"), width=44, tip=self.tr("1…9 or 0: toggles it")),
                Column("number", self.tr("No."), "int", width=44),
                Column("label", self.tr("Label")),
                Column("group", self.tr("Group"), "choice", groups, width=110),
                Column("definition", self.tr("Definition")),
                Column("color", self.tr("Colour"), "color", width=96),
                Column("id", self.tr("Id (in the data)"), width=170),
            ],
            new_row,
        )

    def _scale_table(self) -> EntryTable:
        def new_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
            return {
                "id": free_id(self.original, self.tr("new scale"), "", self._all_ids()),
                "label": "",
                "target": "segment",
                "minimum": 1,
                "maximum": 5,
                "anchors": {},
                "_auto_id": True,
            }

        targets = (
            (self.tr("each segment"), "segment"),
            (self.tr("the session"), "session"),
            (self.tr("a rupture span"), "rupture"),
            (self.tr("a strategy span"), "resolution"),
        )
        kinds = (
            ("—", None),
            (self.tr("withdrawal"), "withdrawal"),
            (self.tr("confrontation"), "confrontation"),
        )
        return EntryTable(
            [
                Column("id", self.tr("Id (in the data)"), width=150),
                Column("label", self.tr("Label"), width=170),
                Column("target", self.tr("Rates"), "choice", targets, width=120),
                Column("minimum", self.tr("From"), "int", width=48),
                Column("maximum", self.tr("To"), "int", width=48),
                Column(
                    "anchors",
                    self.tr("Anchors"),
                    "anchors",
                    tip=self.tr("What each value means: 1 = None; 3 = Some; 5 = High"),
                ),
                Column(
                    "kind",
                    self.tr("Rupture kind"),
                    "choice",
                    kinds,
                    width=120,
                    tip=self.tr("A segment rating of one kind (3RS significance, salience)"),
                ),
                Column(
                    "actor",
                    self.tr("Actor"),
                    width=90,
                    tip=self.tr("Whose moving away or against it rates (an actor id), or empty"),
                ),
            ],
            new_row,
        )

    def _actors_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "With actors (3RS v2022: patient, therapist), every rupture is someone's and "
                "counts and segment ratings are per actor. The first is the default."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.actors)
        return page

    def _translations_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.translation_language = QComboBox()
        self.translation_language.setEditable(True)
        self.translation_language.setObjectName("translationLanguage")
        self.translation_language.setToolTip(self.tr("A language code: de, es, fr, pt_BR."))
        self.translation_language.currentTextChanged.connect(self._fill_translations)
        row.addWidget(QLabel(self.tr("Labels in:")))
        row.addWidget(self.translation_language)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Coders whose app is in that language see these labels; the data keeps the "
                "ids. Leave a label empty to show the codebook's own."
            )
        )
        hint.setWordWrap(True)
        self.translation_table = QTableWidget(0, 3)
        self.translation_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Label"), self.tr("Translated label")]
        )
        self.translation_table.verticalHeader().setVisible(False)
        header = self.translation_table.horizontalHeader()
        header.setStretchLastSection(True)
        self.translation_table.setColumnWidth(0, 270)
        self.translation_table.setColumnWidth(1, 300)
        self.translation_table.itemChanged.connect(self._translation_edited)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.translation_table)
        return page

    # -- filling ------------------------------------------------------------------------------------
    def fill(self, cb: Codebook) -> None:
        """Show a codebook (the project's, or one loaded from a file)."""
        self._filling = True
        existing = {c.id for c in self.original.codes()}
        existing |= {s.id for s in self.original.scales} | {a.id for a in self.original.actors}
        self.name.setText(cb.name)
        self.version.setText(cb.version)
        self.codebook_id.setText(cb.id)
        self.language.setText(cb.language)
        self.description.setText(cb.description)
        self.description.setCursorPosition(0)  # a long description reads from its start
        self.segment.setValue(cb.segment_length_ms / 60_000)
        self.count_rule.setCurrentIndex(max(0, self.count_rule.findData(cb.count_rule)))
        for lane, edit in self.lane_colors.items():
            edit.setText(cb.kind_colors.get(lane, ""))
        dumped = cb.model_dump(mode="json")
        live = [m for m in dumped["markers"] if not m.get("retired")]
        self.retired = [m for m in dumped["markers"] if m.get("retired")]
        self.retired_strategies = [s for s in dumped["strategies"] if s.get("retired")]
        self.wd.set_rows([m for m in live if m["kind"] == "withdrawal"], existing)
        self.cf.set_rows([m for m in live if m["kind"] == "confrontation"], existing)
        self.strategies.set_rows(
            [s for s in dumped["strategies"] if not s.get("retired")], existing
        )
        self.scales.set_rows(dumped["scales"], existing)
        self.actors.set_rows(dumped["actors"], existing)
        self.translations = {}
        for section in ("markers", "strategies", "scales", "actors"):
            for item in dumped[section]:
                for lang, text in (item.get("labels") or {}).items():
                    self.translations.setdefault(lang, {})[(section, item["id"])] = text
        self.translation_language.blockSignals(True)
        self.translation_language.clear()
        others = [lang for lang in cb.languages if lang != cb.language]
        self.translation_language.addItems(others or ["de"])
        self.translation_language.blockSignals(False)
        self._fill_translations()
        self._filling = False
        self.check()

    def _all_ids(self) -> set[str]:
        found: set[str] = set()
        for table in (self.wd, self.cf, self.strategies, self.scales):
            found |= {str(r.get("id")) for r in table.rows()}
        return found

    def _free_key(self, rows: list[dict[str, Any]]) -> str:
        taken = {r.get("key") for r in rows}
        return next((k for k in "1234567890" if k not in taken), "")

    # -- translations -------------------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.translation_table.parentWidget():
            self._fill_translations()

    def _translation_rows(self) -> list[tuple[str, str, str, str]]:
        """(list, id, what, label) of every code, as the tables hold them now."""
        found: list[tuple[str, str, str, str]] = []
        named = [
            ("markers", self.wd, self.tr("Withdrawal marker")),
            ("markers", self.cf, self.tr("Confrontation marker")),
            ("strategies", self.strategies, self.tr("Strategy")),
            ("scales", self.scales, self.tr("Scale")),
            ("actors", self.actors, self.tr("Actor")),
        ]
        for section, table, what in named:
            for r in table.rows():
                found.append((section, str(r.get("id")), what, str(r.get("label") or "")))
        return found

    def _fill_translations(self) -> None:
        lang = self.translation_language.currentText().strip()
        given = self.translations.get(lang, {})
        table = self.translation_table
        table.blockSignals(True)
        table.setRowCount(0)
        for section, code_id, what, label in self._translation_rows():
            r = table.rowCount()
            table.insertRow(r)
            head = QTableWidgetItem(f"{what} · {code_id}")
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            head.setData(Qt.ItemDataRole.UserRole, (section, code_id))
            own = QTableWidgetItem(label)
            own.setFlags(own.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 0, head)
            table.setItem(r, 1, own)
            table.setItem(r, 2, QTableWidgetItem(given.get((section, code_id), "")))
        table.blockSignals(False)

    def _translation_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        head = self.translation_table.item(item.row(), 0)
        lang = self.translation_language.currentText().strip()
        if head is None or not lang:
            return
        key = tuple(head.data(Qt.ItemDataRole.UserRole))
        given = self.translations.setdefault(lang, {})
        if item.text().strip():
            given[key] = item.text().strip()
        else:
            given.pop(key, None)
        self.check()

    # -- reading and checking -----------------------------------------------------------------------
    def data(self) -> tuple[dict[str, Any], list[str]]:
        """The codebook as entered (JSON-ready) and the problems only the editor sees (anchors
        that cannot be read)."""
        own: list[str] = []
        sections: dict[str, list[dict[str, Any]]] = {
            "markers": [*self.wd.rows(), *self.cf.rows(), *self.retired],
            "strategies": [*self.strategies.rows(), *self.retired_strategies],
            "scales": self.scales.rows(),
            "actors": self.actors.rows(),
        }
        for i, scale in enumerate(sections["scales"]):
            if isinstance(scale.get("anchors"), str):
                parsed = parse_anchors(scale["anchors"])
                own.append(
                    self.tr("Scale {label}, anchors: {reason}.").format(
                        label=scale.get("label") or i + 1, reason=parsed
                    )
                )
                scale["anchors"] = {}
            if not scale.get("actor"):
                scale["actor"] = None
        for section, items in sections.items():
            for item in items:
                labels = {
                    lang: given[(section, str(item.get("id")))]
                    for lang, given in self.translations.items()
                    if (section, str(item.get("id"))) in given
                }
                item["labels"] = labels
        for item in sections["markers"]:
            item["group"] = item.get("group") or None
        data: dict[str, Any] = {
            "id": self.codebook_id.text().strip(),
            "name": self.name.text().strip(),
            "version": self.version.text().strip(),
            "description": self.description.text().strip(),
            "language": self.language.text().strip(),
            "segment_length_ms": round(self.segment.value() * 60_000),
            "count_rule": self.count_rule.currentData(),
            "kind_colors": {
                lane: edit.text().strip()
                for lane, edit in self.lane_colors.items()
                if edit.text().strip()
            },
            **sections,
        }
        return data, own

    def check(self) -> None:
        """Check what is entered; list each problem in one sentence; OK and Save As only
        without problems."""
        if self._filling:
            return
        data, own = self.data()
        cb, problems = codebook_problems_of(data)
        sentences = own + [self._sentence(data, path, reason) for path, reason in problems]
        self.candidate = cb if not sentences else None
        self.problems.clear()
        self.problems.addItems(sentences)
        self.problems.setVisible(bool(sentences))
        rows = max(1, min(len(sentences), 5))
        self.problems.setFixedHeight(rows * self.problems.fontMetrics().height() + 12)
        self._mark_cells(data, problems)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.candidate is not None)
        self.save_button.setEnabled(self.candidate is not None)
        self._show_note()

    def _mark_cells(self, data: dict[str, Any], problems: list[tuple[str, str]]) -> None:
        """Tint each cell a problem names, so it is found without reading paths."""
        marks: dict[int, dict[tuple[int, str], str]] = {}
        n_wd = len(self.wd.rows())
        tables = {
            "strategies": self.strategies,
            "scales": self.scales,
            "actors": self.actors,
        }
        for path, reason in problems:
            head, _, field = path.partition(".")
            section, _, index = head.partition("[")
            if not index[:1].isdigit():
                continue
            i = int(index.split("]")[0])
            if section == "markers":
                table, row = (self.wd, i) if i < n_wd else (self.cf, i - n_wd)
            elif section in tables:
                table, row = tables[section], i
            else:
                continue
            marks.setdefault(id(table), {})[(row, field.split(".")[0].split("[")[0])] = reason
        bar = self.tabs.tabBar()
        for table in (self.wd, self.cf, self.strategies, self.scales, self.actors):
            table.mark(marks.get(id(table), {}))
            page = table.parentWidget() if table is self.actors else table
            tab = self.tabs.indexOf(page) if page is not None else -1
            if tab >= 0:  # a tab with a problem says so in red
                bar.setTabTextColor(tab, QColor("#b02020" if id(table) in marks else "black"))

    def _show_note(self) -> None:
        cb = self.original
        self.coded_with.setText(
            self.tr(
                "This project is coded with {name}, version {version} (id {id}, fingerprint "
                "{fingerprint})."
            ).format(
                name=cb.name, version=cb.version, id=cb.id, fingerprint=codebook_fingerprint(cb)
            )
        )
        new = self.candidate
        if new is not None and new != cb and new.version == cb.version:
            self.note.setText(
                self.tr(
                    "You changed the codebook: give it a new version (now {version}) so its "
                    "exports and files tell the two apart."
                ).format(version=cb.version)
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _sentence(self, data: dict[str, Any], path: str, reason: str) -> str:
        """A problem as one sentence naming the place in the editor, e.g. "Withdrawal marker 2
        (Minimal response), key: '1' is already the key of …"."""
        head, _, rest = path.partition(".")
        place = {
            "id": self.tr("Id"),
            "name": self.tr("Name"),
            "version": self.tr("Version"),
            "language": self.tr("Language"),
            "segment_length_ms": self.tr("Segment length"),
            "kind_colors": self.tr("Lane colour"),
        }.get(head, head)
        if "[" in head:
            section, _, index = head.partition("[")
            i = int(index.rstrip("]").split("]")[0]) if index[:1].isdigit() else 0
            items = data.get(section) or []
            item = items[i] if i < len(items) else {}
            label = item.get("label") or item.get("id") or ""
            if section == "markers":
                n_wd = len(self.wd.rows())
                kind = self.tr("Withdrawal marker") if i < n_wd else self.tr("Confrontation marker")
                row = i + 1 if i < n_wd else i - n_wd + 1
                place = f"{kind} {row} ({label})"
            else:
                names = {
                    "strategies": self.tr("Strategy"),
                    "scales": self.tr("Scale"),
                    "actors": self.tr("Actor"),
                }
                place = f"{names.get(section, section)} {i + 1} ({label})"
        field = rest or ""
        text = f"{place}, {field}: {reason}" if field else f"{place}: {reason}"
        return text if text.endswith(".") else text + "."

    # -- files --------------------------------------------------------------------------------------
    def load_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a lab codebook"),
            str(self._folder()),
            self.tr("Codebooks (*{suffix} *.json)").format(suffix=CODEBOOK_SUFFIX),
        )
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> bool:
        """Fill the editor from a codebook file; a file with problems is refused, each named."""
        problems = codebook_file_problems(path)
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Codebook not loaded"),
                self.tr("{name} cannot be used:").format(name=path.name)
                + "\n\n"
                + "\n".join(problems[:12]),
            )
            return False
        self.fill(load_codebook(path))
        return True

    def save_file(self) -> None:
        if self.candidate is None:
            return
        suggested = self._folder() / f"{self.candidate.id}{CODEBOOK_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the codebook for the lab"),
            str(suggested),
            self.tr("Codebooks (*{suffix})").format(suffix=CODEBOOK_SUFFIX),
        )
        if path:
            self.save_path(Path(path))

    def save_path(self, path: Path) -> bool:
        if self.candidate is None:
            return False
        if not path.name.endswith(CODEBOOK_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + CODEBOOK_SUFFIX)
        try:
            save_codebook(self.candidate, path)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Codebook not saved"), str(exc))
            return False
        self.note.setText(self.tr("Saved {path}.").format(path=path))
        self.note.setVisible(True)
        return True

    def _folder(self) -> Path:
        return self.document.path.parent if self.document.path is not None else Path.home()

    # -- applying -----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Apply the codebook to the project as one undoable step; codes still in use are taken
        out only after saying where their spans go."""
        new = self.candidate
        if new is None:
            return
        if new == self.original:
            super().accept()
            return
        project = self.document.project
        in_use = removals(project, new)
        resolution = None
        if in_use:
            ask = RemovalDialog(in_use, self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            resolution = ask.resolution()
        try:
            swap = plan_change(project, new, resolution)
        except EditError as exc:
            self._refused(str(exc))
            return
        command = ChangeCodebook(project, swap, self.tr("Edit codebook"))
        errors: list[str] = []
        self.document.error.connect(errors.append)
        try:
            applied = self.document.apply(command)
        finally:
            self.document.error.disconnect(errors.append)
        if not applied:
            self._refused(errors[0] if errors else self.tr("The codebook could not be changed."))
            return
        super().accept()

    def _refused(self, sentence: str) -> None:
        self.problems.clear()
        self.problems.addItem(sentence)
        self.problems.setVisible(True)


def edit_codebook(document: Document, parent: QWidget) -> CodebookEditor:
    editor = CodebookEditor(document, parent)
    editor.open()
    return editor
