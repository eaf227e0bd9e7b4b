"""Copies of a database file taken before anything risky (an upgrade)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path


def backup_copy(path: Path, label: str) -> Path:
    """A consistent copy beside ``path`` (SQLite's online backup, safe under WAL)."""
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-{label}{path.suffix}")
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target
