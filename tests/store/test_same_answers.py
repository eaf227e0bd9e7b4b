"""The same answers from an SQLite file and a PostgreSQL server (run on both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from incubator_app.services.lookup import find_space
from incubator_app.services.spaces import update_space
from incubator_app.store.database import Database
from incubator_app.store.models import Tenant
from tests.builders import TODAY, make_lease, make_tenant

NAMES = ["주식회사 빛", "(주)빛고을", "Zeta", "alpha", "가나", "빛고을랩스", "빛 고을", "B2B", "ㄱ"]


def test_text_sorts_by_code_point_whatever_the_servers_locale(db: Database) -> None:
    """The test server sorts the Korean way (ICU ko-KR: Hangul first, case ignored);
    the station's text still sorts as SQLite sorts it."""
    with db.session(write=True) as s:
        for name in NAMES:
            make_tenant(s, name=name)
    with db.session() as s:
        stored = list(s.scalars(select(Tenant.name).order_by(Tenant.name)))
        above = list(s.scalars(select(Tenant.name).where(Tenant.name > "Z").order_by(Tenant.id)))
    assert stored == sorted(NAMES)
    assert above == [name for name in NAMES if name > "Z"]


def test_money_areas_and_times_come_back_as_written(db: Database) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s)
        lease = make_lease(s, tenant, "301", rent=9_876_543_210_987)
        update_space(s, "302", TODAY, area_m2="33.07")
    with db.session() as s:
        created = s.scalar(select(Tenant.created_at).where(Tenant.id == tenant.id))
        area = find_space(s, "302").area_m2
    assert lease.rent == 9_876_543_210_987
    assert area == Decimal("33.07")
    assert created is not None  # stored in UTC, as SQLite's CURRENT_TIMESTAMP is
    assert abs(created - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)
