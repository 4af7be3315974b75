"""The main window composes the player, timeline, panels and actions; it does not decide.

Decisions live in CodingController (keys → commands), Document (files, undo, recovery) and
file_flows (dialogs); this module wires their signals together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator import __version__
from rupture_annotator.domain.project import Change, Project
from rupture_annotator.domain.review import Moment
from rupture_annotator.media.player import Player
from rupture_annotator.media.probe import MediaInfo, media_warnings
from rupture_annotator.media.shuttle import Shuttle, shuttle
from rupture_annotator.ui import file_flows
from rupture_annotator.ui.actions import MARKER_KEYS, build_actions
from rupture_annotator.ui.blind import BlindControl
from rupture_annotator.ui.check_coding import CheckCodingPanel, reveal
from rupture_annotator.ui.codebook_editor import edit_codebook, follow_codebook
from rupture_annotator.ui.codebook_panel import CodebookPanel
from rupture_annotator.ui.coding import CodingController
from rupture_annotator.ui.commands import ChangeCoder
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.inspector import Inspector
from rupture_annotator.ui.review.mode import ReviewMode
from rupture_annotator.ui.segment_panel import SegmentPanel, set_segment_origin
from rupture_annotator.ui.settings import Settings
from rupture_annotator.ui.talk_control import TalkControl
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline import TimelineWidget
from rupture_annotator.ui.transport import TransportBar

log = logging.getLogger(__name__)


# The dialogs below load when first opened, not with the window: start-up does not wait for them.
def show_import_dialog(parent: QWidget, document: Document | None) -> None:
    from rupture_annotator.ui.import_dialog import show_import_dialog as show

    show(parent, document)


def edit_session_details(document: Document, parent: QWidget) -> None:
    from rupture_annotator.ui.session_details import edit_session_details as edit

    edit(document, parent)


def edit_session_fields(document: Document, parent: QWidget) -> None:
    from rupture_annotator.ui.session_fields import edit_session_fields as edit

    edit(document, parent)


def show_shortcuts(parent: QWidget) -> None:
    from rupture_annotator.ui.shortcut_sheet import ShortcutSheet

    ShortcutSheet(parent).exec()


class MainWindow(QMainWindow):
    def __init__(self, player: Player, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.settings = settings
        self.document: Document | None = None
        self._views_ready = True  # False while set_document builds the views
        self.coding: CodingController | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)
        self.resize(1400, 880)

        self.transport = TransportBar(player)
        self.video_area = QWidget()
        video_layout = QVBoxLayout(self.video_area)
        video_layout.setContentsMargins(0, 0, 0, 0)
        video_layout.addWidget(player.video_widget())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.video_area, 1)
        top_layout.addWidget(self.transport)
        self.splitter.addWidget(top)
        self.timeline_holder = QWidget()
        QVBoxLayout(self.timeline_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.timeline_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspector", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.segment_dock = self._dock(
            self.tr("Segment"), "segment", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.codebook_dock = self._dock(
            self.tr("Codebook"), "codebook", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.segment_dock, self.codebook_dock)
        self.segment_dock.raise_()
        self.review_dock = self._dock(
            self.tr("Review"), "review", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.review_dock.hide()
        self.check_dock = self._dock(
            self.tr("Check Coding"), "check_coding", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.check_dock.hide()
        self.transcript_dock = self._dock(
            self.tr("Transcript"), "transcript", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.talk = TalkControl(
            self,
            player,
            settings,
            self.transcript_dock,
            lambda text: self.statusBar().showMessage(text, 8000),
        )
        self.review = ReviewMode(
            self,
            player,
            settings,
            self.review_dock,
            lambda: [
                *self.findChildren(QDockWidget),
                self.timeline_holder,
                self.menuBar(),
                self.statusBar(),
            ],
            lambda text: self.statusBar().showMessage(text, 6000),
        )
        video_layout.setSpacing(0)
        video_layout.addWidget(self.review.captions.band)  # room for captions under the picture
        self.review.controller.moment_started.connect(self._review_moment_started)

        self.coder_label, self.position_label, self.save_label = QLabel(), QLabel(), QLabel()
        for label in (self.coder_label, self.position_label, self.save_label):
            self.statusBar().addPermanentWidget(label)

        self.actions_by_id, menus = build_actions(self, self._handlers())
        self.blind = BlindControl(self, self.actions_by_id["blind"])
        for dock in (
            self.inspector_dock,
            self.segment_dock,
            self.codebook_dock,
            self.review_dock,
            self.check_dock,
            self.transcript_dock,
        ):
            menus["View"].addAction(dock.toggleViewAction())
        self.recent_menu = menus["File"].addMenu(self.tr("Open &Recent"))
        menus["File"].insertMenu(self.actions_by_id["save"], self.recent_menu)
        self._marker_actions()
        self._refresh_recent()

        player.position_changed.connect(self._position)
        player.media_loaded.connect(self._media_loaded)
        player.error_occurred.connect(self._player_error)
        player.set_volume(settings.get("player/volume"))
        self.transport.volume.setValue(player.volume())

        geometry, state = settings.get("window/geometry"), settings.get("window/state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.setWindowTitle("Rupture Annotator")

    # -- composition ----------------------------------------------------------------------------
    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # restoreState finds docks by name
        dock.setMinimumWidth(300)
        self.addDockWidget(area, dock)
        return dock

    def _marker_actions(self) -> None:
        for key in MARKER_KEYS:
            action = QAction(f"Toggle marker {key}", self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(partial(self._toggle_key, key))
            self.addAction(action)

    def _toggle_key(self, key: str) -> None:
        if self.coding is not None:
            self.coding.toggle_key(key)

    def set_document(self, document: Document) -> None:
        """Show a project: build the views bound to it, replacing the previous project's."""
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
        document.setParent(self)
        self.document = document
        self.coding = coding = CodingController(document, self)
        project = document.project

        # the recording opens first: its probe and first picture's decode run on other threads
        # while the views below are built (the window's first picture comes sooner); what the
        # player says meanwhile is shown once they are (_views_ready)
        self._views_ready = False
        media = None
        if document.recording_id is not None:
            ref_before = project.recording(document.recording_id).media
            media = file_flows.check_media(self, project, document.path, document.recording_id)
            if project.recording(document.recording_id).media != ref_before:
                document.mark_recovered()  # relinked: the file on disk still has the old link
        if media is not None:
            self.player.open(media)
            self.statusBar().showMessage(
                self.tr(
                    "Space plays. Mark a rupture with I and O, then W (withdrawal) or C "
                    "(confrontation); R marks a resolution strategy. Press ? for every key."
                ),
                20000,
            )
        else:
            self.player.close()
            duration = document.recording.media.duration_ms if document.recording else None
            self.statusBar().showMessage(
                self.tr("No video: you can still code, edit and export.")
                if duration
                else self.tr("No recording in this project.")
            )

        holder = self.timeline_holder.layout()
        assert holder is not None
        old = holder.takeAt(0)
        if old is not None and (old_widget := old.widget()) is not None:
            old_widget.deleteLater()
        self.timeline = TimelineWidget(project)
        self.timeline.set_recording(document.recording_id)
        self.timeline.set_current_coder(document.coder)
        self.timeline.set_select_seeks(bool(self.settings.get("timeline/select_seeks")))
        holder.addWidget(self.timeline)
        self.inspector = Inspector(coding)
        scroller = QScrollArea()  # a long form scrolls instead of running into the dock below
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.inspector)
        self.inspector_dock.setWidget(scroller)
        self.segment_panel = SegmentPanel(document)
        self.segment_dock.setWidget(self.segment_panel)
        self.check_dock.setWidget(CheckCodingPanel(document, coding, self.player.seek))
        self.codebook_dock.setWidget(CodebookPanel(project.codebook))
        project.subscribe(self._codebook_changed)  # every view follows a codebook edit
        self.review.set_document(document, self.timeline, lambda: coding.selected_id)
        self.blind.set_document(document)
        self.talk.set_document(document, self.timeline)

        self.timeline.seek_requested.connect(self.player.seek)
        self.timeline.selection_changed.connect(self._timeline_selected)
        self.timeline.create_requested.connect(coding.create_span)
        self.timeline.move_requested.connect(coding.move)
        coding.selection_changed.connect(self.timeline.set_selected)
        coding.marks_changed.connect(self.timeline.set_marks)
        coding.pending_changed.connect(self.timeline.set_pending)
        coding.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        document.error.connect(self._error)
        document.state_changed.connect(self._document_state)
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self._document_state()
        document.coder_changed.connect(self._coder_changed)
        self._coder_changed(document.coder)
        self._views_ready = True
        if (info := self.player.media_info()) is not None:
            self._media_loaded(info)
            self._position(self.player.position_ms())
        if document.path is not None:
            self.settings.set("files/last_dir", str(document.path.parent))
            self.settings.add_recent(str(document.path))
            self._refresh_recent()

    # -- reactions ------------------------------------------------------------------------------
    def _position(self, ms: int) -> None:
        if self.document is None or not self._views_ready:
            return
        self.timeline.set_playhead(ms)
        self.segment_panel.set_position(ms)
        self.position_label.setText(format_ms(ms))
        self.talk.set_position(ms)

    def _media_loaded(self, info: object) -> None:
        if not self._views_ready:
            return  # set_document shows it once its views are built
        if self.document is not None:
            self.timeline.set_frame_ms(1000.0 / self.player.fps())
        self.transport.show_position(self.player.position_ms())
        if isinstance(info, MediaInfo) and (warnings := media_warnings(info)):
            self.statusBar().showMessage(" ".join(warnings), 15000)

    def _player_error(self, text: str) -> None:
        log.warning("Playback error shown to the user: %s", text)
        self.statusBar().showMessage(text)
        QMessageBox.warning(self, self.tr("Playback"), text)

    def _error(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _review_moment_started(self, moment: Moment) -> None:
        """The inspector shows the moment playing in review (and the comments added on it)."""
        if self.coding is not None:
            self.coding.select(moment.annotation_id)

    def _codebook_changed(self, change: Change) -> None:
        follow_codebook(self, change)

    def _timeline_selected(self, annotation_id: object) -> None:
        if self.coding is None:
            return
        # the timeline itself asks for a seek on a click when "select seeks" is on
        self.coding.select(annotation_id if isinstance(annotation_id, str) else None)

    def _document_state(self) -> None:
        if self.document is None:
            return
        self.setWindowTitle(self.document.title())
        modified = self.document.is_modified()
        self.setWindowModified(modified)
        self.save_label.setText(
            self.tr("Unsaved changes (kept for recovery)") if modified else self.tr("Saved")
        )

    def _update_undo_actions(self, _index: int = 0) -> None:
        if self.document is None:
            return
        stack = self.document.undo_stack
        self.actions_by_id["undo"].setEnabled(stack.canUndo())
        self.actions_by_id["redo"].setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()  # "&Undo Delete span", else "&Undo"
        self.actions_by_id["undo"].setText(
            self.tr("&Undo {action}").format(action=undo)
            if undo
            else QCoreApplication.translate("actions", "&Undo")
        )
        self.actions_by_id["redo"].setText(
            self.tr("&Redo {action}").format(action=redo)
            if redo
            else QCoreApplication.translate("actions", "&Redo")
        )

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.get("files/recent"):
            action = self.recent_menu.addAction(Path(p).name)
            action.setToolTip(p)
            action.triggered.connect(partial(self.open_path, Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- handlers for the action table ----------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[[], object]]:
        p = self.player

        def pos() -> int:
            return p.position_ms()

        def code(call: Callable[[CodingController], object]) -> Callable[[], object]:
            """A handler for the open project's coding (nothing happens with none open)."""
            return lambda: None if self.coding is None else call(self.coding)

        def with_doc(fn: Callable[[Document], object]) -> Callable[[], object]:
            return lambda: None if self.document is None else fn(self.document)

        handlers: dict[str, Callable[[], object]] = {
            "new": self.new_from_video,
            "open": self.open_dialog,
            "save": self.save,
            "save_as": self.save_as,
            "export": self.export,
            "import": lambda: show_import_dialog(self, self.document),
            "quit": self.close,
            "undo": with_doc(lambda d: d.undo_stack.undo()),
            "redo": with_doc(lambda d: d.undo_stack.redo()),
            "delete": code(CodingController.delete_selected),
            "switch_actor": code(CodingController.switch_actor),
            "note": with_doc(lambda _d: self.inspector.focus_note()),
            "coder": self.change_coder,
            "session_details": with_doc(lambda d: edit_session_details(d, self)),
            "session_fields": with_doc(lambda d: edit_session_fields(d, self)),
            "codebook": with_doc(lambda d: edit_codebook(d, self)),
            "play": p.toggle,
            "shuttle_back": self.shuttle_back,
            "shuttle_stop": self.shuttle_stop,
            "shuttle_fwd": self.shuttle_forward,
            "back_1s": lambda: p.seek(max(0, pos() - 1000)),
            "fwd_1s": lambda: p.seek(pos() + 1000),
            "back_5s": lambda: p.seek(max(0, pos() - 5000)),
            "fwd_5s": lambda: p.seek(pos() + 5000),
            "frame_back": lambda: p.step(-1),
            "frame_fwd": lambda: p.step(1),
            "mark_in": code(lambda c: c.set_in(pos())),
            "mark_out": code(lambda c: c.set_out(pos())),
            "clear_marks": code(CodingController.clear_marks),
            # from the utterances selected in the transcript, else from the marks or presses
            "new_withdrawal": code(lambda c: self.talk.create(c, "withdrawal", pos())),
            "new_confrontation": code(lambda c: self.talk.create(c, "confrontation", pos())),
            "new_resolution": code(lambda c: self.talk.create(c, "resolution", pos())),
            "attach_transcript": with_doc(lambda _d: self.talk.attach_dialog()),
            "find_transcript": with_doc(lambda _d: self.talk.focus_search()),
            "next_silence": with_doc(lambda _d: self.talk.step_silence(1, pos())),
            "prev_silence": with_doc(lambda _d: self.talk.step_silence(-1, pos())),
            "silence_length": self.talk.ask_silence_length,
            "next_span": code(lambda c: c.select_neighbour(1, pos())),
            "prev_span": code(lambda c: c.select_neighbour(-1, pos())),
            "goto_span": self.goto_selected,
            "accept_suggestions": with_doc(
                lambda _d: self.statusBar().showMessage(
                    self.segment_panel.accept_suggestions(), 6000
                )
            ),
            "segment_origin": with_doc(
                lambda d: self.statusBar().showMessage(set_segment_origin(d, pos()), 6000)
            ),
            "check_coding": with_doc(lambda _d: reveal(self.check_dock)),
            "zoom_in": with_doc(lambda _d: self.timeline.view_window().zoom(2.0, pos())),
            "zoom_out": with_doc(lambda _d: self.timeline.view_window().zoom(0.5, pos())),
            "zoom_all": with_doc(lambda _d: self.timeline.view_window().show_all()),
            "shortcuts": lambda: show_shortcuts(self),
            "about": self.about,
            "review": self.review.toggle,
            "review_next": self.review.next,
            "review_prev": self.review.previous,
            "review_replay": self.review.replay,
            "review_slower": self.review.controller.slower,
            "review_faster": self.review.controller.faster,
            "review_note": self.review.toggle_note,
            "review_comment": self.review.comment,
            "presentation": self.review.presentation.toggle,
            "review_clips": self.review.export_clips,
            "agreement": self.agreement,
            "blind": lambda: self.blind.toggle(),
            "compare": self.compare_coders,
            "mark_gold": self.mark_gold,
            "gold_check": self.check_against_gold,
        }
        for n in range(1, 6):
            handlers[f"rate_{n}"] = code(partial(CodingController.set_rating, value=n))
        return handlers

    def shuttle_forward(self) -> None:
        self.transport.show_rate(shuttle(self.player, Shuttle.FORWARD))

    def shuttle_back(self) -> None:
        self.transport.show_rate(shuttle(self.player, Shuttle.BACK))

    def shuttle_stop(self) -> None:
        self.transport.show_rate(shuttle(self.player, Shuttle.STOP))

    def goto_selected(self) -> None:
        a = self.coding.selected() if self.coding else None
        if a is not None:
            self.player.seek(a.start_ms)

    # -- files ------------------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a project file, or start a new project when given a recording."""
        if not self.maybe_save():
            return False
        if path.suffix.lower() in file_flows.VIDEO_SUFFIXES:
            opened = file_flows.project_for_video(self, path)
            if opened is None:
                return False
            self.show_project(opened.project, opened.path, recording_id=opened.recording_id)
            if opened.message:
                self.statusBar().showMessage(opened.message, 10000)
            return True
        project = file_flows.open_project(self, path)
        if project is None:
            return False
        self.show_project(project, path, recovered=bool(project.load_notes))
        return True

    def show_project(
        self,
        project: Project,
        path: Path | None,
        *,
        recovered: bool = False,
        recording_id: str | None = None,
    ) -> None:
        coder = file_flows.ask_coder(self, self.settings)
        document = Document(project, path, coder)
        if recording_id is not None:
            document.recording_id = recording_id
        self.set_document(document)
        if recovered:
            document.mark_recovered()

    def open_dialog(self) -> None:
        path = file_flows.choose_project(self, self.settings)
        if path is not None:
            self.open_path(path)

    def new_from_video(self) -> None:
        video = file_flows.choose_video(self, self.settings)
        if video is not None:
            self.open_path(video)

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.document.path is None:
            return self.save_as()
        saved = self.document.save()
        if saved:
            said = self.tr("Saved {path}").format(path=self.document.path)
            self.statusBar().showMessage(said, 4000)
        return saved

    def save_as(self) -> bool:
        if self.document is None:
            return False
        suggested = (
            self.document.path
            or Path(self.settings.get("files/last_dir") or ".") / "project.rupture.json"
        )
        target = file_flows.choose_save_path(self, suggested)
        if target is None or not self.document.save(target):
            return False
        self.settings.add_recent(str(target))
        self._refresh_recent()
        return True

    def export(self) -> None:
        if self.document is None:
            return
        from rupture_annotator.ui import export_dialog  # the export stack loads on first use

        dialog = export_dialog.show_export_dialog(self, self.document.project, self.document.path)
        self.blind.restrict_export(dialog)

    def agreement(self) -> None:
        """Study → Coder Agreement…: on the open project's folder, or a folder chosen there."""
        from rupture_annotator.ui import agreement_dialog  # the statistics load on first use

        if not self.blind.allow_others(self.tr("Coder agreement")):
            return
        path = self.document.path if self.document is not None else None
        self.agreement_window = agreement_dialog.show_agreement_window(self, path)

    def compare_coders(self) -> None:
        """Study → Compare Coders…: the coders' files of this recording, read-only."""
        if self.document is None or not self.blind.allow_others(self.tr("Comparing coders")):
            return
        from rupture_annotator.ui.compare.opening import open_compare

        self.compare_window = open_compare(self, self.document, self.player, self.settings)

    def check_against_gold(self) -> None:
        """Study → Check Against Gold…: this file's trainee against the gold standard."""
        if self.document is None or not self.blind.allow_others(self.tr("The check against gold")):
            return
        from rupture_annotator.ui import gold_check  # the statistics load on first use

        self.gold_dialog = gold_check.open_gold_check(
            self, self.document, self.player, self.settings
        )

    def mark_gold(self) -> None:
        """Study → Mark as Gold Standard: this file's coder is the gold standard."""
        if self.document is not None:
            from rupture_annotator.ui.gold_check import mark_gold

            self.statusBar().showMessage(mark_gold(self.document), 8000)

    def change_coder(self) -> None:
        if self.document is None:
            return
        name = file_flows.ask_coder(self, self.settings, force=True)
        if name and name != self.document.coder:
            self.document.apply(ChangeCoder(self.document.project, self.document, name))

    def _coder_changed(self, name: str) -> None:
        self.coder_label.setText(
            self.tr("Coder: {name}").format(name=name)
            if name
            else self.tr("Coder: none (Edit → Set Coder…)")
        )
        self.timeline.set_current_coder(name or None)

    def about(self) -> None:
        """The versions a methods section names (media/versions.py), selectable for copying."""
        from html import escape

        from rupture_annotator.media.versions import versions

        rows = "".join(
            f"<tr><td>{escape(k)}</td><td>&nbsp;&nbsp;{escape(v)}</td></tr>" for k, v in versions()
        )
        title = self.tr("About Rupture Annotator")
        box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        about = self.tr(
            "Code alliance ruptures and their resolution (3RS) on session recordings. Works "
            "fully offline; videos are never copied or uploaded."
        )
        box.setText(
            f"<b>Rupture Annotator {escape(__version__)}</b><p>{escape(about)}</p>"
            f"<table>{rows}</table>"
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("aboutBox")
        box.exec()

    def maybe_save(self) -> bool:
        """Ask before unsaved work would be lost; False when the user cancels."""
        if self.document is None or not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this project before closing it?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- window events ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.document.close()
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("player/volume", self.player.volume())
        self.settings.sync()
        self.player.close()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.open_path(Path(urls[0].toLocalFile()))
