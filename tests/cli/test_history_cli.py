"""``history`` and ``verify-history`` (run on both databases), and the history's guard:
a plain database client cannot change or remove an entry, and one that switches the
guard off is caught by the check, which names the first entry touched."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import create_engine, delete, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from incubator_app.domain.history import GENESIS, entry_hash
from incubator_app.store.database import open_database
from incubator_app.store.history import guard_lifted
from incubator_app.store.models import HistoryEntry
from tests.cli.conftest import Run

TENANT = [
    "--name",
    "빛고을랩",
    "--type",
    "법인",
    "--brn",
    "124-81-00998",
    "--started",
    "2025-03-02",
]


def _some_changes(run: Run) -> None:
    run("add-tenant", *TENANT)
    run("edit-tenant", "--tenant", "124-81-00998", "--phone", "062-123-4567")
    run("add-lease", "--tenant", "124-81-00998", "--room", "301", "--start", "2026-04-01")
    run("edit-tenant", "--tenant", "124-81-00998", "--phone", "062-765-4321")


def test_a_record_s_history_oldest_first_as_json(run: Run) -> None:
    _some_changes(run)
    entries = run.json("history", "--json", "--tenant", "1248100998")
    assert [e["action"] for e in entries] == ["create", "update", "update"]
    assert set(entries[0]) == {
        "id", "at", "by", "action", "kind", "record_id", "before", "after", "source",
    }  # fmt: skip
    assert entries[0]["before"] is None and entries[0]["kind"] == "tenant"
    assert entries[2]["before"]["phone"] == "062-123-4567"
    assert entries[2]["after"]["phone"] == "062-765-4321"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", entries[0]["at"])  # to the second
    (lease,) = run.json("history", "--json", "--lease", "1")
    assert (lease["kind"], lease["record_id"], lease["after"]["monthly_rent"]) == ("lease", 1, 0)
    everything = run.json("history", "--json", "--from", "2000-01-01")
    assert [e["id"] for e in everything] == [1, 2, 3, 4]


def test_history_as_a_table_in_either_language(run: Run) -> None:
    _some_changes(run)
    korean = run("history", "--tenant", "1")
    assert "연락처 062-123-4567 → 062-765-4321" in korean
    english = run("--lang", "en", "history", "--tenant", "1")
    assert "Phone 062-123-4567 → 062-765-4321" in english


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--lease", "77"], "77"),
        (["--tenant", "999-99-99999"], "999-99-99999"),
        (["--room", "9999"], "9999"),
        (["--lease", "1", "--tenant", "1"], "--tenant"),
        (["--lease", "x"], "x"),
        (["--from", "2026-02-30"], "2026-02-30"),
        (["--from", "2026-12-05", "--to", "2026-12-01"], "2026-12-05"),
    ],
)
def test_a_bad_question_is_named_and_exits_2(run: Run, args: list[str], says: str) -> None:
    run("history", *args, code=2)
    assert says in run.err


def test_verify_counts_an_untouched_history(run: Run) -> None:
    _some_changes(run)
    assert "4건" in run("verify-history")
    checked = run.json("verify-history", "--json")
    assert checked["entries"] == 4 and len(checked["head"]) == 64


@contextmanager
def plain_client(location: str) -> Iterator[Any]:
    """What someone with the file or the server's password could do by hand: SQLite's
    own module, or a bare connection to the server."""
    if "://" not in location:
        with closing(sqlite3.connect(location, isolation_level=None)) as raw:
            yield raw
        return
    engine = create_engine(location)
    try:
        with engine.connect() as connection:
            yield _Autocommit(connection.execution_options(isolation_level="AUTOCOMMIT"))
    finally:
        engine.dispose()


class _Autocommit:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: dict[str, Any] | None = None) -> Any:
        return self.connection.execute(text(sql), parameters or {})


REFUSED = (sqlite3.IntegrityError, IntegrityError)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE history SET after = '{}' WHERE id = 2",
        "DELETE FROM history WHERE id = 2",
        "DELETE FROM history",
        "TRUNCATE history",  # PostgreSQL's; SQLite's is DELETE without WHERE
    ],
)
def test_a_plain_client_cannot_change_or_remove_an_entry(
    run: Run, db_location: str, backend: str, sql: str
) -> None:
    _some_changes(run)
    if sql.startswith("TRUNCATE") and backend == "sqlite":
        sql = "DELETE FROM history"
    with plain_client(db_location) as client:
        with pytest.raises(REFUSED) as caught:
            client.execute(sql)
        assert "never changed or removed" in str(caught.value)
    assert "4건" in run("verify-history")


@pytest.mark.parametrize(("number", "previous"), [(5, "f" * 64), (9, None), (2, None)])
def test_a_plain_client_cannot_slip_an_entry_in(
    run: Run, db_location: str, number: int, previous: str | None
) -> None:
    _some_changes(run)
    newest = run.json("verify-history", "--json")["head"]
    with plain_client(db_location) as client, pytest.raises(REFUSED) as caught:
        _forged(client, number, previous or newest)
    assert "must follow the newest one" in str(caught.value)
    assert "4건" in run("verify-history")


def _guard_off(client: Any, location: str) -> None:
    if "://" in location:
        client.execute("ALTER TABLE history DISABLE TRIGGER USER")
    else:
        for trigger in ("history_kept_update", "history_kept_delete", "history_follows"):
            client.execute(f"DROP TRIGGER {trigger}")


def _forged(client: Any, number: int, previous: str) -> None:
    """An entry whose own hash is right, slipped in where it does not follow."""
    entry: dict[str, Any] = {
        "id": number,
        "at": datetime.combine(date(2026, 12, 1), time(3)),
        "by": "누군가",
        "action": "update",
        "kind": "tenant",
        "record_id": "1",
        "before": json.dumps({"phone": "1"}),
        "after": json.dumps({"phone": "2"}),
        "source": None,
        "previous": previous,
    }
    entry["hash"] = entry_hash(entry)
    columns = ", ".join(entry)
    values = ", ".join(f":{key}" for key in entry)
    if isinstance(client, sqlite3.Connection):
        entry["at"] = entry["at"].isoformat(sep=" ")
    client.execute(f"INSERT INTO history ({columns}) VALUES ({values})", entry)


@pytest.mark.parametrize(
    ("tamper", "named"),
    [
        ("UPDATE history SET after = replace(after, '765', '000') WHERE id = 4", "#4"),
        ("UPDATE history SET by = '박매니저' WHERE id = 2", "#2"),
        ("DELETE FROM history WHERE id = 3", "#3"),
        ("DELETE FROM history WHERE id = 1", "#1"),
        ("forge 5", "#5"),
        ("forge 3", "#3"),
    ],
)
def test_after_the_guard_is_switched_off_the_check_names_the_entry(
    run: Run, db_location: str, tamper: str, named: str
) -> None:
    _some_changes(run)
    with plain_client(db_location) as client:
        _guard_off(client, db_location)
        if tamper.startswith("forge"):
            number = int(tamper.split()[1])
            if number <= 4:
                client.execute(f"DELETE FROM history WHERE id = {number}")
            _forged(client, number, "f" * 64)
        else:
            client.execute(tamper)
    run("verify-history", code=2)
    assert named in run.err
    assert "변경 이력이 고쳐졌습니다" in run.err


def test_an_import_keeps_one_entry_per_record_with_the_file_s_name(
    run: Run, tmp_path: Path
) -> None:
    run("add-tenant", *TENANT)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["기업명", "구분", "사업자등록번호", "개업일", "호실", "입주일", "월임대료(원)"])
    sheet.append(["빛고을랩", "법인", "124-81-00998", "2025-03-02", "301", "2026-04-01", 200000])
    sheet.append(["무등모빌리티", "개인", "220-81-62517", "2023-06-01", None, None, None])
    sheet.append(["첨단바이오팀", "예비", None, None, None, None, None])
    book.save(tmp_path / "12월 명단.xlsx")
    run("import-roster", str(tmp_path / "12월 명단.xlsx"))
    entries = run.json("history", "--json")
    imported = [e for e in entries if e["source"] == "12월 명단.xlsx"]
    assert sorted((e["kind"], e["action"]) for e in imported) == [
        ("lease", "create"), ("tenant", "create"), ("tenant", "create"),
    ]  # fmt: skip
    assert entries[0]["source"] is None  # typed at the desk


def test_a_guard_switched_off_is_named_even_when_the_chain_still_holds(
    run: Run, db_location: str
) -> None:
    _some_changes(run)
    with plain_client(db_location) as client:
        _guard_off(client, db_location)
        client.execute("DELETE FROM history WHERE id = 4")  # the newest: no link breaks
    run("verify-history", code=2)
    assert "history_kept" in run.err and "트리거" in run.err


def test_a_history_rewritten_wholesale_disagrees_with_the_backups(
    run: Run, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(tmp_path / "backups"))
    _some_changes(run)
    run("backup")
    db = open_database(db_location)
    try:  # every entry written again, each hash right, the guard put back
        with db.engine.begin() as connection, guard_lifted(connection):
            rows = [dict(row) for row in connection.execute(select(HistoryEntry)).mappings()]
            connection.execute(delete(HistoryEntry))
            previous = GENESIS
            for row in sorted(rows, key=lambda found: found["id"]):
                row.update(by="누군가", previous=previous)
                row["hash"] = previous = entry_hash(row)
                connection.execute(insert(HistoryEntry), row)
    finally:
        db.dispose()
    run("verify-history", code=2)
    assert "#4" in run.err and "backups" in run.err
