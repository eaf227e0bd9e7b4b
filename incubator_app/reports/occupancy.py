"""입주 현황 보고: the occupancy summary for meetings, A4 portrait, numbers as on screen."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from html import escape

from PySide6.QtGui import QTextDocument

from incubator_app.domain import palette
from incubator_app.domain.alerts import AlertCode, d_day
from incubator_app.domain.building import show_area
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.headings import FLOOR_HEADINGS, VACANT_HEADINGS, Heading, headings
from incubator_app.domain.labels import kind_name, stage_name
from incubator_app.domain.periods import public_date
from incubator_app.reports.document import STATION, html_document, listing, table
from incubator_app.services.occupancy import FloorOccupancy, OccupancyReport

TITLE = f"{STATION} 입주 현황"
OCCUPIED, VACANT = palette.OCCUPIED, palette.VACANT


def area(value: Decimal | None) -> str:
    """㎡, with 평 beside it."""
    return "—" if value is None else show_area(value)


def figure(value: str | int | Decimal | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return f"{value:,}"
    return value


def _rate(part: str, rate: Decimal | None) -> str:
    return f"{part} ({rate}%)" if rate is not None else part


ENDING_HEADINGS = (Heading.TENANT_NAME, Heading.ROOM, Heading.END, Heading.D_DAY)
WINDOW_HEADINGS = (Heading.TENANT_NAME, Heading.ROOM, Heading.EARLY_STAGE_UNTIL, Heading.D_DAY)


def occupancy_summary(report: OccupancyReport) -> QTextDocument:
    """The summary on ``report.as_of``: key figures, floors, vacant rooms, what ends."""
    total = report.occupancy.total
    stages = Counter(standing.stage for standing in report.standings)
    key = [
        (
            "보육실 입주율 (호실)",
            _rate(f"{total.startup_occupied} / {total.startup_rooms}실", total.room_rate),
        ),
        (
            "보육실 입주율 (면적)",
            _rate(
                f"{area(total.occupied_area_m2)} / {area(total.leasable_area_m2)}", total.area_rate
            ),
        ),
        ("투자사실", f"{total.investor_occupied} / {total.investor_rooms}실"),
        ("코워킹 좌석", f"{total.coworking_used} / {total.coworking_seats}석"),
        (
            "입주기업 (업력구분)",
            " · ".join(f"{stage_name(s)} {stages[s]}" for s in Stage)
            + f" (모두 {len(report.standings)}개)",
        ),
    ]
    floors = [*report.occupancy.floors, total]
    figures = [tuple(figure(v) for v in floor.figures()) for floor in floors]
    vacant = [
        (
            room.floor_label,
            room.number,
            room.name,
            kind_name(room.kind),
            area(room.area_m2),
        )
        for room in report.vacant
    ]
    use = [
        (u.space, _hours(u.booked_minutes), _hours(u.open_minutes), percent(u.rate))
        for u in report.use
    ]
    leases = [
        (line.tenant, line.rooms, public_date(line.due), d_day(line.days))
        for line in report.endings({AlertCode.LEASE_ENDING})
    ]
    windows = [
        (line.tenant, line.rooms, public_date(line.due), d_day(line.days))
        for line in report.endings({AlertCode.AGING_OUT, AlertCode.AGED_OUT})
    ]
    body = f"""
<h1>{escape(TITLE)}</h1>
<p class="sub">{public_date(report.as_of)} 기준</p>
<h2>주요 지표</h2>
{table(("항목", "현황"), key, set())}
<h2>층별 현황</h2>
{table(headings(FLOOR_HEADINGS), figures, set(range(1, len(FLOOR_HEADINGS))), total_last=True)}
{floor_chart(floors[:-1])}
<h2>공용공간 이용률 ({report.as_of.year}년 {report.as_of.month}월)</h2>
{listing(("공간", "예약 시간", "이용 가능 시간", "이용률"), use, {1, 2, 3})}
<h2>공실 ({len(vacant)}실)</h2>
{listing(headings(VACANT_HEADINGS), vacant, {4})}
<h2>{report.alert_window_days}일 안에 끝나는 계약 ({len(leases)}건)</h2>
{listing(headings(ENDING_HEADINGS), leases, {3})}
<h2>초기창업 기간 만료 예정·경과 ({len(windows)}개)</h2>
{listing(headings(WINDOW_HEADINGS), windows, {3})}
"""
    document = html_document(body)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    return document


def floor_chart(floors: list[FloorOccupancy]) -> str:
    """보육실 per floor as bars (coworking seats where a floor has no startup rooms),
    drawn as table cells: they scale with the page and print sharp."""
    lines = []
    for floor in floors:
        whole, used, unit = (
            (floor.startup_rooms, floor.startup_occupied, "실")
            if floor.startup_rooms
            else (floor.coworking_seats, floor.coworking_used, "석")
        )
        if not whole:
            continue
        filled = round(used * 100 / whole)
        bar = "".join(
            f'<td width="{share}%" bgcolor="{colour}">&nbsp;</td>'
            for share, colour in ((filled, OCCUPIED), (100 - filled, VACANT))
            if share
        )
        lines.append(
            f'<tr><td width="8%" align="right">{escape(floor.label)}</td>'
            f'<td width="62%"><table width="100%" cellspacing="0" cellpadding="0"><tr>{bar}'
            f"</tr></table></td><td>{used} / {whole}{unit} ({used * 100 / whole:.1f}%)</td></tr>"
        )
    return f'<table width="100%" cellspacing="4" cellpadding="0">{"".join(lines)}</table>'


def _hours(minutes: int) -> str:
    return f"{minutes / 60:,.1f}시간"


def percent(rate: Decimal | None) -> str:
    """A rate as printed and shown: 97.6%, or a dash when there is nothing to divide."""
    return "—" if rate is None else f"{rate}%"
