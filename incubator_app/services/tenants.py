"""Tenants: register, correct, find and list, with their stage on a date."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.domain.eligibility import Stage, early_stage_until, stage_on
from incubator_app.domain.errors import DomainError, FieldsRefusedError, Notice
from incubator_app.domain.identifiers import EntityType, format_brn, without_separators
from incubator_app.domain.registration import (
    brn_notices,
    check_started,
    registered_brn,
    registered_corporation,
)
from incubator_app.domain.text import clean_text, search_text
from incubator_app.domain.verdict import Verdict
from incubator_app.services.lookup import find_tenant
from incubator_app.services.settings import load_policy
from incubator_app.services.stamps import check_seen
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
    version: int


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
    version: int  # as read: a save made from it is refused if the record moved on
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


def update_tenant(
    session: Session, tenant_id: int, data: TenantInput, today: date, *, seen: int | None = None
) -> TenantView:
    """Correct a tenant; ``seen``: the version the form was filled from (stamps.check_seen)."""
    tenant = find_tenant(session, tenant_id)
    check_seen(tenant, seen)
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
    """Tenants by name; ``search`` matches name, representative or BRN (hyphens optional).

    Sorted here rather than by the database: read in the name index's order, every row
    is a jump through the table (twice as slow at 100k tenants). Python compares names
    by code point, as SQLite's and PostgreSQL's "C" collation do.
    """
    query = select(*RECORD_COLUMNS)
    text = search_text(search)
    if text:
        query = query.where(_matching_search(text))
    return sorted(views_of(session, query, as_of), key=lambda t: (t.name, t.id))


def _matching_search(text: str) -> ColumnElement[bool]:
    """Name or representative containing ``text``, or a BRN containing its digits."""
    digits = without_separators(text)
    conditions = [
        Tenant.name.icontains(text, autoescape=True),
        Tenant.representative.icontains(text, autoescape=True),
    ]
    if digits.isdigit():
        conditions.append(Tenant.brn.contains(digits))
    return or_(*conditions)


@dataclass(frozen=True)
class TenantChoice:
    """A tenant as a chooser lists it."""

    id: int
    name: str
    brn: str | None  # formatted
    entity: EntityType


CHOICES = 20  # a pop-up list's worth


def tenant_choices(session: Session, typed: str, limit: int = CHOICES) -> list[TenantChoice]:
    """Tenants for a chooser, as a person types: those named exactly ``typed`` first
    (every one of them), then up to ``limit`` in all matching it as ``list_tenants``
    does, each group by name.

    The matches are the first the table gives, not the first by name: asking for those
    would walk the name index through every tenant when few match (a fifth of a second
    at 100k tenants, on every keystroke); this stops at ``limit`` matches, and reads the
    table once at worst. Typing more narrows the list.
    """
    text = search_text(typed)
    if not text:
        return []
    columns = (Tenant.id, Tenant.name, Tenant.brn, Tenant.entity)
    exact = list(session.execute(select(*columns).where(Tenant.name == text).order_by(Tenant.id)))
    others = session.execute(
        select(*columns)
        .where(_matching_search(text), Tenant.name != text)
        .limit(max(limit - len(exact), 0))
    )
    return [
        TenantChoice(id, name, format_brn(brn) if brn else None, entity)
        for id, name, brn, entity in (*exact, *sorted(others, key=lambda row: (row[1], row[0])))
    ]


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
        version=tenant.version,
        notices=notices,
    )


def input_of(tenant: TenantView) -> TenantInput:
    """A tenant's current values, as the starting point of a correction."""
    return TenantInput(**{f.name: getattr(tenant, f.name) for f in fields(TenantInput)})


def stored_values(data: TenantInput, today: date) -> dict[str, object]:
    """The columns ``data`` would be stored as (text cleaned), to tell whether two inputs
    are the same tenant; identifiers are normalised, not checked for their digits."""
    return tenant_values(data, today, check_digit=False)[0]


def check_tenant(
    session: Session, data: TenantInput, today: date, tenant_id: int | None = None
) -> Verdict[tuple[Notice, ...]]:
    """Rules 1-5 on a tenant's values as typed (``tenant_id``: the tenant corrected),
    reading only: the warnings, or ``FieldsRefusedError`` naming each field's problem."""
    return Verdict(_checked(session, data, today, tenant_id)[1])


def _checked(
    session: Session, data: TenantInput, today: date, own_id: int | None
) -> tuple[dict[str, object], tuple[Notice, ...]]:
    """Rules 1-5 on one tenant, the BRN's uniqueness included; every field's problem
    is raised at once."""
    values, notices, problems = _values(data, today, load_policy(session).brn_check_digit)
    if values["brn"] is not None:
        holder = session.scalar(
            select(Tenant).where(Tenant.brn == values["brn"], Tenant.id != (own_id or -1))
        )
        if holder is not None:
            duplicate = DomainError(
                "brn_duplicate", field="brn", value=format_brn(holder.brn or ""), name=holder.name
            )
            problems = _in_form_order((*problems, duplicate))
    if problems:
        raise FieldsRefusedError(problems)
    return values, notices


def tenant_values(
    data: TenantInput, today: date, check_digit: bool
) -> tuple[dict[str, object], tuple[Notice, ...]]:
    """Rules 1-5 that one tenant's own values decide: its normalised columns and any
    warnings; the first problem is raised. Whether another tenant holds the BRN is for
    the caller to know."""
    values, notices, problems = _values(data, today, check_digit)
    if problems:
        raise problems[0]
    return values, notices


FORM_ORDER = (
    "name", "brn", "started_on", "corporation_no", "representative", "sector", "employees",
    "phone", "email", "notes",
)  # fmt: skip


def _in_form_order(problems: tuple[DomainError, ...]) -> tuple[DomainError, ...]:
    def place(problem: DomainError) -> int:
        field = problem.field or "name"
        return FORM_ORDER.index(field) if field in FORM_ORDER else len(FORM_ORDER)

    return tuple(sorted(problems, key=place))


def _values(
    data: TenantInput, today: date, check_digit: bool
) -> tuple[dict[str, object], tuple[Notice, ...], tuple[DomainError, ...]]:
    """Each column as it would be stored (``None`` where its field has a problem), the
    warnings, and every field's problem."""
    problems: list[DomainError] = []

    def checked(read: Callable[[], object]) -> Any:
        try:
            return read()
        except DomainError as problem:
            problems.append(problem)
            return None

    entity = data.entity
    brn = checked(lambda: registered_brn(entity, clean_text("brn", data.brn, 40), check_digit))
    values: dict[str, object] = {
        "name": checked(lambda: _name(data.name)),
        "entity": entity,
        "brn": brn,
        "corporation_no": checked(
            lambda: registered_corporation(
                entity, clean_text("corporation_no", data.corporation_no, 40)
            )
        ),
        "started_on": data.started_on,
        "representative": checked(lambda: clean_text("representative", data.representative, 200)),
        "sector": checked(lambda: clean_text("sector", data.sector, 200)),
        "notes": checked(lambda: clean_text("notes", data.notes, 2000, multiline=True)),
        "new_industry": data.new_industry,
        "employees": checked(lambda: _employees(data.employees)),
        "email": checked(lambda: _matching("email", data.email, EMAIL, 200, "email_format")),
        "phone": checked(lambda: _matching("phone", data.phone, PHONE, 40, "phone_format")),
    }
    checked(lambda: check_started(entity, data.started_on, today))
    return values, brn_notices(entity, brn), _in_form_order(tuple(problems))


def _name(text: str) -> str:
    name = clean_text("name", text, NAME_LENGTH, label="tenant_name")
    if name is None:
        raise DomainError("tenant_name_required", field="name")
    return name


def _employees(count: int | None) -> int | None:
    if count is not None and not 0 <= count <= MAX_EMPLOYEES:
        raise DomainError("employees_range", field="employees", value=count)
    return count


def _matching(
    field: str, text: str | None, form: re.Pattern[str], limit: int, code: str
) -> str | None:
    """A contact detail cleaned, in its expected form."""
    cleaned = clean_text(field, text, limit)
    if cleaned and not form.match(cleaned):
        raise DomainError(code, field=field, value=cleaned)
    return cleaned
