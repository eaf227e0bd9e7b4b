"""Whether this computer can show the window, asked before Qt is started.

Without a display Qt aborts the process (SIGABRT) with a message about its xcb
plugin; with a display but without the X libraries that plugin needs, it aborts
the same way. Both are told here as a person's problem, with what to do.
Only Linux and other X11/Wayland systems are asked: Windows and macOS always
have their own platform plugin.
"""

from __future__ import annotations

import ctypes
import os
import sys

from incubator_app.domain.errors import DomainError

# What Qt 6's xcb platform plugin loads beyond libxcb itself, with Debian/Ubuntu's package.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def check_display() -> None:
    """Refuse (a DomainError) where Qt could not open a window, before it tries."""
    if sys.platform in ("win32", "darwin"):
        return
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return  # offscreen, wayland, vnc…: Qt says itself what it lacks
    if not chosen and os.environ.get("WAYLAND_DISPLAY"):
        return
    if not os.environ.get("DISPLAY"):
        raise DomainError("display_none")
    missing = missing_libraries(XCB_LIBRARIES)
    if missing:
        raise DomainError("display_libraries_missing", packages=" ".join(missing))


def missing_libraries(libraries: dict[str, str]) -> list[str]:
    """The packages of those ``libraries`` (soname: package) the system cannot load."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing
