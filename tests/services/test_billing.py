"""Issuing months, payments, arrears and deposits through the services, on both
databases, with DOMAIN.md section 7's own examples and the boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from incubator_app.domain.billing import Amounts, Method, Month
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import Action
from incubator_app.domain.stamps import Kind
from incubator_app.services.billing import check_issue, issue_month
from incubator_app.services.billing_balances import arrears, charges_of_month
from incubator_app.services.billing_deposits import (
    check_settlement,
    deposit_view,
    record_deposit,
    settle_deposit,
)
from incubator_app.services.billing_invoices import invoices
from incubator_app.services.billing_payments import (
    PaymentInput,
    cancel_payment,
    check_payment,
    payment_view,
    record_payment,
)
from incubator_app.services.eligibility import standings_on
from incubator_app.services.history import Wanted, record_history
from incubator_app.services.lease_lists import get_lease
from incubator_app.services.leases import cancel_lease, revise_lease, revision_of, terminate_lease
from incubator_app.services.settings import change_setting
from incubator_app.store.database import Database
from incubator_app.store.models import Charge, Payment
from tests.builders import make_lease, make_tenant

TODAY = date(2026, 11, 30)
MARCH, APRIL, MAY = Month(2026, 3), Month(2026, 4), Month(2026, 5)


def _section_lease(db: Database) -> tuple[int, int]:
    """Rule 26's lease: 2026-03-16 ~ 2027-03-15, rent 300,000, fee 50,000."""
    with db.session(write=True) as s:
        tenant = make_tenant(s, "빛고을랩")
        lease = make_lease(
            s,
            tenant,
            start=date(2026, 3, 16),
            end=date(2027, 3, 15),
            rent=300_000,
            fee=50_000,
            deposit=1_000_000,
        )
        return tenant.id, lease.id


def _issue(db: Database, month: Month) -> tuple[int, int, int]:
    with db.session(write=True) as s:
        issued = issue_month(s, month)
        return issued.issued, issued.adjusted, issued.total


def test_march_and_april_are_charged_as_the_section_says(db: Database) -> None:
    tenant, lease = _section_lease(db)
    assert _issue(db, MARCH) == (1, 0, 198_693)
    assert _issue(db, APRIL) == (1, 0, 385_000)
    with db.session() as s:
        (march,) = charges_of_month(s, MARCH, TODAY)
        (april,) = charges_of_month(s, APRIL, TODAY)
    assert march.amounts == Amounts(154_830, 25_800, 18_063)
    assert (march.amounts.supply, march.due) == (180_630, date(2026, 3, 31))
    assert (april.amounts.total, april.due, april.lease_id) == (385_000, date(2026, 4, 30), lease)
    assert (april.paid, april.balance, april.tenant_id) == (0, 385_000, tenant)


def test_issuing_twice_adds_nothing_and_the_preview_writes_nothing(db: Database) -> None:
    _section_lease(db)
    with db.session() as s:
        preview = check_issue(s, MARCH)
    assert (preview.issued, preview.total) == (1, 198_693)
    with db.session() as s:
        assert s.scalar(select(func.count(Charge.id))) == 0
    assert _issue(db, MARCH) == (1, 0, 198_693)
    assert _issue(db, MARCH) == (0, 0, 0)
    with db.session() as s:
        assert check_issue(s, MARCH).lines == ()


def test_a_move_out_after_issuing_is_adjusted_once_by_the_difference(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    _issue(db, APRIL)
    with db.session(write=True) as s:
        terminate_lease(s, lease, date(2026, 4, 10))
    assert _issue(db, APRIL) == (0, 1, -256_674)
    assert _issue(db, APRIL) == (0, 0, 0)
    with db.session() as s:
        charge, adjustment = charges_of_month(s, APRIL, TODAY)
    assert adjustment.adjustment and adjustment.amounts == Amounts(-200_000, -33_340, -23_334)
    assert adjustment.due == charge.due == date(2026, 4, 30)
    # the month now owes 128,326: the charge's balance, the adjustment's nothing
    assert (charge.balance, adjustment.balance) == (128_326, 0)
    assert _issue(db, MAY) == (0, 0, 0)  # moved out: May charges nothing


def test_payments_apply_oldest_due_first_and_leave_credit(db: Database) -> None:
    tenant, _lease = _section_lease(db)
    _issue(db, MARCH)
    with db.session(write=True) as s:
        paid = record_payment(s, PaymentInput(tenant, "200,000", date(2026, 3, 20)), TODAY)
    assert [(a.month, a.amount) for a in paid.applied] == [(MARCH, 198_693)]
    assert paid.credit == 1_307
    _issue(db, APRIL)
    with db.session() as s:
        (april,) = charges_of_month(s, APRIL, TODAY)
        after = arrears(s, date(2026, 5, 1))
        before = arrears(s, date(2026, 4, 30))
    assert (april.paid, april.balance) == (1_307, 383_693)  # credit applied as issued
    assert [(a.balance, a.oldest_due, a.days_overdue) for a in after] == [
        (383_693, date(2026, 4, 30), 1)
    ]
    assert before == []


def test_paid_and_balance_count_payments_up_to_the_day_asked(db: Database) -> None:
    tenant, _lease = _section_lease(db)
    _issue(db, MARCH)
    with db.session(write=True) as s:
        record_payment(s, PaymentInput(tenant, 100_000, date(2026, 3, 20)), TODAY)
        record_payment(s, PaymentInput(tenant, 98_693, date(2026, 4, 5), "현금"), TODAY)
    with db.session() as s:
        (on_march_31,) = charges_of_month(s, MARCH, date(2026, 3, 31))
        (now,) = charges_of_month(s, MARCH, TODAY)
    assert (on_march_31.paid, on_march_31.balance) == (100_000, 98_693)
    assert (now.paid, now.balance) == (198_693, 0)


def test_a_payment_across_several_months_and_its_cancellation(db: Database) -> None:
    tenant, _lease = _section_lease(db)
    for month in (MARCH, APRIL, MAY):
        _issue(db, month)
    with db.session() as s:
        preview = check_payment(s, PaymentInput(tenant, 700_000, date(2026, 6, 2)), TODAY).preview
        assert s.scalar(select(func.count(Payment.id))) == 0  # the preview wrote nothing
    assert [(a.month, a.amount) for a in preview.applied] == [
        (MARCH, 198_693),
        (APRIL, 385_000),
        (MAY, 116_307),
    ]
    with db.session(write=True) as s:
        paid = record_payment(s, PaymentInput(tenant, 700_000, date(2026, 6, 2)), TODAY)
    assert paid.applied == preview.applied and paid.credit == 0
    with db.session() as s:
        assert arrears(s, date(2026, 6, 3))[0].balance == 268_693
    with db.session(write=True) as s:
        cancelled = cancel_payment(s, paid.id or 0, "금액 오기")
    assert cancelled.cancel_reason == "금액 오기" and cancelled.applied == ()
    with db.session() as s:
        owing = arrears(s, date(2026, 6, 3))
        entries = record_history(s, Kind.PAYMENT, str(paid.id), Wanted())
        assert s.get(Payment, paid.id) is not None  # kept, never deleted
    assert (owing[0].balance, owing[0].oldest_due) == (968_693, date(2026, 3, 31))
    assert [e.action for e in entries] == [Action.CREATE, Action.CANCEL]
    with db.session(write=True) as s, pytest.raises(DomainError) as again:
        cancel_payment(s, paid.id or 0, "다시")
    assert again.value.code == "payment_already_cancelled"


def test_a_payment_for_a_tenant_with_nothing_charged_is_credit(db: Database) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s)
        paid = record_payment(s, PaymentInput(tenant.id, 50_000, date(2026, 11, 2)), TODAY)
    assert (paid.applied, paid.credit) == ((), 50_000)


@pytest.mark.parametrize(
    ("amount", "on", "method", "code"),
    [
        (0, date(2026, 3, 20), "계좌이체", "payment_amount_zero"),
        ("-5,000", date(2026, 3, 20), "계좌이체", "payment_amount_zero"),
        ("12,34", date(2026, 3, 20), "계좌이체", "money_format"),
        (1_000, date(2026, 12, 1), "계좌이체", "money_in_future"),
        (1_000, date(2026, 3, 20), "수표", "payment_method_unknown"),
        (1_000, date(2026, 3, 20), "deposit", "payment_method_unknown"),
    ],
)
def test_a_bad_payment_is_refused_and_nothing_written(
    db: Database, amount: object, on: date, method: str, code: str
) -> None:
    tenant, _lease = _section_lease(db)
    with db.session(write=True) as s, pytest.raises(DomainError) as refused:
        record_payment(s, PaymentInput(tenant, amount, on, method), TODAY)  # type: ignore[arg-type]
    assert refused.value.code == code
    with db.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0


def test_a_settlement_takes_what_is_owed_and_the_deductions(db: Database) -> None:
    tenant, lease = _section_lease(db)
    _issue(db, MARCH)
    _issue(db, APRIL)
    with db.session(write=True) as s:
        record_deposit(s, lease, "1,000,000", date(2026, 3, 16), TODAY)
        record_payment(s, PaymentInput(tenant, 200_000, date(2026, 3, 20)), TODAY)
        terminate_lease(s, lease, date(2026, 4, 10))
    with db.session() as s:
        preview = check_settlement(
            s, lease, [(50_000, "원상복구")], date(2026, 4, 10), TODAY
        ).preview
        assert s.scalar(select(func.count(Charge.id))) == 2  # the check adjusted nothing
    # April is now 128,326 of which the March payment's 1,307 credit paid part
    assert (preview.received, preview.owed, preview.deducted) == (1_000_000, 127_019, 50_000)
    assert (preview.refund, preview.shortfall) == (822_981, 0)
    with db.session(write=True) as s:
        settled = settle_deposit(s, lease, [(50_000, "원상복구")], date(2026, 4, 10), TODAY)
    assert settled == preview
    with db.session() as s:
        assert arrears(s, date(2026, 6, 1)) == []  # the deposit paid what was owed
        view = deposit_view(s, lease)
        methods = s.scalars(select(Payment.method).order_by(Payment.id)).all()
    assert view.settlement == settled and view.received == 1_000_000
    assert methods == [Method.TRANSFER, Method.DEPOSIT]
    with db.session(write=True) as s, pytest.raises(DomainError) as again:
        settle_deposit(s, lease, [], date(2026, 4, 10), TODAY)
    assert again.value.code == "deposit_settled"


def test_a_deposit_short_of_what_is_owed_leaves_the_rest_owed(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    _issue(db, MARCH)
    with db.session(write=True) as s:
        record_deposit(s, lease, 100_000, date(2026, 3, 16), TODAY)
        terminate_lease(s, lease, date(2026, 3, 31))
        settled = settle_deposit(s, lease, [], date(2026, 4, 1), TODAY)
    assert (settled.owed, settled.refund, settled.shortfall) == (198_693, 0, 98_693)
    with db.session() as s:
        assert arrears(s, date(2026, 4, 2))[0].balance == 98_693


def test_settling_a_running_lease_or_a_bad_deduction_is_refused(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    for deductions, on, code in (
        ([], date(2026, 4, 1), "deposit_lease_running"),
        ([(0, "청소")], date(2027, 3, 15), "money_in_future"),
    ):
        with db.session(write=True) as s, pytest.raises(DomainError) as refused:
            settle_deposit(s, lease, deductions, on, TODAY)  # type: ignore[arg-type]
        assert refused.value.code == code
    with db.session(write=True) as s:
        terminate_lease(s, lease, date(2026, 4, 1))
    for deductions, code in (
        ([(0, "청소")], "payment_amount_zero"),
        ([(10_000, "  ")], "deduction_reason_missing"),
    ):
        with db.session(write=True) as s, pytest.raises(DomainError) as refused:
            settle_deposit(s, lease, deductions, date(2026, 4, 1), TODAY)  # type: ignore[arg-type]
        assert refused.value.code == code


def test_a_lease_with_charges_cannot_be_withdrawn(db: Database) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s)
        lease = make_lease(s, tenant, start=date(2027, 1, 15), rent=100_000)
        issue_month(s, Month(2027, 1))
    with db.session(write=True) as s, pytest.raises(DomainError) as refused:
        cancel_lease(s, lease.id, TODAY)
    assert refused.value.code == "lease_charged"


@pytest.mark.parametrize(
    ("start", "end", "month", "expected"),
    [
        # one day: a day of 31 days' rent, rounded down to 10 won
        (date(2026, 3, 16), date(2026, 3, 16), MARCH, Amounts(9_670, 1_610, 1_128)),
        # a lease starting on the 31st is due on the 31st, not before it begins
        (date(2026, 3, 31), date(2027, 3, 30), MARCH, Amounts(9_670, 1_610, 1_128)),
        # February of a common year: 28 days, the last day alone
        (date(2027, 2, 28), date(2028, 2, 27), Month(2027, 2), Amounts(10_710, 1_780, 1_249)),
        # a move-out on the first: one day of the month
        (date(2025, 4, 1), date(2026, 4, 1), APRIL, Amounts(10_000, 1_660, 1_166)),
    ],
)
def test_the_boundaries_of_a_month(
    db: Database, start: date, end: date, month: Month, expected: Amounts
) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s)
        make_lease(
            s, tenant, start=start, end=end, rent=300_000, fee=50_000, override_reason="시험"
        )
        issued = issue_month(s, month)
    (line,) = issued.lines
    assert line.amounts == expected
    assert line.due == month.period.end >= start


def test_the_settings_change_what_is_issued(db: Database) -> None:
    _section_lease(db)
    with db.session(write=True) as s:
        change_setting(s, "vat_percent", "0")
        change_setting(s, "charge_rounding_won", "100")
        change_setting(s, "due_day", "10")
        (line,) = issue_month(s, MARCH).lines
    assert line.amounts == Amounts(154_800, 25_800, 0)
    assert line.due == date(2026, 4, 10)


def test_arrears_is_an_alert_of_the_tenant(db: Database) -> None:
    tenant, _lease = _section_lease(db)
    _issue(db, MARCH)
    with db.session() as s:
        (standing,) = standings_on(s, date(2026, 4, 5))
        (before,) = standings_on(s, date(2026, 3, 31))
    (alert,) = [a for a in standing.alerts if a.code == "arrears"]
    assert (alert.due, alert.days) == (date(2026, 3, 31), -5)
    assert all(a.code != "arrears" for a in before.alerts)
    assert standing.tenant_id == tenant


def test_tenants_read_a_batch_at_a_time_give_the_same_answers(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A station with more tenants than one query may name (SQLite: 32,766 values) is
    read in batches; batches of one must give what one batch gives."""
    with db.session(write=True) as s:
        owners = [make_tenant(s, f"기업 {n}") for n in range(3)]
        for owner, room in zip(owners, ("301", "302", "303"), strict=True):
            make_lease(s, owner, room=room, start=date(2026, 3, 1), rent=100_000, fee=10_000)
        issue_month(s, MARCH)
        issue_month(s, APRIL)
        record_payment(s, PaymentInput(owners[1].id, 150_000, date(2026, 4, 2)), TODAY)

    def read() -> tuple[object, ...]:
        with db.session() as s:
            return (
                charges_of_month(s, APRIL, TODAY),
                arrears(s, date(2026, 5, 3)),
                standings_on(s, date(2026, 5, 3)),
                check_issue(s, MAY).lines,
            )

    whole = read()
    monkeypatch.setattr("incubator_app.services.billing_balances.TENANT_BATCH", 1)
    monkeypatch.setattr("incubator_app.services.billing.LEASE_BATCH", 1)
    assert read() == whole
    with db.session(write=True) as s:
        assert [line.amounts.total for line in issue_month(s, MAY).lines] == [121_000] * 3
    lines, owing, _standings, _may = whole
    assert [a.balance for a in owing] == [242_000, 242_000, 92_000]  # type: ignore[attr-defined]
    assert [line.paid for line in lines] == [0, 29_000, 0]  # type: ignore[attr-defined]


def test_a_setting_changed_since_does_not_adjust_a_month_already_issued(db: Database) -> None:
    _section_lease(db)
    _issue(db, MARCH)
    with db.session(write=True) as s:
        change_setting(s, "vat_percent", "0")
        change_setting(s, "charge_rounding_won", "1")
        change_setting(s, "due_day", "28")
        tenant = make_tenant(s, "새기업")
        make_lease(s, tenant, room="302", start=date(2026, 3, 16), rent=300_000, fee=50_000)
    with db.session(write=True) as s:
        issued = issue_month(s, MARCH)
    (new,) = issued.lines  # only the lease not charged yet, with the settings now
    assert (new.tenant_name, new.adjustment) == ("새기업", False)
    assert new.amounts == Amounts(154_838, 25_806, 0) and new.due == date(2026, 4, 28)


def test_a_rent_corrected_upwards_after_issuing_is_a_positive_adjustment(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    _issue(db, APRIL)
    with db.session(write=True) as s:
        revised = revise_lease(s, lease, replace(revision_of(get_lease(s, lease)), rent=330_000))
        assert revised.rent == 330_000
        (adjustment,) = issue_month(s, APRIL).lines
    assert adjustment.adjustment and adjustment.amounts == Amounts(30_000, 0, 3_000)
    assert adjustment.due == date(2026, 4, 30)


def test_one_tenant_with_two_rooms_gets_one_invoice_with_both(db: Database) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s, "두방기업")
        make_lease(s, tenant, room="301", start=date(2026, 3, 1), rent=200_000, fee=20_000)
        make_lease(s, tenant, room="302", start=date(2026, 3, 16), rent=300_000, fee=50_000)
        issue_month(s, MARCH)
        issue_month(s, APRIL)
        record_payment(s, PaymentInput(tenant.id, 300_000, date(2026, 3, 31)), TODAY)
    with db.session() as s:
        (invoice,) = invoices(s, APRIL, date(2026, 4, 1))
    assert invoice.rooms == ("301", "302") and invoice.number == f"2026-04-{tenant.id:04d}"
    assert invoice.total == 242_000 + 385_000
    assert invoice.earlier == 242_000 + 198_693 - 300_000  # March, less what was paid
    assert invoice.amount_due == invoice.total + invoice.earlier
    assert (invoice.vat_percent, invoice.rounding) == (10, 10)


def test_a_settled_lease_stays_as_it_was_settled(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    _issue(db, MARCH)
    with db.session(write=True) as s:
        record_deposit(s, lease, 1_000_000, date(2026, 3, 16), TODAY)
        terminate_lease(s, lease, date(2026, 3, 31))
        settle_deposit(s, lease, [], date(2026, 3, 31), TODAY)
    for attempt in (
        lambda s: terminate_lease(s, lease, date(2026, 3, 20)),
        lambda s: record_deposit(s, lease, 10_000, date(2026, 4, 1), TODAY),
        lambda s: revise_lease(s, lease, replace(revision_of(get_lease(s, lease)), rent=1)),
    ):
        with db.session(write=True) as s, pytest.raises(DomainError) as refused:
            attempt(s)
        assert refused.value.code == "deposit_settled"
    assert _issue(db, MARCH) == (0, 0, 0)
    with db.session() as s:
        assert arrears(s, date(2026, 5, 1)) == []
        from_deposit = payment_view(s, 1)  # the deposit paid March, and no more
    assert [(a.month, a.amount) for a in from_deposit.applied] == [(MARCH, 198_693)]
    assert (from_deposit.method, from_deposit.credit) == (Method.DEPOSIT, 0)


def test_deductions_beyond_what_is_left_are_refused_and_nothing_written(db: Database) -> None:
    _tenant, lease = _section_lease(db)
    with db.session(write=True) as s:
        record_deposit(s, lease, 100_000, date(2026, 3, 16), TODAY)
        terminate_lease(s, lease, date(2026, 3, 20))
    with db.session(write=True) as s, pytest.raises(DomainError) as refused:
        settle_deposit(s, lease, [(500_000, "원상복구")], date(2026, 3, 20), TODAY)
    assert refused.value.code == "deductions_exceed" and "100,000" in refused.value.text()
    with db.session() as s:
        assert deposit_view(s, lease).settlement is None


def test_a_cancelled_payment_pays_nothing_and_leaves_no_credit(db: Database) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s)
        paid = record_payment(s, PaymentInput(tenant.id, 50_000, date(2026, 11, 2)), TODAY)
        cancelled = cancel_payment(s, paid.id or 0, "잘못 입력")
    assert (cancelled.applied, cancelled.credit) == ((), 0)


def test_arrears_older_than_a_year_and_recent_ones_name_their_oldest_due(db: Database) -> None:
    """A tenant that never paid (its oldest charge more than a year back) and one two
    months behind after years of paying: each oldest unpaid due date as it is."""
    with db.session(write=True) as s:
        never = make_tenant(s, "안내는기업")
        late = make_tenant(s, "늦는기업")
        for owner, room in ((never, "301"), (late, "302")):
            make_lease(s, owner, room=room, start=date(2024, 1, 1), end=date(2026, 12, 31),
                       rent=100_000, fee=10_000, override_reason="장기 계약")  # fmt: skip
        month = Month(2024, 1)
        while month <= Month(2026, 2):
            issue_month(s, month)
            month = month.next()
        paid = 121_000 * 24  # 2024-01 to 2025-12
        record_payment(s, PaymentInput(late.id, paid, date(2025, 12, 31)), TODAY)
    with db.session() as s:
        owing = {a.name: a for a in arrears(s, date(2026, 3, 5))}
    assert (owing["안내는기업"].oldest_due, owing["안내는기업"].balance) == (
        date(2024, 1, 31), 121_000 * 26,
    )  # fmt: skip
    assert (owing["늦는기업"].oldest_due, owing["늦는기업"].balance) == (
        date(2026, 1, 31), 121_000 * 2,
    )  # fmt: skip
    assert owing["안내는기업"].days_overdue == (date(2026, 3, 5) - date(2024, 1, 31)).days
