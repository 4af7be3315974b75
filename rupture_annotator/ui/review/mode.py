"""Review mode composed: the list in a dock, the controller that plays moments, the captions under
the picture, presentation mode and clips. The window hands in what it shows; nothing reaches back
(it lays out `captions.band` under the video, the room the captions may need there)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QWidget

from rupture_annotator.domain.annotations import Comment, Rupture
from rupture_annotator.domain.project import Change, EditError
from rupture_annotator.domain.reels import Reel, reel_moments
from rupture_annotator.domain.review import Moment, play_window, select
from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.ui.commands import ChangeAnnotation, SetReel
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.plurals import english
from rupture_annotator.ui.review.captions import CaptionOverlay
from rupture_annotator.ui.review.clips import export_clips, plan_clips
from rupture_annotator.ui.review.comment_box import CommentBox
from rupture_annotator.ui.review.controller import AFTER_CHOICES, ReviewController
from rupture_annotator.ui.review.panel import ReviewPanel
from rupture_annotator.ui.review.presentation import Presentation
from rupture_annotator.ui.settings import Settings
from rupture_annotator.ui.timefmt import format_ms
from rupture_annotator.ui.timeline import TimelineWidget


class ReviewMode(QObject):
    def __init__(
        self,
        window: QMainWindow,
        player: Player,
        settings: Settings,
        dock: QDockWidget,
        chrome: Callable[[], list[QWidget]],
        message: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._player = player
        self._settings = settings
        self._dock = dock
        self._message = message
        self._document: Document | None = None
        self._timeline: TimelineWidget | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._stale = False  # edits since the list was last made (made again when needed)
        self._selected_id: Callable[[], str | None] = lambda: None
        self._reel_id: str | None = None  # the reel open in the list, if any
        self._visible: set[str] | None = None  # blind coding: only these coders' moments

        self.controller = ReviewController(player, self)
        self.panel = ReviewPanel()
        dock.setWidget(self.panel)
        self.captions = CaptionOverlay(player.video_widget(), self._picture_aspect)
        self.presentation = Presentation(window, chrome, self)
        self.presentation.changed.connect(lambda _on: self._keep_caption_room())
        self._sized = False  # the list's dock is given its width once, when first shown
        self.show_note = bool(settings.get("review/show_note"))
        self.comment_box = CommentBox(window)
        self.comment_box.written.connect(self._add_comment)

        c = self.controller
        c.lead_in_ms = max(0, int(settings.get("review/lead_in_ms")))
        c.tail_ms = max(0, int(settings.get("review/tail_ms")))
        after = settings.get("review/after")
        c.after = after if after in AFTER_CHOICES else "pause"
        c.set_rate(float(settings.get("review/rate")))
        self.panel.set_playing_options(c.lead_in_ms, c.tail_ms, c.after, c.rate())

        self.panel.filter_changed.connect(self._filter_edited)
        self.panel.reels.opened.connect(self.open_reel)
        self.panel.reels.save_requested.connect(self._ask_reel_name)
        self.panel.reels.delete_requested.connect(self.delete_reel)
        self.panel.play_requested.connect(self._play_row)
        self.panel.lead_in_changed.connect(lambda ms: self._set("review/lead_in_ms", ms))
        self.panel.tail_changed.connect(lambda ms: self._set("review/tail_ms", ms))
        self.panel.after_changed.connect(lambda after: self._set("review/after", after))
        self.panel.rate_requested.connect(c.set_rate)
        self.panel.export_requested.connect(self.export_clips)
        c.rate_changed.connect(self._rate_changed)
        c.current_changed.connect(self.panel.set_current)
        c.moment_started.connect(self._started)
        c.moment_stopped.connect(self._stopped)
        dock.visibilityChanged.connect(self._dock_shown)

    # -- what the window hands in -----------------------------------------------------------
    def set_document(
        self,
        document: Document,
        timeline: TimelineWidget,
        selected_id: Callable[[], str | None] | None = None,
    ) -> None:
        """Show this document's moments; selected_id tells the span selected on the timeline."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.controller.stop()
        self.comment_box.hide()
        self._document = document
        self._timeline = timeline
        self._selected_id = selected_id or (lambda: None)
        self._reel_id = None
        self._unsubscribe = document.project.subscribe(self._on_change)
        self.panel.set_choices(document.project.codebook, self._coders())
        self.panel.reels.set_reels(document.project.reels, None)
        self.refresh()

    def set_visible_coders(self, coders: set[str] | None) -> None:
        """Blind coding: list only these coders' moments (None: everyone's)."""
        self._visible = None if coders is None else set(coders)
        if self._document is not None:
            self.panel.set_choices(self._document.project.codebook, self._coders())
        self.refresh()

    # -- commands (the action table's handlers) ---------------------------------------------
    def toggle(self) -> None:
        """Show the review list and put the keyboard in it, or leave review mode."""
        if self._dock.isVisible() and self.panel.table.hasFocus():
            self.controller.stop()
            self._dock.hide()
            return
        self._dock.show()
        self._dock.raise_()
        self._size_dock()
        self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next(self) -> None:
        self._freshen()
        if not self.controller.next():
            self._message(self._none_text(self.tr("No further moment in the list.")))

    def previous(self) -> None:
        self._freshen()
        if not self.controller.previous():
            self._message(self._none_text(self.tr("No moment to go back to.")))

    def replay(self) -> None:
        self._freshen()
        if not self.controller.replay():
            self._message(self._none_text(self.tr("No moment to replay.")))

    def toggle_note(self) -> None:
        self.show_note = not self.show_note
        self._settings.set("review/show_note", self.show_note)
        moment = self.controller.current()
        if moment is not None and self.controller.is_active():
            self._started(moment)
        self._message(
            self.tr("Captions show the note.")
            if self.show_note
            else self.tr("Captions hide the note.")
        )

    def comment(self) -> None:
        """Open the comment box for the moment playing, else the one selected (list, timeline)."""
        document = self._document
        recording = document.recording if document is not None else None
        if document is None or recording is None:
            return
        self._freshen()
        target = self._comment_target()
        annotation = recording.find(target) if target is not None else None
        if annotation is None:
            self._message(self.tr("Play or select a moment to comment on it."))
            return
        if not document.coder:
            self._message(self.tr("Set your name first (Edit → Set Coder…): comments carry it."))
            return
        if self._player.state() == PlaybackState.PLAYING:
            self._player.pause()  # the talk starts here; the moment waits
        if not isinstance(annotation, Rupture):
            about = self.tr("On the strategy at {time}, as {coder}.")
        elif annotation.kind.value == "withdrawal":
            about = self.tr("On the withdrawal rupture at {time}, as {coder}.")
        else:
            about = self.tr("On the confrontation rupture at {time}, as {coder}.")
        time = format_ms(annotation.start_ms, millis=False)
        self.comment_box.ask(annotation.id, about.format(time=time, coder=document.coder))

    def open_reel(self, reel_id: str | None) -> None:
        """List a saved reel's moments (its filter and order, or its picks), ready to start:
        the next-moment key plays its first moment. None goes back to the plain filter."""
        document = self._document
        if document is None:
            return
        reel = next((r for r in document.project.reels if r.id == reel_id), None)
        self._reel_id = reel.id if reel is not None else None
        self.panel.reels.show_current(self._reel_id)
        if reel is not None:
            self.panel.show_filter(reel.filter, reel.order)
        self.controller.stop()
        self.controller.set_moments([])  # start from the top, not where the last list was
        self.refresh()
        if reel is not None:
            n = len(self.controller.moments())
            said = self.tr("Reel {name}: %n moment(s). Next moment (PgDown) starts it.", "", n)
            self._message(english(said, n).format(name=repr(reel.name)))
            self._dock.show()
            self.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_reel(self, name: str) -> Reel | None:
        """Save the list as a reel (replacing the reel of that name): the filter and order, and
        the selected moments when two or more rows are selected."""
        document = self._document
        name = name.strip()
        if document is None or not name:
            return None
        project = document.project
        picked = self.panel.selected_moments()
        changes = {
            "filter": self.panel.moment_filter(),
            "order": self.panel.sort_order(),
            "picks": tuple(m.annotation_id for m in picked) if len(picked) > 1 else None,
        }
        old = next((r for r in project.reels if r.name == name), None)
        try:
            new = Reel(name=name, **changes) if old is None else old.with_changes(**changes)
        except ValueError as exc:
            self._message(str(exc))
            return None
        if not document.apply(SetReel(project, old, new)):
            return None
        self._reel_id = new.id
        self.panel.reels.show_current(new.id)
        self.refresh()
        self._message(self.tr("Saved the reel {name}.").format(name=repr(name)))
        return new

    def delete_reel(self) -> None:
        document = self._document
        if document is None or self._reel_id is None:
            return
        try:
            reel = document.project.reel(self._reel_id)
        except EditError:
            return
        if document.apply(SetReel(document.project, reel, None)):
            said = self.tr("Deleted the reel {name} (Undo brings it back).")
            self._message(said.format(name=repr(reel.name)))

    def export_clips(self) -> None:
        if self._document is None:
            return
        self._freshen()
        duration = self._player.duration_ms() or None
        c = self.controller
        windows = [(m, play_window(m, c.lead_in_ms, c.tail_ms, duration)) for m in c.moments()]
        task = export_clips(self._window, self._document.media_path(), plan_clips(windows))
        if task is None:
            return
        self._message(self.tr("Cutting clips…"))
        clips = self.tr("Clips: {done}/{total}")
        task.progress.connect(
            lambda done, total, _what: self._message(clips.format(done=done, total=total))
        )
        task.finished.connect(
            lambda paths: self._message(
                english(self.tr("Wrote %n clip(s).", "", len(paths)), len(paths))
            )
        )
        task.failed.connect(lambda exc: self._message(str(exc)))

    # -- reactions ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the moments the filter lets through, in the chosen order."""
        document = self._document
        recording = document.recording if document is not None else None
        if document is None or recording is None:
            self.controller.set_moments([])
            self.panel.show_moments([], None)
            return
        self._stale = False
        reel = next((r for r in document.project.reels if r.id == self._reel_id), None)
        if reel is not None and reel.picks is not None:
            found = reel_moments(recording, reel)
        else:
            found = select(recording, self.panel.moment_filter(), self.panel.sort_order())
        if self._visible is not None:
            found = [m for m in found if m.coder in self._visible]
        self.controller.set_moments(found)
        self.panel.show_moments(found, document.project.codebook)
        self.panel.set_current(self.controller.index())

    def _on_change(self, change: Change) -> None:
        if change.kind in ("coder_added", "coder_removed") and self._document is not None:
            self.panel.set_choices(self._document.project.codebook, self._coders())
        if change.kind.startswith("reel_") and self._document is not None:
            reels = self._document.project.reels
            if all(r.id != self._reel_id for r in reels):
                self._reel_id = None
            self.panel.reels.set_reels(reels, self._reel_id)
            reel = next((r for r in reels if r.id == self._reel_id), None)
            if reel is not None:  # an undo or redo of this reel's change: show it as saved
                self.panel.show_filter(reel.filter, reel.order)
        if self._dock.isVisible():
            self.refresh()
        else:
            self._stale = True  # a long session lists in tens of ms: not on every edit unseen

    def _filter_edited(self) -> None:
        """A filter changed by hand: the list is no longer the reel's."""
        if self._reel_id is not None:
            self._reel_id = None
            self.panel.reels.show_current(None)
        self.refresh()

    def _ask_reel_name(self) -> None:
        current = self.panel.reels.combo.currentText() if self._reel_id is not None else ""
        name, ok = QInputDialog.getText(
            self._window, self.tr("Save as Reel"), self.tr("Name of the reel:"), text=current
        )
        if ok:
            self.save_reel(name)

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self._freshen()
        self._keep_caption_room()

    def _keep_caption_room(self) -> None:
        """While reviewing, the picture keeps one size from moment to moment."""
        self.captions.keep_room(self._dock.isVisible() or self.presentation.is_on())

    def _size_dock(self) -> None:
        """A first width for the list: a quarter of the window, within what it needs to read."""
        if self._sized or self._dock.isFloating():
            return
        self._sized = True
        hint = self.panel.minimumSizeHint().width()
        width = max(hint, min(self._window.width() // 4, 2 * hint))
        self._window.resizeDocks([self._dock], [width], Qt.Orientation.Horizontal)

    def _picture_aspect(self) -> float | None:
        info = self._player.media_info()
        if info is None or not info.has_video or not info.width or not info.height:
            return None
        return info.width / info.height

    def _freshen(self) -> None:
        if self._stale:
            self.refresh()

    def _coders(self) -> list[str]:
        document = self._document
        if document is None:
            return []
        coders = set(document.project.coders)
        if document.recording is not None:
            coders |= document.recording.coders()
        if self._visible is not None:
            coders &= self._visible
        return sorted(coders)

    def _comment_target(self) -> str | None:
        playing = self.controller.current()
        if playing is not None and self.controller.is_active():
            return playing.annotation_id
        listed = self.panel.selected_moment() if self._dock.isVisible() else None
        if listed is not None:
            return listed.annotation_id
        return self._selected_id() or (playing.annotation_id if playing is not None else None)

    def _add_comment(self, annotation_id: str, text: str) -> None:
        document = self._document
        recording = document.recording if document is not None else None
        old = recording.find(annotation_id) if recording is not None else None
        if document is None or recording is None or old is None:
            self._message(self.tr("That moment is no longer there: the comment was not added."))
            return
        project = document.project
        try:
            comment = Comment(author=document.coder, text=text)
            new = project.edit(recording.id, old.id, comments=(*old.comments, comment))
        except ValueError as exc:
            self._message(str(exc))
            return
        text = self.tr("Add comment")
        if document.apply(ChangeAnnotation(project, recording.id, old, new, text)):
            self._message(self.tr("Comment added by {coder}.").format(coder=document.coder))

    def _play_row(self, row: int) -> None:
        self.controller.play(row)

    def _set(self, key: str, value: object) -> None:
        self._settings.set(key, value)
        c = self.controller
        if key == "review/lead_in_ms":
            c.lead_in_ms = int(value)  # type: ignore[call-overload]
        elif key == "review/tail_ms":
            c.tail_ms = int(value)  # type: ignore[call-overload]
        elif key == "review/after" and value in AFTER_CHOICES:
            c.after = value

    def _rate_changed(self, rate: float) -> None:
        self._settings.set("review/rate", rate)
        self.panel.show_rate(rate)
        self._message(self.tr("Review rate {rate}×").format(rate=f"{rate:g}"))

    def _started(self, moment: Moment) -> None:
        if self._document is None:
            return
        window = self.controller.window()
        if self._timeline is not None and window is not None:
            self._timeline.set_highlight(*window)
        self.captions.show_moment(moment, self._document.project.codebook, show_note=self.show_note)

    def _stopped(self) -> None:
        if self._timeline is not None:
            self._timeline.set_highlight(None, None)
        self.captions.clear()

    def _none_text(self, text: str) -> str:
        if self._player.state() == PlaybackState.NO_MEDIA:
            return self.tr("No video is open: moments play once the recording is found.")
        if not self.controller.moments():
            return self.tr("No moments match the review filter.")
        return text
