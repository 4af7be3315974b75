"""The loudness envelope: decoded once from the recording (PyAV), kept beside the project,
drawn from a pyramid at any zoom, and the silences a coder steps through."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.sound import Envelope, next_silence, to_unit
from rupture_annotator.media.envelope import EnvelopeError, compute_envelope
from rupture_annotator.storage.sound_cache import cache_path, load_envelope, save_envelope

FFMPEG = shutil.which("ffmpeg")


def _sound(path: Path, wave: str, seconds: float, extra: tuple[str, ...] = ()) -> Path:
    """A sound made by ffmpeg from an expression of t per channel ('|' between channels)."""
    assert FFMPEG is not None, "ffmpeg is installed by scripts/setup.sh"
    cmd = [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"aevalsrc={wave}:s=44100:d={seconds}", *extra, str(path),
    ]  # fmt: skip
    subprocess.run(cmd, check=True)
    return path


TONE = "0.5*sin(2*PI*300*t)"


def test_a_recordings_envelope_and_its_silence(tmp_path: Path) -> None:
    # a tone at half scale, silent from 4 s to 8.5 s, stereo AAC like a camera's
    talk = f"if(between(t\\,4\\,8.5)\\,0\\,{TONE})"
    path = _sound(tmp_path / "s.m4a", f"{talk}|{talk}", 12, ("-c:a", "aac", "-b:a", "96k"))
    seen: list[tuple[int, int]] = []
    envelope = compute_envelope(path, lambda done, total, _what: seen.append((done, total)))
    assert abs(envelope.duration_ms - 12_000) <= 60
    loud = 20 * np.log10(envelope.rms[100:350])
    assert np.all(np.abs(loud - 20 * np.log10(0.5 / np.sqrt(2))) < 1.0)  # a sine's RMS
    silences = envelope.silences(3000)
    assert len(silences) == 1
    start, end = silences[0]
    assert abs(start - 4000) <= 200 and abs(end - 8500) <= 200
    assert envelope.silences(5000) == []  # 4.5 s is not a 5 s silence
    assert seen and seen[-1][1] >= 11_000


def test_samples_as_16_bit_integers_in_a_wav(tmp_path: Path) -> None:
    path = _sound(tmp_path / "s.wav", "0.25*sin(2*PI*300*t)", 2, ("-c:a", "pcm_s16le"))
    envelope = compute_envelope(path)
    assert len(envelope.rms) == 200
    level = 20 * np.log10(float(np.median(envelope.rms)))
    assert abs(level - 20 * np.log10(0.25 / np.sqrt(2))) < 0.5


def test_a_file_without_sound_is_said_in_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "v.mp4"
    assert FFMPEG is not None
    subprocess.run(
        [FFMPEG, "-loglevel", "error", "-f", "lavfi", "-i", "color=s=64x64:d=1", str(path)],
        check=True,
    )
    with pytest.raises(EnvelopeError, match=r"v\.mp4 has no sound"):
        compute_envelope(path)
    (tmp_path / "x.mp4").write_text("not media")
    with pytest.raises(EnvelopeError, match=r"x\.mp4: its sound cannot be read"):
        compute_envelope(tmp_path / "x.mp4")


def test_columns_read_the_loudest_value_at_every_zoom() -> None:
    rms = np.full(1_080_000, 0.001, np.float32)  # 3 hours of near silence
    rms[500_000] = 0.5  # one loud 10 ms
    envelope = Envelope(rms)
    assert len(envelope.levels) > 8 and len(envelope.levels[-1]) <= 8
    whole = envelope.columns(0, 10_800_000, 1600)
    assert whole.argmax() == int(5_000_000 / 10_800_000 * 1600)
    assert whole.max() == pytest.approx(float(to_unit(np.array([0.5], np.float32))[0]))
    near = envelope.columns(4_999_000, 5_001_000, 200)  # 2 s: 10 ms per column
    assert near.argmax() == 100 and (near > 0.5).sum() == 1
    assert envelope.columns(0, 1000, 100).max() < 0.2
    assert envelope.columns(20_000_000, 20_001_000, 10).max() == 0  # past the end


def test_silences_are_stepped_through_in_time_order() -> None:
    silences = [(1000, 5000), (9000, 13000)]
    assert next_silence(silences, 0, 1) == (1000, 5000)
    assert next_silence(silences, 1000, 1) == (9000, 13000)
    assert next_silence(silences, 9000, -1) == (1000, 5000)
    assert next_silence(silences, 500, -1) is None


def test_the_cache_sits_beside_the_project_and_follows_the_fingerprint(tmp_path: Path) -> None:
    rec = Recording(id="rec.1", media=MediaRef(path="s.mp4", fingerprint="sha256-ends:aa"))
    path = cache_path(tmp_path / "s07.rupture.json", rec)
    assert path == tmp_path / "s07.rec_1.envelope.npz"  # dots in an id are replaced
    envelope = Envelope(np.linspace(0, 1, 1000, dtype=np.float32))
    save_envelope(path, "sha256-ends:aa", envelope)
    again = load_envelope(path, "sha256-ends:aa")
    assert again is not None and np.array_equal(again.rms, envelope.rms)
    assert load_envelope(path, "sha256-ends:bb") is None  # another recording: computed again
    path.write_bytes(b"broken")
    assert load_envelope(path, "sha256-ends:aa") is None
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    unsaved = cache_path(None, rec)
    assert unsaved.name == "sha256-ends_aa.envelope.npz"
