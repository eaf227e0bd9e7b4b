"""What needs a manager's attention about one tenant on a date (DOMAIN.md 17)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from incubator_app.domain.eligibility import early_stage_until
from incubator_app.domain.periods import add_months

if TYPE_CHECKING:
    from incubator_app.domain.policy import Policy


class AlertCode(StrEnum):
    LEASE_ENDING = "lease_ending"
    AGING_OUT = "aging_out"
    AGED_OUT = "aged_out"
    CAP_NEAR = "cap_near"
    REGISTRATION_OVERDUE = "registration_overdue"
    ARREARS = "arrears"


class Urgency(StrEnum):
    """How soon: within the urgent days (or already past), the soon days, or the window."""

    URGENT = "urgent"
    SOON = "soon"
    NOTICE = "notice"


@dataclass(frozen=True)
class Alert:
    code: AlertCode
    days: int  # until the due date; negative once past
    urgency: Urgency
    due: date


@dataclass(frozen=True)
class TenantFacts:
    """What rule 17 needs to know of a tenant holding a lease on the date.

    ``endings`` are the effective ends of its leases covering the date that no
    signed renewal continues; ``signed_days`` the days of all its startup-room
    and coworking leases, past and already signed; ``first_move_in`` the start of
    the first such lease and ``last_move_out`` the end of the last (None when it
    holds only investor rooms).
    """

    started_on: date | None
    incubating: bool
    endings: tuple[date, ...]
    signed_days: int
    first_move_in: date | None
    last_move_out: date | None
    overdue_since: date | None = None  # the oldest unpaid due date, when in arrears (rule 30)


def urgency(days: int, policy: Policy) -> Urgency:
    if days <= policy.alert_urgent_days:
        return Urgency.URGENT
    if days <= policy.alert_soon_days:
        return Urgency.SOON
    return Urgency.NOTICE


def tenant_alerts(facts: TenantFacts, day: date, policy: Policy) -> list[Alert]:
    """Rules 17 and 30, in the order arrears, lease, early-stage window, cap, registration."""
    window = policy.alert_window_days
    found: list[Alert] = []

    def add(code: AlertCode, due: date) -> None:
        days = (due - day).days
        found.append(Alert(code, days, urgency(days, policy), due))

    if facts.overdue_since is not None:
        add(AlertCode.ARREARS, facts.overdue_since)
    if facts.endings:
        end = min(facts.endings)
        if policy.ends_soon(end, day):
            add(AlertCode.LEASE_ENDING, end)
    if not facts.incubating:
        return found
    if facts.started_on is not None:
        until = early_stage_until(facts.started_on)
        left = (until - day).days
        if left < 0:
            add(AlertCode.AGED_OUT, until)
        elif left <= window:
            add(AlertCode.AGING_OUT, until)
    if policy.cap_days_left(facts.signed_days) <= window and facts.last_move_out is not None:
        # Due when the signed leases run out: no further lease fits under the cap.
        add(AlertCode.CAP_NEAR, facts.last_move_out)
    if facts.started_on is None and facts.first_move_in is not None:
        deadline = add_months(facts.first_move_in, policy.registration_months)
        if day > deadline:
            add(AlertCode.REGISTRATION_OVERDUE, deadline)
    return found


def d_day(days: int) -> str:
    """D-45 before, D-day on, D+3 after the due date."""
    return "D-day" if days == 0 else f"D-{days}" if days > 0 else f"D+{-days}"
