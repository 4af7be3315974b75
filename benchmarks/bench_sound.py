"""The sound lane's one-time work: the loudness envelope of a 3-hour recording (PyAV decoding
its AAC sound, as a camera or recorder writes it), and reading it back from its cache file."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.harness import RESULTS, Figure

CACHE = RESULTS / ".cache"
PIECE_S = 1200  # encoded once, then joined 9 times without re-encoding: 3 hours
HOURS_3_S = 3 * 3600


def session_sound() -> Path:
    """A 3-hour 48 kHz AAC recording of talk with pauses and silences (made once, kept)."""
    path = CACHE / "session_3h.m4a"
    if path.exists():
        return path
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise RuntimeError("ffmpeg is needed to make the 3-hour recording (scripts/setup.sh)")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        piece = Path(tmp) / "piece.m4a"
        # syllables at 4 Hz for 11 s, then 6 s of room noise, over and over
        talk = (
            "if(lt(mod(t\\,17)\\,11)\\,0.3*abs(sin(2*PI*4*t))*sin(2*PI*180*t)\\,"
            "0.003*sin(2*PI*50*t))"
        )
        subprocess.run(
            [
                ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", f"aevalsrc={talk}:s=48000:d={PIECE_S}",
                "-c:a", "aac", "-b:a", "64k", str(piece),
            ],
            check=True,
        )  # fmt: skip
        listing = Path(tmp) / "list.txt"
        listing.write_text(f"file '{piece}'\n" * (HOURS_3_S // PIECE_S))
        joined = Path(tmp) / "joined.m4a"
        subprocess.run(
            [
                ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0",
                "-i", str(listing), "-c", "copy", str(joined),
            ],
            check=True,
        )  # fmt: skip
        joined.replace(path)
    return path


def run() -> list[Figure]:
    from rupture_annotator.domain.recording import MediaRef, Recording
    from rupture_annotator.media.envelope import compute_envelope
    from rupture_annotator.storage.sound_cache import cache_path, load_envelope, save_envelope

    sound = session_sound()
    t = time.perf_counter()
    envelope = compute_envelope(sound)
    computed = time.perf_counter() - t
    t = time.perf_counter()
    silences = envelope.silences(3000)
    found = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        rec = Recording(id="rec", media=MediaRef(path="s.m4a", fingerprint="x"))
        path = cache_path(Path(tmp) / "s.rupture.json", rec)
        save_envelope(path, "x", envelope)
        size_mb = path.stat().st_size / 2**20
        t = time.perf_counter()
        assert load_envelope(path, "x") is not None
        loaded = (time.perf_counter() - t) * 1000
    hours = envelope.duration_ms / 3_600_000
    return [
        Figure(
            "audio_envelope_3h_s",
            computed,
            "s",
            20,
            note=f"{hours:.2f} h of 48 kHz mono AAC, one worker thread; {len(silences)} "
            f"silences >= 3 s found in {found * 1000:.0f} ms; a video file adds reading past "
            "its video packets",
        ),
        Figure(
            "audio_envelope_cache_load_ms",
            loaded,
            "ms",
            note=f"the cached envelope ({size_mb:.1f} MB beside the project) read at reopening",
        ),
    ]
