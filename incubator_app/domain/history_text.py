"""A history entry as a person reads it: "계약 #12 · 빛고을랩 · 301호", and "월임대료
200,000원 → 220,000원". One home for the window's 이력 tab and page, the Excel file
and the command line's table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from incubator_app.domain.billing import METHOD_KEYS, Method
from incubator_app.domain.bookings import BookingStatus, status_name
from incubator_app.domain.building import SpaceKind, show_area
from incubator_app.domain.errors import Language, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.history import IDENTITY, RENEWAL, SHOWN_HASH, Action, Value, Values
from incubator_app.domain.identifiers import EntityType, format_brn, format_corporation_number
from incubator_app.domain.labels import entity_name, kind_name
from incubator_app.domain.money import format_won
from incubator_app.domain.periods import public_date
from incubator_app.domain.policy import SETTINGS
from incubator_app.domain.stamps import Kind, moment

HEADINGS: dict[str, Heading] = {
    "representative": Heading.REPRESENTATIVE,
    "brn": Heading.BRN,
    "corporation_no": Heading.CORPORATION_NO,
    "entity": Heading.ENTITY,
    "started_on": Heading.STARTED_ON,
    "sector": Heading.SECTOR,
    "employees": Heading.EMPLOYEES,
    "phone": Heading.PHONE,
    "email": Heading.EMAIL,
    "notes": Heading.NOTES,
    "new_industry": Heading.NEW_INDUSTRY,
    "tenant_id": Heading.TENANT_NAME,
    "space_id": Heading.ROOM,
    "floor_id": Heading.FLOOR,
    "number": Heading.ROOM,
    "kind": Heading.KIND,
    "area_m2": Heading.AREA,
    "capacity": Heading.CAPACITY,
    "start_date": Heading.START,
    "end_date": Heading.END,
    "terminated_on": Heading.MOVED_OUT,
    "seats": Heading.SEATS,
    "deposit": Heading.DEPOSIT,
    "monthly_rent": Heading.RENT,
    "monthly_fee": Heading.FEE,
    "override_reason": Heading.OVERRIDE_REASON,
    "start_at": Heading.STARTS,
    "end_at": Heading.ENDS,
    "contact": Heading.PHONE,
    "purpose": Heading.PURPOSE,
    "attendees": Heading.ATTENDEES,
    "status": Heading.STATUS,
    "value": Heading.VALUE,
}
MONEY = frozenset(
    {"deposit", "monthly_rent", "monthly_fee", "rent", "fee", "vat", "amount"}
    | {"received", "owed", "deducted", "refund", "shortfall"}
)
LINKED_LEASES = frozenset({RENEWAL, "renewal_of_id", "lease_id", "payment_id"})


@dataclass(frozen=True)
class Names:
    """Who and where the entries' IDs stand for: tenants' names, rooms' numbers."""

    tenants: Mapping[int, str] = field(default_factory=dict)
    rooms: Mapping[int, str] = field(default_factory=dict)


def action_name(action: Action, language: Language) -> str:
    return message(f"history_action_{action.value}", language)


def kind_title(kind: Kind, language: Language) -> str:
    return message(f"history_kind_{kind.value}", language)


def field_name(kind: Kind, key: str, language: Language) -> str:
    """A field as its column is headed; a setting by its own name."""
    if kind is Kind.SETTING and key == "value":
        return heading(Heading.VALUE, language)
    if key == "name":
        return heading(Heading.TENANT_NAME if kind is Kind.TENANT else Heading.ROOM_NAME, language)
    if key in HEADINGS:
        return heading(HEADINGS[key], language)
    return message(f"history_field_{key}", language)


def shown_value(key: str, value: Value, language: Language, names: Names) -> str:
    """A stored value as the window shows that field: money in won, dates as printed,
    a tenant by its name, a room by its number."""
    if value is None:
        return message("history_none", language)
    if isinstance(value, bool):
        return message("history_yes" if value else "history_no", language)
    if key == "tenant_id" and isinstance(value, int):
        return names.tenants.get(value, f"#{value}")
    if key == "space_id" and isinstance(value, int):
        return names.rooms.get(value, f"#{value}")
    if key in LINKED_LEASES or key in ("floor_id", "history"):
        return f"#{value}"
    if key == "hash" and isinstance(value, str):
        return value[:SHOWN_HASH]
    if key in MONEY and isinstance(value, int):
        return format_won(value)
    if key == "brn" and isinstance(value, str):
        return format_brn(value)
    if key == "corporation_no" and isinstance(value, str):
        return format_corporation_number(value)
    if key == "entity":
        return entity_name(EntityType(str(value)), language)
    if key == "kind":
        return kind_name(SpaceKind(str(value)), language)
    if key == "status":
        return status_name(BookingStatus(str(value))).text(language)
    if key == "method":
        return message(METHOD_KEYS[Method(str(value))], language)
    if key == "area_m2":
        return show_area(Decimal(str(value)))
    return _when(str(value), language) if isinstance(value, str) else f"{value:,}"


def _when(text: str, language: Language) -> str:
    """An ISO date or minute as the window shows them; any other text as it is."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return public_date(day) if language == "ko" else day.isoformat()
        if len(text) in (16, 19) and text[10] == "T":
            return moment(datetime.fromisoformat(text)).text(language)
    except ValueError:
        pass
    return text


def record_title(
    kind: Kind, record_id: int | str, values: Values | None, language: Language, names: Names
) -> str:
    """ "계약 #12 · 빛고을랩 · 301호", "입주기업 #3 · 빛고을랩", "설정 · 알림 기간(일)"."""
    values = values or {}
    if kind is Kind.STATION:
        return kind_title(kind, language)
    if kind is Kind.SETTING:
        spec = SETTINGS.get(str(record_id))
        return f"{kind_title(kind, language)} · {spec.label.text(language) if spec else record_id}"
    parts = [f"{kind_title(kind, language)} #{record_id}"]
    if kind is Kind.TENANT:
        parts.append(names.tenants.get(int(record_id)) or str(values.get("name") or ""))
    if kind is Kind.SPACE:
        parts.append(names.rooms.get(int(record_id)) or str(values.get("number") or ""))
    for key in ("tenant_id", "space_id"):
        if key in IDENTITY[kind] and values.get(key) is not None:
            parts.append(shown_value(key, values[key], language, names))
    return " · ".join(part for part in parts if part)


def change_text(
    kind: Kind,
    action: Action,
    before: Values | None,
    after: Values | None,
    language: Language,
    names: Names,
) -> str:
    """ "월임대료 200,000원 → 220,000원"; a record made or removed by its fields."""
    if before is None or after is None:
        whole = after if before is None else before
        return ", ".join(
            f"{field_name(kind, key, language)} {shown_value(key, value, language, names)}"
            for key, value in sorted((whole or {}).items(), key=lambda item: _place(kind, item[0]))
            if value is not None and value != ""
        )
    changes = [
        f"{field_name(kind, key, language)} {shown_value(key, before.get(key), language, names)}"
        f" → {shown_value(key, value, language, names)}"
        for key, value in sorted(after.items(), key=lambda item: _place(kind, item[0]))
        if before.get(key) != value
    ]
    return ", ".join(changes) or action_name(action, language)


def _place(kind: Kind, key: str) -> tuple[int, str]:
    """Identifying fields first, then the rest in the order of ``HEADINGS``."""
    if key in IDENTITY[kind]:
        return (IDENTITY[kind].index(key), key)
    order = list(HEADINGS)
    return (len(IDENTITY[kind]) + (order.index(key) if key in order else len(order)), key)


def entry_time(at: datetime, language: Language) -> str:
    """``2026. 12. 3. 14:03:05`` (an entry's time to the second), ``2026-12-03 14:03:05``."""
    day = public_date(at.date()) if language == "ko" else at.date().isoformat()
    return f"{day} {at:%H:%M:%S}"
