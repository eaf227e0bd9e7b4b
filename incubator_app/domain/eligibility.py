"""Who counts as an early-stage startup, and who may move in (DOMAIN.md 4-12)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from functools import lru_cache

from incubator_app.domain.errors import DomainError
from incubator_app.domain.periods import Period, add_years

EARLY_STAGE_YEARS = 3  # L: 중소기업창업 지원법 §2 초기창업기업
STARTUP_YEARS = 7  # L: 법 §2 창업기업
NEW_INDUSTRY_STARTUP_YEARS = 10  # L: 법 §25④ 신산업 창업기업


class Stage(StrEnum):
    """업력구분 on a date (rule 8)."""

    PRE_FOUNDER = "pre_founder"
    EARLY = "early"
    GROWTH = "growth"
    MATURE = "mature"


@lru_cache(maxsize=65_536)  # a station's tenants share a few thousand start dates
def early_stage_until(started_on: date) -> date:
    """The last day a company counts as 초기창업기업: the third anniversary itself."""
    return add_years(started_on, EARLY_STAGE_YEARS)


@lru_cache(maxsize=65_536)
def startup_until(started_on: date, new_industry: bool) -> date:
    """The last day a company counts as 창업기업 (7 years, 10 for 신산업)."""
    return add_years(started_on, NEW_INDUSTRY_STARTUP_YEARS if new_industry else STARTUP_YEARS)


def stage_on(started_on: date | None, day: date, new_industry: bool = False) -> Stage:
    """Rule 8: no start date is a pre-founder; then early, growth, mature."""
    if started_on is None:
        return Stage.PRE_FOUNDER
    if day <= early_stage_until(started_on):
        return Stage.EARLY
    if day <= startup_until(started_on, new_industry):
        return Stage.GROWTH
    return Stage.MATURE


def days_left(started_on: date | None, day: date) -> int | None:
    """``early_stage_until - day`` in days; negative once past, None for pre-founders."""
    if started_on is None:
        return None
    return (early_stage_until(started_on) - day).days


def check_admission(started_on: date | None, move_in: date) -> None:
    """Rule 9: a startup room or seat needs a pre-founder or an early-stage company."""
    if started_on is None:
        return
    until = early_stage_until(started_on)
    if move_in > until:
        raise DomainError(
            "admission_window_passed",
            field="start",
            started=started_on.isoformat(),
            until=until.isoformat(),
            move_in=move_in.isoformat(),
        )


def held_days(periods: Iterable[Period]) -> int:
    """Rule 11: days held, summed over leases (each inclusive, effective ends)."""
    return sum(p.days for p in periods)


def check_incubation_cap(already_held: int, new: Period, cap_days: int) -> None:
    """Rule 11: the new lease may not take the total past the cap."""
    if already_held + new.days > cap_days:
        raise DomainError(
            "incubation_cap_exceeded",
            field="end",
            held=already_held,
            new=new.days,
            cap=cap_days,
            left=max(cap_days - already_held, 0),
        )
