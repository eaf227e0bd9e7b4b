"""Tenants: register, correct, find and list, with their stage on a date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from incubator_app.domain.eligibility import Stage, early_stage_until, stage_on
from incubator_app.domain.errors import DomainError, Notice
from incubator_app.domain.identifiers import (
    EntityType,
    brn_suits,
    format_brn,
    normalize_brn,
    normalize_corporation_number,
)
from incubator_app.services.lookup import find_tenant
from incubator_app.services.settings import load_policy
from incubator_app.store.models import Tenant

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


def create_tenant(session: Session, data: TenantInput, today: date) -> TenantView:
    """Register a tenant; refuses bad identifiers, a duplicate BRN or a missing start date."""
    values, notices = _checked(session, data, today, None)
    tenant = Tenant(**values)
    session.add(tenant)
    session.flush()
    return tenant_view(tenant, today, notices)


def update_tenant(session: Session, tenant_id: int, data: TenantInput, today: date) -> TenantView:
    tenant = find_tenant(session, tenant_id)
    values, notices = _checked(session, data, today, tenant.id)
    for key, value in values.items():
        setattr(tenant, key, value)
    session.flush()
    return tenant_view(tenant, today, notices)


def get_tenant(session: Session, key: str | int, as_of: date) -> TenantView:
    return tenant_view(find_tenant(session, key), as_of)


def list_tenants(session: Session, as_of: date, search: str | None = None) -> list[TenantView]:
    """Tenants by name; ``search`` matches name, representative or BRN (hyphens optional)."""
    query = select(Tenant).order_by(Tenant.name, Tenant.id)
    if search and search.strip():
        text = search.strip()
        digits = text.replace("-", "").replace(" ", "")
        conditions = [Tenant.name.icontains(text), Tenant.representative.icontains(text)]
        if digits.isdigit():
            conditions.append(Tenant.brn.contains(digits))
        query = query.where(or_(*conditions))
    return [tenant_view(t, as_of) for t in session.scalars(query)]


def tenant_view(tenant: Tenant, as_of: date, notices: tuple[Notice, ...] = ()) -> TenantView:
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
    return TenantInput(
        name=tenant.name,
        entity=tenant.entity,
        brn=tenant.brn,
        corporation_no=tenant.corporation_no,
        started_on=tenant.started_on,
        representative=tenant.representative,
        sector=tenant.sector,
        employees=tenant.employees,
        phone=tenant.phone,
        email=tenant.email,
        notes=tenant.notes,
        new_industry=tenant.new_industry,
    )


def _blank_to_none(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _checked(
    session: Session, data: TenantInput, today: date, own_id: int | None
) -> tuple[dict[str, object], tuple[Notice, ...]]:
    """Rules 1-5 on one tenant: the normalised column values and any warnings."""
    name = _blank_to_none(data.name)
    if name is None:
        raise DomainError("tenant_name_required", field="name")
    entity = data.entity
    brn_text = _blank_to_none(data.brn)
    corporation_text = _blank_to_none(data.corporation_no)
    notices: list[Notice] = []
    brn = None
    if entity is EntityType.PRE_FOUNDER:
        if brn_text:
            raise DomainError("pre_founder_has_brn", field="brn", value=brn_text)
        if data.started_on:
            raise DomainError(
                "pre_founder_has_start", field="started_on", value=data.started_on.isoformat()
            )
    else:
        if brn_text is None:
            raise DomainError("brn_required", field="brn", type=entity.value)
        brn = normalize_brn(brn_text, check_digit=load_policy(session).brn_check_digit)
        if data.started_on is None:
            raise DomainError("started_required", field="started_on", type=entity.value)
        if not brn_suits(brn, entity):
            notices.append(Notice("brn_type_mismatch", value=format_brn(brn), type=entity.value))
    if data.started_on and data.started_on > today:
        raise DomainError(
            "started_in_future",
            field="started_on",
            value=data.started_on.isoformat(),
            today=today.isoformat(),
        )
    if corporation_text and entity is not EntityType.CORPORATION:
        raise DomainError(
            "corporation_no_not_corporation", field="corporation_no", type=entity.value
        )
    corporation_no = normalize_corporation_number(corporation_text) if corporation_text else None
    if brn is not None:
        holder = session.scalar(
            select(Tenant).where(Tenant.brn == brn, Tenant.id != (own_id or -1))
        )
        if holder is not None:
            raise DomainError("brn_duplicate", field="brn", value=format_brn(brn), name=holder.name)
    if data.employees is not None and data.employees < 0:
        raise DomainError("employees_negative", field="employees", value=data.employees)
    email = _blank_to_none(data.email)
    if email and not EMAIL.match(email):
        raise DomainError("email_format", field="email", value=email)
    phone = _blank_to_none(data.phone)
    if phone and not PHONE.match(phone):
        raise DomainError("phone_format", field="phone", value=phone)
    values: dict[str, object] = {
        "name": name,
        "entity": entity,
        "brn": brn,
        "corporation_no": corporation_no,
        "started_on": data.started_on,
        "representative": _blank_to_none(data.representative),
        "sector": _blank_to_none(data.sector),
        "employees": data.employees,
        "phone": phone,
        "email": email,
        "notes": _blank_to_none(data.notes),
        "new_industry": data.new_industry,
    }
    return values, tuple(notices)
