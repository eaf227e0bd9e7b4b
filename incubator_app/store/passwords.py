"""Server passwords in the operating system's own store (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux), never in a file of ours.

A computer with no such store (a server without a desktop) keeps nothing here;
PostgreSQL's own password file (``pgpass``) or ``PGPASSWORD`` serve it instead.
"""

from __future__ import annotations

from incubator_app.domain.errors import DomainError
from incubator_app.paths import APP_NAME


def saved_password(address: str) -> str | None:
    """The password kept for ``address`` (user@host:port/database), if any."""
    import keyring  # imported when a server is opened: a file database never needs it
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(APP_NAME, address)
    except KeyringError:  # no store on this computer, or it is locked
        return None


def save_password(address: str, password: str) -> None:
    """Keep the password for the next start; refused where the computer has no store."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(APP_NAME, address, password)
    except KeyringError as error:
        raise DomainError("password_not_kept", reason=str(error) or type(error).__name__) from None


def forget_password(address: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(APP_NAME, address)
    except (PasswordDeleteError, KeyringError):  # nothing kept: nothing to forget
        return
