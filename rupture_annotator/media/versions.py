"""The versions a lab writes into its methods section: the app, its project file schema, the
shipped codebooks, and the libvlc, FFmpeg (PyAV), Qt and Python it runs on.

Shown by `rupture-annotator --version` and Help → About. Nothing here needs a display; a library
that cannot be loaded is reported as such instead of failing.
"""

from __future__ import annotations

import platform

from rupture_annotator import __version__


def versions() -> list[tuple[str, str]]:
    """(what, version) pairs, the app first."""
    from rupture_annotator.storage.codebooks import CodebookError, load_codebook, shipped_codebooks
    from rupture_annotator.storage.migrations import SCHEMA_VERSION

    rows = [("Rupture Annotator", __version__), ("Project file schema", str(SCHEMA_VERSION))]
    for name in shipped_codebooks():
        try:
            book = load_codebook(name)
        except CodebookError as exc:
            rows.append((f"Codebook {name}", f"cannot be read: {exc}"))
        else:
            rows.append((f"Codebook {name}", f"{book.version} ({book.name})"))
    rows += [
        ("libvlc", _libvlc()),
        ("FFmpeg (PyAV)", _ffmpeg()),
        ("Qt", _qt()),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("System", platform.platform(terse=True)),
    ]
    return rows


def version_text() -> str:
    """`--version`: "rupture-annotator 0.1.0", then one "what: version" line each."""
    rows = versions()
    return "\n".join([f"rupture-annotator {rows[0][1]}", *(f"{k}: {v}" for k, v in rows[1:])])


def _libvlc() -> str:
    try:
        import vlc

        raw = vlc.libvlc_get_version()
    except Exception as exc:  # python-vlc raises several kinds of error when libvlc is missing
        return f"not found ({type(exc).__name__}: {exc})"
    text = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    return f"{text} (python-vlc {getattr(vlc, '__version__', '?')})"


def _ffmpeg() -> str:
    try:
        import av
    except ImportError as exc:
        return f"not found ({exc})"
    libavcodec = av.library_versions.get("libavcodec")
    codec = ".".join(map(str, libavcodec)) if libavcodec else "?"
    return f"{getattr(av, 'ffmpeg_version_info', '?')} (libavcodec {codec}, PyAV {av.__version__})"


def _qt() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return f"not found ({exc})"
    return f"{qVersion()} (PySide6 {PySide6.__version__})"
