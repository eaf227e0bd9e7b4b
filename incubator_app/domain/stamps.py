"""Who made a record and who changed it last, and when: said to a person, and the
refusal of a save made from an older read than what is stored now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from incubator_app.domain.errors import DomainError, Language, Localised, localised, message

CHANGED_ELSEWHERE = "changed_elsewhere"  # the refusal of a save from an older read
DESK_NAME_LENGTH = 60  # the longest desk name the records keep


class Kind(StrEnum):
    """What a change is made to: the kinds of record people edit, by their tables' names
    (each signed, versioned and counted when it changes: migration 0008), and the
    station as a whole (a restore, in the change history)."""

    TENANT = "tenant"
    LEASE = "lease"
    SPACE = "space"
    BOOKING = "booking"
    SETTING = "setting"
    CHARGE = "charge"
    PAYMENT = "payment"
    DEPOSIT = "deposit"
    SETTLEMENT = "settlement"
    STATION = "station"


TABLES = tuple(kind for kind in Kind if kind is not Kind.STATION)  # the records' tables


@dataclass(frozen=True)
class Stamp:
    """A record's version and its two signatures (Seoul wall time; None before 0008)."""

    version: int
    created_by: str | None = None
    created_at: datetime | None = None
    changed_by: str | None = None
    changed_at: datetime | None = None


def moment(at: datetime) -> Localised:
    """``2026. 12. 3. 14:03`` (the public-document date and the hour), ``2026-12-03 14:03``."""
    return Localised(f"{at.year}. {at.month}. {at.day}. {at:%H:%M}", f"{at:%Y-%m-%d %H:%M}")


def check_unchanged(stored: Stamp, seen: int | None) -> None:
    """Refuse a save made from version ``seen`` when the record has moved on since,
    naming who changed it and when (``seen`` None: made from what is stored now)."""
    if seen is None or seen == stored.version:
        return
    raise DomainError(
        CHANGED_ELSEWHERE,
        by=stored.changed_by or localised("desk_unnamed"),
        at=moment(stored.changed_at) if stored.changed_at else localised("moment_unknown"),
    )


def signatures(stamp: Stamp, language: Language) -> str:
    """``등록 김매니저 · 2026. 12. 3. 14:03 / 수정 이매니저 · 2026. 12. 4. 09:10``."""
    lines = []
    for code, by, at in (
        ("stamp_created", stamp.created_by, stamp.created_at),
        ("stamp_changed", stamp.changed_by, stamp.changed_at),
    ):
        if by is None and at is None:
            continue
        who = by or message("desk_unnamed", language)
        when = moment(at).text(language) if at else message("moment_unknown", language)
        lines.append(message(code, language, by=who, at=when))
    return " / ".join(lines)
