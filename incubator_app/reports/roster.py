"""입주기업 현황 print: the roster's columns that fit A4 landscape, one row per lease."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtGui import QTextDocument

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.headings import Heading, headings
from incubator_app.domain.labels import stage_name
from incubator_app.domain.periods import public_date
from incubator_app.reports.document import STATION, html_document, table
from incubator_app.reports.occupancy import area
from incubator_app.services.roster import RosterEntry

TITLE = f"{STATION} 입주기업 현황"
HEADINGS = (
    Heading.NUMBER, Heading.FLOOR, Heading.ROOM, Heading.TENANT_NAME, Heading.REPRESENTATIVE,
    Heading.BRN, Heading.ENTITY, Heading.STARTED_ON, Heading.STAGE, Heading.START, Heading.END,
    Heading.AREA,
)  # fmt: skip
NUMERIC = {0, 11}


def _day(day: date | None) -> str:
    return public_date(day) if day else ""


def roster_print(entries: Iterable[RosterEntry], as_of: date) -> QTextDocument:
    """Every lease covering ``as_of`` (the Excel roster's rows), then the totals."""
    rows, tenants, leased = [], set(), Decimal(0)
    for number, entry in enumerate(entries, start=1):
        tenant, lease = entry.tenant, entry.lease
        counted = lease is not None and lease.kind is not SpaceKind.COWORKING
        room_area = lease.area_m2 if counted and lease else None
        leased += room_area or 0
        tenants.add(tenant.id)
        rows.append(
            (
                str(number),
                f"{lease.floor}층" if lease else "",
                lease.room if lease else "",
                tenant.name,
                tenant.representative or "",
                tenant.brn or "",
                tenant.entity.value,
                _day(tenant.started_on),
                stage_name(tenant.stage),
                _day(lease.start if lease else None),
                _day(lease.effective_end if lease else None),
                area(room_area) if room_area is not None else "",
            )
        )
    totals = f"합계: 계약 {len(rows):,}건, 입주기업 {len(tenants):,}개, 전용면적 {area(leased)}"
    body = f"""
<h1>{escape(TITLE)}</h1>
<p class="sub">{public_date(as_of)} 기준</p>
{table(headings(HEADINGS), rows, NUMERIC)}
<p><b>{escape(totals)}</b></p>
"""
    document = html_document(body)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    return document
