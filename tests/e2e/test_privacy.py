"""The README's promise, checked: the app opens no network connection.

The real app (real libvlc, a real X server) opens a recording, plays it, seeks and exports, all
under `strace -f -e trace=socket,connect`, which records every socket that it or any thread or
child process creates, and every connect. Allowed are:

- AF_UNIX (AF_LOCAL): a socket file on this machine: the X server, D-Bus, fontconfig, audio;
- AF_NETLINK: a channel to the local kernel only (glibc asks it for the machine's interfaces,
  udev for devices); it carries nothing off the machine.

Anything else fails the test, AF_INET and AF_INET6 above all, even a socket that is created and
never connected: the app has no reason to hold one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import DRIVER

ALLOWED_FAMILIES = frozenset({"AF_UNIX", "AF_LOCAL", "AF_NETLINK"})
# strace: `1234  socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 7`, and for a connect
# `1234  connect(7, {sa_family=AF_INET, sin_port=htons(53), ...}, 16) = 0`
SOCKET = re.compile(r"\bsocket\((?P<family>AF_\w+|\d+)")
CONNECT = re.compile(r"\bconnect\(\d+, \{sa_family=(?P<family>AF_\w+|\d+)")


def network_sockets(trace: str) -> list[str]:
    """The trace lines that create or connect a socket of a family other than the allowed."""
    found = []
    for line in trace.splitlines():
        for pattern in (SOCKET, CONNECT):
            m = pattern.search(line)
            if m is not None and m.group("family") not in ALLOWED_FAMILIES:
                found.append(line.strip())
    return found


def traced(
    command: list[str], trace: Path, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """Run command under strace, every socket and connect of every process and thread to trace."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is missing: scripts/setup.sh installs it (apt-get install strace)")
    done = subprocess.run(
        [strace, "-f", "-e", "trace=socket,connect", "-o", str(trace), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if "ptrace" in done.stderr.lower() and "not permitted" in done.stderr.lower():
        pytest.fail(f"strace cannot trace here: {done.stderr.strip()[:300]}")
    return done


def without_alsa_noise(stderr: str) -> str:
    """libvlc's audio output on a machine without a sound card fills stderr with ALSA lines."""
    return "\n".join(line for line in stderr.splitlines() if not line.startswith("ALSA lib"))


def test_the_check_sees_an_internet_socket(tmp_path: Path) -> None:
    """The same tracing and parsing flag a program that opens internet sockets, and only those."""
    script = (
        "import socket\n"
        "socket.socket(socket.AF_UNIX).close()\n"
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "s.connect(('127.0.0.1', 9))\n"  # UDP: connecting sends no packet
        "s.close()\n"
        "try:\n"
        "    socket.socket(socket.AF_INET6).close()\n"
        "except OSError:\n"
        "    pass\n"  # no IPv6 here: the attempt is traced all the same
    )
    trace = tmp_path / "trace.txt"
    done = traced([sys.executable, "-c", script], trace)
    assert done.returncode == 0, done.stderr
    found = network_sockets(trace.read_text())
    families = [
        (m.group(0).split("(")[0], m.group("family"))
        for line in found
        if (m := SOCKET.search(line) or CONNECT.search(line)) is not None
    ]
    assert sorted(families) == [
        ("connect", "AF_INET"),
        ("socket", "AF_INET"),
        ("socket", "AF_INET"),
        ("socket", "AF_INET6"),
    ], found
    assert "socket(AF_UNIX" in trace.read_text(), "the allowed socket was traced, not flagged"


def test_parsing_of_strace_lines() -> None:
    trace = "\n".join(
        [
            "101  socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3",
            '101  connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X99"}, 110) = 0',
            "102  socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 9",
            "103  socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP <unfinished ...>",
            "104  connect(5, {sa_family=AF_INET6, sin6_port=htons(443), ...}, 28) = -1 EINPROGRESS",
            "105  socket(AF_PACKET, SOCK_RAW, 768) = 4",
            "106  socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM) = -1 EAFNOSUPPORT",
        ]
    )
    found = network_sockets(trace)
    assert [line.split()[0] for line in found] == ["103", "104", "105", "106"]


@pytest.mark.media
def test_the_app_opens_no_network_connection(x_env: dict[str, str], tmp_path: Path) -> None:
    from tests.videos import make_video

    video = tmp_path / "session.mp4"
    video.symlink_to(make_video("mp4"))
    out = tmp_path / "exports"
    out.mkdir()
    trace = tmp_path / "trace.txt"
    done = traced([sys.executable, str(DRIVER), "privacy", str(video), str(out)], trace, x_env)
    assert done.returncode == 0, without_alsa_noise(done.stderr)[-3000:]
    # the app did the work: the workbook, its CSV files and timeline pictures are there
    exported = next(line for line in done.stdout.splitlines() if line.startswith("EXPORTED"))
    assert "session.xlsx" in exported and "session_csv/ruptures.csv" in exported
    assert (out / "session.xlsx").stat().st_size > 0
    text = trace.read_text()
    # strace saw the app's own sockets (its X connection) and followed its threads
    assert re.search(r"connect\(\d+, \{sa_family=AF_UNIX", text), text[:2000]
    assert len({line.split()[0] for line in text.splitlines() if line[:1].isdigit()}) > 1
    assert network_sockets(text) == [], "the app opened a network socket"


@pytest.mark.media
def test_every_libvlc_argument_is_one_libvlc_knows() -> None:
    """libvlc refuses to start on an option it does not know; each one the app passes starts it."""
    import vlc

    from rupture_annotator.media.vlc_instance import VLC_ARGS

    for arg in VLC_ARGS:
        instance = vlc.Instance([arg, "--quiet"])
        assert instance is not None, arg
        instance.release()
    assert vlc.Instance(["--no-such-option-at-all", "--quiet"]) is None
