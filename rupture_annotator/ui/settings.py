"""Settings as a typed table of key, type, default and meaning, kept between runs by QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("coder/name", str, "", "The coder's name, asked once and put on every annotation."),
        Setting("files/recent", list, [], "Recently opened project files, newest first."),
        Setting("files/last_dir", str, "", "The folder of the last project or video opened."),
        Setting(
            "export/last_dir",
            str,
            "",
            "The folder of the last export; empty: exports go beside the project file.",
        ),
        Setting(
            "timeline/select_seeks",
            bool,
            True,
            "Clicking a span also moves the video to its start.",
        ),
        Setting("window/geometry", QByteArray, QByteArray(), "Main window size and position."),
        Setting("window/state", QByteArray, QByteArray(), "Dock layout of the main window."),
        Setting("player/volume", int, 80, "Playback volume in percent."),
        Setting("player/rate", float, 1.0, "Playback rate."),
        Setting("review/lead_in_ms", int, 5000, "Review: how much to play before a moment."),
        Setting("review/tail_ms", int, 3000, "Review: how much to play after a moment."),
        Setting("review/after", str, "pause", "Review: after a moment, pause, loop or next."),
        Setting("review/rate", float, 1.0, "Review: playback rate (0.5-1.5), kept across moments."),
        Setting("review/show_note", bool, True, "Review: captions show the coder's note."),
        Setting(
            "sound/silence_ms",
            int,
            3000,
            "Sound lane: silences at least this long are shaded and stepped through (S).",
        ),
    )
}

MAX_RECENT = 10


class Settings:
    """Read and write the table above; unknown keys are a programming error."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("RuptureAnnotator", "Rupture Annotator")

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        value = self._q.value(key, spec.default)
        if value is None:
            return spec.default
        try:
            if spec.type is bool and isinstance(value, str):
                return value.lower() in ("true", "1", "yes")
            if spec.type is list:
                return [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default

    def set(self, key: str, value: Any) -> None:
        SETTINGS[key]
        self._q.setValue(key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set("files/recent", recent)
        return recent

    def sync(self) -> None:
        self._q.sync()
