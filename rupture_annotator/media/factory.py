"""Choosing a player: libvlc when it loads, otherwise one that says what to install."""

from __future__ import annotations

import logging
import platform
import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject

from rupture_annotator.media.fake_player import FakePlayer
from rupture_annotator.media.player import Player
from rupture_annotator.media.probe import MediaInfo, ProbeError
from rupture_annotator.media.video_widget import AUDIO_ONLY_TEXT

log = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 15.0


class UnavailablePlayer(FakePlayer):
    """Stands in when libvlc cannot be loaded.

    Recordings still open (their length and frame rate come from probing), the playhead can be
    moved by seeking and stepping, and annotations can be edited and exported; only the picture
    and sound are missing, and the surface says what to install.
    """

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent, auto_advance=False)
        self.reason = reason
        self._surface.set_placeholder(reason)

    def open(self, path: Path) -> None:
        super().open(path)
        info = self.media_info()
        if info is not None:
            text = self.reason if info.has_video else f"{AUDIO_ONLY_TEXT}. {self.reason}"
            self._surface.set_placeholder(text)
            self.error_occurred.emit(self.reason)

    def close(self) -> None:
        super().close()
        self._surface.set_placeholder(self.reason)

    def play(self) -> None:
        if self.media_info() is not None:
            self.error_occurred.emit(self.reason)

    def _probe(self, path: Path) -> MediaInfo:
        """Probing with a bound: a drive that stopped answering must not freeze the window."""
        answer: queue.Queue[MediaInfo | ProbeError] = queue.Queue()

        def work() -> None:
            try:
                answer.put(FakePlayer._probe(self, path))
            except ProbeError as exc:
                answer.put(exc)

        # a daemon thread: one stuck on a dead drive must not keep the app from exiting
        threading.Thread(target=work, daemon=True).start()
        try:
            result = answer.get(timeout=PROBE_TIMEOUT_S)
        except queue.Empty:
            raise ProbeError(
                f"{path}: took too long to open; its drive may not be answering."
            ) from None
        if isinstance(result, ProbeError):
            raise result
        return result


def install_hint(system: str | None = None, os_release: str | None = None) -> str:
    """One sentence naming what to install for video playback on this platform."""
    system = system or platform.system()
    if system == "Windows":
        return "Video playback needs VLC (64-bit): install it from videolan.org, then restart."
    if system == "Darwin":
        return "Video playback needs VLC: install VLC.app from videolan.org, then restart."
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
        except OSError:
            os_release = ""
    ids = " ".join(
        line.split("=", 1)[1].strip().strip('"').lower()
        for line in os_release.splitlines()
        if line.startswith(("ID=", "ID_LIKE="))
    ).split()
    if {"debian", "ubuntu"} & set(ids):
        return "Video playback needs VLC: sudo apt-get install vlc"
    if {"fedora", "rhel", "centos"} & set(ids):
        return "Video playback needs VLC: sudo dnf install vlc (from RPM Fusion)"
    if {"arch", "manjaro"} & set(ids):
        return "Video playback needs VLC: sudo pacman -S vlc"
    if {"opensuse", "suse"} & set(ids):
        return "Video playback needs VLC: sudo zypper install vlc"
    return "Video playback needs VLC (libvlc): install the vlc package of your system."


def create_player(parent: QObject | None = None, *, prefer: str = "vlc") -> Player:
    """The libvlc player, or a stand-in that names what to install when libvlc cannot load.

    prefer="fake" gives the deterministic FakePlayer (tests, demos without VLC).
    """
    if prefer == "fake":
        return FakePlayer(parent)
    try:
        from rupture_annotator.media.vlc_player import VlcPlayer, VlcUnavailable

        try:
            return VlcPlayer(parent)
        except VlcUnavailable as exc:
            log.warning("libvlc cannot start: %s", exc)
            return UnavailablePlayer(exc.hint or install_hint(), parent)
    # python-vlc raises several kinds of error when libvlc is missing or broken
    except Exception as exc:
        log.warning("libvlc cannot be loaded: %s", exc, exc_info=sys.exc_info())
        return UnavailablePlayer(install_hint(), parent)
