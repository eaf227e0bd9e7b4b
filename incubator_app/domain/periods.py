"""Date arithmetic of the civil code's periods (민법 §157, §160)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from incubator_app.domain.errors import DomainError, Language

SEOUL = ZoneInfo("Asia/Seoul")  # the station's clock, whatever the computer's time zone


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; Feb 29 falls back to Feb 28 (§160③)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 2, 28)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


FIRST_YEAR, LAST_YEAR = 1900, 2199
ISO_DAY = re.compile(r"(\d{4,9})-(\d{2})-(\d{2})", re.ASCII)


def check_day(day: date, field: str = "date", typed: str = "") -> date:
    """A day the station's records can hold (years 1900-2199), so periods never overflow;
    a refusal names the date as it was ``typed``, where it was."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # shown only when refused
        _check_year(day.year, typed or day.isoformat(), field)
    return day


def _check_year(year: int, shown: str, field: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError("date_range", field=field, value=shown, first=FIRST_YEAR, last=LAST_YEAR)


def parse_iso_date(text: str, field: str = "date") -> date:
    """Exactly ``YYYY-MM-DD`` as typed on the command line."""
    found = ISO_DAY.fullmatch(text.strip())
    if found is None:
        raise DomainError("date_format", field=field, value=text)
    return calendar_day(text, field, *(int(part) for part in found.groups()))


def calendar_day(text: str, field: str, year: int, month: int, day: int) -> date:
    """A date written in a known form: within the years records hold, and on the
    calendar (no Feb 30); refusals name ``text``, what was typed."""
    _check_year(year, text.strip(), field)
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("date_not_on_calendar", field=field, value=text.strip()) from None


TYPED_DAY = re.compile(r"(\d{4,9})\s*[-.]\s*(\d{1,2})\s*[-.]\s*(\d{1,2})\.?", re.ASCII)


def parse_typed_date(text: str, field: str = "date") -> date:
    """A date as people type it in spreadsheets: ``2025-03-02``, ``2025.3.2``, ``2025. 3. 2.``."""
    found = TYPED_DAY.fullmatch(text.strip())
    if found is None:
        raise DomainError("date_format", field=field, value=text)
    year, month, day = (int(part) for part in found.groups())
    return calendar_day(text, field, year, month, day)


WEEKDAYS: dict[Language, tuple[str, ...]] = {
    "ko": ("월", "화", "수", "목", "금", "토", "일"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def weekday(day: date, language: Language = "ko") -> str:
    """월 … 일 (Mon … Sun), whatever the machine's locale."""
    return WEEKDAYS[language][day.weekday()]


def public_date(day: date) -> str:
    """The public-document style of printed dates (행정업무운영 편람): ``2026. 3. 2.``."""
    return f"{day.year}. {day.month}. {day.day}."


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of days [start, end]."""

    start: date
    end: date

    def __post_init__(self) -> None:
        check_day(self.start, "start")
        check_day(self.end, "end")
        if self.end < self.start:
            raise DomainError(
                "period_reversed",
                field="end",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @property
    def days(self) -> int:
        """Days in the range, both ends counted."""
        return (self.end - self.start).days + 1

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}~{self.end.isoformat()}"
