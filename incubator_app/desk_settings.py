"""This desk's own settings (설정 ▸ 데스크 이름, 백업 폴더): who the records say made each
change, and where backups of an SQLite station go.

Each is kept in a small file of the person's own settings folder, so that the window and
the command line of one desk agree; ``INCUBATOR_DESK`` and ``INCUBATOR_BACKUPS`` name
them for one run (a scheduled job). Without either: the operating system's login, and
the ``backups`` folder beside the database file.
"""

from __future__ import annotations

import getpass
import os
from contextlib import suppress
from pathlib import Path

from platformdirs import user_config_path

from incubator_app.domain.errors import DomainError
from incubator_app.domain.stamps import DESK_NAME_LENGTH
from incubator_app.domain.text import clean_text
from incubator_app.files import os_reason, write_whole
from incubator_app.paths import APP_AUTHOR, APP_NAME

ENVIRONMENT_VARIABLE = "INCUBATOR_DESK"
BACKUPS_VARIABLE = "INCUBATOR_BACKUPS"
UNNAMED = "desk"  # a login that cannot be read (no user name in the environment)


def desk_file() -> Path:
    """E.g. %LOCALAPPDATA%\\STA-G\\STAG-Incubator\\desk-name.txt."""
    return user_config_path(APP_NAME, APP_AUTHOR) / "desk-name.txt"


def backups_file() -> Path:
    return user_config_path(APP_NAME, APP_AUTHOR) / "backup-folder.txt"


def desk_name() -> str:
    """The variable's name (refused if the records cannot keep it), else the saved one,
    else the operating system's login."""
    given = os.environ.get(ENVIRONMENT_VARIABLE)
    if given is not None:
        return checked_desk_name(given)
    saved = _saved(desk_file())
    if saved is not None:
        with suppress(DomainError):  # a file edited by hand into something unusable
            return checked_desk_name(saved)
    return os_login()


def os_login() -> str:
    """The login the operating system knows this person by (``UNNAMED`` if none)."""
    try:
        return checked_desk_name(getpass.getuser())
    except (DomainError, OSError, KeyError):
        return UNNAMED


def checked_desk_name(text: str) -> str:
    """The name as the records keep it: one line, cleaned, at most 60 characters."""
    name = clean_text("desk", text, DESK_NAME_LENGTH)
    if name is None:
        raise DomainError("desk_name_empty", field="desk")
    return name


def save_desk_name(text: str) -> str:
    """Keep the name this desk's next changes are signed with; refused if unusable."""
    name = checked_desk_name(text)
    _save(desk_file(), name, "desk")
    return name


def backup_folder_chosen() -> Path | None:
    """The folder this desk keeps backups in, if one was chosen (a second disk, a network
    drive); None: beside the database file."""
    given = os.environ.get(BACKUPS_VARIABLE)
    if given is not None and given.strip():
        return Path(given.strip()).expanduser().absolute()
    saved = _saved(backups_file())
    return Path(saved.strip()).expanduser().absolute() if saved and saved.strip() else None


def save_backup_folder(folder: Path | None) -> None:
    """Keep the chosen backup folder (None: beside the database file again)."""
    _save(backups_file(), str(folder) if folder is not None else "", "backup_folder")


def _save(path: Path, text: str, field: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError(
            "folder_failed", field=field, path=str(path.parent), reason=os_reason(error)
        ) from None

    def write(target: Path) -> None:
        target.write_text(text + "\n", encoding="utf-8")

    write_whole(path, write)


def _saved(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")  # a BOM from an older Notepad
    except (OSError, UnicodeDecodeError):
        return None
