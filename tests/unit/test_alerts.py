from __future__ import annotations

from datetime import date

from incubator_app.domain.alerts import AlertCode, TenantFacts, Urgency, tenant_alerts
from incubator_app.domain.policy import Policy

DAY = date(2026, 3, 2)
POLICY = Policy()


def facts(**changes: object) -> TenantFacts:
    base: dict[str, object] = {
        "started_on": date(2025, 1, 2),
        "incubating": True,
        "endings": (date(2027, 1, 1),),
        "signed_days": 365,
        "first_move_in": date(2025, 4, 1),
        "last_move_out": date(2027, 1, 1),
    }
    base.update(changes)
    return TenantFacts(**base)  # type: ignore[arg-type]


def codes(f: TenantFacts, day: date = DAY) -> list[AlertCode]:
    return [a.code for a in tenant_alerts(f, day, POLICY)]


def test_a_quiet_tenant_has_no_alerts() -> None:
    assert codes(facts()) == []


def test_lease_ending_within_90_days_inclusive() -> None:
    assert codes(facts(endings=(date(2026, 5, 31),))) == [AlertCode.LEASE_ENDING]  # 90 days
    assert codes(facts(endings=(date(2026, 6, 1),))) == []  # 91 days
    alert = tenant_alerts(facts(endings=(date(2026, 3, 2),)), DAY, POLICY)[0]
    assert (alert.days, alert.urgency) == (0, Urgency.URGENT)


def test_urgency_steps_at_30_and_60_days() -> None:
    def urgency(days: int) -> Urgency:
        end = date.fromordinal(DAY.toordinal() + days)
        return tenant_alerts(facts(endings=(end,)), DAY, POLICY)[0].urgency

    assert urgency(30) is Urgency.URGENT
    assert urgency(31) is Urgency.SOON
    assert urgency(60) is Urgency.SOON
    assert urgency(61) is Urgency.NOTICE


def test_aging_out_then_aged_out_around_the_anniversary() -> None:
    started = date(2023, 3, 2)  # early-stage through 2026-03-02
    assert codes(facts(started_on=started)) == [AlertCode.AGING_OUT]
    aged = tenant_alerts(facts(started_on=started), date(2026, 3, 3), POLICY)
    assert [(a.code, a.days) for a in aged] == [(AlertCode.AGED_OUT, -1)]
    assert codes(facts(started_on=date(2023, 5, 31))) == [AlertCode.AGING_OUT]  # 90 days left
    assert codes(facts(started_on=date(2023, 6, 1))) == []  # 91 days left


def test_cap_near_counts_leases_already_signed_and_is_due_when_they_run_out() -> None:
    assert codes(facts(signed_days=1096 - 91)) == []
    alerts = tenant_alerts(facts(signed_days=1096 - 90), DAY, POLICY)
    assert [(a.code, a.due, a.days, a.urgency) for a in alerts] == [
        (AlertCode.CAP_NEAR, date(2027, 1, 1), 305, Urgency.NOTICE)
    ]
    soon = tenant_alerts(facts(signed_days=1096, last_move_out=date(2026, 3, 20)), DAY, POLICY)
    assert [(a.code, a.days, a.urgency) for a in soon] == [(AlertCode.CAP_NEAR, 18, Urgency.URGENT)]


def test_pre_founder_must_register_within_twelve_months_of_moving_in() -> None:
    pre = facts(started_on=None, first_move_in=date(2025, 3, 2))
    assert codes(pre, date(2026, 3, 2)) == []
    overdue = tenant_alerts(pre, date(2026, 3, 3), POLICY)
    assert [(a.code, a.due) for a in overdue] == [
        (AlertCode.REGISTRATION_OVERDUE, date(2026, 3, 2))
    ]


def test_investor_room_holders_get_only_lease_alerts() -> None:
    investor = facts(
        incubating=False,
        started_on=date(2010, 1, 1),
        signed_days=0,
        first_move_in=None,
        last_move_out=None,
        endings=(date(2026, 4, 1),),
    )
    assert codes(investor) == [AlertCode.LEASE_ENDING]


def test_the_window_is_a_setting() -> None:
    narrow = Policy().with_text("alert_window_days", "60")
    assert tenant_alerts(facts(endings=(date(2026, 5, 2),)), DAY, narrow) == []  # 61 days
    assert codes(facts(endings=(date(2026, 5, 2),))) == [AlertCode.LEASE_ENDING]
