from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from incubator_app.domain.alerts import AlertCode
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.identifiers import EntityType
from incubator_app.services.eligibility import standings_on
from tests.builders import make_lease, make_tenant

DAY = date(2026, 3, 2)


def test_only_tenants_holding_a_lease_appear(session: Session) -> None:
    inside = make_tenant(session, name="입주기업")
    make_tenant(session, name="신청기업")
    alumnus = make_tenant(session, name="졸업기업")
    make_lease(session, inside, "301", date(2026, 1, 1))
    make_lease(session, alumnus, "302", date(2025, 4, 1), date(2026, 3, 1))
    assert [s.name for s in standings_on(session, DAY)] == ["입주기업"]


def test_a_tenant_aging_out_with_its_lease_ending(session: Session) -> None:
    t = make_tenant(session, started_on=date(2023, 4, 1))  # early-stage through 2026-04-01
    make_lease(session, t, "303", date(2025, 4, 1), date(2026, 3, 31))
    (standing,) = standings_on(session, DAY)
    assert standing.stage is Stage.EARLY
    assert (standing.early_stage_until, standing.days_left) == (date(2026, 4, 1), 30)
    assert [(a.code, a.days) for a in standing.alerts] == [
        (AlertCode.LEASE_ENDING, 29),
        (AlertCode.AGING_OUT, 30),
    ]
    assert standing.cap_days_left == 1096 - 365


def test_a_signed_renewal_silences_lease_ending(session: Session) -> None:
    t = make_tenant(session)
    make_lease(session, t, "304", date(2025, 4, 1), date(2026, 3, 31))
    make_lease(session, t, "304", date(2026, 4, 1), date(2027, 3, 31))
    (standing,) = standings_on(session, DAY)
    assert standing.alerts == ()
    assert standing.cap_days_left == 1096 - 730


def test_aged_out_overdue_pre_founder_and_investor(session: Session) -> None:
    aged = make_tenant(session, name="가", started_on=date(2023, 1, 6))  # until 2026-01-06
    make_lease(
        session, aged, "305", date(2024, 12, 1), date(2026, 11, 30), override_reason="심사 승인"
    )
    pre = make_tenant(session, name="나", entity=EntityType.PRE_FOUNDER)
    make_lease(session, pre, "306", date(2025, 3, 1), date(2026, 12, 31))
    vc = make_tenant(session, name="다", started_on=date(2012, 1, 1))
    make_lease(session, vc, "516", date(2025, 1, 1), date(2027, 12, 31))
    found = {s.name: s for s in standings_on(session, DAY)}
    assert [a.code for a in found["가"].alerts] == [AlertCode.AGED_OUT]
    assert found["가"].days_left == -55
    assert [(a.code, a.due) for a in found["나"].alerts] == [
        (AlertCode.REGISTRATION_OVERDUE, date(2026, 3, 1))
    ]
    assert found["나"].days_left is None
    assert (found["다"].alerts, found["다"].cap_days_left, found["다"].stage) == (
        (),
        None,
        Stage.MATURE,
    )


def test_most_pressing_first(session: Session) -> None:
    calm = make_tenant(session, name="가나다")
    make_lease(session, calm, "307", date(2026, 1, 1))
    soon = make_tenant(session, name="하하하")
    make_lease(session, soon, "308", date(2025, 4, 1), date(2026, 3, 10))
    assert [s.name for s in standings_on(session, DAY)] == ["하하하", "가나다"]
