"""Short video files of the listed moments, for teaching, cut by ffmpeg off the GUI thread.

Clips are copies of patient video: the user is warned before any is written, and they go only
into a folder the user picks.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rupture_annotator.domain.review import Moment, clip_name
from rupture_annotator.ui.background import Progress, Task, run_in_background

NO_FFMPEG = str(
    QT_TRANSLATE_NOOP(
        "clips",
        "Clips are cut with ffmpeg, which is not installed on this computer. Install ffmpeg "
        "(for example from your system's package manager), then try again.",
    )
)


@dataclass(frozen=True)
class Clip:
    start_ms: int
    end_ms: int
    name: str


def plan_clips(windows: list[tuple[Moment, tuple[int, int]]]) -> list[Clip]:
    """One clip per moment, with its play window and a unique file name."""
    used: dict[str, int] = {}
    clips = []
    for moment, (start, end) in windows:
        name = clip_name(moment)
        used[name] = used.get(name, 0) + 1
        if used[name] > 1:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}_{used[name]}{dot}{ext}"
        clips.append(Clip(start, end, name))
    return clips


def ffmpeg_command(ffmpeg: str, video: Path, clip: Clip, out: Path) -> list[str]:
    # Re-encoded rather than stream-copied, so a clip starts at its lead-in, not at a keyframe.
    return [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostdin",
        "-n",
        "-ss",
        f"{clip.start_ms / 1000:.3f}",
        "-i",
        str(video),
        "-t",
        f"{(clip.end_ms - clip.start_ms) / 1000:.3f}",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-crf",
        "20",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-threads",
        "2",
        str(out),
    ]


def write_clips(
    ffmpeg: str, video: Path, clips: list[Clip], folder: Path, progress: Progress
) -> list[Path]:
    """Cut every clip into folder (existing files are kept, never overwritten)."""
    written = []
    for i, clip in enumerate(clips):
        progress(i, len(clips), clip.name)
        out = folder / clip.name
        if out.exists():
            continue
        done = subprocess.run(
            ffmpeg_command(ffmpeg, video, clip, out), capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            out.unlink(missing_ok=True)
            said = QCoreApplication.translate("clips", "ffmpeg could not cut {clip}: {problem}")
            raise RuntimeError(said.format(clip=clip.name, problem=done.stderr.strip()[-300:]))
        written.append(out)
    progress(len(clips), len(clips), "")
    return written


def export_clips(parent: QWidget, video: Path | None, clips: list[Clip]) -> Task | None:
    """Ask for a folder, warn, and cut the clips in the background; None when nothing starts."""
    ffmpeg = shutil.which("ffmpeg")
    title = QCoreApplication.translate("clips", "Export clips")
    if ffmpeg is None:
        QMessageBox.information(parent, title, QCoreApplication.translate("clips", NO_FFMPEG))
        return None
    if video is None or not video.exists():
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("clips", "The recording's video file is not found."),
        )
        return None
    if not clips:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("clips", "No moments are listed.")
        )
        return None
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("clips", "Folder for the clips")
    )
    if not folder:
        return None
    n = len(clips)  # lupdate misses a call among translate()'s arguments
    warning = QCoreApplication.translate(
        "clips",
        "The clips are copies of the recording and contain patient video. Keep them only where "
        "the consent and your institution's rules allow, and delete them when teaching is "
        "over.\n\nWrite %n clip(s) to {folder}?",
        "",
        n,
    ).format(folder=folder)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("clips", "Patient video"), warning
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    target = Path(folder)
    task = run_in_background(lambda progress: write_clips(ffmpeg, video, clips, target, progress))
    return task
