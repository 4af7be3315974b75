"""Make the bundled demo session: a synthetic recording and a project coded on it.

    .venv/bin/python scripts/make_demo.py [FOLDER]      (default: resources/demo; `make demo`)

The recording (session.mp4) is drawn by ffmpeg: two coloured speaker panels, the line being
spoken as a caption, a clock, and "Demo session — synthetic" burned in, so nobody takes it for a
real patient. H.264 without B-frames (frame-exact seeking in libvlc), 25 fps. Its sound is a
hum in syllables while someone speaks (lower for the therapist), silent between turns, so the
sound lane shows who talks and where the silences are. The transcript (session.srt) is the
script, attached to the recording.
The project (session.rupture.json) is built through the domain's own edit operations, exactly as
the app would build it, and checked by loading it back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rupture_annotator.domain.annotations import (  # noqa: E402
    Comment,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import RuptureKind  # noqa: E402
from rupture_annotator.domain.session import SessionInfo  # noqa: E402
from rupture_annotator.media.reference import media_ref  # noqa: E402
from rupture_annotator.storage.codebooks import CODEBOOK_DIR  # noqa: E402
from rupture_annotator.storage.media_files import matches, resolve_media  # noqa: E402
from rupture_annotator.storage.new_project import new_project  # noqa: E402
from rupture_annotator.storage.project_file import load_project, save_project  # noqa: E402
from rupture_annotator.storage.transcripts.reference import reference_transcript  # noqa: E402

SECONDS = 150
WIDTH, HEIGHT, FPS = 640, 360, 25
SEGMENT_MS = 60_000  # a short session: 1-minute segments (a lab setting) give a table of 3 rows
CODER = "demo"
CODED_AT = datetime(2025, 1, 15, 10, 0, tzinfo=UTC)  # fixed, so a rebuild changes nothing
MAX_BYTES = 2 * 2**20
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PATIENT, THERAPIST = "P", "T"

# Who speaks when, and what: (start s, end s, speaker, line). The ruptures below are coded on it.
SCRIPT: list[tuple[float, float, str, str]] = [
    (1, 7, THERAPIST, "Last week we agreed to try the thought record. How did it go?"),
    (7.5, 14, PATIENT, "I started it on Monday. It brought up a lot about work."),
    (14.5, 21, THERAPIST, "Let's look at it together and fill in the next column."),
    (22, 26, PATIENT, "Mm."),
    (27, 31, THERAPIST, "What did you notice in yourself while writing it?"),
    (32, 38, PATIENT, "Nothing really. Sure, whatever you think is best."),
    (39, 46, THERAPIST, "I notice you went quiet when I suggested we look at it."),
    (46.5, 52, THERAPIST, "What was that like for you, just now?"),
    (53, 62, PATIENT, "I guess I felt a bit put on the spot."),
    (63, 69, THERAPIST, "That makes sense. Shall we try the next step slowly?"),
    (70, 79, PATIENT, "Honestly, these exercises feel pointless."),
    (79.5, 88, PATIENT, "Weeks of this and I'm no better than when I started."),
    (89, 97, THERAPIST, "You're right that I pushed the exercise on you today."),
    (97.5, 105, THERAPIST, "Let me say why I suggested it, and you tell me what fits."),
    (106, 111, PATIENT, "OK. That's fairer."),
    (112, 118, PATIENT, "Anyway, my neighbour's dog got out again on Sunday..."),
    (118.5, 124, PATIENT, "...it ran all the way to the park, the whole street came out."),
    (125, 130, THERAPIST, "I'd like to come back to what you said about work."),
    (131, 141, PATIENT, "No, that's not it. You always bring it back to work."),
    (142, 149, THERAPIST, "Let's stop there for today."),
]


# "Mm." is a minimal response: a short sound, then a long silence before the therapist goes on
SOUNDING_S = {"Mm.": 0.8}


def audio_source() -> str:
    """An aevalsrc expression: syllables at 3.5 Hz on a hum per speaker while they speak."""

    def during(who: str) -> str:
        spans = [
            (a, min(b, a + SOUNDING_S.get(line, b - a))) for a, b, w, line in SCRIPT if w == who
        ]
        return "(" + "+".join(f"between(t,{a},{b})" for a, b in spans) + ")"

    wave = (
        f"0.35*abs(sin(2*PI*3.5*t))*({during(THERAPIST)}*sin(2*PI*140*t)"
        f"+{during(PATIENT)}*sin(2*PI*210*t))"
    )
    return f"aevalsrc={wave.replace(',', chr(92) + ',')}:s=22050:d={SECONDS}"


def write_transcript(out: Path) -> None:
    """The script as SubRip, a speaker label before each line."""

    def stamp(seconds: float) -> str:
        ms = round(seconds * 1000)
        return (
            f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
        )

    cues = [
        f"{i}\n{stamp(a)} --> {stamp(b)}\n{'Patient' if who == PATIENT else 'Therapist'}: {line}\n"
        for i, (a, b, who, line) in enumerate(SCRIPT, 1)
    ]
    out.write_text("\n".join(cues), encoding="utf-8")


def _escape(text: str) -> str:
    """Text for ffmpeg's drawtext inside a filter graph."""
    for ch in ("\\", "'", ":", ",", ";", "[", "]", "%"):
        text = text.replace(ch, "\\" + ch)
    return text


def _during(spans: list[tuple[float, float]]) -> str:
    return "+".join(f"between(t,{a},{b})" for a, b in spans) or "0"


def video_filter(captions: Path) -> str:
    """The drawing: background, two speaker panels, who is speaking, captions, clock, title."""
    panels = {PATIENT: (20, "#3a6ea5", "Patient"), THERAPIST: (330, "#4f8a4b", "Therapist")}
    parts = [f"color=c=#1d2127:s={WIDTH}x{HEIGHT}:r={FPS}:d={SECONDS}"]
    for speaker, (x, colour, label) in panels.items():
        talking = _during([(a, b) for a, b, who, _ in SCRIPT if who == speaker])
        parts += [
            f"drawbox=x={x}:y=48:w=290:h=200:color={colour}@0.55:t=fill",
            # a highlight frame while this person speaks, and a "mouth" that moves
            f"drawbox=x={x}:y=48:w=290:h=200:color=white@0.9:t=4:enable='{talking}'",
            f"drawbox=x={x + 115}:y=78:w=60:h=60:color={colour}:t=fill",  # head
            f"drawbox=x={x + 75}:y=150:w=140:h=98:color={colour}:t=fill",  # shoulders
            f"drawbox=x={x + 133}:y=122:w=24:h=6:color=#222222:t=fill"
            f":enable='({talking})*lt(mod(t\\,0.5)\\,0.25)'",
            f"drawtext=fontfile={FONT_BOLD}:text='{label}':x={x + 10}:y=56:fontsize=18"
            ":fontcolor=white",
        ]
    parts.append(
        f"drawtext=fontfile={FONT_BOLD}:text='{_escape('Demo session — synthetic')}'"
        ":x=20:y=14:fontsize=20:fontcolor=#ffd54a"
    )
    parts.append(
        f"drawtext=fontfile={FONT}:text='{_escape('not a real patient or therapist')}'"
        ":x=w-tw-20:y=18:fontsize=14:fontcolor=#ffd54a"
    )
    for i, (start, end, who, line) in enumerate(SCRIPT):
        text = captions / f"{i:02d}.txt"
        text.write_text(f"{'Patient' if who == PATIENT else 'Therapist'}: {line}")
        parts.append(
            f"drawtext=fontfile={FONT}:textfile={text}:x=(w-tw)/2:y=272:fontsize=16"
            f":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=6"
            f":enable='between(t,{start},{end})'"
        )
    parts.append(
        f"drawtext=fontfile={FONT}:text='%{{pts\\:hms}}':x=w-tw-20:y=h-36:fontsize=18"
        ":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=4"
    )
    return ",".join(parts)


def make_video(out: Path) -> None:
    if shutil.which("ffmpeg") is None:
        raise SystemExit("ffmpeg is needed to make the demo video (scripts/setup.sh installs it).")
    with tempfile.TemporaryDirectory() as tmp:
        graph = video_filter(Path(tmp))
        partial = out.with_name(f".{out.name}.partial.mp4")
        cmd = [
            "ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", graph,
            "-f", "lavfi", "-i", audio_source(),
            "-c:v", "libx264", "-preset", "slow", "-crf", "28", "-bf", "0", "-g", str(2 * FPS),
            "-pix_fmt", "yuv420p", "-threads", "2",
            "-c:a", "aac", "-b:a", "24k", "-ac", "1",
            "-metadata", "title=Demo session — synthetic",
            "-metadata", "comment=Synthetic recording for the Rupture Annotator demo; no real person.",
            "-movflags", "+faststart", "-shortest", str(partial),
        ]  # fmt: skip
        try:
            subprocess.run(cmd, check=True)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)


def _at(seconds: float) -> int:
    return round(seconds * 1000)


SUPERVISOR_COMMENT = Comment(
    id="c0001",
    author="supervisor",
    created=datetime(2026, 11, 20, 10, 30, tzinfo=UTC),
    text="Watch her gaze drop before she answers: name the withdrawal here, before moving on.",
)


def _coded(minutes: int) -> dict[str, datetime]:
    stamp = CODED_AT + timedelta(minutes=minutes)
    return {"created": stamp, "modified": stamp}


def build_project(video: Path, path: Path, transcript: Path) -> None:
    """Code the demo session with the same edit operations the app uses."""
    with tempfile.TemporaryDirectory() as tmp:
        book = json.loads((CODEBOOK_DIR / "3rs-2015.json").read_text())
        book["name"] += ", 1-minute segments"
        book["segment_length_ms"] = SEGMENT_MS
        book_path = Path(tmp) / "codebook.json"
        book_path.write_text(json.dumps(book))
        project = new_project(media_ref(video, path.parent), codebook=book_path, coder=CODER)
    rec = project.media[0].id
    wd, cf = RuptureKind.WITHDRAWAL, RuptureKind.CONFRONTATION
    ruptures = [
        Rupture(
            id="r1", kind=wd, start_ms=_at(22), end_ms=_at(38), coder=CODER,
            marker_ids=("wd_minimal_response", "wd_deferential"), significance=3,
            note="Short answers, then agrees to anything once asked to look at the record.",
            comments=(SUPERVISOR_COMMENT,),
            **_coded(1),
        ),
        Rupture(
            id="r2", kind=cf, start_ms=_at(70), end_ms=_at(88), coder=CODER,
            marker_ids=("cf_complaint_activities", "cf_complaint_progress"), significance=4,
            note="Calls the exercises pointless; no progress after weeks.",
            **_coded(2),
        ),
        Rupture(
            id="r3", kind=wd, start_ms=_at(112), end_ms=_at(124), coder=CODER,
            marker_ids=("wd_avoidant_storytelling",), significance=2,
            note="Long story about the neighbour's dog right after agreeing to go on.",
            **_coded(3),
        ),
        Rupture(
            id="r4", kind=cf, start_ms=_at(131), end_ms=_at(141), coder=CODER,
            marker_ids=("cf_rejects_intervention",), significance=2,
            note="Turns down the link to work; not taken up before the end of the session.",
            **_coded(4),
        ),
    ]  # fmt: skip
    strategies = [
        ResolutionStrategy(
            id="s1", start_ms=_at(39), end_ms=_at(52), coder=CODER,
            strategy_ids=("rs_invite_discussion",), rupture_id="r1",
            note="Metacommunication: names the silence and asks about it; patient opens up.",
            **_coded(5),
        ),
        ResolutionStrategy(
            id="s2", start_ms=_at(89), end_ms=_at(105), coder=CODER,
            strategy_ids=("rs_acknowledge_contribution", "rs_rationale"), rupture_id="r2",
            note="Owns pushing the exercise, then explains why; patient softens.",
            **_coded(6),
        ),
    ]  # fmt: skip
    for rupture in ruptures:
        project.add_annotation(rec, rupture)
    for strategy in strategies:
        project.add_annotation(rec, strategy)
    segment_values = [
        {"wd_significance": 3, "cf_significance": 1, "resolution_rating": 4},
        {"wd_significance": 1, "cf_significance": 4, "resolution_rating": 3},
        {"wd_significance": 2, "cf_significance": 2, "resolution_rating": 1},
    ]
    for index, values in enumerate(segment_values):
        project.set_segment_rating(
            rec, SegmentRating(segment_index=index, coder=CODER, values=values)
        )
    project.set_session_rating(
        rec,
        SessionRating(coder=CODER, values={"resolution_extent": 3, "therapist_contribution": 2}),
    )
    project.set_session(
        rec, SessionInfo(dyad="D01", therapist="T01", session_number=3, condition="demo")
    )
    project.set_transcript(rec, reference_transcript(transcript, path.parent)[0])
    path.unlink(missing_ok=True)  # a fresh file: the repository keeps no NAME.bak
    save_project(project, path)


def main(argv: list[str]) -> int:
    """make_demo.py [FOLDER] [--project-only]: the latter codes the existing video again."""
    project_only = "--project-only" in argv
    argv = [a for a in argv if a != "--project-only"]
    folder = Path(argv[0]) if argv else REPO / "resources" / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    video, project_path = folder / "session.mp4", folder / "session.rupture.json"
    transcript = folder / "session.srt"
    write_transcript(transcript)
    if not project_only:
        make_video(video)
    build_project(video, project_path, transcript)
    project = load_project(project_path)
    ref = project.media[0].media
    if not matches(ref, resolve_media(ref, folder)):
        raise SystemExit(f"{project_path}: does not match {video.name}")
    total = video.stat().st_size + project_path.stat().st_size
    if total > MAX_BYTES:
        raise SystemExit(f"The demo takes {total / 2**20:.1f} MiB; keep it under 2 MiB.")
    print(f"{video}: {video.stat().st_size / 2**20:.2f} MiB, {(ref.duration_ms or 0) / 1000} s")
    print(f"{project_path}: {project.annotation_count()} annotations, coder {CODER!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
