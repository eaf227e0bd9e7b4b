"""Backups and restores (run on both databases where both do it): a backup holds the
station as it was, a restore puts it back whole and keeps the database as it was just
before; what is not a whole backup of ours is refused untouched. On a file: a backup on
the day's first opening, kept 7 daily / 4 weekly / 12 monthly."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_app.domain.backups import BackupName, Reason
from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import Action
from incubator_app.domain.stamps import Kind
from incubator_app.services.backups import back_up, backups, restore
from incubator_app.services.history import Wanted, history, verify_history
from incubator_app.store.backup import file_station, list_backups, rotate
from incubator_app.store.database import Database, open_database
from incubator_app.store.migrations import SCHEMA
from incubator_app.store.models import Tenant
from tests.builders import make_tenant


@pytest.fixture
def station(
    db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(tmp_path / "보관"))
    database = open_database(db_location, desk="김매니저")
    yield database
    database.dispose()


def tenants(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(Tenant.id))) or 0


def add(db: Database, count: int) -> None:
    with db.session(write=True) as s:
        for _ in range(count):
            make_tenant(s)


def test_a_backup_restored_puts_the_station_back_and_keeps_what_it_replaced(
    station: Database, tmp_path: Path
) -> None:
    add(station, 3)
    made = back_up(station)
    assert (made.tenants, made.reason, made.history.count) == (3, Reason.MANUAL, 3)
    assert made.path.parent == tmp_path / "보관"
    add(station, 2)
    done = restore(station, made.path)
    assert tenants(station) == 3
    with station.session() as s:
        assert verify_history(s).count == 4  # the backup's three, and the restore's own
        (entry,) = history(s, Wanted(kind=Kind.STATION))
    assert (entry.action, entry.by) == (Action.RESTORE, "김매니저")
    assert entry.before is not None and entry.after is not None
    assert (entry.before["history"], entry.after["history"]) == (5, 3)  # what it replaced
    assert entry.before["safety_backup"] == done.safety_backup.path.name
    assert entry.after["restored_from"] == made.path.name
    assert done.safety_backup.tenants == 5 and done.safety_backup.reason is Reason.SAFETY
    assert [b.path for b in backups(station)][:2] == [done.safety_backup.path, made.path]
    add(station, 1)  # the restored station takes changes, its chain goes on
    with station.session() as s:
        assert verify_history(s).count == 5
    restore(station, done.safety_backup.path)  # and the restore itself can be undone
    assert tenants(station) == 5


def test_a_backup_to_a_named_file_never_overwrites(station: Database, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "stag-copy.sqlite3"
    target.parent.mkdir()
    made = back_up(station, to=target)
    assert made.path == target and target.stat().st_size == made.size
    with pytest.raises(DomainError) as caught:
        back_up(station, to=target)
    assert caught.value.code == "backup_target_exists"


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not a database at all")


def _another_program(path: Path) -> None:
    with closing(sqlite3.connect(path)) as other:
        other.execute("create table notes (text)")
        other.commit()


def _newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as newer:
        newer.execute("update alembic_version set version_num = '9999'")
        newer.commit()


def _torn(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _history_rewritten(path: Path) -> None:
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("drop trigger history_kept_update")
        raw.execute("update history set by = '누군가' where id = 1")
        raw.commit()


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (_not_a_database, "backup_not_ours"),
        (_another_program, "backup_not_ours"),
        (_newer, "backup_newer"),
        (_torn, "backup_damaged"),
        (_history_rewritten, "backup_damaged"),
    ],
)
def test_what_is_not_a_whole_backup_of_ours_is_refused_untouched(
    station: Database, tmp_path: Path, spoil: Callable[[Path], None], code: str
) -> None:
    add(station, 2)
    made = back_up(station)
    add(station, 1)
    candidate = tmp_path / "candidate.sqlite3"
    if spoil not in (_not_a_database, _another_program):
        shutil.copyfile(made.path, candidate)
    spoil(candidate)
    listed = backups(station)
    with pytest.raises(DomainError) as caught:
        restore(station, candidate)
    assert caught.value.code == code and str(candidate) in caught.value.text()
    assert tenants(station) == 3
    assert backups(station) == listed  # not even a safety backup


@pytest.mark.sqlite_file
def test_the_database_itself_is_not_a_backup(station: Database, backend: str) -> None:
    assert station.path is not None
    with pytest.raises(DomainError) as caught:
        restore(station, station.path)
    assert caught.value.code == "backup_is_the_database"


@pytest.mark.sqlite_file
def test_the_day_s_first_opening_backs_up_once(db_path: Path, backend: str) -> None:
    folder = db_path.parent / "backups"
    open_database(str(db_path)).dispose()
    open_database(str(db_path)).dispose()
    (daily,) = folder.iterdir()
    assert ".daily." in daily.name
    station = file_station(db_path)
    (listed,) = list_backups(folder, db_path.stem, station)
    assert listed.path == daily and listed.revision == SCHEMA


@pytest.mark.sqlite_file
def test_a_backup_folder_that_cannot_be_written_is_told_and_the_work_goes_on(
    db_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = db_path.parent / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(blocked / "backups"))
    db = open_database(str(db_path))
    try:
        (warning,) = db.warnings
        assert warning.code == "backup_folder_failed" and str(blocked) in warning.text()
        add(db, 1)
        assert tenants(db) == 1
    finally:
        db.dispose()


@pytest.mark.sqlite_file
def test_old_automatic_backups_are_removed_and_others_kept(db_path: Path, backend: str) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    station = file_station(db_path)
    start = datetime.combine(date(2026, 12, 1), time(9))
    for n in range(60):
        at = start - timedelta(days=n)
        name = BackupName(db_path.stem, station, at, Reason.DAILY if n else Reason.MANUAL)
        shutil.copyfile(db_path, folder / name.file_name())
    rotate(folder, db_path.stem, station)
    left = sorted(path.name.split(".")[2][:8] for path in folder.iterdir())
    days = [f"202611{day:02d}" for day in range(24, 31)]  # the last 7 days
    weeks = ["20261122", "20261115"]  # the newest of the weeks before (11-23 is a Monday)
    months = ["20261031"]  # and of the month before
    assert left == sorted(["20261201", *days, *weeks, *months])  # 12-01: asked for, kept


def test_other_desks_learn_of_a_restore(station: Database, db_location: str) -> None:
    add(station, 2)
    made = back_up(station)
    add(station, 2)
    other = open_database(db_location, desk="이매니저")
    try:
        watch = other.watch()
        assert watch.changed() == frozenset()
        restore(station, made.path)
        assert Kind.TENANT in watch.changed()  # its pages read the restored station
        watch.close()
    finally:
        other.dispose()
