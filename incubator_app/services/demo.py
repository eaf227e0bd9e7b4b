"""Believable demo data: Korean companies, their leases since the station opened.

Companies that the rooms cannot hold become applicants (no lease) and alumni
(past leases). Leases go through ``create_lease`` so that demo data never
breaks a rule; tenants are inserted in bulk so that 100,000 of them take seconds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import created
from incubator_app.domain.identifiers import EntityType, brn_check_digit, corporation_check_digit
from incubator_app.domain.periods import add_months, add_years
from incubator_app.domain.stamps import Kind
from incubator_app.services.demo_billing import make_demo_money
from incubator_app.services.demo_bookings import make_demo_bookings
from incubator_app.services.leases import LeaseInput, create_lease, terminate_lease
from incubator_app.store.history import record
from incubator_app.store.models import Space, Tenant

OPENED_ON = date(2025, 4, 1)  # first intake, April 2025
MAX_TENANTS = 1_000_000

PREFIXES = [
    "빛고을",
    "무등",
    "한빛",
    "누리",
    "다온",
    "새봄",
    "푸른",
    "하랑",
    "이음",
    "별빛",
    "마루",
    "가온",
    "도담",
    "바른",
    "해오름",
    "솔빛",
    "아라",
    "미르",
    "라온",
    "세움",
    "한결",
    "나래",
    "채움",
    "그린",
    "스마트",
    "퓨처",
    "넥스트",
    "딥",
    "브릿지",
    "오로라",
    "큐브",
    "에이블",
    "리버",
    "메타",
]
CORES = [
    "에이아이",
    "모빌리티",
    "에너지",
    "헬스케어",
    "바이오",
    "로보틱스",
    "데이터",
    "소프트",
    "테크",
    "솔루션",
    "커넥트",
    "메디",
    "모터스",
    "파워",
    "비전",
    "콘텐츠",
    "미디어",
    "팩토리",
    "네트웍스",
    "세미콘",
    "포토닉스",
    "일렉트릭",
    "그리드",
    "케어",
]
SUFFIXES = ("", "", "", "랩스", "웍스", "코리아", "플러스", "허브", "시스템즈", "스튜디오")
SURNAMES = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "전",
    "홍",
    "문",
    "양",
    "손",
    "배",
    "백",
    "허",
    "노",
]
GIVEN = [
    "민",
    "서",
    "준",
    "지",
    "현",
    "우",
    "도",
    "하",
    "윤",
    "은",
    "수",
    "예",
    "진",
    "성",
    "영",
    "재",
    "태",
    "경",
    "선",
    "혜",
    "동",
    "승",
    "주",
    "연",
    "아",
    "호",
    "유",
    "원",
]
SECTORS = (
    "AI",
    "모빌리티",
    "에너지",
    "헬스케어",
    "문화콘텐츠",
    "광융합·가전",
    "스마트 뿌리산업",
    "반도체",
    "데이터",
)


@dataclass(frozen=True)
class DemoResult:
    tenants: int
    leases: int
    bookings: int
    payments: int


class _Companies:
    """Makes one believable company at a time, with unique names and BRNs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.brns: set[str] = set()
        self.rows: list[dict[str, object]] = []

    def make(self, started_on: date | None, entity: EntityType | None = None) -> int:
        """Add a company (a pre-founder when ``started_on`` is None); its place, from 1."""
        rng = self.rng
        if entity is None:
            entity = rng.choice(
                (EntityType.CORPORATION, EntityType.CORPORATION, EntityType.INDIVIDUAL)
            )
        if started_on is None:
            entity = EntityType.PRE_FOUNDER
        base = rng.choice(PREFIXES) + rng.choice(CORES) + rng.choice(SUFFIXES)
        name, n = base, 1
        while name in self.names:
            n += 1
            name = f"{base} {n}"
        self.names.add(name)
        shown = (
            f"주식회사 {name}" if entity is EntityType.CORPORATION and rng.random() < 0.6 else name
        )
        self.rows.append(
            {
                "name": shown,
                "entity": entity,
                "brn": self._brn(entity),
                "corporation_no": self._corporation_no()
                if entity is EntityType.CORPORATION
                else None,
                "started_on": started_on,
                "representative": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                "sector": rng.choice(SECTORS),
                "employees": rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20)),
                "phone": f"062-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                "email": f"contact{len(self.rows) + 1}@stag-demo.kr",
                "notes": None,
                "new_industry": started_on is not None and rng.random() < 0.15,
            }
        )
        return len(self.rows)

    def started_between(self, earliest: date, latest: date) -> date:
        return earliest + timedelta(days=self.rng.randint(0, max((latest - earliest).days, 0)))

    def _brn(self, entity: EntityType) -> str | None:
        if entity is EntityType.PRE_FOUNDER:
            return None
        while True:
            middle = (
                self.rng.choice((81, 86, 87, 88))
                if entity is EntityType.CORPORATION
                else self.rng.randint(1, 79)
            )
            first = f"{self.rng.randint(101, 899)}{middle:02d}{self.rng.randint(0, 9999):04d}"
            brn = first + str(brn_check_digit(first))
            if brn not in self.brns:
                self.brns.add(brn)
                return brn

    def _corporation_no(self) -> str:
        first = (
            f"{self.rng.choice(('200111', '110111', '130111'))}{self.rng.randint(0, 999999):06d}"
        )
        return first + str(corporation_check_digit(first))


def check_demo_size(tenants: int) -> None:
    if not 1 <= tenants <= MAX_TENANTS:
        raise DomainError("demo_size", field="tenants", value=tenants)


def make_demo(
    session: Session, tenants: int, seed: int, today: date, opened_on: date = OPENED_ON
) -> DemoResult:
    """Fill an empty database with ``tenants`` companies and the leases they held.

    ``opened_on`` is where the lease history starts (an earlier day gives a
    longer history, as the benchmarks use).
    """
    check_demo_size(tenants)
    existing = session.scalar(select(func.count(Tenant.id))) or 0
    if existing:
        raise DomainError("demo_not_empty", count=existing)
    rng = random.Random(seed)
    companies = _Companies(rng)
    plans = _plan_leases(session, companies, rng, (opened_on, today), tenants)
    while len(companies.rows) < tenants:  # applicants and alumni without a lease
        start = (
            None if rng.random() < 0.12 else companies.started_between(add_years(today, -12), today)
        )
        companies.make(start)
    session.execute(insert(Tenant), companies.rows)
    ids = {name: id_ for name, id_ in session.execute(select(Tenant.name, Tenant.id))}
    record(session, (created(Kind.TENANT, ids[str(row["name"])], row) for row in companies.rows))
    current: list[int] = []  # tenants in the building today, who book its spaces
    for plan, move_out in plans:
        company = companies.rows[int(plan.tenant) - 1]  # planned by place in the list
        lease = create_lease(session, replace(plan, tenant=str(ids[str(company["name"])])))
        if move_out is not None:
            terminate_lease(session, lease.id, move_out)
        if lease.start <= today <= (move_out or lease.end):
            current.append(lease.tenant_id)
    booked = make_demo_bookings(session, rng, current, today)
    paid = make_demo_money(session, rng, today)
    return DemoResult(
        tenants=len(companies.rows), leases=len(plans), bookings=booked, payments=paid
    )


Plan = tuple[LeaseInput, date | None]


def _plan_leases(
    session: Session,
    companies: _Companies,
    rng: random.Random,
    span: tuple[date, date],
    limit: int,
) -> list[Plan]:
    """Room by room from the opening day: a year each, some renewed, some left early."""
    opened_on, today = span
    spaces = session.scalars(select(Space)).all()
    plans: list[Plan] = []
    for space in sorted(spaces, key=lambda s: s.number):
        if space.kind is SpaceKind.STARTUP_ROOM:
            plans += _room_history(companies, rng, span, space.number, limit, seats=None)
        elif space.kind is SpaceKind.COWORKING:
            free = space.capacity or 0
            while free > 0 and len(companies.rows) < limit:
                seats = min(rng.choice((1, 1, 2, 3)), free)
                free -= seats
                plans += _room_history(companies, rng, span, space.number, limit, seats=seats)
        elif (
            space.kind is SpaceKind.INVESTOR_ROOM
            and rng.random() < 0.8
            and len(companies.rows) < limit
        ):
            tenant = companies.make(
                companies.started_between(add_years(today, -15), add_years(today, -4)),
                EntityType.CORPORATION,
            )
            start = opened_on + timedelta(days=rng.randint(0, 120))
            plans.append(
                (
                    LeaseInput(
                        tenant,
                        space.number,
                        start,
                        add_years(start, 2) - timedelta(days=1),
                        deposit=5_000_000,
                        rent=500_000,
                        fee=150_000,
                    ),
                    None,
                )
            )
    return plans


def _room_history(
    companies: _Companies,
    rng: random.Random,
    span: tuple[date, date],
    room: str,
    limit: int,
    seats: int | None,
) -> list[Plan]:
    opened_on, today = span
    plans: list[Plan] = []
    start = opened_on + timedelta(days=rng.choice((0, 0, 14, 30, 61, 92, 123, 153, 184, 214)))
    tenant, started, held = 0, None, 0
    months = 12 if seats is None else 6  # rooms by the year; coworking seats often by the half
    while start <= today + timedelta(days=20):
        if tenant == 0 or rng.random() < 0.45 or held >= 730:
            if len(companies.rows) >= limit:
                break
            started = (
                None
                if rng.random() < 0.15
                else companies.started_between(add_years(start, -3), min(start, today))
            )
            tenant, held = companies.make(started), 0
        elif started is not None and add_years(started, 3) < start:
            tenant = 0
            continue
        end = add_months(start, rng.choice((months, 12))) - timedelta(days=1)
        move_out = None
        if rng.random() < 0.08:
            candidate = start + timedelta(days=rng.randint(30, (end - start).days))
            if candidate < today:
                move_out = candidate
        rent = 50_000 * seats if seats else rng.choice((150_000, 180_000, 220_000, 260_000))
        plans.append(
            (
                LeaseInput(
                    tenant,
                    room,
                    start,
                    end,
                    seats=seats,
                    deposit=0 if seats else rent * 10,
                    rent=rent,
                    fee=(20_000 * seats) if seats else 60_000,
                ),
                move_out,
            )
        )
        held += ((move_out or end) - start).days + 1
        start = (move_out or end) + timedelta(days=1 if move_out is None else rng.randint(7, 45))
        if move_out is not None:
            tenant = 0
        elif rng.random() < 0.12:  # a vacancy before the next company moves in
            start += timedelta(days=rng.randint(20, 120))
            tenant = 0
    return plans
