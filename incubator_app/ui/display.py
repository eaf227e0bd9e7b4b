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

from incubator_app.domain.errors import DomainError, Language

# What Qt's own libraries load from the system, on any platform plugin, with Debian/Ubuntu's
# package (ICU comes inside the PySide6 wheel).
QT_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# What Qt 6's xcb platform plugin loads beyond them.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def open_window(db: str | None, language: Language | None) -> int:
    """The desktop window, once this computer is known to be able to show it."""
    check_display()
    from incubator_app.ui.app import run

    return run(db, language)


def check_display() -> None:
    """Refuse (a DomainError) where Qt could not open a window, before it tries."""
    if sys.platform in ("win32", "darwin"):
        return
    check_libraries(QT_LIBRARIES)
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return  # offscreen, wayland, vnc…: Qt says itself what it lacks
    if not chosen and os.environ.get("WAYLAND_DISPLAY"):
        return
    if not os.environ.get("DISPLAY"):
        raise DomainError("display_none")
    check_libraries(XCB_LIBRARIES)


def check_libraries(libraries: dict[str, str]) -> None:
    """Refuse, naming the packages to install, if any of ``libraries`` cannot be loaded
    (Linux only: elsewhere Qt brings what it needs)."""
    if not sys.platform.startswith("linux"):
        return
    missing = missing_libraries(libraries)
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
