"""Files the program writes for people (workbooks, PDFs): whole, or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from incubator_app.domain.errors import DomainError


def check_target(path: Path, suffix: str, wrong_suffix: str) -> Path:
    """A file name with ``suffix`` in a folder that exists: refused before any work."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise DomainError(wrong_suffix, field="out", path=str(path))
    if not path.parent.is_dir():
        raise DomainError("export_folder_missing", field="out", path=str(path.parent))
    return path


def write_whole(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` a file beside ``path``, then move it into place: a failed or stopped
    writer leaves no half-written file, and an existing one stays as it was until the
    new one is whole (a file open in Excel on Windows is refused here, by name)."""
    try:
        handle, name = tempfile.mkstemp(suffix=path.suffix, dir=path.parent)
    except OSError as error:
        raise DomainError(
            "export_failed", field="out", path=str(path), reason=error.strerror
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.chmod(0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        temporary.replace(path)
    except OSError as error:
        raise DomainError(
            "export_failed", field="out", path=str(path), reason=error.strerror
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
