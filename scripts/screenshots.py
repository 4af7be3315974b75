"""Make the README's pictures: the app coding the demo session, on a real X server (Xvfb).

Run by `make screenshots` (which wraps it in xvfb-run). Uses real libvlc, so the video frame
is in the picture (QWidget.grab() cannot see VLC's output; grabbing the screen can).

With no argument: workspace.png and review.png, a 1440×900 window. With a screen size (WxH, the
size of the Xvfb screen it runs on): review-WxH.png and presentation-WxH.png, the window filling
that screen, to check that review mode reads well on a laptop panel and on a large display.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images"


def main(size: str | None = None) -> int:
    # A private home, so the picture never shows the user's own settings or recent files.
    home = Path(tempfile.mkdtemp(prefix="ra-shots-"))
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
    ):
        os.environ[var] = str(home / sub)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.media.factory import create_player
    from rupture_annotator.storage.demo import demo_project_path
    from rupture_annotator.ui.main_window import MainWindow
    from rupture_annotator.ui.settings import Settings

    app = QApplication(sys.argv)
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "demo")
    window = MainWindow(create_player(), settings)
    width, height = (int(n) for n in size.split("x")) if size else (1440, 900)
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    window.open_path(demo_project_path())

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    pump(1.5)
    doc = window.document
    assert doc is not None and doc.recording is not None
    first = min(doc.recording.ruptures, key=lambda r: r.start_ms)
    window.player.seek(first.start_ms + 1500)
    pump(1.0)
    assert window.coding is not None
    window.coding.select(first.id)
    window.timeline.set_selected(first.id)
    window.player.play()
    pump(2.0)
    window.player.pause()
    pump(0.8)
    OUT.mkdir(parents=True, exist_ok=True)
    screen = app.primaryScreen()
    suffix = f"-{size}" if size else ""

    def save(name: str) -> None:
        g = window.frameGeometry()
        shot = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        target = OUT / f"{name}{suffix}.png"
        shot.save(str(target))
        print(f"wrote {target} ({shot.width()}x{shot.height()})")

    if not size:
        save("workspace")

    # Review mode: the list of moments, one playing, its caption under the picture.
    window.review.toggle()
    pump(0.5)
    window.review.next()
    pump(3.0)
    save("review")
    if size:
        # Presentation: full screen, the moment played again from its lead-in.
        window.review.presentation.enter()
        pump(1.0)
        window.review.replay()
        pump(3.0)
        save("presentation")
        window.review.presentation.leave()
        pump(0.5)
    window.player.pause()
    doc.undo_stack.setClean()
    if not size:
        meeting_pictures(app, window, pump)
    window.close()
    return 0


def second_coder(path: Path, coder: str = "ben") -> Path:
    """Beside the demo project, a second coder's file for the same recording: the demo coder's
    ruptures a second or so apart, one missed, one seen as the other kind, other markers on one,
    and segment ratings of their own (a reliability study in miniature)."""
    import random

    from rupture_annotator.domain.annotations import Rupture, SegmentRating
    from rupture_annotator.domain.blind import StudySettings
    from rupture_annotator.domain.codebook import RuptureKind
    from rupture_annotator.domain.project import Project
    from rupture_annotator.storage.project_file import load_project, save_project

    rng = random.Random(3)
    demo = load_project(path)
    rec = demo.media[0]
    cb = demo.codebook
    ruptures = []
    for i, r in enumerate(sorted(rec.ruptures, key=lambda r: r.start_ms)):
        if i == 2:
            continue  # missed
        shift = rng.randrange(-1200, 1200)
        kind, markers = r.kind, r.marker_ids
        if i == 1:
            kind = (
                RuptureKind.CONFRONTATION
                if kind is RuptureKind.WITHDRAWAL
                else RuptureKind.WITHDRAWAL
            )
            markers = (cb.markers_of(kind)[0].id,)
        elif i == 0:
            markers = (cb.markers_of(kind)[3].id,)
        ruptures.append(
            Rupture(
                kind=kind,
                start_ms=max(0, r.start_ms + shift),
                end_ms=r.end_ms + shift,
                coder=coder,
                marker_ids=markers,
                significance=r.significance,
            )
        )
    ratings = [
        SegmentRating(
            segment_index=s.segment_index,
            coder=coder,
            values={
                k: max(1, min(5, v + (2 if s.segment_index == 1 else 0)))
                for k, v in s.values.items()
            },
        )
        for s in rec.segment_ratings
    ]
    theirs = rec.model_copy(
        update={
            "ruptures": ruptures,
            "resolutions": [],
            "segment_ratings": ratings,
            "session_ratings": [],
        }
    )
    project = Project(codebook=cb, coders=[coder], media=[theirs])
    target = path.with_name(f"{coder}.rupture.json")
    save_project(project, target)
    demo.set_study(StudySettings(gold_coder=demo.coders[0]))  # the demo coder: the gold standard
    save_project(demo, path)
    return target


def meeting_pictures(app, window, pump) -> None:  # type: ignore[no-untyped-def]
    """compare.png: Study → Compare Coders… with a disagreement playing and a consensus begun;
    gold-check.png: Study → Check Against Gold… for the second coder as a trainee."""
    doc = window.document
    assert doc is not None and doc.path is not None
    ben = second_coder(doc.path)
    window.open_path(doc.path)  # again: the demo coder's file, now marked as gold
    pump(1.5)
    window.compare_coders()
    compare = window.compare_window
    assert compare is not None, "the compare window did not open"
    compare.move(0, 0)
    compare.resize(1440, 900)
    pump(2.0)
    compare.next()
    compare.accept(0)  # the consensus takes the demo coder's span
    compare.next()
    compare.next()
    compare.accept(1)  # and ben's segment rating
    compare.previous()
    compare.previous()  # the first disagreement again, its consensus span and sources shown
    pump(3.0)
    compare.player.pause()
    pump(0.8)
    screen = app.primaryScreen()

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        g = widget.frameGeometry()
        shot = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        target = OUT / f"{name}.png"
        shot.save(str(target))
        print(f"wrote {target} ({shot.width()}x{shot.height()})")

    grab(compare, "compare")
    compare.consensus.undo_stack.setClean()
    compare.close()
    pump(0.5)
    window.open_path(ben)
    pump(1.5)
    window.check_against_gold()
    dialog = window.gold_dialog
    assert dialog is not None, "the gold check did not open"
    dialog.move(40, 40)
    pump(1.0)
    grab(dialog, "gold-check")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
