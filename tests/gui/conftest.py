"""GUI tests run offscreen, where a modal message box would wait forever for a click: the
static QMessageBox calls are answered here, and each test can read what was asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox


class Answers:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.reply = QMessageBox.StandardButton.No

    def __call__(self, kind: str):  # type: ignore[no-untyped-def]
        def answer(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.asked.append((kind, f"{title}: {text}"))
            return self.reply if kind == "question" else QMessageBox.StandardButton.Ok

        return answer


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    answers = Answers()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answers(kind)))
    yield answers
