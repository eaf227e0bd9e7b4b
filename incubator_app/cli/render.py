"""Service results as the command line's JSON objects (the contract) and text tables."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from incubator_app.domain.errors import Language
from incubator_app.domain.identifiers import format_corporation_number
from incubator_app.services.billing import ChargeLine, charge_cells
from incubator_app.services.billing_balances import TenantArrears
from incubator_app.services.billing_deposits import SettlementView
from incubator_app.services.billing_payments import PaymentLine, PaymentView
from incubator_app.services.booking_lists import BookingView
from incubator_app.services.eligibility import TenantStanding
from incubator_app.services.lease_lists import LeaseView
from incubator_app.services.occupancy import FloorOccupancy, Occupancy
from incubator_app.services.spaces import SpaceView
from incubator_app.services.tenants import TenantView

Json = dict[str, Any]


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


def room_json(space: SpaceView) -> Json:
    return {
        "number": space.number,
        "name": space.name,
        "floor": space.floor,
        "kind": space.kind.value,
        "area_m2": space.area_m2,
        "seats": space.capacity if space.kind.value == "coworking" else None,
        "capacity": space.capacity,
        "example_layout": space.example,
    }


def tenant_json(tenant: TenantView, language: Language = "ko") -> Json:
    return {
        "id": tenant.id,
        "name": tenant.name,
        "brn": tenant.brn,
        "type": tenant.entity.value,
        "started_on": tenant.started_on,
        "stage": tenant.stage.value,
        "early_stage_until": tenant.early_stage_until,
        "corporation_no": (
            format_corporation_number(tenant.corporation_no) if tenant.corporation_no else None
        ),
        "representative": tenant.representative,
        "sector": tenant.sector,
        "employees": tenant.employees,
        "phone": tenant.phone,
        "email": tenant.email,
        "notes": tenant.notes,
        "new_industry": tenant.new_industry,
        "warnings": [n.text(language) for n in tenant.notices],
    }


def lease_json(lease: LeaseView) -> Json:
    return {
        "id": lease.id,
        "tenant_id": lease.tenant_id,
        "tenant_name": lease.tenant_name,
        "room": lease.room,
        "room_name": lease.room_name,
        "floor": lease.floor,
        "start": lease.start,
        "end": lease.end,
        "terminated_on": lease.terminated_on,
        "seats": lease.seats,
        "deposit": lease.deposit,
        "rent": lease.rent,
        "fee": lease.fee,
        "renewal_of": lease.renewal_of,
        "override_reason": lease.override_reason,
    }


def _floor_json(floor: FloorOccupancy) -> Json:
    return {
        "floor": floor.floor,
        "label": floor.label,
        "startup_rooms": floor.startup_rooms,
        "startup_occupied": floor.startup_occupied,
        "investor_rooms": floor.investor_rooms,
        "investor_occupied": floor.investor_occupied,
        "leasable_area_m2": floor.leasable_area_m2,
        "occupied_area_m2": floor.occupied_area_m2,
        "coworking_seats": floor.coworking_seats,
        "coworking_used": floor.coworking_used,
    }


def occupancy_json(occupancy: Occupancy) -> Json:
    total = _floor_json(occupancy.total)
    del total["floor"]
    return {
        "as_of": occupancy.as_of,
        "floors": [_floor_json(f) for f in occupancy.floors],
        "total": total,
    }


def standing_json(standing: TenantStanding) -> Json:
    return {
        "tenant_id": standing.tenant_id,
        "name": standing.name,
        "brn": standing.brn,
        "type": standing.entity.value,
        "stage": standing.stage.value,
        "early_stage_until": standing.early_stage_until,
        "days_left": standing.days_left,
        "cap_days_left": standing.cap_days_left,
        "alerts": [a.code.value for a in standing.alerts],
        "alert_details": [
            {"code": a.code.value, "days": a.days, "due": a.due, "urgency": a.urgency.value}
            for a in standing.alerts
        ],
    }


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain aligned table for a person reading a terminal."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def booking_json(booking: BookingView) -> Json:
    """The contract of ``book`` and ``bookings``: local times to the minute."""
    return {
        "id": booking.id,
        "space": booking.space,
        "start": f"{booking.start:%Y-%m-%dT%H:%M}",
        "end": f"{booking.end:%Y-%m-%dT%H:%M}",
        "tenant_id": booking.tenant_id,
        "external": booking.external,
        "purpose": booking.purpose,
        "attendees": booking.attendees,
        "status": booking.status.value,
    }


def charge_json(line: ChargeLine) -> Json:
    """The contract of ``charges``: amounts in won, ``paid``/``balance`` as of the day."""
    return {
        "id": line.id,
        "tenant_id": line.tenant_id,
        "lease_id": line.lease_id,
        "room": line.room,
        "month": str(line.month),
        "kind": "adjustment" if line.adjustment else "charge",
        "rent": line.amounts.rent,
        "fee": line.amounts.fee,
        "supply": line.amounts.supply,
        "vat": line.amounts.vat,
        "total": line.amounts.total,
        "due": line.due.isoformat(),
        "paid": line.paid,
        "balance": line.balance,
    }


def charge_row(line: ChargeLine, language: Language) -> list[str]:
    """A charge in the command line's table: amounts with thousands separators."""
    return [
        f"{cell:,}" if isinstance(cell, int) else _cell(cell)
        for cell in charge_cells(line, language)
    ]


def payment_json(payment: PaymentView) -> Json:
    """The contract of ``pay``: how the payment is applied, and the credit left."""
    return {
        "id": payment.id,
        "tenant_id": payment.tenant_id,
        "amount": payment.amount,
        "on": payment.on.isoformat(),
        "method": payment.method.value,
        "applied": [{"charge_id": s.charge_id, "amount": s.amount} for s in payment.applied],
        "credit": payment.credit,
    }


def arrears_json(found: TenantArrears) -> Json:
    """The contract of ``arrears``."""
    return {
        "tenant_id": found.tenant_id,
        "name": found.name,
        "balance": found.balance,
        "oldest_due": found.oldest_due.isoformat(),
        "days_overdue": found.days_overdue,
    }


def settlement_json(settled: SettlementView) -> Json:
    """The contract of ``settle-deposit``: ``deductions`` in won, each one listed too."""
    return {
        "lease_id": settled.lease_id,
        "settled_on": settled.settled_on.isoformat(),
        "received": settled.received,
        "arrears": settled.owed,
        "deductions": settled.deducted,
        "deducted": [{"amount": d.amount, "reason": d.reason} for d in settled.deductions],
        "refund": settled.refund,
        "shortfall": settled.shortfall,
    }


def payment_line_json(line: PaymentLine) -> Json:
    """The contract of ``payments``."""
    return {
        "id": line.id,
        "tenant_id": line.tenant_id,
        "name": line.tenant_name,
        "on": line.on.isoformat(),
        "amount": line.amount,
        "method": line.method.value,
        "memo": line.memo,
        "cancel_reason": line.cancel_reason,
    }
