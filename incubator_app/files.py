"""Files the program writes for people (workbooks, PDFs, pictures): whole, or not at all.

Every way a target can be wrong (a folder by that name, a folder that is missing
or cannot be written to, a full or read-only drive) is refused before any work,
in words a person can act on: one mapping from the operating system's error.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from incubator_app.domain.errors import DomainError, Localised, localised

OS_REASONS = {  # the operating system's refusal -> its sentence in the catalogue
    errno.EACCES: "os_no_permission",
    errno.EPERM: "os_no_permission",
    errno.EROFS: "os_read_only_drive",
    errno.ENOSPC: "os_disk_full",
    errno.EISDIR: "os_folder_by_that_name",
    errno.EEXIST: "os_file_by_that_name",
    errno.ENOENT: "os_no_file_there",
    errno.ENOTDIR: "os_file_in_path",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.EBUSY: "os_in_use",
}


def os_reason(error: OSError) -> Localised:
    """Why the operating system refused, in the person's language where it is known."""
    code = OS_REASONS.get(error.errno or 0)
    if code is not None:
        return localised(code)
    text = error.strerror or type(error).__name__
    return Localised(text, text)


def check_target(path: Path, suffix: str, wrong_suffix: str) -> Path:
    """A file name with ``suffix`` in a folder that exists and takes a new file: refused
    before any work."""
    path = Path(path)
    if path.is_dir():
        raise DomainError("path_is_folder", field="out", path=str(path))
    if path.suffix.lower() != suffix:
        raise DomainError(wrong_suffix, field="out", path=str(path))
    if not path.parent.is_dir():
        raise DomainError("export_folder_missing", field="out", path=str(path.parent))
    _check_writable(path.parent)
    return path


def check_folder(folder: Path) -> Path:
    """A folder to write several files into, made if missing: refused before any work."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise DomainError("folder_is_file", field="out", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError(
            "folder_failed", field="out", path=str(folder), reason=os_reason(error)
        ) from None
    _check_writable(folder)
    return folder


def _check_writable(folder: Path) -> None:
    """A new file can be made in ``folder`` (tried, and removed at once)."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".stag-check-")
    except OSError as error:
        raise DomainError(
            "folder_failed", field="out", path=str(folder), reason=os_reason(error)
        ) from None
    os.close(handle)
    Path(name).unlink(missing_ok=True)


def write_whole(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` a file beside ``path``, then move it into place: a failed or stopped
    writer leaves no half-written file, and an existing one stays as it was until the
    new one is whole (a file open in Excel on Windows is refused here, by name)."""
    try:
        handle, name = tempfile.mkstemp(suffix=path.suffix, dir=path.parent)
    except OSError as error:
        raise DomainError(
            "export_failed", field="out", path=str(path), reason=os_reason(error)
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.chmod(0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        temporary.replace(path)
    except OSError as error:
        raise DomainError(
            "export_failed", field="out", path=str(path), reason=os_reason(error)
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
