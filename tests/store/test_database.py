"""Opening databases: first start, and every way a file can be wrong, left untouched."""

from __future__ import annotations

import sqlite3
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import closing, contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.errors import DomainError
from incubator_app.services.settings import load_policy
from incubator_app.services.spaces import list_spaces
from incubator_app.store import database, migrations
from incubator_app.store.database import Database, open_database, resolve
from incubator_app.store.models import Base
from tests.builders import held_by_another_program


def refused(path: Path, code: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        open_database(str(path))
    assert caught.value.code == code
    assert str(path) in caught.value.text("ko") and str(path) in caught.value.text("en")
    return caught.value


def test_first_start_creates_and_seeds_the_station(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite3"))
    with db.session() as s:
        found = list_spaces(s)
        building = s.execute(text("select name, gross_floor_area_m2 from building")).one()
    db.dispose()
    by_kind: dict[SpaceKind, list[str]] = {}
    for space in found:
        by_kind.setdefault(space.kind, []).append(space.number)
    expected_rooms = [
        f"{f}{n:02d}" for f, count in ((3, 14), (4, 14), (5, 13)) for n in range(1, count + 1)
    ]
    assert by_kind[SpaceKind.STARTUP_ROOM] == expected_rooms
    assert by_kind[SpaceKind.INVESTOR_ROOM] == ["514", "515", "516", "517", "518"]
    coworking = next(s for s in found if s.kind is SpaceKind.COWORKING)
    assert (coworking.name, coworking.floor, coworking.capacity) == ("코워킹스페이스", 2, 40)
    bookable = {s.name: s.capacity for s in found if s.kind is SpaceKind.BOOKABLE}
    assert bookable == {
        "다목적홀": 120,
        "교육실 1": 30,
        "교육실 2": 30,
        "회의실 A": 8,
        "회의실 B": 8,
        "복합문화공간": 50,
    }
    assert {s.name for s in found if s.kind is SpaceKind.SHARED} == {
        "오픈 라운지",
        "구내식당",
        "옥상정원",
    }
    assert building == ("빛고을 창업스테이션", 895000)  # stored as exact hundredths of ㎡
    assert all(s.example for s in found if s.kind.leasable)  # the layout is an assumption
    rooms = [s.area_m2 for s in found if s.kind is SpaceKind.STARTUP_ROOM]
    assert all(a is not None and Decimal(25) <= a <= Decimal(66) for a in rooms)


def test_second_start_keeps_what_was_there(db_path: Path) -> None:
    first = open_database(str(db_path))
    with first.session(write=True) as s:
        s.execute(text("update space set name = '보육실 301 (창가)' where number = '301'"))
    first.dispose()
    again = open_database(str(db_path))
    with again.session() as s:
        assert [x.name for x in list_spaces(s) if x.number == "301"] == ["보육실 301 (창가)"]
        assert s.execute(text("select count(*) from building")).scalar() == 1
    again.dispose()


def test_each_database_runs_with_its_settings_and_foreign_keys(db: Database) -> None:
    """SQLite: WAL, foreign keys, a busy timeout; a server: UTC sessions (timestamps stored
    as SQLite stores them) and the same wait for another desk's write."""
    with db.session() as s:
        if db.engine.dialect.name == "sqlite":
            assert s.execute(text("pragma journal_mode")).scalar() == "wal"
            assert s.execute(text("pragma foreign_keys")).scalar() == 1
            assert (s.execute(text("pragma busy_timeout")).scalar() or 0) >= 5000
        else:
            assert s.execute(text("SHOW TimeZone")).scalar() == "UTC"
            assert s.execute(text("SHOW lock_timeout")).scalar() == "5s"
            assert s.execute(text("SHOW transaction_isolation")).scalar() == "read committed"
    with pytest.raises(IntegrityError), db.session(write=True) as s:
        s.execute(
            text(
                "insert into lease (tenant_id, space_id, start_date, end_date, deposit, "
                "monthly_rent, monthly_fee) values (999, 1, '2026-01-01', '2026-12-31', 0, 0, 0)"
            )
        )


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_the_schema_the_program_opens_without_alembic_is_alembics_head(db: Database) -> None:
    assert migrations.head() == migrations.SCHEMA
    with db.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.SCHEMA
        assert MigrationContext.configure(connection).get_current_revision() == migrations.SCHEMA


def test_text_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "명단.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    refused(path, "db_not_database")
    assert path.read_bytes() == b"PK\x03\x04 not a database at all"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["명단.xlsx"]


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as other:
        other.execute("create table contacts (name text)")
        other.execute("insert into contacts values ('홍길동')")
        other.commit()
    before = path.read_bytes()
    refused(path, "db_not_database")
    assert path.read_bytes() == before


def test_database_from_a_newer_program_is_refused_and_left_as_it_was(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("update alembic_version set version_num = '9999_future'")
        raw.commit()
    before = db_path.read_bytes()
    error = refused(db_path, "db_newer")
    assert "9999_future" in error.text()
    assert db_path.read_bytes() == before


def test_database_locked_by_another_program(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    before = db_path.read_bytes()
    with held_by_another_program(db_path):
        refused(db_path, "db_locked")
    assert db_path.read_bytes() == before


def test_a_write_waits_for_another_desk_then_says_it_is_busy(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    db.dispose()
    busy = open_database(str(db_path))
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("begin immediate")
        with pytest.raises(DomainError) as caught, busy.session(write=True) as s:
            s.execute(text("update space set name = name"))
        assert caught.value.code == "db_locked"
        other.execute("rollback")
    busy.dispose()


def test_missing_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "없는폴더" / "stag.sqlite3"
    with pytest.raises(DomainError) as caught:
        open_database(str(missing))
    assert caught.value.code == "db_folder_missing"
    assert not missing.parent.exists()


def test_where_the_database_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = (tmp_path / "chosen.sqlite3").resolve()
    monkeypatch.setenv("INCUBATOR_DB", str(chosen))
    assert (resolve(None).path, resolve(None).named) == (chosen, True)
    argument = (tmp_path / "arg.sqlite3").resolve()
    assert resolve(str(argument)).path == argument  # --db wins over the variable
    url = f"sqlite:///{(tmp_path / 'url.sqlite3').as_posix()}"
    assert resolve(url).path == (tmp_path / "url.sqlite3").resolve()
    server = resolve("postgresql://desk:secret@server/stag")
    assert (server.path, server.shown) == (None, "postgresql://desk@server:5432/stag")
    assert server.url.drivername == "postgresql+psycopg" and server.url.password == "secret"
    with pytest.raises(DomainError) as caught:  # not a kind this desk opens
        resolve("mysql://desk:secret@server/stag")
    assert caught.value.code == "db_kind_unknown" and "secret" not in caught.value.text()
    monkeypatch.delenv("INCUBATOR_DB")
    default = tmp_path / "per-user" / "stag.sqlite3"
    monkeypatch.setattr(database, "default_database", lambda: default)
    assert (resolve(None).path, resolve(None).named) == (default, False)
    assert default.parent.is_dir()  # made on first use


def test_characters_of_a_path_are_not_read_as_url_syntax(tmp_path: Path) -> None:
    odd = tmp_path / "q?dir %20#1" / "스테이션.sqlite3"
    odd.parent.mkdir()
    open_database(str(odd)).dispose()
    assert odd.exists()
    assert sorted(p.name for p in odd.parent.iterdir() if p.suffix == ".sqlite3") == [
        "스테이션.sqlite3"
    ]


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_database_path_is_refused(empty: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DomainError) as caught:
        resolve(empty)
    assert caught.value.code == "db_empty" and "--db" in caught.value.text()
    monkeypatch.setenv("INCUBATOR_DB", empty)
    with pytest.raises(DomainError) as caught:
        resolve(None)
    assert "INCUBATOR_DB" in caught.value.text()


def test_a_named_file_that_does_not_exist_is_created_only_when_asked(tmp_path: Path) -> None:
    typo = tmp_path / "stag-typo.sqlite3"
    with pytest.raises(DomainError) as caught:
        open_database(str(typo), create=False)
    assert caught.value.code == "db_missing" and str(typo) in caught.value.text()
    assert not typo.exists()
    open_database(str(typo)).dispose()
    assert typo.exists()


@contextmanager
def written_at(path: Path, revision: str) -> Iterator[Connection]:
    """A database file as an older program left it: its schema at ``revision``."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from incubator_app.paths import bundled

    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(bundled("db/migrations")))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            yield connection
    finally:
        engine.dispose()


def test_an_older_database_is_copied_then_upgraded_keeping_its_records(tmp_path: Path) -> None:
    """A database written by the version before bookings (schema 0001)."""
    path = tmp_path / "stag.sqlite3"
    with written_at(path, "0001") as connection:
        connection.execute(
            text(
                "insert into building (id, name, brand, address, site_area_m2, "
                "gross_floor_area_m2) values (1, 'b', 'STA·G', '광주', 1, 1)"
            )
        )
        connection.execute(
            text(
                "insert into floor (id, building_id, level, label, gross_area_m2) values "
                "(1, 1, 1, '1층', 100000), (2, 1, 2, '2층', 100000)"
            )
        )
        connection.execute(
            text(
                "insert into space (floor_id, number, name, kind, capacity, example) values "
                "(1, '103', '다목적홀', 'BOOKABLE', 120, 1),"
                " (2, '204', '회의실 A', 'BOOKABLE', 8, 1),"
                " (2, '202', '교육실 1', 'BOOKABLE', 30, 1)"
            )
        )
        connection.execute(
            text(
                "insert into setting (key, value) values ('pre_founder_registration_months', '18')"
            )
        )
        connection.execute(
            text(
                "insert into tenant (name, entity, new_industry) "
                "values ('기존기업', 'PRE_FOUNDER', 0)"
            )
        )
        connection.execute(  # a lease holds on to the spaces the upgrade changes
            text(
                "insert into lease (tenant_id, space_id, start_date, end_date, deposit, "
                "monthly_rent, monthly_fee) values (1, 3, '2025-04-01', '2026-03-31', 0, 0, 0)"
            )
        )
    upgraded = open_database(str(path))
    try:
        (copy,) = [p for p in (tmp_path / "backups").iterdir() if ".upgrade." in p.name]
        with closing(sqlite3.connect(copy)) as raw:  # the database as it was before
            assert raw.execute("select version_num from alembic_version").fetchone() == ("0001",)
        with upgraded.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.SCHEMA
            rooms = {
                number: only
                for number, only in connection.execute(
                    text("select number, tenants_only from space")
                )
            }
            assert rooms == {"103": 0, "204": 1, "202": 0}
            hall = connection.execute(text("select closes from space where number = '103'"))
            assert str(hall.scalar()).startswith("22:00")
            assert connection.execute(text("select name from tenant")).scalar() == "기존기업"
        with upgraded.session() as session:
            assert load_policy(session).registration_months == 18  # its stored name moved
        with closing(sqlite3.connect(copy)) as old:
            assert old.execute("select version_num from alembic_version").fetchone() == ("0001",)
    finally:
        upgraded.dispose()


def test_records_kept_from_before_the_cleaning_are_tidied_and_the_database_named(
    tmp_path: Path,
) -> None:
    """Schema 0004 held text as typed; 0005 stores it as the services now clean it."""
    path = tmp_path / "stag.sqlite3"
    decomposed = unicodedata.normalize("NFD", "빛고을랩스")
    with written_at(path, "0004") as connection:
        connection.execute(
            text(
                "insert into building (id, name, brand, address, site_area_m2, "
                "gross_floor_area_m2) values (1, 'b', 'STA·G', '광주', 1, 1)"
            )
        )
        connection.execute(
            text(
                "insert into tenant (name, representative, notes, entity, new_industry) "
                "values (:name, :who, :notes, 'PRE_FOUNDER', 0)"
            ),
            {"name": decomposed, "who": "홍\u200b길동\t", "notes": "첫 줄\r\n둘째\u00a0줄"},
        )
    upgraded = open_database(str(path))
    try:
        with upgraded.engine.connect() as connection:
            row = connection.execute(text("select name, representative, notes from tenant")).one()
            named = connection.execute(text("select records_id from building")).scalar()
        assert tuple(row) == ("빛고을랩스", "홍길동", "첫 줄\n둘째 줄")
        assert named and len(named) == 32
        (copy,) = [p for p in (tmp_path / "backups").iterdir() if ".upgrade." in p.name]
        with closing(sqlite3.connect(copy)) as old:  # the backup keeps them as they were
            assert old.execute("select name from tenant").fetchone() == (decomposed,)
    finally:
        upgraded.dispose()


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("sqlite://", "db_in_memory"),
        ("sqlite:///:memory:", "db_in_memory"),
        ("sqlite:///relative.sqlite3", "db_relative_url"),
        ("mysql://desk@server/stag", "db_kind_unknown"),
    ],
)
def test_database_addresses_that_would_lose_or_miss_the_records(url: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        resolve(url)
    assert caught.value.code == code


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    afile = tmp_path / "stag.sqlite3"
    afile.write_text("x")
    with pytest.raises(DomainError) as caught:
        open_database(str(afile / "inner.sqlite3"))
    assert caught.value.code == "db_parent_is_file" and str(afile) in caught.value.text()


def test_the_read_only_check_never_waits_for_another_desk(db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # another desk writing now
            assert database.read_only() is False  # at once: busy means it takes writes
            other.execute("ROLLBACK")
    finally:
        database.dispose()
