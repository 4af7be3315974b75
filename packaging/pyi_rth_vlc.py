"""PyInstaller runtime hook: use the libvlc bundled beside the app (Windows, macOS), if any.

The spec copies VLC's library and plugins into <bundle>/vlc/. python-vlc reads these variables
when it is first imported, before the app asks for a player. On Linux nothing is bundled and
python-vlc finds the system's libvlc as it does for an installed wheel.
"""

import ctypes
import os
import sys

_vlc = os.path.join(getattr(sys, "_MEIPASS", ""), "vlc")
_lib = {"win32": "libvlc.dll", "darwin": "libvlc.dylib"}.get(sys.platform)
if _lib and os.path.isfile(os.path.join(_vlc, _lib)):
    if sys.platform == "darwin":  # libvlc.dylib finds libvlccore through the loaded image
        ctypes.CDLL(os.path.join(_vlc, "libvlccore.dylib"))
    else:  # libvlc.dll finds libvlccore.dll beside it
        os.add_dll_directory(_vlc)
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", os.path.join(_vlc, _lib))
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", os.path.join(_vlc, "plugins"))
    os.environ.setdefault("VLC_PLUGIN_PATH", os.path.join(_vlc, "plugins"))
