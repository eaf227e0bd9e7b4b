"""This desk's name: who the records say made each change (설정 ▸ 데스크 이름).

Kept in a small file of the person's own settings folder, so that the window and the
command line of one desk sign their changes alike; ``INCUBATOR_DESK`` names it for one
run (a scheduled job); without either it is the operating system's login.
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
UNNAMED = "desk"  # a login that cannot be read (no user name in the environment)


def desk_file() -> Path:
    """E.g. %LOCALAPPDATA%\\STA-G\\STAG-Incubator\\desk-name.txt."""
    return user_config_path(APP_NAME, APP_AUTHOR) / "desk-name.txt"


def desk_name() -> str:
    """The variable's name (refused if the records cannot keep it), else the saved one,
    else the operating system's login."""
    given = os.environ.get(ENVIRONMENT_VARIABLE)
    if given is not None:
        return checked_desk_name(given)
    saved = _saved()
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
    path = desk_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError(
            "folder_failed", field="desk", path=str(path.parent), reason=os_reason(error)
        ) from None

    def write(target: Path) -> None:
        target.write_text(name + "\n", encoding="utf-8")

    write_whole(path, write)
    return name


def _saved() -> str | None:
    try:
        return desk_file().read_text(encoding="utf-8-sig")  # a BOM from an older Notepad
    except (OSError, UnicodeDecodeError):
        return None
