"""The comment box: feedback on a moment, typed while the moment is paused on screen.

It opens without blocking (the window's keys and the video stay as they were) and says what it
got through `written`; Ctrl+Return sends, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CommentBox(QDialog):
    written = Signal(str, str)  # annotation id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment"))
        self.setModal(False)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Feedback on this moment (Ctrl+Return to add it)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add Comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(420, 200)
        self._annotation_id: str | None = None

    def ask(self, annotation_id: str, about: str) -> None:
        """Open for a comment on the annotation; about says which moment, for whom."""
        self._annotation_id = annotation_id
        self.about.setText(about)
        self.text.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the text box takes Return for a new line: Ctrl+Return sends. Esc is taken here, before
        # the window's own Esc (clear marks) can claim it as a shortcut.
        if watched is not self.text or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        send = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if not send and event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut
            return True
        if send:
            self.accept()
        else:
            self.reject()
        return True

    def accept(self) -> None:
        text = self.text.toPlainText().strip()
        target, self._annotation_id = self._annotation_id, None
        super().accept()
        if text and target is not None:
            self.written.emit(target, text)
