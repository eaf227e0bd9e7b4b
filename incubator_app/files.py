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

from incubator_app.domain.errors import DomainError, Localised

NO_PERMISSION = Localised("쓰기 권한이 없습니다", "no permission to write there")
OS_REASONS = {
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EROFS: Localised("읽기 전용 드라이브입니다", "the drive is read-only"),
    errno.ENOSPC: Localised("디스크가 가득 찼습니다", "the disk is full"),
    errno.EISDIR: Localised("같은 이름의 폴더가 있습니다", "a folder has that name"),
    errno.ENOENT: Localised(
        "그 폴더에는 파일을 만들 수 없습니다", "no file can be made in that folder"
    ),
    errno.ENOTDIR: Localised(
        "경로 중간에 폴더가 아닌 파일이 있습니다", "part of the path is a file"
    ),
    errno.ENAMETOOLONG: Localised("이름이 너무 깁니다", "the name is too long"),
    errno.EBUSY: Localised("다른 프로그램이 사용 중입니다", "another program is using it"),
}


def os_reason(error: OSError) -> Localised:
    """Why the operating system refused, in the person's language where it is known."""
    known = OS_REASONS.get(error.errno or 0)
    if known is not None:
        return known
    text = error.strerror or type(error).__name__
    return Localised(text, text)


def check_target(path: Path, suffix: str, wrong_suffix: str) -> Path:
    """A file name with ``suffix`` in a folder that exists and takes a new file: refused
    before any work."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise DomainError(wrong_suffix, field="out", path=str(path))
    if path.is_dir():
        raise DomainError("export_is_folder", field="out", path=str(path))
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
