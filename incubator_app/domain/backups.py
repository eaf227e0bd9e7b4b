"""Backups as the station keeps them: why each was taken, how its file is named, and
which automatic ones are kept (the last 7 days', 4 weeks' and 12 months')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from incubator_app.domain.errors import Language, message

KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"


class Reason(StrEnum):
    DAILY = "daily"  # the first opening of a day
    IMPORT = "import"  # before an import
    UPGRADE = "upgrade"  # before a schema upgrade
    MANUAL = "manual"  # asked for (파일 ▸ 백업하기, ``backup``)
    SAFETY = "safety"  # the database as it was before a restore


def reason_name(reason: Reason, language: Language = "ko") -> str:
    """매일, 가져오기 전 …: why a backup was taken, in words."""
    return message(f"backup_reason_{reason.value}", language)


AUTOMATIC = frozenset({Reason.DAILY, Reason.IMPORT, Reason.UPGRADE})  # rotated; others kept
NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<station>[0-9a-f]{8})\.(?P<at>\d{8}-\d{6})\."
    rf"(?P<reason>{'|'.join(reason.value for reason in Reason)})(?:-(?P<n>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: which database, whose station, when, why."""

    stem: str
    station: str  # the first 8 hex digits of the records' identity (migration 0005)
    at: datetime  # Seoul wall clock
    reason: Reason

    def file_name(self, n: int = 0) -> str:
        again = f"-{n}" if n else ""
        return f"{self.stem}.{self.station}.{self.at:{STAMP}}.{self.reason.value}{again}{SUFFIX}"


def read_name(name: str) -> BackupName | None:
    """A backup's name read back (None: not a backup's name, or a half-written one)."""
    found = NAME.match(name)
    if found is None:
        return None
    try:
        at = datetime.strptime(found["at"], STAMP)  # noqa: DTZ007 (Seoul's wall clock)
    except ValueError:
        return None
    return BackupName(found["stem"], found["station"], at, Reason(found["reason"]))


def kept(taken: Sequence[datetime]) -> set[int]:
    """Which of the automatic backups taken at ``taken`` stay: the newest of each of the
    last ``KEEP_DAYS`` days, ``KEEP_WEEKS`` weeks and ``KEEP_MONTHS`` months that have one."""
    newest_first = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep: set[int] = set()
    for period, count in (
        (lambda at: at.date(), KEEP_DAYS),
        (lambda at: at.isocalendar()[:2], KEEP_WEEKS),
        (lambda at: (at.year, at.month), KEEP_MONTHS),
    ):
        seen: list[object] = []
        for index in newest_first:
            key = period(taken[index])
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(index)
    return keep
