"""Where the program's own files and the manager's database live, on any OS."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "STAG-Incubator"
APP_AUTHOR = "STA-G"


def bundled(relative: str) -> Path:
    """A file shipped with the program: inside the installed package, or in the checkout."""
    here = Path(__file__).resolve().parent
    for base in (here / "_data", here.parent):
        candidate = base / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(relative)


def default_database() -> Path:
    """The per-user database: e.g. %LOCALAPPDATA%\\STA-G\\STAG-Incubator\\stag.sqlite3."""
    return user_data_path(APP_NAME, APP_AUTHOR) / "stag.sqlite3"


def demo_database() -> Path:
    """The tour's database, apart from the real one so demo records never mix with it."""
    return user_data_path(APP_NAME, APP_AUTHOR) / "stag-demo.sqlite3"


def log_file() -> Path:
    """Where unexpected errors of the window are written, e.g. %LOCALAPPDATA%\\...\\Logs."""
    return user_log_path(APP_NAME, APP_AUTHOR) / "incubator.log"
