"""Whether this computer can show the window, asked before Qt is started.

Without a display Qt aborts the process (SIGABRT) with a message about its xcb
plugin; with a display but without the X libraries that plugin needs, it aborts
the same way. Both are told here as a person's problem, with what to do.
Only Linux and other X11/Wayland systems are asked: Windows and macOS always
have their own platform plugin.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from pathlib import Path

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
    """Refuse (a DomainError) where Qt could not open a window, before it tries: Qt
    aborts the whole process instead (SIGABRT) and blames the wrong library.

    Qt tries the platforms of ``QT_QPA_PLATFORM`` ("wayland;xcb"), else Wayland then
    X11 in a Wayland session, else X11; the first that can show a window is enough.
    """
    if sys.platform in ("win32", "darwin"):
        return
    refusals = []
    for platform in _platforms_qt_tries():
        try:
            _check_platform(platform)
        except DomainError as refusal:
            refusals.append(refusal)
        else:
            return
    raise refusals[0]


def _platforms_qt_tries() -> list[str]:
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    if os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _check_platform(platform: str) -> None:
    known = platform_plugins()
    if platform not in known:
        raise DomainError("display_platform_unknown", name=platform, known=", ".join(known))
    if platform in DRAWN_WITHOUT_SCREEN:
        check_libraries(QT_LIBRARIES)
        return
    if platform == "wayland":
        socket = _wayland_socket()
        if socket is None or not socket.exists():
            raise DomainError("display_wayland_unreachable", socket=str(socket or "?"))
        check_libraries(QT_LIBRARIES)
        return
    if platform != "xcb":  # eglfs, linuxfb…: a kiosk's, not a manager's desk
        raise DomainError("display_platform_unsupported", name=platform)
    display = os.environ.get("DISPLAY", "")
    if not display:
        raise DomainError("display_none")
    check_libraries({**QT_LIBRARIES, **XCB_LIBRARIES})
    if not _x_server_answers(display):
        raise DomainError("display_unreachable", display=display)


DRAWN_WITHOUT_SCREEN = ("offscreen", "minimal", "vnc")


def _wayland_socket() -> Path | None:
    name = os.environ.get("WAYLAND_DISPLAY", "wayland-0")
    if Path(name).is_absolute():
        return Path(name)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return Path(runtime) / name if runtime else None


def platform_plugins() -> list[str]:
    """The platforms Qt can draw on here (``offscreen``, ``xcb``, ``wayland``…), read from
    the plugin files without starting Qt."""
    spec = importlib.util.find_spec("PySide6")
    folders = spec.submodule_search_locations if spec else None
    if not folders:
        return []
    plugins = Path(next(iter(folders))) / "Qt" / "plugins" / "platforms"
    return sorted(p.name.removeprefix("libq").split(".")[0] for p in plugins.glob("libq*.so"))


def _x_server_answers(display: str) -> bool:
    """Whether the X server named by ``display`` takes a connection (libxcb, as Qt asks)."""
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


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
