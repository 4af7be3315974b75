"""Presentation mode: the video full screen with captions and a minimal transport, driven by keys
alone; Esc leaves (even though Esc also clears the marks when coding)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class Presentation(QObject):
    changed = Signal(bool)  # on

    def __init__(
        self,
        window: QMainWindow,
        chrome: Callable[[], list[QWidget]],
        parent: QObject | None = None,
    ) -> None:
        """chrome: the widgets to hide while presenting (docks, timeline, menus, status bar)."""
        super().__init__(parent)
        self._window = window
        self._chrome = chrome
        self._hidden: list[QWidget] = []
        self._was_maximized = False
        self._on = False

    def is_on(self) -> bool:
        return self._on

    def toggle(self) -> None:
        if self._on:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self._on:
            return
        self._on = True
        self._hidden = [w for w in self._chrome() if w.isVisible()]
        for w in self._hidden:
            w.hide()
        self._was_maximized = self._window.isMaximized()
        self._window.showFullScreen()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.changed.emit(True)

    def leave(self) -> None:
        if not self._on:
            return
        self._on = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for w in self._hidden:
            w.show()
        self._hidden = []
        if self._was_maximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()
        self.changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (self._on and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # an accepted override keeps Esc from the window's own Esc shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.leave()
            return True
        return False
