"""Review mode composed: the list in a dock, the controller that plays moments, the captions over
the video, presentation mode and clips. The window hands in what it shows; nothing reaches back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from rupture_annotator.domain.project import Change
from rupture_annotator.domain.review import Moment, play_window, select
from rupture_annotator.media.player import PlaybackState, Player
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.review.captions import CaptionOverlay
from rupture_annotator.ui.review.clips import export_clips, plan_clips
from rupture_annotator.ui.review.controller import AFTER_CHOICES, ReviewController
from rupture_annotator.ui.review.panel import ReviewPanel
from rupture_annotator.ui.review.presentation import Presentation
from rupture_annotator.ui.settings import Settings
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

        self.controller = ReviewController(player, self)
        self.panel = ReviewPanel()
        dock.setWidget(self.panel)
        self.captions = CaptionOverlay(player.video_widget())
        self.presentation = Presentation(window, chrome, self)
        self.show_note = bool(settings.get("review/show_note"))

        c = self.controller
        c.lead_in_ms = max(0, int(settings.get("review/lead_in_ms")))
        c.tail_ms = max(0, int(settings.get("review/tail_ms")))
        after = settings.get("review/after")
        c.after = after if after in AFTER_CHOICES else "pause"
        c.set_rate(float(settings.get("review/rate")))
        self.panel.set_playing_options(c.lead_in_ms, c.tail_ms, c.after, c.rate())

        self.panel.filter_changed.connect(self.refresh)
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
    def set_document(self, document: Document, timeline: TimelineWidget) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.controller.stop()
        self._document = document
        self._timeline = timeline
        self._unsubscribe = document.project.subscribe(self._on_change)
        self.panel.set_choices(document.project.codebook, self._coders())
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
        self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next(self) -> None:
        self._freshen()
        if not self.controller.next():
            self._message(self._none_text("No further moment in the list."))

    def previous(self) -> None:
        self._freshen()
        if not self.controller.previous():
            self._message(self._none_text("No moment to go back to."))

    def replay(self) -> None:
        self._freshen()
        if not self.controller.replay():
            self._message(self._none_text("No moment to replay."))

    def toggle_note(self) -> None:
        self.show_note = not self.show_note
        self._settings.set("review/show_note", self.show_note)
        moment = self.controller.current()
        if moment is not None and self.controller.is_active():
            self._started(moment)
        self._message("Captions show the note." if self.show_note else "Captions hide the note.")

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
        self._message("Cutting clips…")
        task.progress.connect(lambda done, total, _what: self._message(f"Clips: {done}/{total}"))
        task.finished.connect(lambda paths: self._message(f"Wrote {len(paths)} clip(s)."))
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
        found = select(recording, self.panel.moment_filter(), self.panel.sort_order())
        self.controller.set_moments(found)
        self.panel.show_moments(found, document.project.codebook)
        self.panel.set_current(self.controller.index())

    def _on_change(self, change: Change) -> None:
        if change.kind == "coder_added" and self._document is not None:
            self.panel.set_choices(self._document.project.codebook, self._coders())
        if self._dock.isVisible():
            self.refresh()
        else:
            self._stale = True  # a long session lists in tens of ms: not on every edit unseen

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self._freshen()

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
        return sorted(coders)

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
        self._message(f"Review rate {rate:g}×")

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
            return "No video is open: moments play once the recording is found."
        if not self.controller.moments():
            return "No moments match the review filter."
        return text
