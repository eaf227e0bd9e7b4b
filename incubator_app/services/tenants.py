"""Tenants: register, correct, find and list, with their stage on a date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.domain.eligibility import Stage, early_stage_until, stage_on
from incubator_app.domain.errors import DomainError, Notice
from incubator_app.domain.identifiers import EntityType, format_brn, without_separators
from incubator_app.domain.registration import check_registration
from incubator_app.domain.text import clean_text, search_text
from incubator_app.services.lookup import find_tenant
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Tenant

MAX_EMPLOYEES = 1_000_000
NAME_LENGTH = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+\-() ]{4,40}$")


@dataclass(frozen=True)
class TenantInput:
    """What a manager types for a tenant; identifiers as typed, checked here."""

    name: str
    entity: EntityType
    brn: str | None = None
    corporation_no: str | None = None
    started_on: date | None = None
    representative: str | None = None
    sector: str | None = None
    employees: int | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    new_industry: bool = False


class TenantRecord(NamedTuple):
    """A tenant's stored columns as a plain tuple: what long listings read instead of
    mapped objects (no identity map to fill, cheap to read)."""

    id: int
    name: str
    entity: EntityType
    brn: str | None
    corporation_no: str | None
    started_on: date | None
    representative: str | None
    sector: str | None
    employees: int | None
    phone: str | None
    email: str | None
    notes: str | None
    new_industry: bool


RECORD_COLUMNS = tuple(getattr(Tenant, name) for name in TenantRecord._fields)


def views_of(session: Session, query: Select[Any], as_of: date) -> Iterator[TenantView]:
    """The tenants of a query over ``RECORD_COLUMNS``, in its order."""
    for row in session.execute(query):
        yield tenant_view(TenantRecord._make(row), as_of)


@dataclass(frozen=True)
class TenantView:
    id: int
    name: str
    entity: EntityType
    brn: str | None  # formatted XXX-XX-XXXXX
    corporation_no: str | None  # digits
    started_on: date | None
    representative: str | None
    sector: str | None
    employees: int | None
    phone: str | None
    email: str | None
    notes: str | None
    new_industry: bool
    stage: Stage
    early_stage_until: date | None
    notices: tuple[Notice, ...] = field(default=(), compare=False)


def create_tenant(
    session: Session, data: TenantInput, today: date, *, number: int | None = None
) -> TenantView:
    """Register a tenant; refuses bad identifiers, a duplicate BRN or a missing start date.

    ``number``: the ID to give it (an import keeps the 기업 ID its roster was written
    with, where no other tenant holds it); else the next one.
    """
    values, notices = _checked(session, data, today, None)
    tenant = Tenant(**values, **({"id": number} if number is not None else {}))
    session.add(tenant)
    session.flush()
    return tenant_view(tenant, today, notices)


def update_tenant(session: Session, tenant_id: int, data: TenantInput, today: date) -> TenantView:
    tenant = find_tenant(session, tenant_id)
    values, notices = _checked(session, data, today, tenant.id)
    for key, value in values.items():
        setattr(tenant, key, value)
    session.flush()
    return tenant_view(tenant, today, notices + _leases_now_outside_window(tenant))


def _leases_now_outside_window(tenant: Tenant) -> tuple[Notice, ...]:
    """A corrected start date may put signed leases past rule 9: warn, the facts stand."""
    if tenant.started_on is None:
        return ()
    until = early_stage_until(tenant.started_on)
    outside = [
        str(lease.id)
        for lease in tenant.leases
        if lease.space.kind.incubates and lease.start_date > until and not lease.override_reason
    ]
    if not outside:
        return ()
    return (Notice("leases_outside_window", leases=", ".join(outside), until=until.isoformat()),)


def tenant_count(session: Session) -> int:
    return session.scalar(select(func.count(Tenant.id))) or 0


def get_tenant(session: Session, key: str | int, as_of: date) -> TenantView:
    return tenant_view(find_tenant(session, key), as_of)


def list_tenants(session: Session, as_of: date, search: str | None = None) -> list[TenantView]:
    """Tenants by name; ``search`` matches name, representative or BRN (hyphens optional)."""
    query = select(*RECORD_COLUMNS).order_by(Tenant.name, Tenant.id)
    text = search_text(search)
    if text:
        digits = without_separators(text)
        conditions = [
            Tenant.name.icontains(text, autoescape=True),
            Tenant.representative.icontains(text, autoescape=True),
        ]
        if digits.isdigit():
            conditions.append(Tenant.brn.contains(digits))
        query = query.where(or_(*conditions))
    return list(views_of(session, query, as_of))


def tenant_view(
    tenant: Tenant | TenantRecord, as_of: date, notices: tuple[Notice, ...] = ()
) -> TenantView:
    started = tenant.started_on
    return TenantView(
        id=tenant.id,
        name=tenant.name,
        entity=tenant.entity,
        brn=format_brn(tenant.brn) if tenant.brn else None,
        corporation_no=tenant.corporation_no,
        started_on=started,
        representative=tenant.representative,
        sector=tenant.sector,
        employees=tenant.employees,
        phone=tenant.phone,
        email=tenant.email,
        notes=tenant.notes,
        new_industry=tenant.new_industry,
        stage=stage_on(started, as_of, tenant.new_industry),
        early_stage_until=early_stage_until(started) if started else None,
        notices=notices,
    )


def input_of(tenant: TenantView) -> TenantInput:
    """A tenant's current values, as the starting point of a correction."""
    return TenantInput(**{f.name: getattr(tenant, f.name) for f in fields(TenantInput)})


def stored_values(data: TenantInput, today: date) -> dict[str, object]:
    """The columns ``data`` would be stored as (text cleaned), to tell whether two inputs
    are the same tenant; identifiers are normalised, not checked for their digits."""
    return tenant_values(data, today, check_digit=False)[0]


def _checked(
    session: Session, data: TenantInput, today: date, own_id: int | None
) -> tuple[dict[str, object], tuple[Notice, ...]]:
    """Rules 1-5 on one tenant, the BRN's uniqueness included."""
    values, notices = tenant_values(data, today, load_policy(session).brn_check_digit)
    if values["brn"] is not None:
        holder = session.scalar(
            select(Tenant).where(Tenant.brn == values["brn"], Tenant.id != (own_id or -1))
        )
        if holder is not None:
            raise DomainError(
                "brn_duplicate", field="brn", value=format_brn(holder.brn or ""), name=holder.name
            )
    return values, notices


def tenant_values(
    data: TenantInput, today: date, check_digit: bool
) -> tuple[dict[str, object], tuple[Notice, ...]]:
    """Rules 1-5 that one tenant's own values decide: its normalised columns and any
    warnings. Whether another tenant holds the BRN is for the caller to know."""
    name = clean_text("name", data.name, NAME_LENGTH, label="tenant_name")
    if name is None:
        raise DomainError("tenant_name_required", field="name")
    registration = check_registration(
        data.entity,
        clean_text("brn", data.brn, 40),
        data.started_on,
        clean_text("corporation_no", data.corporation_no, 40),
        today,
        check_digit,
    )
    values: dict[str, object] = {
        "name": name,
        "entity": data.entity,
        "brn": registration.brn,
        "corporation_no": registration.corporation_no,
        "started_on": data.started_on,
        "representative": clean_text("representative", data.representative, 200),
        "sector": clean_text("sector", data.sector, 200),
        "notes": clean_text("notes", data.notes, 2000, multiline=True),
        "new_industry": data.new_industry,
        **_contacts(data),
    }
    return values, registration.notices


def _contacts(data: TenantInput) -> dict[str, object]:
    if data.employees is not None and not 0 <= data.employees <= MAX_EMPLOYEES:
        raise DomainError("employees_range", field="employees", value=data.employees)
    email = clean_text("email", data.email, 200)
    if email and not EMAIL.match(email):
        raise DomainError("email_format", field="email", value=email)
    phone = clean_text("phone", data.phone, 40)
    if phone and not PHONE.match(phone):
        raise DomainError("phone_format", field="phone", value=phone)
    return {"employees": data.employees, "email": email, "phone": phone}
